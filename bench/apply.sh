#!/usr/bin/env bash
# Times `orgctl apply` of a big generated manifest into an empty store, side by
# side with the sqlite3 shell inserting the same rows under the same schema in
# one transaction; then a second apply of the same file, and apply's peak RSS.
#
#   bench/apply.sh                 10,000 users, all members of one org, 100 teams of 100,
#                                  1,000 dashboards with 2 grants each; 5 runs per command
#   bench/apply.sh --small         1,000 users, 10 teams of 100, 100 dashboards
#   bench/apply.sh --runs 9 --users 20000 --dashboards 2000
#   bench/apply.sh --install       first apt-get install -y sqlite3 hyperfine time, where missing
#
# Other options: --keep (keep the temporary files), --no-hyperfine,
# --orgctl PATH (measure that binary instead of building one).
# Targets printed beside the figures: apply within 2x raw sqlite3 (the same
# rows with the audit rows) and 1.5x raw sqlite3 without the audit rows,
# peak RSS < 200 MiB, second apply <= 1x the first.

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--users 1000 --teams 10 --dashboards 100 "${suite[@]+"${suite[@]}"}")
fi
exec python3 bench/bench.py "${global[@]}" apply "${suite[@]+"${suite[@]}"}"
