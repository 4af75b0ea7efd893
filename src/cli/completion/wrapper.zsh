_orgctl() {
    local _orgctl_kind _orgctl_lead
    local -a _orgctl_pass _orgctl_values
    _orgctl_classify "${(@)words[1,CURRENT-1]}" "$PREFIX"
    if [[ -z $_orgctl_kind ]]; then
        _orgctl_clap "$@"
        return
    fi
    _orgctl_values=(${(f)"$("${words[1]/#\~\//$HOME/}" "${_orgctl_pass[@]}" __complete "$_orgctl_kind" 2>/dev/null </dev/null)"})
    _orgctl_values=(${_orgctl_values:#})
    [[ -n $_orgctl_lead ]] && compset -P "$_orgctl_lead"
    compadd -a _orgctl_values
}
