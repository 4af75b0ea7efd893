# shellcheck shell=bash
# Shared by the scripts in bench/: argument routing, tool checks, the release build.
# Sets small, startup, heavy, global and suite for the script that sources it.
# shellcheck disable=SC2034 # read by the script that sources this file
#
# Tools: python3 and sqlite3 are required; hyperfine and GNU time are used
# when present. Nothing is installed unless --install is given, and then only
# with: apt-get install -y sqlite3 hyperfine time

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

install=0
small=0
startup=0
dynamic=0
heavy=1
global=()
suite=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --small) small=1 ;;
        --startup) startup=1 ;;
        --dynamic) dynamic=1 ;;
        --no-heavy) heavy=0 ;;
        --runs | --orgctl) global+=("$1" "$2"); shift ;;
        --no-hyperfine | --keep) global+=("$1") ;;
        -h | --help) usage; exit 0 ;;
        *) suite+=("$1") ;;
    esac
    shift
done

missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$install" = 1 ]; then
        echo "installing: ${missing[*]}" >&2
        apt-get install -y "${missing[@]}" >&2 || { apt-get update >&2 && apt-get install -y "${missing[@]}" >&2; }
    else
        echo "note: not installed: ${missing[*]} (rerun with --install to get them: apt-get install -y sqlite3 hyperfine time)" >&2
        if ! command -v sqlite3 >/dev/null 2>&1; then
            echo "error: sqlite3 is required for the side-by-side figures" >&2
            exit 1
        fi
        echo "note: timing with bench/bench.py's own harness (alternating runs, median); memory from rusage if /usr/bin/time is missing" >&2
    fi
fi
command -v python3 >/dev/null 2>&1 || { echo "error: python3 is required" >&2; exit 1; }

# The release binary: on Linux with glibc, linked statically (no dynamic
# loader, no libgcc_s start-up), as the README's install section builds it;
# --dynamic measures the plain `cargo build --release` binary instead.
if ! printf '%s\n' "${global[@]+"${global[@]}"}" | grep -qx -- --orgctl; then
    host=$(rustc -vV | sed -n 's/^host: //p')
    if [ "$dynamic" = 0 ] && [[ "$host" == *-linux-gnu ]]; then
        echo "building orgctl in release, static (RUSTFLAGS='-C target-feature=+crt-static' cargo build --release --target $host)..." >&2
        RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=+crt-static" cargo build --release --target "$host" --quiet
        built="${CARGO_TARGET_DIR:-target}/$host/release/orgctl"
    else
        echo "building orgctl in release (cargo build --release)..." >&2
        cargo build --release --quiet
        built="${CARGO_TARGET_DIR:-target}/release/orgctl"
    fi
    # Measured as installed: `cargo install` copies the binary out of target/,
    # as `cp` does here. The file the linker wrote sits in the page cache in
    # smaller pieces, so every start of that same file takes more page faults
    # (201 against 154 for `whoami` under `perf stat`, the bytes identical).
    installed="${CARGO_TARGET_DIR:-target}/bench/orgctl"
    mkdir -p "$(dirname "$installed")"
    cp "$built" "$installed.new" && mv -f "$installed.new" "$installed"
    global+=(--orgctl "$installed")
fi
