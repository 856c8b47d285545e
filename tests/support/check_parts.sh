#!/usr/bin/env bash
# Proves the parts are sealed (cmake/parts.cmake): each probe in seal/ includes a header its part
# may not reach, and must fail to compile with exactly that header missing. Also keeps every
# core pure: only the standard library and other core headers (the compiler cannot see that:
# system headers are always on the path); and the helpers of a part's files apart (a part is
# compiled in batches of eight files, decision 0039).
set -u
build=$1
src=$(cd "$(dirname "$0")/../../src" && pwd)
status=0
probe() {  # target, the header it must not reach
    local out
    out=$(cmake --build "$build" --target "$1" 2>&1)
    if ! grep -q "$2: No such file" <<<"$out"; then
        echo "parts: $1 reached $2, or failed otherwise:"; echo "$out" | tail -20; status=1
    fi
}
probe koers_seal_platform_uses_module modules/scan/web/scan_parts.hpp
probe koers_seal_core_uses_web platform/web/http/router.hpp
probe koers_seal_module_uses_undeclared modules/quality/storage/quality_repo.hpp

hits=$(find "$src" -path '*/core/*' \( -name '*.hpp' -o -name '*.cpp' \) ! -name '*_test.cpp' -print0 |
    xargs -0 grep -nE '#include <(boost/|sqlite3|libpq|sodium|spdlog|curl/|libstemmer|cmark|qrencode|xlsxwriter)')
if [ -n "$hits" ]; then echo "parts: a core includes a third-party library:"; echo "$hits"; status=1; fi
hits=$(grep -rnE '#include "\.\./' "$src" --include='*.hpp' --include='*.cpp')
if [ -n "$hits" ]; then echo "parts: include by relative path bypasses the seal:"; echo "$hits"; status=1; fi
# A part is compiled eight files at a time: no two of its files may keep a helper of one name.
twice=$(find "$src" -name '*.cpp' ! -name '*_test.cpp' ! -name main.cpp -print0 | sort -z |
    xargs -0 awk -f "$(dirname "$0")/unity_names.awk" | sort -u |
    awk '{ key = $1 " " $2; count[key]++; files[key] = files[key] " " $3 }
         END { for (k in count) if (count[k] > 1) print k ":" files[k] }')
if [ -n "$twice" ]; then
    echo "parts: one name for helpers of two files of a part (they meet in one batch; rename one):"
    echo "$twice"; status=1
fi
[ $status -eq 0 ] && echo "parts: ok"
exit $status
