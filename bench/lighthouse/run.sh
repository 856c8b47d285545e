#!/usr/bin/env bash
# bench/lighthouse: Lighthouse 12.2.3 (mobile defaults) on the public pages (home, lists, a detail
# page, a search, sign-in) of Koers with demo data, release build. Lighthouse is installed here,
# from this folder's lockfile, not by scripts/bootstrap. Reports only.
#   bench/lighthouse/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target koers >/dev/null
(cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

work=$(mktemp -d /tmp/koers-bench-lighthouse.XXXXXX)
cleanup() {
    [ -n "${koers_pid:-}" ] && kill "$koers_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
. bench/free_port.sh
port=$(free_port)
build/release/koers serve --demo --port "$port" --data-dir "$work/data" >"$work/koers.log" 2>&1 &
koers_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

echo "bench/lighthouse: Lighthouse 12.2.3, mobile defaults, Debian's Chromium"
node bench/lighthouse/scores.mjs "$base" / /kennisbank /nieuws /praktijkvoorbeelden \
    /kennisbank/pdca-cyclus-voor-lob "/zoeken?q=loopbaan" /inloggen
