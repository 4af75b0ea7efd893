#!/usr/bin/env bash
# orgctl on PostgreSQL, each figure beside the same on a SQLite store (medians, ratios):
#   start-up  `orgctl whoami` and `orgctl can-i view-org` over the Unix socket vs
#             on a SQLite store holding the same data, alternated run by run  target <= 4 ms
#   apply     bench/apply.sh's manifest (10,000 users, one org with all of them,
#             100 teams of 100, 1,000 dashboards with 2 grants each) into an empty
#             PostgreSQL store vs an empty SQLite store; the second (no-op) apply;
#             a write in that org (`member add` of a member, --startup-runs times);
#             the statements apply sends and the server's time for them
#   load      16 writers x 200 changes at once on one PostgreSQL store, then on a
#             SQLite store: changes per second, failed commands, each writer's changes
#             all landed, and every admin of an org demoting themselves at once
#             leaves one admin                                               target 0 failed
#   cpu       one writer's 80 commands in turn on each store (the cluster this script
#             starts only): the CPU each took, orgctl's and the server's processes',
#             and the changes per second that sets as the writers' ceiling
#
# The server: a throwaway cluster this script starts, as .ci/run does (Debian's
# postgresql installed when missing, as root; socket only; fsync off) and stops
# on exit; or --server URL, the URL of a superuser on a server of yours. Either
# way it creates a schema owner and an app login (LOGIN, granted orgctl_app),
# runs `orgctl init` as the owner, measures as the app login, and drops them.
#
#   bench/pg.sh                    the sizes above, 5 runs per command (100 pairs for start-up)
#   bench/pg.sh --small            1,000 users, 10 teams, 100 dashboards; 16 writers x 25 changes
#   bench/pg.sh --server 'postgresql://postgres@/postgres?host=/run/postgresql'
#   bench/pg.sh --durable          the throwaway cluster keeps fsync on (commits as on a real server)
#   bench/pg.sh --pooler           the app login's commands through PgBouncer in session mode, in
#                                  front of the throwaway cluster (installed when missing, as root)
#   bench/pg.sh --runs 9 --users 20000 --changes 50 --writers 8
#
# Other options: --keep (keep the temporary files, the databases and the cluster),
# --orgctl PATH (measure that binary instead of building one), --dynamic (the plain
# `cargo build --release` binary), --install (apt-get install -y sqlite3 hyperfine time
# where missing), --startup-runs N, --teams N, --team-size N, --dashboards N, --grants N.

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

# The options of this script alone; the rest go to common.sh and bench.py.
server=
durable=0
pooler=0
keep=0
rest=()
while [ $# -gt 0 ]; do
    case "$1" in
        --server) server=${2:?--server needs a URL}; shift ;;
        --server=*) server=${1#--server=} ;;
        --durable) durable=1 ;;
        --pooler) pooler=1 ;;
        --keep) keep=1; rest+=("$1") ;;
        *) rest+=("$1") ;;
    esac
    shift
done
set -- "${rest[@]+"${rest[@]}"}"
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--users 1000 --teams 10 --dashboards 100 --changes 25 "${suite[@]+"${suite[@]}"}")
fi

log=()
if [ "$pooler" = 1 ]; then
    if [ -n "$server" ]; then
        echo "error: --pooler puts PgBouncer in front of the throwaway cluster; it does not take --server" >&2
        exit 2
    fi
    if ! command -v pgbouncer >/dev/null 2>&1 && [ ! -x /usr/sbin/pgbouncer ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "installing pgbouncer..." >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null ||
                { echo "error: could not install pgbouncer" >&2; exit 1; }
        else
            echo "error: --pooler needs pgbouncer (apt-get install pgbouncer)" >&2
            exit 1
        fi
    fi
    log+=(--pooler)
fi
if [ -z "$server" ]; then
    # shellcheck disable=SC2034 # read by .ci/postgres.sh
    pg_prefix=orgctl-bench-pg pg_durable=$durable
    # shellcheck source-path=SCRIPTDIR source=../.ci/postgres.sh
    source .ci/postgres.sh
    if [ "$keep" = 0 ]; then trap stop_postgres EXIT; fi
    started=$(date +%s%N)
    if ! start_postgres; then
        stop_postgres
        echo "error: could not install or start PostgreSQL; give a server with --server URL" >&2
        exit 1
    fi
    echo "postgresql: a throwaway cluster up in $((($(date +%s%N) - started) / 1000000)) ms in $pg_dir" >&2
    if [ "$keep" = 1 ]; then
        as=; if [ "$(id -u)" = 0 ]; then as="runuser -u postgres -- "; fi
        echo "postgresql: kept running (--keep); stop it with: $as$pg_bin/pg_ctl -D $pg_dir/data stop && rm -rf $pg_dir" >&2
    fi
    server=$pg_url
    log+=(--server-log "$pg_dir/server.log")
fi

python3 bench/bench.py "${global[@]}" pg --server "$server" "${log[@]+"${log[@]}"}" "${suite[@]+"${suite[@]}"}"
