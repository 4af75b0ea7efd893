# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orgctl_global_optspecs
    string join \n db= context= context-name= as= org= o/output= json q/quiet verbose y/yes no-input color= h/help V/version
end

function __fish_orgctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_orgctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_orgctl_using_subcommand
    set -l cmd (__fish_orgctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c orgctl -n "__fish_orgctl_needs_command" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_needs_command" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_needs_command" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_needs_command" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_needs_command" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_needs_command" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_needs_command" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_needs_command" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_needs_command" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_needs_command" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_needs_command" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_needs_command" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_needs_command" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "init" -d 'Create the store if missing and print its path'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "login" -d 'Set the current user (the user must exist)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "logout" -d 'Clear the current user and org (also repairs a damaged context file)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "whoami" -d 'Show the current user, org and role, and where each came from'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "user" -d 'Register users, show them, change your name'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "org" -d 'Create, list, switch, rename, delete and leave organizations'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "member" -d 'List, add and remove members of the current org, change their roles'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "invite" -d 'Invite people by email; accept or decline an invite'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "team" -d 'Manage teams and their members'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "dashboard" -d 'Create, share and inspect dashboards'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "connector" -d 'Manage the org\'s data connectors'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "integration" -d 'Manage the org\'s notification targets: Slack, Teams, webhooks, PagerDuty'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "chat" -d 'Your private chats in the current org'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "billing" -d 'The org\'s plan, billing email and usage (admins)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "audit" -d 'Read the org\'s audit log (admins)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "access" -d 'Review who can see what in the org, and why'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "can-i" -d 'Ask whether you may do something; exit 0 for yes, 4 for no'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "apply" -d 'Create or update users, orgs and everything in them from a manifest, in one transaction'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "sync" -d 'Reconcile the org\'s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "check" -d 'Run a manifest\'s policy tests and rules against the store as it is (admins; exit 8 on a finding)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "export" -d 'Print a manifest of your orgs that `apply` accepts'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "context" -d 'Named contexts: a store, a user and an org to switch between, as kubectl\'s'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "db" -d 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -f -a "add" -d 'Register a user (anyone may); the same email and name again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -f -a "show" -d 'Show yourself, or a user who shares an org with you'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -f -a "edit" -d 'Change your own display name'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the part of the email before @]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l name -d 'Your new display name' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a user (anyone may); the same email and name again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show yourself, or a user who shares an org with you'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change your own display name'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "create" -d 'Create an org; you become its admin, and it becomes current if none is'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "list" -d 'List your orgs by slug, your role in each, the current one marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "show" -d 'Show an org you belong to [default: the current one]'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "switch" -d 'Make an org current (you must be a member)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "edit" -d 'Rename an org (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "delete" -d 'Delete an org and everything in it (admins; asks for the slug to be typed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "leave" -d 'Leave an org (not as its last admin; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "security" -d 'Show the current org\'s security settings, each with its source (admins); `set` changes them'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show switch edit delete leave security help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l name -d 'Display name [default: the slug]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l limit -d 'At most this many orgs' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l name -d 'The new display name' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print everything that would be removed and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l transfer-to -d 'Hand the dashboards you own to this member instead of leaving them ownerless' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l dry-run -d 'Print what leaving would remove and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -f -a "set" -d 'Change security settings (admins); settings not named stay as they are'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from security" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an org; you become its admin, and it becomes current if none is'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your orgs by slug, your role in each, the current one marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an org you belong to [default: the current one]'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "switch" -d 'Make an org current (you must be a member)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename an org (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an org and everything in it (admins; asks for the slug to be typed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Leave an org (not as its last admin; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "security" -d 'Show the current org\'s security settings, each with its source (admins); `set` changes them'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "list" -d 'List the members of the current org, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "add" -d 'Add an existing user to the current org (admins); the same role again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "remove" -d 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "set-role" -d 'Change a member\'s role (admins); the last admin cannot be demoted'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "suspend" -d 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "show" -d 'A member\'s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "reactivate" -d 'End members\' suspension (admins): everything they held is theirs again'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove set-role suspend show reactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l role -d 'Only members with this role' -r -f -a "admin\t''
member\t''
guest\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l team -d 'Only members of this team' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l limit -d 'At most this many members' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l role -d 'The member\'s role: admin, member or guest (a guest sees only what is shared with them)' -r -f -a "admin\t''
member\t''
guest\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l expires -d 'End the membership then: an RFC 3339 time or a duration from now (`90d`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l reason -d 'Why they are a member (shown by `member show` and `member list --json`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l transfer-to -d 'Hand the dashboards they own to this member instead of leaving them ownerless' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l ignore-missing -d 'A non-member (or unknown user) is reported `unchanged` instead of failing (exit 3)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print what would be removed, cascades included, and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l force -d 'Also remove members a directory sync manages (refused otherwise, exit 5)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l expires -d 'Make the role temporary: it falls back to the current role then (an RFC 3339 time or a duration, `2h`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l reason -d 'Why the role is given' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l force -d 'Change the role of a member a directory sync manages (refused otherwise, exit 5)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l reason -d 'Why, shown to them and in the audit log' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l until -d 'End the suspension then: an RFC 3339 time or a duration from now (`7d`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members of the current org, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an existing user to the current org (admins); the same role again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change a member\'s role (admins); the last admin cannot be demoted'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'A member\'s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'End members\' suspension (admins): everything they held is theirs again'
complete -c orgctl -n "__fish_orgctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "create" -d 'Invite people by email (admins); prints each token once'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "list" -d 'List the org\'s invites by id, oldest first (admins) [default: pending]'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "revoke" -d 'Revoke a pending or expired invite, by id or by email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "resend" -d 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "accept" -d 'Accept an invite as the invited user: you join the org with its role and teams'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "decline" -d 'Decline an invite as the invited user'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and not __fish_seen_subcommand_from create list revoke resend accept decline help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l role -d 'The role they get on accepting' -r -f -a "admin\t''
member\t''
guest\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l team -d 'A team they join on accepting (repeatable)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l expires -d 'How long the invite stays valid, like 90m, 7d, 2w: at most 365d and the org\'s invite-max-lifetime [default: 7d, or invite-max-lifetime when that is shorter]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l state -d 'pending, accepted, declined, revoked, expired or all' -r -f -a "pending\t''
accepted\t''
declined\t''
revoked\t''
expired\t''
all\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l limit -d 'At most this many invites' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Print the invite that would be revoked and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l ignore-missing -d 'No such invite is reported `unchanged` instead of failing (exit 3)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l expires -d 'How long the new token stays valid [default: 7d]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite people by email (admins); prints each token once'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s invites by id, oldest first (admins) [default: pending]'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a pending or expired invite, by id or by email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invite as the invited user: you join the org with its role and teams'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invite as the invited user'
complete -c orgctl -n "__fish_orgctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "create" -d 'Create a team (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "list" -d 'List the org\'s teams with their member counts, by slug (`team show` lists the members)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "show" -d 'Show a team\'s members and the dashboards granted to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "edit" -d 'Change a team\'s name or description (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "delete" -d 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "add" -d 'Add org members to a team, all or nothing (admins and the team\'s maintainers); those already in it are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "set-role" -d 'Make a team member a maintainer of the team, or a plain member again (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "remove" -d 'Remove members from a team, all or nothing (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and not __fish_seen_subcommand_from create list show edit delete add set-role remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l name -d 'Display name [default: the slug]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l description -d 'What the team does' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l limit -d 'At most this many teams' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l name -d 'The new display name' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l description -d 'The new description (an empty one clears it)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print what would be removed, cascades included, and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l expires -d 'End the team membership then: an RFC 3339 time or a duration from now (`30d`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l reason -d 'Why they are in the team (shown by `member show` and `access review`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from set-role" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print what would be removed and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l force -d 'Also remove team memberships a directory sync manages (refused otherwise, exit 5)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a team (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s teams with their member counts, by slug (`team show` lists the members)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a team\'s members and the dashboards granted to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a team\'s name or description (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add org members to a team, all or nothing (admins and the team\'s maintainers); those already in it are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Make a team member a maintainer of the team, or a plain member again (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove members from a team, all or nothing (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "create" -d 'Create a dashboard; you become its owner'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "list" -d 'List the dashboards you can view, by slug'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "show" -d 'Show a dashboard with its grants'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "edit" -d 'Change a dashboard\'s title, description or visibility'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "delete" -d 'Delete a dashboard with its grants (admins and its owner; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "share" -d 'Grant a team or a member view or edit; sharing again updates the permission'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "unshare" -d 'Remove a team\'s or member\'s grant'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "access" -d 'Every member who can view or edit the dashboard, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and not __fish_seen_subcommand_from create list show edit delete share unshare access help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l slug -d 'Its slug [default: made from the title]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l description -d 'What it shows' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l visibility -d 'org: every member can view; restricted: only the owner, admins and grantees' -r -f -a "org\t''
restricted\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l visibility -d 'Only dashboards with this visibility' -r -f -a "org\t''
restricted\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l owner -d 'Only dashboards this member owns' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l limit -d 'At most this many dashboards' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l title -d 'The new title' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l description -d 'The new description (an empty one clears it)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l visibility -d 'The new visibility (admins and the owner)' -r -f -a "org\t''
restricted\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l owner -d 'Hand the dashboard over to this member (admins and the current owner)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print what would be removed (the dashboard and its grants) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l team -d 'Share with this team' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l user -d 'Share with this member' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l permission -d 'view or edit' -r -f -a "view\t''
edit\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l expires -d 'End the grant then: an RFC 3339 time or a duration from now (`30d`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l reason -d 'Why the grant is given' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l team -d 'The team to remove' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l user -d 'The member to remove' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l dry-run -d 'Print the grant that would be removed and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l limit -d 'At most this many rows' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a dashboard; you become its owner'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the dashboards you can view, by slug'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a dashboard with its grants'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a dashboard\'s title, description or visibility'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a dashboard with its grants (admins and its owner; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "share" -d 'Grant a team or a member view or edit; sharing again updates the permission'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Remove a team\'s or member\'s grant'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "access" -d 'Every member who can view or edit the dashboard, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "add" -d 'Add a data connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "list" -d 'List the org\'s connectors by name (passwords shown as ****)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "show" -d 'Show a connector'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "edit" -d 'Change a connector\'s kind or URL (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "remove" -d 'Remove a connector (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "grant" -d 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "revoke" -d 'Remove a team\'s or member\'s grant to use a connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "access" -d 'Every member who may use a connector, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and not __fish_seen_subcommand_from add list show edit remove grant revoke access help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l kind -d 'The kind of data source, such as postgres, snowflake, bigquery' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l url -d 'The connection URL (`scheme://host...`, at most 2048 characters); `-` reads it from the first line of stdin, so that it is not in the process list. Its secrets (password, a user name alone, secret-named query parameters) are stored but never printed' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l limit -d 'At most this many connectors' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l kind -d 'The new kind' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l url -d 'The new connection URL; `-` reads it from the first line of stdin' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print what would be removed and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l team -d 'This team' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l user -d 'This member' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l expires -d 'End the grant then: an RFC 3339 time or a duration from now (`30d`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l reason -d 'Why the grant is given' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l team -d 'This team' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l user -d 'This member' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l limit -d 'At most this many rows' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a data connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s connectors by name (passwords shown as ****)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a connector'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a connector\'s kind or URL (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a connector (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Remove a team\'s or member\'s grant to use a connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "access" -d 'Every member who may use a connector, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "add" -d 'Add a notification target (admins); the same values again are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "list" -d 'List the org\'s integrations by name (members see names, kinds and events)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "show" -d 'Show an integration, its URL masked (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "edit" -d 'Change an integration\'s URL, channel or events (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "remove" -d 'Remove an integration (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "test" -d 'Check that an integration\'s URL or key has the shape its kind needs (admins); sends nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l kind -d 'Where it sends: slack, teams, webhook or pagerduty' -r -f -a "slack\t''
teams\t''
webhook\t''
pagerduty\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l url -d 'The webhook URL, or the PagerDuty routing key: a secret, stored but never printed' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l channel -d 'The channel to post in, such as #ops' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l events -d 'The events it is told about, comma-separated audit action names (member.add,invite.accept)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l limit -d 'At most this many integrations' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l url -d 'The new URL or routing key' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l channel -d 'The new channel (an empty one clears it)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l events -d 'The new events, comma-separated (an empty list clears them)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print what would be removed and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l dry-run -d 'Accepted for clarity: the test never sends anything'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a notification target (admins); the same values again are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s integrations by name (members see names, kinds and events)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an integration, its URL masked (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an integration\'s URL, channel or events (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an integration (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "test" -d 'Check that an integration\'s URL or key has the shape its kind needs (admins); sends nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -f -a "create" -d 'Start a chat (only you will ever see it)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -f -a "list" -d 'List your chats in the current org, by id (oldest first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -f -a "show" -d 'Show one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -f -a "delete" -d 'Delete one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from create list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l limit -d 'At most this many chats' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the chat that would be deleted and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a chat (only you will ever see it)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your chats in the current org, by id (oldest first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'The plan, billing email and usage (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Change the plan or billing email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l plan -d 'free, team or enterprise' -r -f -a "free\t''
team\t''
enterprise\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l email -d 'Where invoices go' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "show" -d 'The plan, billing email and usage (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change the plan or billing email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -f -a "list" -d 'The current org\'s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -f -a "prune" -d 'Remove the entries older than the org\'s audit-retention (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only changes made by this user' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (`member.add`), or a family of actions (`member`); an unknown one is an error' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l login -d 'Only changes written through this database login (PostgreSQL; see `orgctl db links`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries at or after this: a duration back from now (90m, 7d), a date (2026-11-01, UTC) or an RFC 3339 time' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries: the newest [default: 100]; with `-o jsonl` the oldest [default: all]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l after -d 'With `-o jsonl`: only entries numbered above N (the org\'s entry number, `id`)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l cursor-file -d 'With `-o jsonl`: resume after the number this file holds (if it exists) and rewrite it after each batch written' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l follow -d 'With `-o jsonl`: after the entries so far, wait for new ones (until SIGINT or a closed pipe)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l dry-run -d 'Say what would be removed; remove nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'The current org\'s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove the entries older than the org\'s audit-retention (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -f -a "review" -d 'Every member\'s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and not __fish_seen_subcommand_from review help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l user -d 'Only this member (any member may review their own access)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l dashboard -d 'Only this dashboard' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l team -d 'Only members of this team' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l permission -d 'Only rows with exactly this permission (view or edit)' -r -f -a "view\t''
edit\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l limit -d 'At most this many rows' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l expiring -d 'Instead: the memberships, temporary roles, team memberships and grants that end within DURATION (admins)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "review" -d 'Every member\'s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
complete -c orgctl -n "__fish_orgctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -l list -d 'Every action and target you (or `--as EMAIL`) may take, with the reason (rows `action, target, reason`)'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand can-i" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s f -l file -d 'The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin. A regular file or stdin, at most 64 MiB' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l format -d 'The manifest\'s format [default: json for a .json file or text starting with `{`, else toml]' -r -f -a "toml\t''
json\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l dry-run -d 'Print the plan and write nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l prune -d 'Also remove the members, teams, team memberships, dashboards, grants, connectors, connector grants and integrations of the file\'s orgs that the file does not name (never users, orgs or security settings)'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -l force -d 'Also change or prune members and team memberships a directory sync manages (`managed_by`), which are refused otherwise (exit 5)'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s f -l file -d 'The directory export: CSV with the header `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l source -d 'The directory\'s name: the rows this sync writes are marked `managed_by = "sync:NAME"`, and only those are changed or deprovisioned by it' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l format -d 'The export\'s format [default: csv for a .csv file, scim for a .json file; otherwise scim when the text starts with `{`, else csv]' -r -f -a "csv\t'`email,name,role,teams`, teams separated by `;`'
scim\t'A SCIM 2.0 ListResponse of Users'"
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l deprovision -d 'What happens to a managed member the export no longer lists (or lists with `active: false`)' -r -f -a "suspend\t'Suspend them: everything is kept for a reactivation'
remove\t'Remove them, as `orgctl member remove` does'"
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l max-changes -d 'Refuse (exit 5, nothing written) a sync that would change more members than this: a count (`25`) or a percentage of the org\'s members (`20%`). Default 10% (at least 1); a source\'s first sync is not limited unless given' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -l dry-run -d 'Print the plan and write nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand sync" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s f -l file -d 'The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l format -d 'The manifest\'s format [default: json for a .json file or text starting with `{`, else toml]' -r -f -a "toml\t''
json\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "list" -d 'List the contexts, the one in use marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "show" -d 'Show a context (default: the one in use)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "use" -d 'Make a context the one in use (`default` for the top-level one)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "set" -d 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "rename" -d 'Rename a named context'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "delete" -d 'Delete a named context (the store and everything in it stay)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and not __fish_seen_subcommand_from list show use set rename delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts, the one in use marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a context (default: the one in use)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a context the one in use (`default` for the top-level one)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a named context'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a named context (the store and everything in it stay)'
complete -c orgctl -n "__fish_orgctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "path" -d 'Print where the store is'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "check" -d 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "backup" -d 'Write a consistent copy of the store, even while others write to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "link" -d 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "unlink" -d 'PostgreSQL: remove a login\'s link (it keeps `orgctl_app` but can do nothing)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "links" -d 'PostgreSQL: list the linked logins'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup link unlink links help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists (only once the new copy is complete)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l name -d 'The display name to register them with [default: the part of EMAIL before `@`]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l impersonate -d 'Let the login act as any user with `--as` (instead of EMAIL)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l register -d 'Register EMAIL as a user first if the store lacks them (the common case when setting up a person), in the same transaction'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l limit -d 'Show at most N logins' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from links" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the store is'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the store, even while others write to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "link" -d 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'PostgreSQL: remove a login\'s link (it keeps `orgctl_app` but can do nothing)'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "links" -d 'PostgreSQL: list the linked logins'
complete -c orgctl -n "__fish_orgctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l db -d 'The store: a SQLite file [default: orgctl.db in the user\'s data directory], or a postgresql:// URL' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l context -d 'The context file [default: context.toml in the user\'s config directory]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l context-name -d 'Use this named context (`orgctl context list`) for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l as -d 'Act as this user for this one invocation' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l org -d 'Use this org for this one invocation (`export` takes it more than once)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only' -r -f -a "table\t''
tsv\t''
json\t''
jsonl\t'One compact JSON object a line (`audit list` only)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l color -d 'When to use colour (`NO_COLOR` turns it off)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l json -d 'Short for `-o json`'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s q -l quiet -d 'Print nothing on success except the data a command exists to print'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l verbose -d 'On an error, also print what caused it (the driver\'s or the system\'s own error), a `caused by:` line each'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s y -l yes -d 'Answer yes to every confirmation'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "init" -d 'Create the store if missing and print its path'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "login" -d 'Set the current user (the user must exist)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "logout" -d 'Clear the current user and org (also repairs a damaged context file)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "whoami" -d 'Show the current user, org and role, and where each came from'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "user" -d 'Register users, show them, change your name'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "org" -d 'Create, list, switch, rename, delete and leave organizations'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "member" -d 'List, add and remove members of the current org, change their roles'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "invite" -d 'Invite people by email; accept or decline an invite'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "team" -d 'Manage teams and their members'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "dashboard" -d 'Create, share and inspect dashboards'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "connector" -d 'Manage the org\'s data connectors'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "integration" -d 'Manage the org\'s notification targets: Slack, Teams, webhooks, PagerDuty'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "chat" -d 'Your private chats in the current org'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "billing" -d 'The org\'s plan, billing email and usage (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "audit" -d 'Read the org\'s audit log (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "access" -d 'Review who can see what in the org, and why'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "can-i" -d 'Ask whether you may do something; exit 0 for yes, 4 for no'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "apply" -d 'Create or update users, orgs and everything in them from a manifest, in one transaction'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "sync" -d 'Reconcile the org\'s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "check" -d 'Run a manifest\'s policy tests and rules against the store as it is (admins; exit 8 on a finding)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "export" -d 'Print a manifest of your orgs that `apply` accepts'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "context" -d 'Named contexts: a store, a user and an org to switch between, as kubectl\'s'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "db" -d 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami user org member invite team dashboard connector integration chat billing audit access can-i apply sync check export context db completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Register a user (anyone may); the same email and name again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show yourself, or a user who shares an org with you'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change your own display name'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an org; you become its admin, and it becomes current if none is'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List your orgs by slug, your role in each, the current one marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show an org you belong to [default: the current one]'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "switch" -d 'Make an org current (you must be a member)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "edit" -d 'Rename an org (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "delete" -d 'Delete an org and everything in it (admins; asks for the slug to be typed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "leave" -d 'Leave an org (not as its last admin; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "security" -d 'Show the current org\'s security settings, each with its source (admins); `set` changes them'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the members of the current org, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add an existing user to the current org (admins); the same role again is no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "set-role" -d 'Change a member\'s role (admins); the last admin cannot be demoted'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "suspend" -d 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'A member\'s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "reactivate" -d 'End members\' suspension (admins): everything they held is theirs again'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "create" -d 'Invite people by email (admins); prints each token once'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'List the org\'s invites by id, oldest first (admins) [default: pending]'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "revoke" -d 'Revoke a pending or expired invite, by id or by email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "resend" -d 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Accept an invite as the invited user: you join the org with its role and teams'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "decline" -d 'Decline an invite as the invited user'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "create" -d 'Create a team (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'List the org\'s teams with their member counts, by slug (`team show` lists the members)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "show" -d 'Show a team\'s members and the dashboards granted to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "edit" -d 'Change a team\'s name or description (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "delete" -d 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "add" -d 'Add org members to a team, all or nothing (admins and the team\'s maintainers); those already in it are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "set-role" -d 'Make a team member a maintainer of the team, or a plain member again (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "remove" -d 'Remove members from a team, all or nothing (admins and the team\'s maintainers)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "create" -d 'Create a dashboard; you become its owner'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "list" -d 'List the dashboards you can view, by slug'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "show" -d 'Show a dashboard with its grants'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "edit" -d 'Change a dashboard\'s title, description or visibility'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "delete" -d 'Delete a dashboard with its grants (admins and its owner; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "share" -d 'Grant a team or a member view or edit; sharing again updates the permission'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "unshare" -d 'Remove a team\'s or member\'s grant'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "access" -d 'Every member who can view or edit the dashboard, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "add" -d 'Add a data connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "list" -d 'List the org\'s connectors by name (passwords shown as ****)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "show" -d 'Show a connector'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "edit" -d 'Change a connector\'s kind or URL (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "remove" -d 'Remove a connector (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "grant" -d 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "revoke" -d 'Remove a team\'s or member\'s grant to use a connector (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "access" -d 'Every member who may use a connector, and why, by email'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "add" -d 'Add a notification target (admins); the same values again are no error'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "list" -d 'List the org\'s integrations by name (members see names, kinds and events)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "show" -d 'Show an integration, its URL masked (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "edit" -d 'Change an integration\'s URL, channel or events (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "remove" -d 'Remove an integration (admins; asks first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "test" -d 'Check that an integration\'s URL or key has the shape its kind needs (admins); sends nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "create" -d 'Start a chat (only you will ever see it)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "list" -d 'List your chats in the current org, by id (oldest first)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "show" -d 'Show one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "delete" -d 'Delete one of your chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "show" -d 'The plan, billing email and usage (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "set" -d 'Change the plan or billing email (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'The current org\'s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prune" -d 'Remove the entries older than the org\'s audit-retention (admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "review" -d 'Every member\'s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'List the contexts, the one in use marked'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "show" -d 'Show a context (default: the one in use)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "use" -d 'Make a context the one in use (`default` for the top-level one)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "set" -d 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "rename" -d 'Rename a named context'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "delete" -d 'Delete a named context (the store and everything in it stay)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print where the store is'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the store, even while others write to it'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "link" -d 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "unlink" -d 'PostgreSQL: remove a login\'s link (it keeps `orgctl_app` but can do nothing)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "links" -d 'PostgreSQL: list the linked logins'

# Real names (orgs, teams, dashboards, connectors, integrations, members) at the positions
# that take them, from `orgctl __complete KIND`. Added by orgctl (src/cli/completion/).

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
                case --db --context --as --org
                    if test (math $i + 1) -lt $n
                        set -a pass $w (string replace -r '^~/' "$HOME/" -- $argv[(math $i + 1)])
                    end
                    set i (math $i + 1)
                case '--db=*' '--context=*' '--as=*' '--org=*'
                    set -a pass $w
                case --action --actor --after --allowed-domains --audit-retention --channel --color --connector-access --context-name --cursor-file --dashboard --deprovision --description --email --events --expires --expiring --file --format --grant-max-lifetime --guest-domains --invite-max-lifetime --kind --limit --login --max-changes --member-dashboards --name --output --owner --permission --plan --reason --role --since --slug --source --state --team --title --transfer-to --until --url --user --visibility
                    set i (math $i + 1)
                case '--*'
                case '-*f' '-*o'
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
        case '--org=*'
            set kind orgs
            set lead --org=
        case '--team=*'
            set kind teams
            set lead --team=
        case '--user=*'
            set kind members
            set lead --user=
        case '--as=*'
            set kind members
            set lead --as=
        case '--actor=*'
            set kind members
            set lead --actor=
        case '--owner=*'
            set kind members
            set lead --owner=
        case '--transfer-to=*'
            set kind members
            set lead --transfer-to=
        case '--dashboard=*'
            set kind dashboards
            set lead --dashboard=
        case '-*'
            return 1
        case '*'
            switch "$prev"
                case --org
                    set kind orgs
                case --team
                    set kind teams
                case --user
                    set kind members
                case --as
                    set kind members
                case --actor
                    set kind members
                case --owner
                    set kind members
                case --transfer-to
                    set kind members
                case --dashboard
                    set kind dashboards
                case '*'
                    test (count $pos) -ge 2; or return 1
                    switch "$pos[1] $pos[2] "(math (count $pos) - 2)
                        case 'org switch 0' 'org show 0' 'org edit 0' 'org delete 0' 'org leave 0'
                            set kind orgs
                        case 'member remove 0' 'member set-role 0'
                            set kind members
                        case 'invite revoke 0' 'invite resend 0'
                            set kind invites
                        case 'can-i view 0' 'can-i edit 0' 'can-i share 0' 'can-i delete 0'
                            set kind targets
                        case 'team show 0' 'team edit 0' 'team delete 0' 'team add 0' 'team remove 0'
                            set kind teams
                        case 'dashboard show 0' 'dashboard edit 0' 'dashboard delete 0' 'dashboard share 0' 'dashboard unshare 0' 'dashboard access 0'
                            set kind dashboards
                        case 'connector show 0' 'connector edit 0' 'connector remove 0' 'connector grant 0' 'connector revoke 0' 'connector access 0'
                            set kind connectors
                        case 'integration show 0' 'integration edit 0' 'integration remove 0' 'integration test 0'
                            set kind integrations
                        case 'member remove *'
                            set kind members
                        case 'team add *' 'team remove *'
                            set kind members
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
complete -c orgctl -l org -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l team -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l user -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l as -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l actor -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l owner -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l transfer-to -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
complete -c orgctl -l dashboard -n __fish_orgctl_takes_name -x -a '(__fish_orgctl_names)'
