#!/usr/bin/env bash
# bench/curriculum: a school's opdrachtenbank page with 20,000 assignments of 200 schools, through
# Koers's router and against the bare SQL, on SQLite and on PostgreSQL, in one run (see
# curriculum_bench.cpp). Starts its own throw-away PostgreSQL. Reports only.
#   bench/curriculum/run.sh [assignments=20000] [rounds=200]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_curriculum "${1:-20000}" "${2:-200}"
