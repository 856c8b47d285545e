#!/usr/bin/env bash
# bench/scan: the LOB-scan results page against the equivalent aggregate SQL, on SQLite and on
# PostgreSQL, in one run (see scan_bench.cpp). Starts its own throw-away PostgreSQL. Reports only.
#   bench/scan/run.sh [schools=200] [respondents=40] [rounds=60]
set -euo pipefail
cd "$(dirname "$0")/../.."
schools=${1:-200}
respondents=${2:-40}
rounds=${3:-60}
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target koers_bench_scan >/dev/null

work=$(mktemp -d /tmp/koers-bench-scan.XXXXXX)
chmod 755 "$work"
cleanup() {
    tests/support/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
tests/support/pg_cluster.sh start "$work/pg" >/dev/null
taskset -c 0 build/release/bench/koers_bench_scan "$work/scan.db" "$(cat "$work/pg/url")" \
    "$schools" "$respondents" "$rounds"
