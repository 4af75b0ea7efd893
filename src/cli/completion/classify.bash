# Real names (orgs, teams, dashboards, connectors, integrations, members) at the positions
# that take them, from `orgctl __complete KIND`; everything else is completed
# by the static function above. Added by src/cli/generate.rs.

# _orgctl_classify WORD... CUR: the words before the cursor (the command
# first) and the word being completed. Sets _orgctl_kind (empty unless the
# position takes a name), _orgctl_lead (what precedes the name in CUR, such
# as --org=) and _orgctl_pass (--db, --context, --as and --org from the line).
_orgctl_classify() {
    if [[ -n ${ZSH_VERSION-} ]]; then
        emulate -L zsh
        setopt ksh_arrays
    fi
    local -a ws=("$@") pos=()
    local n=$(($# - 1)) i=1 rest=0 w prev=""
    local cur=${ws[n]}
    _orgctl_kind="" _orgctl_lead="" _orgctl_pass=()
    while ((i < n)); do
        w=${ws[i]}
        if ((rest)); then
            pos+=("$w")
        else
            case $w in
            (--) rest=1 ;;
            (@PASSED@)
                if ((i + 1 < n)); then _orgctl_pass+=("$w" "${ws[i + 1]/#\~\//$HOME/}"); fi
                i=$((i + 1)) ;;
            (@PASSED_EQ@) _orgctl_pass+=("$w") ;;
            (@LONGS@) i=$((i + 1)) ;;
            (--*) ;;
            (-*[@SHORTS@]) i=$((i + 1)) ;;
            (-?*) ;;
            (*) pos+=("$w") ;;
            esac
        fi
        i=$((i + 1))
    done
    if ((n > 1)); then prev=${ws[n - 1]}; fi
    if ((!rest)); then
        case $cur in
#@WITH_EQUALS@
        (-*) return 0 ;;
        esac
        [[ -n $_orgctl_kind ]] && return 0
        case $prev in
#@SEPARATE@
        esac
        [[ -n $_orgctl_kind ]] && return 0
    fi
    ((${#pos[@]} >= 2)) || return 0
    case "${pos[0]} ${pos[1]} $((${#pos[@]} - 2))" in
#@POSITIONAL@
    esac
    return 0
}
