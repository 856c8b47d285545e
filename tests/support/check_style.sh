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
    # Every source file of every part (tests excepted), as the build compiles them: eight at a time
    # (decision 0039; .clang-tidy's HeaderFilterRegex reports what a batch's files hold), on all
    # cores.
    build=$(cd "$2" && pwd)
    files=$(grep -o '"file": "[^"]*"' "$build/compile_commands.json" | cut -d'"' -f4 |
        grep -E "^($root/src/|$build/CMakeFiles/koers_[a-z_]+\.dir/Unity/)" |
        grep -v '_test\.cpp$' | sort -u)
    if ! grep -q /Unity/ <<<"$files"; then echo "tidy: no batches in $build/compile_commands.json"; exit 1; fi
    run-clang-tidy -p "$build" -quiet -j "$(nproc)" $files 2>&1 |
        grep -v -e "warnings generated" -e "^clang-tidy-[0-9]* " ; status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] && echo "tidy: ok"
    exit "$status"
    ;;
esac
