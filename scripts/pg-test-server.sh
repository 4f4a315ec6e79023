#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests (CI and developers alike).
#
#   eval "$(bash scripts/pg-test-server.sh start)"   # starts it, prints `export HEPMETA_TEST_PG_URL=...`
#   make test                                         # the PostgreSQL variants now run
#   bash scripts/pg-test-server.sh stop               # stops it and removes its files
#
# The cluster lives in a temporary folder and is tuned for speed, not durability (fsync off):
# never point it at real data. As root (CI), the server runs as the `postgres` user, since
# PostgreSQL refuses to run as root. Settings: HEPMETA_PG_PORT (54329), HEPMETA_PG_DIR.
set -euo pipefail

PORT="${HEPMETA_PG_PORT:-54329}"
STATE="${HEPMETA_PG_DIR:-/tmp/hepmeta-pg-$PORT}"  # /tmp: the postgres user must reach it
ROLE=hepmeta_test
DBNAME=hepmeta_test
PASSWORD=hepmeta-test-only
URL="postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DBNAME"

log() { echo "pg-test-server: $*" >&2; }

find_bindir() {
  # The newest installed major version (15 on bookworm, 17 on trixie...), not a fixed one.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    log "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    exit 1
  fi
  echo "$dir"
}

# Run a server binary as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    # From /, which postgres may enter (the caller's folder may be private to root).
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

is_running() {
  [ -f "$STATE/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$STATE/data" status >/dev/null 2>&1
}

start() {
  if is_running; then
    log "already running on 127.0.0.1:$PORT"
    echo "export HEPMETA_TEST_PG_URL='$URL'"
    return
  fi
  rm -rf "$STATE"
  mkdir -p "$STATE"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$STATE"
  fi
  local pwfile="$STATE/pw"
  echo "$PASSWORD" | as_owner tee "$pwfile" >/dev/null
  # C.UTF-8 sorts by code point like SQLite, so both back-ends list names in one order.
  as_owner "$BIN/initdb" -D "$STATE/data" -U postgres --pwfile="$pwfile" --encoding=UTF8 \
    --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$STATE/initdb.log" 2>&1 ||
    { cat "$STATE/initdb.log" >&2; exit 1; }
  as_owner rm -f "$pwfile"
  as_owner "$BIN/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
    -o "-k $STATE -h 127.0.0.1 -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null || { cat "$STATE/server.log" >&2; exit 1; }
  # The tests' role may create databases: each test gets a fresh copy of a migrated template.
  as_owner "$BIN/psql" -h "$STATE" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE $DBNAME OWNER $ROLE" >/dev/null
  log "started on 127.0.0.1:$PORT (data in $STATE)"
  echo "export HEPMETA_TEST_PG_URL='$URL'"
}

stop() {
  if is_running; then
    as_owner "$BIN/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null
    log "stopped"
  fi
  rm -rf "$STATE"
}

BIN=$(find_bindir)
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if is_running; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
