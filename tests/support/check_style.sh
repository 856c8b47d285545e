#!/usr/bin/env bash
# Style gates for ctest: `format` (clang-format, every C++ file) or `tidy BUILD_DIR` (clang-tidy
# with the curated .clang-tidy over every part's core and storage).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
case "$1" in
format)
    bad=$(find src tests fuzz -name '*.cpp' -o -name '*.hpp' | while read -r f; do
        clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
    if [ -n "$bad" ]; then echo "not clang-formatted:"; echo "$bad"; exit 1; fi
    echo "format: ok"
    ;;
tidy)
    files=$(find src \( -path '*/core/*' -o -path '*/storage/*' \) -name '*.cpp' ! -name '*_test.cpp')
    clang-tidy -p "$2" --quiet $files 2>&1 | grep -v "warnings generated" ; status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] && echo "tidy: ok"
    exit "$status"
    ;;
esac
