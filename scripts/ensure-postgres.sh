#!/usr/bin/env bash
# Sourced by test.sh: makes a PostgreSQL server available to the store tests. When CASEFLOW_TEST_POSTGRES is already set (a
# connection string) that server is used as it is. Otherwise it creates a throwaway cluster in a temporary folder (initdb, as the
# postgres user when run as root; PostgreSQL from Debian's packages when missing), starts it listening on 127.0.0.1 only, on a free
# port from 55432 up, waits until it accepts connections and exports:
#   CASEFLOW_TEST_POSTGRES       the connection string (user postgres, trust authentication: the cluster lives only for the run)
#   CASEFLOW_TEST_POSTGRES_CTL   the pg_ctl command for that cluster (append start, stop or "restart -m fast")
# stop_postgres stops the throwaway cluster and removes its folder (nothing when the server was given). Needs a log function.

CASEFLOW_PG_DIR=""

# The directory holding initdb and pg_ctl, newest major version first; installs Debian's postgresql when there is none.
postgres_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    log "installing postgresql"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || { log "could not install postgresql"; return 1; }
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$dir/initdb" ] || { log "no initdb found under /usr/lib/postgresql"; return 1; }
  echo "$dir"
}

# initdb and pg_ctl refuse to run as root: as root they run as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_postgres() {
  if [ -n "${CASEFLOW_TEST_POSTGRES:-}" ]; then
    log "using the PostgreSQL server in CASEFLOW_TEST_POSTGRES"
    return 0
  fi

  local bin port
  bin=$(postgres_bin_dir) || return 1
  port=55432
  while port_in_use "$port"; do
    port=$((port + 1))
    [ "$port" -gt 55532 ] && { log "no free port for PostgreSQL between 55432 and 55532"; return 1; }
  done

  CASEFLOW_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/caseflow-pg.XXXXXX")
  chmod 755 "$CASEFLOW_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$CASEFLOW_PG_DIR"
  if ! as_postgres "$bin/initdb" -D "$CASEFLOW_PG_DIR/data" -A trust -U postgres -E UTF8 --no-sync >"$CASEFLOW_PG_DIR/initdb.log" 2>&1; then
    log "initdb failed:"; tail -n 20 "$CASEFLOW_PG_DIR/initdb.log" >&2
    return 1
  fi

  # fsync off: the cluster is thrown away after the run; a fast restart still keeps every committed row (the OS holds the pages).
  local settings="-c listen_addresses=127.0.0.1 -p $port -k $CASEFLOW_PG_DIR -c max_connections=300"
  # The benchmarks (CASEFLOW_PG_DURABLE=1) measure a server as production runs it: fsync and synchronous commit stay on.
  if [ "${CASEFLOW_PG_DURABLE:-0}" != "1" ]; then
    settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  log "starting a throwaway PostgreSQL cluster on 127.0.0.1:$port ($CASEFLOW_PG_DIR)"
  if ! as_postgres "$bin/pg_ctl" -D "$CASEFLOW_PG_DIR/data" -l "$CASEFLOW_PG_DIR/server.log" -w -t 60 -o "$settings" start >/dev/null; then
    log "PostgreSQL did not start:"; tail -n 20 "$CASEFLOW_PG_DIR/server.log" >&2
    return 1
  fi
  for _ in $(seq 1 30); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      export CASEFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      if [ "$(id -u)" -eq 0 ]; then
        export CASEFLOW_TEST_POSTGRES_CTL="runuser -u postgres -- $bin/pg_ctl -D $CASEFLOW_PG_DIR/data -l $CASEFLOW_PG_DIR/server.log -w -t 60"
      else
        export CASEFLOW_TEST_POSTGRES_CTL="$bin/pg_ctl -D $CASEFLOW_PG_DIR/data -l $CASEFLOW_PG_DIR/server.log -w -t 60"
      fi
      log "PostgreSQL is ready"
      return 0
    fi
    sleep 1
  done
  log "PostgreSQL did not accept connections within 30 seconds"
  return 1
}

stop_postgres() {
  [ -n "$CASEFLOW_PG_DIR" ] || return 0
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  as_postgres "$bin/pg_ctl" -D "$CASEFLOW_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$CASEFLOW_PG_DIR"
  CASEFLOW_PG_DIR=""
}
