# Real names (orgs, teams, dashboards, connectors, integrations, members) at the positions
# that take them, from `orgctl __complete KIND`. Added by src/cli/generate.rs.

# __fish_orgctl_classify WORD... CUR: the words before the cursor (the command
# first) and the word being completed. Prints the kind of name wanted, what
# precedes it in CUR (such as --org=), then --db, --context, --as and --org
# from the line; fails when the position takes no name.
function __fish_orgctl_classify
    set -l n (count $argv)
    set -l cur $argv[$n]
    set -l pass
    set -l pos
    set -l rest 0
    set -l i 2
    while test $i -lt $n
        set -l w $argv[$i]
        if test $rest = 1
            set -a pos $w
        else
            switch $w
                case --
                    set rest 1
                case @PASSED@
                    if test (math $i + 1) -lt $n
                        set -a pass $w (string replace -r '^~/' "$HOME/" -- $argv[(math $i + 1)])
                    end
                    set i (math $i + 1)
                case @PASSED_EQ@
                    set -a pass $w
                case @LONGS@
                    set i (math $i + 1)
                case '--*'
                case @SHORTS@
                    set i (math $i + 1)
                case '-?*'
                case '*'
                    set -a pos $w
            end
        end
        set i (math $i + 1)
    end
    set -l kind
    set -l lead
    set -l prev
    test $n -gt 2; and set prev $argv[(math $n - 1)]
    if test $rest = 1
        set prev
        set cur x
    end
    switch $cur
#@WITH_EQUALS@
        case '-*'
            return 1
        case '*'
            switch "$prev"
#@SEPARATE@
                case '*'
                    test (count $pos) -ge 2; or return 1
                    switch "$pos[1] $pos[2] "(math (count $pos) - 2)
#@POSITIONAL@
                    end
            end
    end
    test -n "$kind"; or return 1
    printf '%s\n' $kind "$lead" $pass
end

function __fish_orgctl_takes_name
    set -l cur (commandline -ct)
    __fish_orgctl_classify (commandline -opc) "$cur" >/dev/null
end

function __fish_orgctl_names
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l found (__fish_orgctl_classify $words "$cur")
    or return 1
    set -l kind $found[1]
    set -e found[1]
    set -e found[1]
    set -l bin (string replace -r '^~/' "$HOME/" -- $words[1])
    $bin $found __complete $kind 2>/dev/null </dev/null
end

complete -c orgctl -n __fish_orgctl_takes_name -f -a '(__fish_orgctl_names)'
#@OPTIONS@
