#!/usr/bin/env bash
# Runtime figures, each measured side by side with its baseline (medians, ratios):
#   start-up   `orgctl whoami` vs `sqlite3 STORE 'select 1'`          target <= 1.0x
#   scale      `can-i view dashboard/X`, `dashboard list` and a write (`member add`
#              of a member: the sweep's question first) in an org of 100,000
#              members and 10,000 dashboards vs a 10-member org           target <= 1.5x
#   memory     `member list -o json` over 100,000 members, peak RSS     target <= 50 MiB
#   load       16 writers x 200 changes on one store: changes per second target 0 failed
# and the machine (nproc, CPU model). The big org is seeded by one apply.
# Then the test suite's heavy variants, which CI runs at a smaller size:
#   ORGCTL_HEAVY=1 cargo test --test main -- load:: faults:: invariants::
# (16 writers x 200 changes, 20 kill -9 of a large apply, 256 random command
# sequences against the model); --no-heavy skips them.
#
#   bench/run.sh                   the sizes above, 5 runs per command (15 for start-up),
#                                  alternated with their baseline run by run
#   bench/run.sh --small           10,000 members, 1,000 dashboards, 25 changes per writer
#   bench/run.sh --members 50000 --dashboards 5000 --changes 50 --runs 9
#   bench/run.sh --install         first apt-get install -y sqlite3 hyperfine time, where missing
#   bench/run.sh --startup         only the start-up figure, on a small store, 100 alternated
#                                  pairs of runs (20 x --runs); no seeding, no heavy variants
#
# Other options: --writers N, --keep, --no-hyperfine, --orgctl PATH, --dynamic (measure
# the plain `cargo build --release` binary, not the static one).

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--members 10000 --dashboards 1000 --changes 25 "${suite[@]+"${suite[@]}"}")
fi
if [ "$startup" = 1 ]; then
    python3 bench/bench.py "${global[@]}" startup
    exit 0
fi
python3 bench/bench.py "${global[@]}" run "${suite[@]+"${suite[@]}"}"

if [ "$heavy" = 1 ]; then
    echo
    echo "== heavy test variants: ORGCTL_HEAVY=1 cargo test --test main -- load:: faults:: invariants::"
    ORGCTL_HEAVY=1 cargo test --quiet --test main -- --nocapture load:: faults:: invariants::
fi
