#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster for the store tests (a CTest fixture).
#   pg_server.sh start DIR   -> initdb in DIR, start on a free loopback port, write DIR/url
#   pg_server.sh stop DIR    -> stop the server and remove DIR
# Fails loudly: the PostgreSQL tests must run, never skip.
set -euo pipefail
action=$1 dir=$2
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (install package postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}


case "$action" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then "$0" stop "$dir" || true; fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "$PGBIN/initdb -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
    # Another build's test server may take a port between our look and our start: try on.
    started=""
    for port in $(seq 55432 55531); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
      if as_owner "$PGBIN/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null; then
        started=$port; break
      fi
    done
    [ -n "$started" ] || { echo "PostgreSQL test server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    port=$started
    echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$dir/url.tmp"
    mv "$dir/url.tmp" "$dir/url"
    echo "PostgreSQL test server on port $port"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$PGBIN/pg_ctl -D '$dir/data' -m fast -w stop" || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
