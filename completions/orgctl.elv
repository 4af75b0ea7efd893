
use builtin;
use str;

set edit:completion:arg-completer[orgctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'orgctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'orgctl'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store if missing and print its path'
            cand login 'Set the current user (the user must exist)'
            cand logout 'Clear the current user and org (also repairs a damaged context file)'
            cand whoami 'Show the current user, org and role, and where each came from'
            cand user 'Register users, show them, change your name'
            cand org 'Create, list, switch, rename, delete and leave organizations'
            cand member 'List, add and remove members of the current org, change their roles'
            cand invite 'Invite people by email; accept or decline an invite'
            cand team 'Manage teams and their members'
            cand dashboard 'Create, share and inspect dashboards'
            cand connector 'Manage the org''s data connectors'
            cand integration 'Manage the org''s notification targets: Slack, Teams, webhooks, PagerDuty'
            cand chat 'Your private chats in the current org'
            cand billing 'The org''s plan, billing email and usage (admins)'
            cand audit 'Read the org''s audit log (admins)'
            cand access 'Review who can see what in the org, and why'
            cand can-i 'Ask whether you may do something; exit 0 for yes, 4 for no'
            cand apply 'Create or update users, orgs and everything in them from a manifest, in one transaction'
            cand sync 'Reconcile the org''s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)'
            cand check 'Run a manifest''s policy tests and rules against the store as it is (admins; exit 8 on a finding)'
            cand export 'Print a manifest of your orgs that `apply` accepts'
            cand context 'Named contexts: a store, a user and an org to switch between, as kubectl''s'
            cand db 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;init'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;login'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;logout'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;whoami'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a user (anyone may); the same email and name again is no error'
            cand show 'Show yourself, or a user who shares an org with you'
            cand edit 'Change your own display name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;user;add'= {
            cand --name 'Display name [default: the part of the email before @]'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;edit'= {
            cand --name 'Your new display name'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;help'= {
            cand add 'Register a user (anyone may); the same email and name again is no error'
            cand show 'Show yourself, or a user who shares an org with you'
            cand edit 'Change your own display name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;user;help;add'= {
        }
        &'orgctl;user;help;show'= {
        }
        &'orgctl;user;help;edit'= {
        }
        &'orgctl;user;help;help'= {
        }
        &'orgctl;org'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an org; you become its admin, and it becomes current if none is'
            cand list 'List your orgs by slug, your role in each, the current one marked'
            cand show 'Show an org you belong to [default: the current one]'
            cand switch 'Make an org current (you must be a member)'
            cand edit 'Rename an org (admins)'
            cand delete 'Delete an org and everything in it (admins; asks for the slug to be typed)'
            cand leave 'Leave an org (not as its last admin; asks first)'
            cand security 'Show the current org''s security settings, each with its source (admins); `set` changes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;create'= {
            cand --name 'Display name [default: the slug]'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;list'= {
            cand --limit 'At most this many orgs'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;switch'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;edit'= {
            cand --name 'The new display name'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;delete'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print everything that would be removed and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;leave'= {
            cand --transfer-to 'Hand the dashboards you own to this member instead of leaving them ownerless'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what leaving would remove and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;security'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Change security settings (admins); settings not named stay as they are'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;security;set'= {
            cand --allowed-domains 'Email domains allowed to join, comma-separated; "" allows any'
            cand --invite-max-lifetime 'The longest `--expires` an invite may have (at most 365d)'
            cand --member-dashboards 'Whether members (not only admins) may create dashboards'
            cand --connector-access 'open: every member may use every connector; granted: admins and those granted use'
            cand --guest-domains 'Email domains guests may come from, comma-separated; "" allows any (allowed-domains applies to members and admins only)'
            cand --grant-max-lifetime 'The longest any expiry may reach (memberships, team memberships, grants, temporary roles); "none" lifts the bound'
            cand --audit-retention 'Days of audit log `orgctl audit prune` keeps (0, the default: keep everything)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;security;help'= {
            cand set 'Change security settings (admins); settings not named stay as they are'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;security;help;set'= {
        }
        &'orgctl;org;security;help;help'= {
        }
        &'orgctl;org;help'= {
            cand create 'Create an org; you become its admin, and it becomes current if none is'
            cand list 'List your orgs by slug, your role in each, the current one marked'
            cand show 'Show an org you belong to [default: the current one]'
            cand switch 'Make an org current (you must be a member)'
            cand edit 'Rename an org (admins)'
            cand delete 'Delete an org and everything in it (admins; asks for the slug to be typed)'
            cand leave 'Leave an org (not as its last admin; asks first)'
            cand security 'Show the current org''s security settings, each with its source (admins); `set` changes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;help;create'= {
        }
        &'orgctl;org;help;list'= {
        }
        &'orgctl;org;help;show'= {
        }
        &'orgctl;org;help;switch'= {
        }
        &'orgctl;org;help;edit'= {
        }
        &'orgctl;org;help;delete'= {
        }
        &'orgctl;org;help;leave'= {
        }
        &'orgctl;org;help;security'= {
            cand set 'Change security settings (admins); settings not named stay as they are'
        }
        &'orgctl;org;help;security;set'= {
        }
        &'orgctl;org;help;help'= {
        }
        &'orgctl;member'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the members of the current org, by email'
            cand add 'Add an existing user to the current org (admins); the same role again is no error'
            cand remove 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
            cand set-role 'Change a member''s role (admins); the last admin cannot be demoted'
            cand suspend 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
            cand show 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
            cand reactivate 'End members'' suspension (admins): everything they held is theirs again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;member;list'= {
            cand --role 'Only members with this role'
            cand --team 'Only members of this team'
            cand --limit 'At most this many members'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;add'= {
            cand --role 'The member''s role: admin, member or guest (a guest sees only what is shared with them)'
            cand --expires 'End the membership then: an RFC 3339 time or a duration from now (`90d`)'
            cand --reason 'Why they are a member (shown by `member show` and `member list --json`)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;remove'= {
            cand --transfer-to 'Hand the dashboards they own to this member instead of leaving them ownerless'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --ignore-missing 'A non-member (or unknown user) is reported `unchanged` instead of failing (exit 3)'
            cand --dry-run 'Print what would be removed, cascades included, and change nothing'
            cand --force 'Also remove members a directory sync manages (refused otherwise, exit 5)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;set-role'= {
            cand --expires 'Make the role temporary: it falls back to the current role then (an RFC 3339 time or a duration, `2h`)'
            cand --reason 'Why the role is given'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --force 'Change the role of a member a directory sync manages (refused otherwise, exit 5)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;suspend'= {
            cand --reason 'Why, shown to them and in the audit log'
            cand --until 'End the suspension then: an RFC 3339 time or a duration from now (`7d`)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;reactivate'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;member;help'= {
            cand list 'List the members of the current org, by email'
            cand add 'Add an existing user to the current org (admins); the same role again is no error'
            cand remove 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
            cand set-role 'Change a member''s role (admins); the last admin cannot be demoted'
            cand suspend 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
            cand show 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
            cand reactivate 'End members'' suspension (admins): everything they held is theirs again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;member;help;list'= {
        }
        &'orgctl;member;help;add'= {
        }
        &'orgctl;member;help;remove'= {
        }
        &'orgctl;member;help;set-role'= {
        }
        &'orgctl;member;help;suspend'= {
        }
        &'orgctl;member;help;show'= {
        }
        &'orgctl;member;help;reactivate'= {
        }
        &'orgctl;member;help;help'= {
        }
        &'orgctl;invite'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Invite people by email (admins); prints each token once'
            cand list 'List the org''s invites by id, oldest first (admins) [default: pending]'
            cand revoke 'Revoke a pending or expired invite, by id or by email (admins)'
            cand resend 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
            cand accept 'Accept an invite as the invited user: you join the org with its role and teams'
            cand decline 'Decline an invite as the invited user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;invite;create'= {
            cand --role 'The role they get on accepting'
            cand --team 'A team they join on accepting (repeatable)'
            cand --expires 'How long the invite stays valid, like 90m, 7d, 2w: at most 365d and the org''s invite-max-lifetime [default: 7d, or invite-max-lifetime when that is shorter]'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;list'= {
            cand --state 'pending, accepted, declined, revoked, expired or all'
            cand --limit 'At most this many invites'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;revoke'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print the invite that would be revoked and change nothing'
            cand --ignore-missing 'No such invite is reported `unchanged` instead of failing (exit 3)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;resend'= {
            cand --expires 'How long the new token stays valid [default: 7d]'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;accept'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;decline'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;invite;help'= {
            cand create 'Invite people by email (admins); prints each token once'
            cand list 'List the org''s invites by id, oldest first (admins) [default: pending]'
            cand revoke 'Revoke a pending or expired invite, by id or by email (admins)'
            cand resend 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
            cand accept 'Accept an invite as the invited user: you join the org with its role and teams'
            cand decline 'Decline an invite as the invited user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;invite;help;create'= {
        }
        &'orgctl;invite;help;list'= {
        }
        &'orgctl;invite;help;revoke'= {
        }
        &'orgctl;invite;help;resend'= {
        }
        &'orgctl;invite;help;accept'= {
        }
        &'orgctl;invite;help;decline'= {
        }
        &'orgctl;invite;help;help'= {
        }
        &'orgctl;team'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a team (admins)'
            cand list 'List the org''s teams with their member counts, by slug (`team show` lists the members)'
            cand show 'Show a team''s members and the dashboards granted to it'
            cand edit 'Change a team''s name or description (admins)'
            cand delete 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
            cand add 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error'
            cand set-role 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)'
            cand remove 'Remove members from a team, all or nothing (admins and the team''s maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;team;create'= {
            cand --name 'Display name [default: the slug]'
            cand --description 'What the team does'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;list'= {
            cand --limit 'At most this many teams'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;edit'= {
            cand --name 'The new display name'
            cand --description 'The new description (an empty one clears it)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;delete'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what would be removed, cascades included, and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;add'= {
            cand --expires 'End the team membership then: an RFC 3339 time or a duration from now (`30d`)'
            cand --reason 'Why they are in the team (shown by `member show` and `access review`)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;set-role'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;remove'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what would be removed and change nothing'
            cand --force 'Also remove team memberships a directory sync manages (refused otherwise, exit 5)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;team;help'= {
            cand create 'Create a team (admins)'
            cand list 'List the org''s teams with their member counts, by slug (`team show` lists the members)'
            cand show 'Show a team''s members and the dashboards granted to it'
            cand edit 'Change a team''s name or description (admins)'
            cand delete 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
            cand add 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error'
            cand set-role 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)'
            cand remove 'Remove members from a team, all or nothing (admins and the team''s maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;team;help;create'= {
        }
        &'orgctl;team;help;list'= {
        }
        &'orgctl;team;help;show'= {
        }
        &'orgctl;team;help;edit'= {
        }
        &'orgctl;team;help;delete'= {
        }
        &'orgctl;team;help;add'= {
        }
        &'orgctl;team;help;set-role'= {
        }
        &'orgctl;team;help;remove'= {
        }
        &'orgctl;team;help;help'= {
        }
        &'orgctl;dashboard'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a dashboard; you become its owner'
            cand list 'List the dashboards you can view, by slug'
            cand show 'Show a dashboard with its grants'
            cand edit 'Change a dashboard''s title, description or visibility'
            cand delete 'Delete a dashboard with its grants (admins and its owner; asks first)'
            cand share 'Grant a team or a member view or edit; sharing again updates the permission'
            cand unshare 'Remove a team''s or member''s grant'
            cand access 'Every member who can view or edit the dashboard, and why, by email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;dashboard;create'= {
            cand --slug 'Its slug [default: made from the title]'
            cand --description 'What it shows'
            cand --visibility 'org: every member can view; restricted: only the owner, admins and grantees'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;list'= {
            cand --visibility 'Only dashboards with this visibility'
            cand --owner 'Only dashboards this member owns'
            cand --limit 'At most this many dashboards'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;edit'= {
            cand --title 'The new title'
            cand --description 'The new description (an empty one clears it)'
            cand --visibility 'The new visibility (admins and the owner)'
            cand --owner 'Hand the dashboard over to this member (admins and the current owner)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;delete'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what would be removed (the dashboard and its grants) and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;share'= {
            cand --team 'Share with this team'
            cand --user 'Share with this member'
            cand --permission 'view or edit'
            cand --expires 'End the grant then: an RFC 3339 time or a duration from now (`30d`)'
            cand --reason 'Why the grant is given'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;unshare'= {
            cand --team 'The team to remove'
            cand --user 'The member to remove'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print the grant that would be removed and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;access'= {
            cand --limit 'At most this many rows'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;dashboard;help'= {
            cand create 'Create a dashboard; you become its owner'
            cand list 'List the dashboards you can view, by slug'
            cand show 'Show a dashboard with its grants'
            cand edit 'Change a dashboard''s title, description or visibility'
            cand delete 'Delete a dashboard with its grants (admins and its owner; asks first)'
            cand share 'Grant a team or a member view or edit; sharing again updates the permission'
            cand unshare 'Remove a team''s or member''s grant'
            cand access 'Every member who can view or edit the dashboard, and why, by email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;dashboard;help;create'= {
        }
        &'orgctl;dashboard;help;list'= {
        }
        &'orgctl;dashboard;help;show'= {
        }
        &'orgctl;dashboard;help;edit'= {
        }
        &'orgctl;dashboard;help;delete'= {
        }
        &'orgctl;dashboard;help;share'= {
        }
        &'orgctl;dashboard;help;unshare'= {
        }
        &'orgctl;dashboard;help;access'= {
        }
        &'orgctl;dashboard;help;help'= {
        }
        &'orgctl;connector'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a data connector (admins)'
            cand list 'List the org''s connectors by name (passwords shown as ****)'
            cand show 'Show a connector'
            cand edit 'Change a connector''s kind or URL (admins)'
            cand remove 'Remove a connector (admins; asks first)'
            cand grant 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
            cand revoke 'Remove a team''s or member''s grant to use a connector (admins)'
            cand access 'Every member who may use a connector, and why, by email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;connector;add'= {
            cand --kind 'The kind of data source, such as postgres, snowflake, bigquery'
            cand --url 'The connection URL (`scheme://host...`, at most 2048 characters); `-` reads it from the first line of stdin, so that it is not in the process list. Its secrets (password, a user name alone, secret-named query parameters) are stored but never printed'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;list'= {
            cand --limit 'At most this many connectors'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;edit'= {
            cand --kind 'The new kind'
            cand --url 'The new connection URL; `-` reads it from the first line of stdin'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;remove'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what would be removed and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;grant'= {
            cand --team 'This team'
            cand --user 'This member'
            cand --expires 'End the grant then: an RFC 3339 time or a duration from now (`30d`)'
            cand --reason 'Why the grant is given'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;revoke'= {
            cand --team 'This team'
            cand --user 'This member'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;access'= {
            cand --limit 'At most this many rows'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;connector;help'= {
            cand add 'Add a data connector (admins)'
            cand list 'List the org''s connectors by name (passwords shown as ****)'
            cand show 'Show a connector'
            cand edit 'Change a connector''s kind or URL (admins)'
            cand remove 'Remove a connector (admins; asks first)'
            cand grant 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
            cand revoke 'Remove a team''s or member''s grant to use a connector (admins)'
            cand access 'Every member who may use a connector, and why, by email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;connector;help;add'= {
        }
        &'orgctl;connector;help;list'= {
        }
        &'orgctl;connector;help;show'= {
        }
        &'orgctl;connector;help;edit'= {
        }
        &'orgctl;connector;help;remove'= {
        }
        &'orgctl;connector;help;grant'= {
        }
        &'orgctl;connector;help;revoke'= {
        }
        &'orgctl;connector;help;access'= {
        }
        &'orgctl;connector;help;help'= {
        }
        &'orgctl;integration'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a notification target (admins); the same values again are no error'
            cand list 'List the org''s integrations by name (members see names, kinds and events)'
            cand show 'Show an integration, its URL masked (admins)'
            cand edit 'Change an integration''s URL, channel or events (admins)'
            cand remove 'Remove an integration (admins; asks first)'
            cand test 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;integration;add'= {
            cand --kind 'Where it sends: slack, teams, webhook or pagerduty'
            cand --url 'The webhook URL, or the PagerDuty routing key: a secret, stored but never printed'
            cand --channel 'The channel to post in, such as #ops'
            cand --events 'The events it is told about, comma-separated audit action names (member.add,invite.accept)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;list'= {
            cand --limit 'At most this many integrations'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;edit'= {
            cand --url 'The new URL or routing key'
            cand --channel 'The new channel (an empty one clears it)'
            cand --events 'The new events, comma-separated (an empty list clears them)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;remove'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print what would be removed and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;test'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Accepted for clarity: the test never sends anything'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;integration;help'= {
            cand add 'Add a notification target (admins); the same values again are no error'
            cand list 'List the org''s integrations by name (members see names, kinds and events)'
            cand show 'Show an integration, its URL masked (admins)'
            cand edit 'Change an integration''s URL, channel or events (admins)'
            cand remove 'Remove an integration (admins; asks first)'
            cand test 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;integration;help;add'= {
        }
        &'orgctl;integration;help;list'= {
        }
        &'orgctl;integration;help;show'= {
        }
        &'orgctl;integration;help;edit'= {
        }
        &'orgctl;integration;help;remove'= {
        }
        &'orgctl;integration;help;test'= {
        }
        &'orgctl;integration;help;help'= {
        }
        &'orgctl;chat'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Start a chat (only you will ever see it)'
            cand list 'List your chats in the current org, by id (oldest first)'
            cand show 'Show one of your chats'
            cand delete 'Delete one of your chats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;chat;create'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;list'= {
            cand --limit 'At most this many chats'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;delete'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Print the chat that would be deleted and change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;help'= {
            cand create 'Start a chat (only you will ever see it)'
            cand list 'List your chats in the current org, by id (oldest first)'
            cand show 'Show one of your chats'
            cand delete 'Delete one of your chats'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;chat;help;create'= {
        }
        &'orgctl;chat;help;list'= {
        }
        &'orgctl;chat;help;show'= {
        }
        &'orgctl;chat;help;delete'= {
        }
        &'orgctl;chat;help;help'= {
        }
        &'orgctl;billing'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The plan, billing email and usage (admins)'
            cand set 'Change the plan or billing email (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;billing;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;billing;set'= {
            cand --plan 'free, team or enterprise'
            cand --email 'Where invoices go'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;billing;help'= {
            cand show 'The plan, billing email and usage (admins)'
            cand set 'Change the plan or billing email (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;billing;help;show'= {
        }
        &'orgctl;billing;help;set'= {
        }
        &'orgctl;billing;help;help'= {
        }
        &'orgctl;audit'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
            cand prune 'Remove the entries older than the org''s audit-retention (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;audit;list'= {
            cand --actor 'Only changes made by this user'
            cand --action 'Only this action (`member.add`), or a family of actions (`member`); an unknown one is an error'
            cand --login 'Only changes written through this database login (PostgreSQL; see `orgctl db links`)'
            cand --since 'Only entries at or after this: a duration back from now (90m, 7d), a date (2026-11-01, UTC) or an RFC 3339 time'
            cand --limit 'At most this many entries: the newest [default: 100]; with `-o jsonl` the oldest [default: all]'
            cand --after 'With `-o jsonl`: only entries numbered above N (the org''s entry number, `id`)'
            cand --cursor-file 'With `-o jsonl`: resume after the number this file holds (if it exists) and rewrite it after each batch written'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --follow 'With `-o jsonl`: after the entries so far, wait for new ones (until SIGINT or a closed pipe)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;audit;prune'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --dry-run 'Say what would be removed; remove nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;audit;help'= {
            cand list 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
            cand prune 'Remove the entries older than the org''s audit-retention (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;audit;help;list'= {
        }
        &'orgctl;audit;help;prune'= {
        }
        &'orgctl;audit;help;help'= {
        }
        &'orgctl;access'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand review 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;access;review'= {
            cand --user 'Only this member (any member may review their own access)'
            cand --dashboard 'Only this dashboard'
            cand --team 'Only members of this team'
            cand --permission 'Only rows with exactly this permission (view or edit)'
            cand --limit 'At most this many rows'
            cand --expiring 'Instead: the memberships, temporary roles, team memberships and grants that end within DURATION (admins)'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;access;help'= {
            cand review 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;access;help;review'= {
        }
        &'orgctl;access;help;help'= {
        }
        &'orgctl;can-i'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand --list 'Every action and target you (or `--as EMAIL`) may take, with the reason (rows `action, target, reason`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;apply'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand -f 'The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin. A regular file or stdin, at most 64 MiB'
            cand --file 'The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin. A regular file or stdin, at most 64 MiB'
            cand --format 'The manifest''s format [default: json for a .json file or text starting with `{`, else toml]'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand --dry-run 'Print the plan and write nothing'
            cand --prune 'Also remove the members, teams, team memberships, dashboards, grants, connectors, connector grants and integrations of the file''s orgs that the file does not name (never users, orgs or security settings)'
            cand --force 'Also change or prune members and team memberships a directory sync manages (`managed_by`), which are refused otherwise (exit 5)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;sync'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand -f 'The directory export: CSV with the header `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB'
            cand --file 'The directory export: CSV with the header `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB'
            cand --source 'The directory''s name: the rows this sync writes are marked `managed_by = "sync:NAME"`, and only those are changed or deprovisioned by it'
            cand --format 'The export''s format [default: csv for a .csv file, scim for a .json file; otherwise scim when the text starts with `{`, else csv]'
            cand --deprovision 'What happens to a managed member the export no longer lists (or lists with `active: false`)'
            cand --max-changes 'Refuse (exit 5, nothing written) a sync that would change more members than this: a count (`25`) or a percentage of the org''s members (`20%`). Default 10% (at least 1); a source''s first sync is not limited unless given'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand --dry-run 'Print the plan and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;check'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand -f 'The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin'
            cand --file 'The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin'
            cand --format 'The manifest''s format [default: json for a .json file or text starting with `{`, else toml]'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;export'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the contexts, the one in use marked'
            cand show 'Show a context (default: the one in use)'
            cand use 'Make a context the one in use (`default` for the top-level one)'
            cand set 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
            cand rename 'Rename a named context'
            cand delete 'Delete a named context (the store and everything in it stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;context;list'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;show'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;use'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;set'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;rename'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;delete'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;context;help'= {
            cand list 'List the contexts, the one in use marked'
            cand show 'Show a context (default: the one in use)'
            cand use 'Make a context the one in use (`default` for the top-level one)'
            cand set 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
            cand rename 'Rename a named context'
            cand delete 'Delete a named context (the store and everything in it stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;context;help;list'= {
        }
        &'orgctl;context;help;show'= {
        }
        &'orgctl;context;help;use'= {
        }
        &'orgctl;context;help;set'= {
        }
        &'orgctl;context;help;rename'= {
        }
        &'orgctl;context;help;delete'= {
        }
        &'orgctl;context;help;help'= {
        }
        &'orgctl;db'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print where the store is'
            cand check 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
            cand backup 'Write a consistent copy of the store, even while others write to it'
            cand link 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
            cand unlink 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)'
            cand links 'PostgreSQL: list the linked logins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;db;path'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;check'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;backup'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --force 'Replace FILE if it exists (only once the new copy is complete)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;link'= {
            cand --name 'The display name to register them with [default: the part of EMAIL before `@`]'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --impersonate 'Let the login act as any user with `--as` (instead of EMAIL)'
            cand --register 'Register EMAIL as a user first if the store lacks them (the common case when setting up a person), in the same transaction'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;unlink'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;links'= {
            cand --limit 'Show at most N logins'
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;db;help'= {
            cand path 'Print where the store is'
            cand check 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
            cand backup 'Write a consistent copy of the store, even while others write to it'
            cand link 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
            cand unlink 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)'
            cand links 'PostgreSQL: list the linked logins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;db;help;path'= {
        }
        &'orgctl;db;help;check'= {
        }
        &'orgctl;db;help;backup'= {
        }
        &'orgctl;db;help;link'= {
        }
        &'orgctl;db;help;unlink'= {
        }
        &'orgctl;db;help;links'= {
        }
        &'orgctl;db;help;help'= {
        }
        &'orgctl;completions'= {
            cand --db 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL'
            cand --context 'The context file [default: context.toml in the user''s config directory]'
            cand --context-name 'Use this named context (`orgctl context list`) for this one invocation'
            cand --as 'Act as this user for this one invocation'
            cand --org 'Use this org for this one invocation (`export` takes it more than once)'
            cand -o 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --output 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only'
            cand --color 'When to use colour (`NO_COLOR` turns it off)'
            cand --json 'Short for `-o json`'
            cand -q 'Print nothing on success except the data a command exists to print'
            cand --quiet 'Print nothing on success except the data a command exists to print'
            cand --verbose 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;help'= {
            cand init 'Create the store if missing and print its path'
            cand login 'Set the current user (the user must exist)'
            cand logout 'Clear the current user and org (also repairs a damaged context file)'
            cand whoami 'Show the current user, org and role, and where each came from'
            cand user 'Register users, show them, change your name'
            cand org 'Create, list, switch, rename, delete and leave organizations'
            cand member 'List, add and remove members of the current org, change their roles'
            cand invite 'Invite people by email; accept or decline an invite'
            cand team 'Manage teams and their members'
            cand dashboard 'Create, share and inspect dashboards'
            cand connector 'Manage the org''s data connectors'
            cand integration 'Manage the org''s notification targets: Slack, Teams, webhooks, PagerDuty'
            cand chat 'Your private chats in the current org'
            cand billing 'The org''s plan, billing email and usage (admins)'
            cand audit 'Read the org''s audit log (admins)'
            cand access 'Review who can see what in the org, and why'
            cand can-i 'Ask whether you may do something; exit 0 for yes, 4 for no'
            cand apply 'Create or update users, orgs and everything in them from a manifest, in one transaction'
            cand sync 'Reconcile the org''s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)'
            cand check 'Run a manifest''s policy tests and rules against the store as it is (admins; exit 8 on a finding)'
            cand export 'Print a manifest of your orgs that `apply` accepts'
            cand context 'Named contexts: a store, a user and an org to switch between, as kubectl''s'
            cand db 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;help;init'= {
        }
        &'orgctl;help;login'= {
        }
        &'orgctl;help;logout'= {
        }
        &'orgctl;help;whoami'= {
        }
        &'orgctl;help;user'= {
            cand add 'Register a user (anyone may); the same email and name again is no error'
            cand show 'Show yourself, or a user who shares an org with you'
            cand edit 'Change your own display name'
        }
        &'orgctl;help;user;add'= {
        }
        &'orgctl;help;user;show'= {
        }
        &'orgctl;help;user;edit'= {
        }
        &'orgctl;help;org'= {
            cand create 'Create an org; you become its admin, and it becomes current if none is'
            cand list 'List your orgs by slug, your role in each, the current one marked'
            cand show 'Show an org you belong to [default: the current one]'
            cand switch 'Make an org current (you must be a member)'
            cand edit 'Rename an org (admins)'
            cand delete 'Delete an org and everything in it (admins; asks for the slug to be typed)'
            cand leave 'Leave an org (not as its last admin; asks first)'
            cand security 'Show the current org''s security settings, each with its source (admins); `set` changes them'
        }
        &'orgctl;help;org;create'= {
        }
        &'orgctl;help;org;list'= {
        }
        &'orgctl;help;org;show'= {
        }
        &'orgctl;help;org;switch'= {
        }
        &'orgctl;help;org;edit'= {
        }
        &'orgctl;help;org;delete'= {
        }
        &'orgctl;help;org;leave'= {
        }
        &'orgctl;help;org;security'= {
            cand set 'Change security settings (admins); settings not named stay as they are'
        }
        &'orgctl;help;org;security;set'= {
        }
        &'orgctl;help;member'= {
            cand list 'List the members of the current org, by email'
            cand add 'Add an existing user to the current org (admins); the same role again is no error'
            cand remove 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)'
            cand set-role 'Change a member''s role (admins); the last admin cannot be demoted'
            cand suspend 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org'
            cand show 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason'
            cand reactivate 'End members'' suspension (admins): everything they held is theirs again'
        }
        &'orgctl;help;member;list'= {
        }
        &'orgctl;help;member;add'= {
        }
        &'orgctl;help;member;remove'= {
        }
        &'orgctl;help;member;set-role'= {
        }
        &'orgctl;help;member;suspend'= {
        }
        &'orgctl;help;member;show'= {
        }
        &'orgctl;help;member;reactivate'= {
        }
        &'orgctl;help;invite'= {
            cand create 'Invite people by email (admins); prints each token once'
            cand list 'List the org''s invites by id, oldest first (admins) [default: pending]'
            cand revoke 'Revoke a pending or expired invite, by id or by email (admins)'
            cand resend 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working'
            cand accept 'Accept an invite as the invited user: you join the org with its role and teams'
            cand decline 'Decline an invite as the invited user'
        }
        &'orgctl;help;invite;create'= {
        }
        &'orgctl;help;invite;list'= {
        }
        &'orgctl;help;invite;revoke'= {
        }
        &'orgctl;help;invite;resend'= {
        }
        &'orgctl;help;invite;accept'= {
        }
        &'orgctl;help;invite;decline'= {
        }
        &'orgctl;help;team'= {
            cand create 'Create a team (admins)'
            cand list 'List the org''s teams with their member counts, by slug (`team show` lists the members)'
            cand show 'Show a team''s members and the dashboards granted to it'
            cand edit 'Change a team''s name or description (admins)'
            cand delete 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)'
            cand add 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error'
            cand set-role 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)'
            cand remove 'Remove members from a team, all or nothing (admins and the team''s maintainers)'
        }
        &'orgctl;help;team;create'= {
        }
        &'orgctl;help;team;list'= {
        }
        &'orgctl;help;team;show'= {
        }
        &'orgctl;help;team;edit'= {
        }
        &'orgctl;help;team;delete'= {
        }
        &'orgctl;help;team;add'= {
        }
        &'orgctl;help;team;set-role'= {
        }
        &'orgctl;help;team;remove'= {
        }
        &'orgctl;help;dashboard'= {
            cand create 'Create a dashboard; you become its owner'
            cand list 'List the dashboards you can view, by slug'
            cand show 'Show a dashboard with its grants'
            cand edit 'Change a dashboard''s title, description or visibility'
            cand delete 'Delete a dashboard with its grants (admins and its owner; asks first)'
            cand share 'Grant a team or a member view or edit; sharing again updates the permission'
            cand unshare 'Remove a team''s or member''s grant'
            cand access 'Every member who can view or edit the dashboard, and why, by email'
        }
        &'orgctl;help;dashboard;create'= {
        }
        &'orgctl;help;dashboard;list'= {
        }
        &'orgctl;help;dashboard;show'= {
        }
        &'orgctl;help;dashboard;edit'= {
        }
        &'orgctl;help;dashboard;delete'= {
        }
        &'orgctl;help;dashboard;share'= {
        }
        &'orgctl;help;dashboard;unshare'= {
        }
        &'orgctl;help;dashboard;access'= {
        }
        &'orgctl;help;connector'= {
            cand add 'Add a data connector (admins)'
            cand list 'List the org''s connectors by name (passwords shown as ****)'
            cand show 'Show a connector'
            cand edit 'Change a connector''s kind or URL (admins)'
            cand remove 'Remove a connector (admins; asks first)'
            cand grant 'Grant a team or member use of a connector (admins); counts when connector-access is granted'
            cand revoke 'Remove a team''s or member''s grant to use a connector (admins)'
            cand access 'Every member who may use a connector, and why, by email'
        }
        &'orgctl;help;connector;add'= {
        }
        &'orgctl;help;connector;list'= {
        }
        &'orgctl;help;connector;show'= {
        }
        &'orgctl;help;connector;edit'= {
        }
        &'orgctl;help;connector;remove'= {
        }
        &'orgctl;help;connector;grant'= {
        }
        &'orgctl;help;connector;revoke'= {
        }
        &'orgctl;help;connector;access'= {
        }
        &'orgctl;help;integration'= {
            cand add 'Add a notification target (admins); the same values again are no error'
            cand list 'List the org''s integrations by name (members see names, kinds and events)'
            cand show 'Show an integration, its URL masked (admins)'
            cand edit 'Change an integration''s URL, channel or events (admins)'
            cand remove 'Remove an integration (admins; asks first)'
            cand test 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing'
        }
        &'orgctl;help;integration;add'= {
        }
        &'orgctl;help;integration;list'= {
        }
        &'orgctl;help;integration;show'= {
        }
        &'orgctl;help;integration;edit'= {
        }
        &'orgctl;help;integration;remove'= {
        }
        &'orgctl;help;integration;test'= {
        }
        &'orgctl;help;chat'= {
            cand create 'Start a chat (only you will ever see it)'
            cand list 'List your chats in the current org, by id (oldest first)'
            cand show 'Show one of your chats'
            cand delete 'Delete one of your chats'
        }
        &'orgctl;help;chat;create'= {
        }
        &'orgctl;help;chat;list'= {
        }
        &'orgctl;help;chat;show'= {
        }
        &'orgctl;help;chat;delete'= {
        }
        &'orgctl;help;billing'= {
            cand show 'The plan, billing email and usage (admins)'
            cand set 'Change the plan or billing email (admins)'
        }
        &'orgctl;help;billing;show'= {
        }
        &'orgctl;help;billing;set'= {
        }
        &'orgctl;help;audit'= {
            cand list 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)'
            cand prune 'Remove the entries older than the org''s audit-retention (admins)'
        }
        &'orgctl;help;audit;list'= {
        }
        &'orgctl;help;audit;prune'= {
        }
        &'orgctl;help;access'= {
            cand review 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)'
        }
        &'orgctl;help;access;review'= {
        }
        &'orgctl;help;can-i'= {
        }
        &'orgctl;help;apply'= {
        }
        &'orgctl;help;sync'= {
        }
        &'orgctl;help;check'= {
        }
        &'orgctl;help;export'= {
        }
        &'orgctl;help;context'= {
            cand list 'List the contexts, the one in use marked'
            cand show 'Show a context (default: the one in use)'
            cand use 'Make a context the one in use (`default` for the top-level one)'
            cand set 'Create or update a named context from the `--db`, `--as` and `--org` given with it'
            cand rename 'Rename a named context'
            cand delete 'Delete a named context (the store and everything in it stay)'
        }
        &'orgctl;help;context;list'= {
        }
        &'orgctl;help;context;show'= {
        }
        &'orgctl;help;context;use'= {
        }
        &'orgctl;help;context;set'= {
        }
        &'orgctl;help;context;rename'= {
        }
        &'orgctl;help;context;delete'= {
        }
        &'orgctl;help;db'= {
            cand path 'Print where the store is'
            cand check 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong'
            cand backup 'Write a consistent copy of the store, even while others write to it'
            cand link 'PostgreSQL: map a database login to an orgctl user, or let it impersonate'
            cand unlink 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)'
            cand links 'PostgreSQL: list the linked logins'
        }
        &'orgctl;help;db;path'= {
        }
        &'orgctl;help;db;check'= {
        }
        &'orgctl;help;db;backup'= {
        }
        &'orgctl;help;db;link'= {
        }
        &'orgctl;help;db;unlink'= {
        }
        &'orgctl;help;db;links'= {
        }
        &'orgctl;help;completions'= {
        }
        &'orgctl;help;help'= {
        }
    ]
    $completions[$command]
}
