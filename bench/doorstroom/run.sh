#!/usr/bin/env bash
# bench/doorstroom: a national file of made-up doorstroomgegevens imported, and the school's and
# the region's dashboards through Koers's router against the country's figures added up in SQL,
# on SQLite and on PostgreSQL, in one run (see doorstroom_bench.cpp). Starts its own throw-away
# PostgreSQL. Reports only.
#   bench/doorstroom/run.sh [rounds=200]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_doorstroom "${1:-200}"
