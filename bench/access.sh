#!/usr/bin/env bash
# Times `orgctl access review` of a big org (every member can view every
# dashboard, so each pair is a row) and its peak RSS, in TSV and JSON.
#
#   bench/access.sh                10,000 members, 100 org-wide dashboards: 1,000,000 rows; 5 runs
#   bench/access.sh --small        1,000 members, 100 dashboards: 100,000 rows
#   bench/access.sh --runs 3 --members 20000 --dashboards 50
#   bench/access.sh --install      first apt-get install -y sqlite3 hyperfine time, where missing
#
# Other options: --keep (keep the temporary files), --orgctl PATH (measure
# that binary instead of building one). Target printed beside the figures:
# peak RSS <= 50 MiB (rows stream; memory does not grow with the org).

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--members 1000 --teams 10 "${suite[@]+"${suite[@]}"}")
fi
exec python3 bench/bench.py "${global[@]}" access "${suite[@]+"${suite[@]}"}"
