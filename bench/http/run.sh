#!/usr/bin/env bash
# bench/http: wrk against Koers and against nginx serving the identical bytes, same connections
# and duration, in one run. Both servers get core 0, wrk gets core 1. Each pair is measured in
# `rounds` interleaved rounds (Koers, nginx, Koers, nginx, ...) and the medians are printed, with
# the ratio Koers/nginx: the machine is shared, so single measurements swing. The rows marked
# "gzip" ask with Accept-Encoding: gzip; nginx then compresses the page itself at the level Koers
# uses (5) and serves the stylesheet from a precompressed .gz (gzip_static), as Koers does.
# Pages: the signed-in school list (5 and 50 rows), the home page, a content list with facets, a
# detail page, a search, the LOB-scan results and the PDCA overview, and the stylesheet.
# Reports only; never fails on the figures.
#   bench/http/run.sh [seconds=5] [connections=64] [rounds=3]   release build, the real figures
#   bench/http/run.sh --short   1 s, one round, on the binary the tests built (KOERS_BIN, default
#                               build/debug/koers, with sanitizers): scripts/test prints it on every
#                               run; its ratios compare with earlier short runs, not with targets
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--short" ]; then
    duration=1 conns=64 rounds=1
    bin=${KOERS_BIN:-build/debug/koers}
else
    duration=${1:-5}
    conns=${2:-64}
    rounds=${3:-3}
    scripts/bootstrap >/dev/null
    cmake --preset release >/dev/null
    cmake --build --preset release --target koers >/dev/null
    bin=build/release/koers
fi

work=$(mktemp -d /tmp/koers-bench-http.XXXXXX)
chmod 755 "$work"
cleanup() {
    [ -n "${koers_pid:-}" ] && kill "$koers_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

. bench/free_port.sh
port_koers=$(free_port)
port_nginx=$(( port_koers + 1 ))
taskset -c 0 "$bin" serve --demo --threads 1 --port "$port_koers" \
    --data-dir "$work/data" >"$work/koers.log" 2>&1 &
koers_pid=$!
base="http://127.0.0.1:$port_koers"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

# Sign in as the beheerder (the school list needs a session, so each request also checks it) and
# as the decaan of the demo school (its LOB-scan results and PDCA overview).
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() {  # email jar -> the session cookie header
    local token
    token=$(curl -s -c "$2" -b "$2" "$base/inloggen" | csrf)
    curl -s -c "$2" -b "$2" -o /dev/null --data-urlencode "_csrf=$token" \
        --data-urlencode "email=$1" --data-urlencode "password=koers-demo-2026" "$base/inloggen"
    awk '$6 == "koers_sessie" { print "Cookie: koers_sessie=" $7 }' "$2"
}
jar="$work/jar"
cookie=$(sign_in beheerder@demo.koers.nl "$jar")
decaan=$(sign_in decaan@demo.koers.nl "$work/jar-decaan")
results_path=$(for p in $(curl -s -H "$decaan" "$base/scholen/1/scan" | grep -o '/scholen/1/scan/[0-9]*/resultaten' | sort -u); do
    echo "$(curl -s -H "$decaan" "$base$p" | wc -c) $p"
done | sort -n | tail -1 | cut -d' ' -f2)  # the round with the most answers
pdca_path=$(curl -s -H "$decaan" -o /dev/null -w '%{redirect_url}' "$base/scholen/1/kwaliteit" | sed "s|^$base||")
[ -n "$results_path" ] && [ -n "$pdca_path" ] || { echo "bench/http: no demo scan or PDCA page" >&2; exit 1; }

mkdir -p "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; text/css css; }
    gzip on; gzip_comp_level 5; gzip_min_length 1024; gzip_vary on; gzip_types text/css;
    gzip_static on;
    server { listen 127.0.0.1:$port_nginx; root $work/www; }
}
CONF
taskset -c 0 nginx -c "$work/nginx.conf" -g 'daemon on;'
sleep 0.5

measure() {  # url [header ...] -> "requests_per_s p99_ms"
    local out rps p99 url=$1 h
    shift
    local args=()
    for h in "$@"; do [ -n "$h" ] && args+=(-H "$h"); done
    out=$(taskset -c 1 wrk -t1 -c"$conns" -d"${duration}s" --latency "${args[@]}" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub("us", "", v); v /= 1000 } else if (v ~ /ms$/) { sub("ms", "", v) } else if (v ~ /s$/) { sub("s", "", v); v *= 1000 }; print v }')
    echo "$rps $p99"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# compare LABEL KOERS_PATH COOKIE_HEADER FILE [ENCODING_HEADER]: saves Koers's bytes (as they
