# Provisions and runs Temporal's development server for the tests. Sourced by scripts/test.sh.
# Builds the Temporal CLI once from the Go module proxy into the ignored tools/ folder (a release
# without `replace` directives, so `go install` works), starts `temporal server start-dev` on
# free loopback ports with an in-memory store, and stops it on exit. Exports TEMPORAL_ADDRESS.

TEMPORAL_CLI_VERSION=v1.5.1
TEMPORAL_BIN="$(pwd)/tools/bin/temporal"

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

ensure_temporal_installed() {
  if [ -x "$TEMPORAL_BIN" ]; then return 0; fi
  if ! command -v go >/dev/null 2>&1; then
    echo "error: the Temporal CLI is not built and Go is not installed. Install Go (https://go.dev/dl/) or put a 'temporal' binary at tools/bin/temporal." >&2
    return 1
  fi
  echo "Building the Temporal CLI $TEMPORAL_CLI_VERSION with go install (once; cached in tools/bin)..."
  mkdir -p "$(dirname "$TEMPORAL_BIN")"
  GOBIN="$(dirname "$TEMPORAL_BIN")" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
}

start_temporal() {
  ensure_temporal_installed
  TEMPORAL_WORK_DIR=$(mktemp -d /tmp/asc-assure-temporal.XXXXXX)
  local port http_port metrics_port
  port=$(free_port); http_port=$(free_port); metrics_port=$(free_port)
  "$TEMPORAL_BIN" server start-dev --headless --ip 127.0.0.1 --port "$port" --http-port "$http_port" \
    --metrics-port "$metrics_port" --log-level warn \
    --search-attribute AscAssureCouncilId=Keyword --search-attribute AscAssureStage=Int \
    --search-attribute AscAssureStateId=Keyword --search-attribute AscAssureNextDeadline=Datetime \
    --search-attribute AscAssureOverdue=Bool \
    >"$TEMPORAL_WORK_DIR/server.log" 2>&1 &
  TEMPORAL_PID=$!
  export TEMPORAL_ADDRESS="127.0.0.1:$port"
  local waited=0
  until "$TEMPORAL_BIN" operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
    if ! kill -0 "$TEMPORAL_PID" 2>/dev/null; then cat "$TEMPORAL_WORK_DIR/server.log" >&2; echo "error: the Temporal dev server exited" >&2; return 1; fi
    waited=$((waited + 1))
    if [ "$waited" -gt 120 ]; then echo "error: the Temporal dev server did not become healthy in 60 s" >&2; return 1; fi
    sleep 0.5
  done
  echo "Temporal dev server started on $TEMPORAL_ADDRESS"
}

stop_temporal() {
  [ -n "${TEMPORAL_PID:-}" ] || return 0
  kill "$TEMPORAL_PID" 2>/dev/null || true
  wait "$TEMPORAL_PID" 2>/dev/null || true
  rm -rf "$TEMPORAL_WORK_DIR"
  TEMPORAL_PID=
}
