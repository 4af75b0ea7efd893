#!/usr/bin/env bash
# Times `orgctl audit list -o jsonl` over a big audit log and its peak RSS,
# and `db check` verifying that log's hash chain.
#
#   bench/audit.sh                 1,000,000 entries in one org; 3 runs
#   bench/audit.sh --small         100,000 entries
#   bench/audit.sh --runs 5 --entries 2000000
#   bench/audit.sh --install       first apt-get install -y sqlite3 hyperfine time, where missing
#
# The entries are written straight into a SQLite store made by orgctl (one
# transaction of INSERTs from python3, each with its link of the hash chain
# computed by the shared definition), so `db check` must find the chain
# intact. Other options: --keep (keep the temporary files), --orgctl PATH
# (measure that binary instead of building one). Target printed beside the
# figures: peak RSS <= 50 MiB (the stream reads in batches; memory does not
# grow with the log).

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

if [ "$small" = 1 ]; then
    suite=(--entries 100000 "${suite[@]+"${suite[@]}"}")
fi
exec python3 bench/audit.py "${global[@]}" "${suite[@]+"${suite[@]}"}"
