#!/usr/bin/env bash
# bench/pdca: the PDCA overview and "nieuw schooljaar starten" of a school with 40 teams and five
# schooljaren, against SQL references, on SQLite and on PostgreSQL, in one run (see
# pdca_bench.cpp). Starts its own throw-away PostgreSQL. Reports only.
#   bench/pdca/run.sh [teams=40] [activities=12] [rounds=60]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_pdca "${1:-40}" "${2:-12}" "${3:-60}"
