# Bash splits words at = and @ (COMP_WORDBREAKS), so the line is split again
# here on whitespace only; the candidates then replace only what bash sees as
# the current word ($2). Bash inserts a candidate as it is, so each is quoted
# for the shell (printf %q): an email such as a`touch${IFS}x`@example.com
# is inserted as one inert word, never run when the line is.
_orgctl_complete() {
    local line=${COMP_LINE:0:COMP_POINT} cur="" split v q bin
    local -a words=()
    read -r -a words <<<"$line"
    if [[ $line != *[[:space:]] ]] && ((${#words[@]} > 1)); then
        cur=${words[${#words[@]} - 1]}
        unset "words[${#words[@]}-1]"
    fi
    local _orgctl_kind _orgctl_lead
    local -a _orgctl_pass
    _orgctl_classify "${words[@]}" "$cur"
    if [[ -z $_orgctl_kind ]]; then
        _orgctl "$@"
        return
    fi
    split=""
    [[ $cur == *"$2" ]] && split=${cur%"$2"}
    bin=${words[0]/#\~\//$HOME/}
    COMPREPLY=()
    while IFS= read -r v; do
        [[ -n $v && $v == "${cur#"$_orgctl_lead"}"* ]] || continue
        v=$_orgctl_lead$v
        printf -v q '%q' "${v#"$split"}"
        COMPREPLY+=("$q")
    done < <("$bin" "${_orgctl_pass[@]}" __complete "$_orgctl_kind" 2>/dev/null </dev/null)
    # Only names make sense here: no file names when there are none.
    compopt +o default +o bashdefault 2>/dev/null
    return 0
}
