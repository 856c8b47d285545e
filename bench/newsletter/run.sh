#!/usr/bin/env bash
# bench/newsletter: queuing a nieuwsbrief for 10,000 subscribers through Koers's batches against
# the same rows written set-based by bare SQL, and the progress query, on SQLite and on
# PostgreSQL, in one run (see newsletter_bench.cpp). Starts its own throw-away PostgreSQL.
#   bench/newsletter/run.sh [subscribers=10000] [rounds=3]
set -euo pipefail
exec "$(dirname "$0")/../with_postgres.sh" koers_bench_newsletter "${1:-10000}" "${2:-3}"
