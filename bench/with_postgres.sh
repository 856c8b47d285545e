#!/usr/bin/env bash
# Builds a benchmark program and runs it on core 0 with a fresh SQLite file and a throw-away
# PostgreSQL cluster, both removed afterwards:
#   bench/with_postgres.sh TARGET [ARGS...]  ->  TARGET <sqlite-file> <postgresql-url> ARGS...
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1
shift
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target "$target" >/dev/null

work=$(mktemp -d "/tmp/$target.XXXXXX")
chmod 755 "$work"
cleanup() {
    tests/support/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
tests/support/pg_cluster.sh start "$work/pg" >/dev/null
taskset -c 0 "build/release/bench/$target" "$work/bench.db" "$(cat "$work/pg/url")" "$@"
