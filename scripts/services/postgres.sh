# Provisions and runs a throwaway PostgreSQL cluster for the tests. Sourced by scripts/test.sh.
# Installs Debian's postgresql package when no server is on the machine, runs the cluster as the
# `postgres` user when we are root (initdb refuses root), on a free loopback port, and removes it
# on exit. Exports DATABASE_URL.

postgres_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_postgres_installed() {
  if [ -n "$(postgres_bin_dir)" ]; then return 0; fi
  echo "PostgreSQL server not found: installing Debian's postgresql package..."
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: PostgreSQL is not installed and this user cannot install it. Run: sudo apt-get install -y postgresql" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [ -n "$(postgres_bin_dir)" ] || { echo "error: postgresql installed but initdb not found" >&2; return 1; }
}

as_postgres_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  ensure_postgres_installed
  local bin; bin=$(postgres_bin_dir)
  PG_WORK_DIR=$(mktemp -d /tmp/asc-assure-pg.XXXXXX)
  chmod 755 "$PG_WORK_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_WORK_DIR"
  PG_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  as_postgres_user "$bin/initdb" -D "$PG_WORK_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_WORK_DIR/initdb.log" 2>&1 \
    || { cat "$PG_WORK_DIR/initdb.log" >&2; return 1; }
  as_postgres_user "$bin/pg_ctl" -D "$PG_WORK_DIR/data" -l "$PG_WORK_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_WORK_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_WORK_DIR/server.log" >&2; return 1; }
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_WORK_DIR:-}" ] || return 0
  local bin; bin=$(postgres_bin_dir)
  as_postgres_user "$bin/pg_ctl" -D "$PG_WORK_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_WORK_DIR"
  PG_WORK_DIR=
}
