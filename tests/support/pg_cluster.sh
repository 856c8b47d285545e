#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 cluster for the tests (a ctest fixture).
#   pg_cluster.sh start DIR   -> initdb into DIR, listen on a unix socket in DIR only, write the
#                                connection URL to DIR/url
#   pg_cluster.sh stop DIR    -> stop the cluster and remove DIR
#   pg_cluster.sh down DIR    -> stop the server as an administrator would (fast), keep DIR
#   pg_cluster.sh up DIR      -> start it again on the same socket and port
# As root, the server runs as the 'postgres' user (PostgreSQL refuses to run as root).
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg_cluster: PostgreSQL server not installed (run scripts/bootstrap)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(( 20000 + RANDOM % 20000 ))
    as_owner "$bin/initdb" -D "$dir/data" -U koers -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1
    echo "-c listen_addresses='' -k $dir -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >"$dir/options"
    "$0" up "$dir"
    echo "postgresql://koers@/postgres?host=$dir&port=$port" >"$dir/url"
    echo "pg_cluster: started on $dir port $port"
    ;;
up)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" start >/dev/null
    ;;
down)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg_cluster.sh start|stop|down|up DIR" >&2
    exit 2
    ;;
esac
