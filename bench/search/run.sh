#!/usr/bin/env bash
# bench/search: Koers's search against SQLite FTS5 and PostgreSQL to_tsvector('dutch') on the
# same synthetic Dutch corpus, in one run (see search_bench.cpp). Starts its own throw-away
# PostgreSQL. Reports only; never fails on the figures.
#   bench/search/run.sh [documents=100000] [rounds=20]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_search "${1:-100000}" "${2:-20}"
