#!/usr/bin/env bash
# Runs every fuzz target under libFuzzer (clang, AddressSanitizer and UndefinedBehaviorSanitizer)
# for a number of executions each, one target after the other, and keeps the corpus: inputs
# that reach new code are merged (minimised) into fuzz/corpus/<target>, which the regression
# tests of every test build replay. A crash stops the run and leaves its input in build/fuzz.
#   fuzz/run.sh [executions per target=10000000] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse mustache text markdown search multipart scan quality)

CXX=clang++ CC=clang cmake -B build/fuzz -G Ninja -DKOERS_FUZZ=ON -DKOERS_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build/fuzz "${targets[@]/#/fuzz_}" >/dev/null

printf '%-10s %12s %10s %9s %8s\n' target executions exec/s seconds corpus
for t in "${targets[@]}"; do
    work=build/fuzz/corpus/$t
    mkdir -p "$work"
    start=$(date +%s)
    log=build/fuzz/$t.log
    (cd build/fuzz && "./fuzz/fuzz_$t" -runs="$runs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "corpus/$t" "../../fuzz/corpus/$t") >"$log" 2>&1 ||
        { echo "fuzz_$t failed; see $log"; tail -n 30 "$log"; exit 1; }
    seconds=$(( $(date +%s) - start ))
    build/fuzz/fuzz/fuzz_"$t" -merge=1 "fuzz/corpus/$t" "$work" >/dev/null 2>&1
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    printf '%-10s %12s %10s %9s %8s\n' "$t" "$executed" "$rate" "$seconds" "$(ls "fuzz/corpus/$t" | wc -l)"
done
