#!/usr/bin/env bash
# Fails when a layer includes a layer above it: core <- storage <- web <- app.
set -u
src=$1
status=0
check() {  # layer, forbidden include pattern
    local hits
    hits=$(grep -rnE "#include [<\"]($2)" "$src/$1" --include='*.hpp' --include='*.cpp' | grep -v '_test.cpp')
    if [ -n "$hits" ]; then
        echo "layering: $1 may not include $2:"; echo "$hits"; status=1
    fi
}
check core 'storage/|web/|app/|boost/|sqlite3|libpq|sodium|spdlog|kainjow|curl/|libstemmer|cmark|qrencode|xlsxwriter'
check storage 'web/|app/|boost/|sodium|kainjow'
check web 'app/'
[ $status -eq 0 ] && echo "layering: ok"
exit $status