# are) for nginx, measures both in interleaved rounds with the same Accept-Encoding and keeps the
# medians.
results=()
compare() {
    curl -sf ${3:+-H "$3"} "$base$2" >"$work/www/$4" || { echo "bench/http: $1 ($2) failed" >&2; exit 1; }
    # nginx serves a static file precompressed (gzip_static), and compresses a page per request.
    if [ -n "${5:-}" ] && [[ "$4" == *.css ]]; then gzip -9 -k -f "$work/www/$4"; fi
    local size kr kp nr np i k n
    size=$(wc -c <"$work/www/$4")
    kr=() kp=() nr=() np=()
    for i in $(seq "$rounds"); do
        read -r k n < <(measure "$base$2" "$3" "${5:-}")
        kr+=("$k") kp+=("$n")
        read -r k n < <(measure "http://127.0.0.1:$port_nginx/$4" "${5:-}")
        nr+=("$k") np+=("$n")
    done
    results+=("$1|$size|$(printf '%s\n' "${kr[@]}" | median) $(printf '%s\n' "${kp[@]}" | median)|$(printf '%s\n' "${nr[@]}" | median) $(printf '%s\n' "${np[@]}" | median)")
}

compare "dynamic: /beheer/scholen, 5 schools" /beheer/scholen "$cookie" scholen5.html
token=$(curl -s -b "$jar" "$base/beheer/scholen/nieuw" | csrf)
for i in $(seq 10 54); do
    curl -s -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "name=Benchmarkschool $i" \
        --data-urlencode "brin=${i}BM" --data-urlencode "sector=vo" --data-urlencode "type_vo=havo" \
        --data-urlencode "type_vo=vwo" "$base/beheer/scholen"
done
compare "dynamic: /beheer/scholen, 50 schools" /beheer/scholen "$cookie" scholen50.html
compare "anonymous: / (home page)" / "" home.html
compare "anonymous: /kennisbank (list, facets)" /kennisbank "" kennisbank.html
compare "anonymous: detail page" /kennisbank/pdca-cyclus-voor-lob "" detail.html
compare "anonymous: /zoeken?q=loopbaan" "/zoeken?q=loopbaan" "" zoeken.html
compare "anonymous: /agenda (events, places)" /agenda "" agenda.html
compare "dynamic: LOB-scan results" "$results_path" "$decaan" resultaten.html
compare "dynamic: PDCA overview" "$pdca_path" "$decaan" pdca.html
css_path=$(grep -o '/static/[0-9a-f]*/koers.css' "$work/www/home.html" | head -1)
compare "static: koers.css" "$css_path" "" koers.css
gzip_header="Accept-Encoding: gzip"
compare "dynamic, gzip: 50 schools" /beheer/scholen "$cookie" scholen50z.html "$gzip_header"
compare "anonymous, gzip: / (home page)" / "" homez.html "$gzip_header"
compare "static, gzip: koers.css" "$css_path" "" koers-z.css "$gzip_header"

echo "bench/http: wrk -t1 -c$conns -d${duration}s, median of $rounds interleaved rounds; servers on core 0, wrk on core 1"
printf '\n%-40s %8s %11s %9s %11s %9s %7s\n' "page" "bytes" "koers r/s" "p99 ms" "nginx r/s" "p99 ms" "ratio"
for r in "${results[@]}"; do
    IFS='|' read -r label size k n <<<"$r"
    read -r krps kp99 <<<"$k"
    read -r nrps np99 <<<"$n"
    awk -v l="$label" -v s="$size" -v a="$krps" -v ap="$kp99" -v b="$nrps" -v bp="$np99" \
        'BEGIN { printf "%-40s %8d %11.0f %9.2f %11.0f %9.2f %7.3g\n", l, s, a, ap, b, bp, a / b }'
done
echo
[ "$bin" = build/release/koers ] || echo "(short run on $bin: compare its ratios with earlier short runs, not with the targets)"
echo "targets: dynamic page >= 0.60 of nginx with p99 < 5 ms; static files >= 1.00 of nginx"
