#!/usr/bin/env bash
# bench/soak: mixed load (reading, searching, signing in and out, answering a LOB-scan, editing)
# against the release build for a while; prints p50/p99 per route and memory over time, and
# fails on any 5xx, a lost request, or memory that keeps growing (soak.mjs). CI runs a short
# version on the test build (ctest soak_short).
#   bench/soak/run.sh [seconds=600] [sqlite|postgresql]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
db=${2:-sqlite}
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target koers >/dev/null
args=(--seconds "$seconds" --check-memory)
if [ "$db" = postgresql ]; then
    work=$(mktemp -d /tmp/koers-soak.XXXXXX)
    chmod 755 "$work"
    trap 'tests/support/pg_cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    tests/support/pg_cluster.sh start "$work/pg" >/dev/null
    admin=$(cat "$work/pg/url")
    psql "$admin" -qc "CREATE DATABASE soak"
    args+=(--postgresql "${admin/\/postgres\?//soak?}")
fi
KOERS_BIN=build/release/koers node bench/soak/soak.mjs "${args[@]}"
