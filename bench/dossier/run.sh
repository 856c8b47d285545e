#!/usr/bin/env bash
# bench/dossier: importing 2,000 students, a student's loopbaandossier page and a mentor's group
# overview (2,000 students x 60 entries), against the bare SQL, on SQLite and on PostgreSQL, in
# one run (see dossier_bench.cpp). Starts its own throw-away PostgreSQL. Reports only.
#   bench/dossier/run.sh [students=2000] [entries=60] [rounds=60]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_dossier "${1:-2000}" "${2:-60}" "${3:-60}"
