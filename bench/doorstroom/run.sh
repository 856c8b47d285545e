#!/usr/bin/env bash
# bench/doorstroom: a national file of made-up doorstroomgegevens imported, and the school's and
# the region's dashboards through Koers's router against the country's figures added up in SQL,
# on SQLite and on PostgreSQL, in one run (see doorstroom_bench.cpp); then DuckDB (from npm,
# installed here from this folder's lockfile, not by scripts/bootstrap) on the same file as an
# outside reference. Starts its own throw-away PostgreSQL. Reports only.
#   bench/doorstroom/run.sh [rounds=200]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=${1:-200}
csv=$(mktemp /tmp/koers-bench-doorstroom.XXXXXX.csv)
trap 'rm -f "$csv"' EXIT
(cd "$here/duckdb" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
out=$("$here/../with_postgres.sh" koers_bench_doorstroom "$rounds" "$csv")
echo "$out"
figures=$(echo "$out" | sed -n 's/^figures p50: //p')
node "$here/duckdb/duckdb.mjs" "$csv" "$rounds" $figures
