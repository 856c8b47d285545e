#!/usr/bin/env bash
# bench/scan: the LOB-scan results page against the equivalent aggregate SQL, on SQLite and on
# PostgreSQL, in one run (see scan_bench.cpp). Starts its own throw-away PostgreSQL. Reports only.
#   bench/scan/run.sh [schools=200] [respondents=40] [rounds=60]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_scan "${1:-200}" "${2:-40}" "${3:-60}"
