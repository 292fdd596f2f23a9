#!/usr/bin/env bash
# The project's test command (`npm test`). Provisions what the tests need when it is missing
# (PostgreSQL from Debian's packages; the Temporal CLI built once with `go install`), starts the
# servers on free loopback ports, builds, lints, type-checks and runs every test, then stops the
# servers. Nothing is skipped: a test that needs a server uses the real one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services/postgres.sh
source scripts/services/temporal.sh
source scripts/services/chromium.sh

cleanup() {
  stop_temporal
  stop_postgres
}
trap cleanup EXIT INT TERM

ensure_chromium_installed
start_postgres
start_temporal
npx turbo run build --output-logs=errors-only
npx turbo run lint typecheck --output-logs=errors-only
# Test suites run one package at a time: the machine has two cores and several suites start
# databases, workers and child processes of their own.
npx turbo run test --concurrency=1
