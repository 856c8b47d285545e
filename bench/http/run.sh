#!/usr/bin/env bash
# bench/http: wrk against Koers and against nginx serving the identical bytes, same connections
# and duration, in one run. Both servers get core 0, wrk gets core 1. Each pair is measured in
# `rounds` interleaved rounds (Koers, nginx, Koers, nginx, ...) and the medians are printed, with
# the ratio Koers/nginx: the machine is shared, so single measurements swing. The rows marked
# "gzip" ask with Accept-Encoding: gzip; nginx then compresses the page itself at the level Koers
# uses (5) and serves the stylesheet from a precompressed .gz (gzip_static), as Koers does.
# Reports only; never fails on the figures.
#   bench/http/run.sh [seconds=5] [connections=64] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5}
conns=${2:-64}
rounds=${3:-3}
scripts/bootstrap >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target koers >/dev/null

work=$(mktemp -d /tmp/koers-bench-http.XXXXXX)
chmod 755 "$work"
cleanup() {
    [ -n "${koers_pid:-}" ] && kill "$koers_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

port_koers=$(( 30000 + RANDOM % 10000 ))
port_nginx=$(( port_koers + 1 ))
taskset -c 0 build/release/koers serve --demo --threads 1 --port "$port_koers" \
    --data-dir "$work/data" >"$work/koers.log" 2>&1 &
koers_pid=$!
base="http://127.0.0.1:$port_koers"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

# Sign in as the beheerder (the page below needs a session, so each request also checks it).
jar="$work/jar"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/inloggen" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" \
    --data-urlencode "email=beheerder@demo.koers.nl" --data-urlencode "password=koers-demo-2026" "$base/inloggen"
cookie=$(awk '$6 == "koers_sessie" { print "koers_sessie=" $7 }' "$jar")

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
    curl -s ${3:+-H "$3"} "$base$2" >"$work/www/$4"
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

compare "dynamic: /beheer/scholen, 5 schools" /beheer/scholen "Cookie: $cookie" scholen5.html
token=$(curl -s -b "$jar" "$base/beheer/scholen/nieuw" | csrf)
for i in $(seq 10 54); do
    curl -s -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "name=Benchmarkschool $i" \
        --data-urlencode "brin=${i}BM" --data-urlencode "sector=vo" --data-urlencode "type_vo=havo" \
        --data-urlencode "type_vo=vwo" "$base/beheer/scholen"
done
compare "dynamic: /beheer/scholen, 50 schools" /beheer/scholen "Cookie: $cookie" scholen50.html
compare "anonymous: / (home page)" / "" home.html
css_path=$(grep -o '/static/[0-9a-f]*/utrecht.css' "$work/www/home.html" | head -1)
compare "static: utrecht.css" "$css_path" "" utrecht.css
gzip_header="Accept-Encoding: gzip"
compare "dynamic, gzip: 50 schools" /beheer/scholen "Cookie: $cookie" scholen50z.html "$gzip_header"
compare "anonymous, gzip: / (home page)" / "" homez.html "$gzip_header"
compare "static, gzip: utrecht.css" "$css_path" "" utrecht-z.css "$gzip_header"

echo "bench/http: wrk -t1 -c$conns -d${duration}s, median of $rounds interleaved rounds; servers on core 0, wrk on core 1"
printf '\n%-40s %8s %11s %9s %11s %9s %7s\n' "page" "bytes" "koers r/s" "p99 ms" "nginx r/s" "p99 ms" "ratio"
for r in "${results[@]}"; do
    IFS='|' read -r label size k n <<<"$r"
    read -r krps kp99 <<<"$k"
    read -r nrps np99 <<<"$n"
    awk -v l="$label" -v s="$size" -v a="$krps" -v ap="$kp99" -v b="$nrps" -v bp="$np99" \
        'BEGIN { printf "%-40s %8d %11.0f %9.2f %11.0f %9.2f %7.2f\n", l, s, a, ap, b, bp, a / b }'
done
echo
echo "targets: dynamic page >= 0.50 of nginx with p99 < 5 ms; static files >= 1.00 of nginx"
