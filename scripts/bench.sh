#!/usr/bin/env bash
# `npm run bench`: builds everything, starts the servers the benchmarks need (Temporal's dev
# server for the hub benchmark, PostgreSQL), and runs each package's benchmark one at a time.
# Every benchmark reports its figures against a baseline measured in the same run.
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
npx turbo run bench --concurrency=1
