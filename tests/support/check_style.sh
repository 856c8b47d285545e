#!/usr/bin/env bash
# Style gates for ctest: `format` (clang-format, every C++ file) or `tidy BUILD_DIR` (clang-tidy
# with the curated .clang-tidy over every source file of src/, web and app included).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
case "$1" in
format)
    # One clang-format for every file (one process per file took a minute); it names each file
    # that differs.
    bad=$(find src tests fuzz bench \( -name '*.cpp' -o -name '*.hpp' \) -print0 |
        xargs -0 clang-format --dry-run -Werror 2>&1 | grep -o '^[^: ]*\.[ch]pp' | sort -u)
    if [ -n "$bad" ]; then echo "not clang-formatted:"; echo "$bad"; exit 1; fi
    echo "format: ok"
    ;;
tidy)
    # Every source file of every part (tests excepted), on all cores.
    files=$(find src -name '*.cpp' ! -name '*_test.cpp' | sort)
    run-clang-tidy -p "$2" -quiet -j "$(nproc)" $files 2>&1 |
        grep -v -e "warnings generated" -e "^clang-tidy-[0-9]* " ; status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] && echo "tidy: ok"
    exit "$status"
    ;;
esac
