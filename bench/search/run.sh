#!/usr/bin/env bash
# bench/search: Koers's search against SQLite FTS5 and PostgreSQL to_tsvector('dutch') on the
# same synthetic Dutch corpus, in one run (see search_bench.cpp). Starts its own throw-away
# PostgreSQL. Reports only; never fails on the figures.
#   bench/search/run.sh [documents=100000] [rounds=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=${1:-100000}
rounds=${2:-20}
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target koers_bench_search >/dev/null

work=$(mktemp -d /tmp/koers-bench-search.XXXXXX)
chmod 755 "$work"
cleanup() {
    tests/support/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
tests/support/pg_cluster.sh start "$work/pg" >/dev/null
taskset -c 0 build/release/bench/koers_bench_search "$work/search.db" "$(cat "$work/pg/url")" \
    "$docs" "$rounds"
