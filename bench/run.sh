#!/usr/bin/env bash
# Runtime figures, each measured side by side with its baseline (medians, ratios):
#   start-up   `orgctl whoami` vs `sqlite3 STORE 'select 1'`          target <= 1.5x
#   scale      `can-i view dashboard/X` and `dashboard list` in an org of
#              100,000 members and 10,000 dashboards vs a 10-member org  target <= 1.5x
#   memory     `member list -o json` over 100,000 members, peak RSS     target <= 50 MiB
#   load       16 writers on one store: changes per second, failures    target 0 failed
# and the machine (nproc, CPU model). The big org is seeded by one apply.
#
#   bench/run.sh                   the sizes above, 5 runs per command (15 for start-up),
#                                  alternated with their baseline run by run
#   bench/run.sh --small           10,000 members, 1,000 dashboards
#   bench/run.sh --members 50000 --dashboards 5000 --changes 200 --runs 9
#   bench/run.sh --install         first apt-get install -y sqlite3 hyperfine time, where missing
#
# Other options: --writers N, --keep, --no-hyperfine, --orgctl PATH.

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--members 10000 --dashboards 1000 "${suite[@]+"${suite[@]}"}")
fi
exec python3 bench/bench.py "${global[@]}" run "${suite[@]+"${suite[@]}"}"
