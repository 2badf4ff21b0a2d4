# Sourced by test.sh after debian-packages.sh (it needs `ensure_debian_packages`).
# Makes a local PostgreSQL ready for the storage tests and exports TEST_DATABASE_URL.
# Usage: ensure_test_postgres

PEERCIRCLE_PG_PORT=5432
PEERCIRCLE_PG_ROLE=peercircle
PEERCIRCLE_PG_PASSWORD=peercircle
PEERCIRCLE_PG_DATABASE=peercircle_test

ensure_test_postgres() {
  TEST_DATABASE_URL="postgres://$PEERCIRCLE_PG_ROLE:$PEERCIRCLE_PG_PASSWORD@127.0.0.1:$PEERCIRCLE_PG_PORT/$PEERCIRCLE_PG_DATABASE"
  REQUIRE_POSTGRES_TESTS=1
  export TEST_DATABASE_URL REQUIRE_POSTGRES_TESTS
  if postgres_accepts_test_login; then return 0; fi

  ensure_debian_packages postgresql || return 1
  start_postgres_cluster || return 1
  # Over the Unix socket with peer authentication, as the superuser the package created.
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PEERCIRCLE_PG_PORT" -d postgres -c "
    DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PEERCIRCLE_PG_ROLE') THEN
        CREATE ROLE $PEERCIRCLE_PG_ROLE LOGIN CREATEDB PASSWORD '$PEERCIRCLE_PG_PASSWORD';
      ELSE
        ALTER ROLE $PEERCIRCLE_PG_ROLE LOGIN CREATEDB PASSWORD '$PEERCIRCLE_PG_PASSWORD';
      END IF;
    END \$\$;" || return 1
  if [ -z "$(as_postgres psql -X -tA -p "$PEERCIRCLE_PG_PORT" -d postgres \
      -c "SELECT 1 FROM pg_database WHERE datname = '$PEERCIRCLE_PG_DATABASE'")" ]; then
    as_postgres createdb -p "$PEERCIRCLE_PG_PORT" -O "$PEERCIRCLE_PG_ROLE" "$PEERCIRCLE_PG_DATABASE" || return 1
  fi
  if ! postgres_accepts_test_login; then
    echo "peercircle: PostgreSQL runs but refuses $PEERCIRCLE_PG_ROLE on 127.0.0.1:$PEERCIRCLE_PG_PORT (check pg_hba.conf)" >&2
    return 1
  fi
}

postgres_accepts_test_login() {
  command -v psql >/dev/null 2>&1 || return 1
  PGPASSWORD="$PEERCIRCLE_PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -tA -h 127.0.0.1 -p "$PEERCIRCLE_PG_PORT" \
    -U "$PEERCIRCLE_PG_ROLE" -d "$PEERCIRCLE_PG_DATABASE" -c 'SELECT 1' >/dev/null 2>&1
}

# Containers have no systemd: the package creates a cluster (e.g. "15 main") but nothing starts it.
start_postgres_cluster() {
  # pg_lsclusters -h: "version name port status owner datadir logfile", one cluster a line.
  pg_cluster=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PEERCIRCLE_PG_PORT" '$3 == port { print $1, $2, $4; exit }')
  if [ -z "$pg_cluster" ]; then
    pg_version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    echo "peercircle: creating PostgreSQL $pg_version cluster \"main\" on port $PEERCIRCLE_PG_PORT" >&2
    as_root pg_createcluster --port "$PEERCIRCLE_PG_PORT" "$pg_version" main >/dev/null || return 1
    pg_cluster="$pg_version main down"
  fi
  set -- $pg_cluster
  if [ "$3" != "online" ]; then
    echo "peercircle: starting PostgreSQL cluster $1/$2" >&2
    # Just after a crash the old postmaster's socket lock can outlive it for a moment: retry once.
    as_root pg_ctlcluster "$1" "$2" start || { sleep 3 && as_root pg_ctlcluster "$1" "$2" start; } || return 1
  fi
  pg_tries=0
  until pg_isready -q -h 127.0.0.1 -p "$PEERCIRCLE_PG_PORT"; do
    pg_tries=$((pg_tries + 1))
    if [ "$pg_tries" -ge 30 ]; then
      echo "peercircle: PostgreSQL did not accept connections on 127.0.0.1:$PEERCIRCLE_PG_PORT within 30 s" >&2
      return 1
    fi
    sleep 1
  done
}

as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  # From / so psql does not warn that the postgres user cannot enter the current directory.
  if [ "$(id -un)" = "postgres" ]; then (cd / && "$@")
  elif [ "$(id -u)" = "0" ]; then (cd / && runuser -u postgres -- "$@")
  else (cd / && sudo -u postgres -- "$@")
  fi
}
