# shellcheck shell=bash
# A throwaway PostgreSQL cluster, sourced by .ci/run and bench/pg.sh.
#
# start_postgres installs Debian's `postgresql` when missing (as root, with
# apt-get), stops and removes the clusters of earlier runs that were killed,
# then starts a cluster in a new temporary folder under ${TMPDIR:-/tmp},
# reached only through its Unix socket there (no port to clash with), without
# fsync. As root, initdb and pg_ctl run as the `postgres` user (initdb refuses
# root). On success it sets:
#   pg_dir   the cluster's folder (socket, data/, server.log)
#   pg_bin   the server's binaries
#   pg_url   the URL of the cluster's superuser, over the socket
# stop_postgres stops the cluster and removes its folder; call it on EXIT.
#
# Set before sourcing or calling:
#   pg_prefix   the name of the temporary folders, `NAME.XXXXXX` (default
#               orgctl-ci-pg); only stale folders of that name are cleaned up
#   pg_durable  1 to keep the server's default durability (fsync on), for
#               benchmarks that compare commit costs; default 0

pg_root=${TMPDIR:-/tmp}
pg_prefix=${pg_prefix:-orgctl-ci-pg}
pg_durable=${pg_durable:-0}
pg_dir=
pg_bin=
# shellcheck disable=SC2034 # read by the scripts that source this file
pg_url=

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1 || true
  fi
  if [ -n "$pg_dir" ]; then rm -rf "$pg_dir"; fi
}

start_postgres() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing: postgresql"
      (apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) || return 1
    else
      return 1
    fi
  fi
  # shellcheck disable=SC2012 # the folders are /usr/lib/postgresql/VERSION/bin
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  # Clusters of earlier runs whose script is gone.
  local old owner state
  for old in "$pg_root/$pg_prefix".*; do
    [ -d "$old" ] || continue
    owner=$(cat "$old/owner" 2>/dev/null || echo 0)
    state=
    if [ -r "/proc/$owner/stat" ]; then read -r _ _ state _ <"/proc/$owner/stat" || state=; fi
    # A killed run may linger as a zombie until reaped: that is gone too.
    if [ "$owner" != 0 ] && [ -n "$state" ] && [ "$state" != Z ]; then continue; fi
    echo "stopping a stale PostgreSQL cluster in $old"
    as_pg "$pg_bin/pg_ctl" -D "$old/data" stop -m immediate >/dev/null 2>&1 || true
    rm -rf "$old"
  done
  pg_dir=$(mktemp -d "$pg_root/$pg_prefix.XXXXXX")
  echo $$ >"$pg_dir/owner"
  local user
  user=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || return 1
    chown postgres "$pg_dir"
    user=postgres
  fi
  local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "$pg_durable" = 1 ]; then fast=; fi
  as_pg "$pg_bin/initdb" --no-sync -A trust -E UTF8 --locale=C.UTF-8 -D "$pg_dir/data" >"$pg_dir/initdb.log" 2>&1 ||
    { tail -n 20 "$pg_dir/initdb.log"; return 1; }
  # Members of orgctl_password_auth must give a password (the tests of
  # PGPASSWORD and ~/.pgpass); everyone else is trusted, as initdb -A trust says.
  local hba="$pg_dir/data/pg_hba.conf"
  { echo "local all +orgctl_password_auth scram-sha-256"; cat "$hba"; } >"$hba.new" && mv "$hba.new" "$hba"
  chown --reference="$pg_dir/data" "$hba" 2>/dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-k $pg_dir -c listen_addresses='' $fast" \
    start >/dev/null ||
    { tail -n 20 "$pg_dir/server.log"; return 1; }
  # shellcheck disable=SC2034 # read by the scripts that source this file
  pg_url="postgresql://$user@/postgres?host=$pg_dir"
}
