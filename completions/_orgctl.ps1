
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orgctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orgctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orgctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store if missing and print its path')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set the current user (the user must exist)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Clear the current user and org (also repairs a damaged context file)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the current user, org and role, and where each came from')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Register users, show them, change your name')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, switch, rename, delete and leave organizations')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'List, add and remove members of the current org, change their roles')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite people by email; accept or decline an invite')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Manage teams and their members')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Create, share and inspect dashboards')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage the org''s data connectors')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Manage the org''s notification targets: Slack, Teams, webhooks, PagerDuty')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Your private chats in the current org')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'The org''s plan, billing email and usage (admins)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the org''s audit log (admins)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Review who can see what in the org, and why')
            [CompletionResult]::new('can-i', 'can-i', [CompletionResultType]::ParameterValue, 'Ask whether you may do something; exit 0 for yes, 4 for no')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update users, orgs and everything in them from a manifest, in one transaction')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Reconcile the org''s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run a manifest''s policy tests and rules against the store as it is (admins; exit 8 on a finding)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print a manifest of your orgs that `apply` accepts')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts: a store, a user and an org to switch between, as kubectl''s')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a user (anyone may); the same email and name again is no error')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show yourself, or a user who shares an org with you')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your own display name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;user;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the part of the email before @]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Your new display name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a user (anyone may); the same email and name again is no error')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show yourself, or a user who shares an org with you')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your own display name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;user;help;add' {
            break
        }
        'orgctl;user;help;show' {
            break
        }
        'orgctl;user;help;edit' {
            break
        }
        'orgctl;user;help;help' {
            break
        }
        'orgctl;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an org; you become its admin, and it becomes current if none is')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your orgs by slug, your role in each, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org you belong to [default: the current one]')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make an org current (you must be a member)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename an org (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an org and everything in it (admins; asks for the slug to be typed)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave an org (not as its last admin; asks first)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Show the current org''s security settings, each with its source (admins); `set` changes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the slug]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many orgs')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;switch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new display name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print everything that would be removed and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;leave' {
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Hand the dashboards you own to this member instead of leaving them ownerless')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what leaving would remove and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;security' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change security settings (admins); settings not named stay as they are')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;security;set' {
            [CompletionResult]::new('--allowed-domains', '--allowed-domains', [CompletionResultType]::ParameterName, 'Email domains allowed to join, comma-separated; "" allows any')
            [CompletionResult]::new('--invite-max-lifetime', '--invite-max-lifetime', [CompletionResultType]::ParameterName, 'The longest `--expires` an invite may have (at most 365d)')
            [CompletionResult]::new('--member-dashboards', '--member-dashboards', [CompletionResultType]::ParameterName, 'Whether members (not only admins) may create dashboards')
            [CompletionResult]::new('--connector-access', '--connector-access', [CompletionResultType]::ParameterName, 'open: every member may use every connector; granted: admins and those granted use')
            [CompletionResult]::new('--guest-domains', '--guest-domains', [CompletionResultType]::ParameterName, 'Email domains guests may come from, comma-separated; "" allows any (allowed-domains applies to members and admins only)')
            [CompletionResult]::new('--grant-max-lifetime', '--grant-max-lifetime', [CompletionResultType]::ParameterName, 'The longest any expiry may reach (memberships, team memberships, grants, temporary roles); "none" lifts the bound')
            [CompletionResult]::new('--audit-retention', '--audit-retention', [CompletionResultType]::ParameterName, 'Days of audit log `orgctl audit prune` keeps (0, the default: keep everything)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;security;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change security settings (admins); settings not named stay as they are')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;security;help;set' {
            break
        }
        'orgctl;org;security;help;help' {
            break
        }
        'orgctl;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an org; you become its admin, and it becomes current if none is')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your orgs by slug, your role in each, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org you belong to [default: the current one]')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make an org current (you must be a member)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename an org (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an org and everything in it (admins; asks for the slug to be typed)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave an org (not as its last admin; asks first)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Show the current org''s security settings, each with its source (admins); `set` changes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;help;create' {
            break
        }
        'orgctl;org;help;list' {
            break
        }
        'orgctl;org;help;show' {
            break
        }
        'orgctl;org;help;switch' {
            break
        }
        'orgctl;org;help;edit' {
            break
        }
        'orgctl;org;help;delete' {
            break
        }
        'orgctl;org;help;leave' {
            break
        }
        'orgctl;org;help;security' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change security settings (admins); settings not named stay as they are')
            break
        }
        'orgctl;org;help;security;set' {
            break
        }
        'orgctl;org;help;help' {
            break
        }
        'orgctl;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the current org, by email')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an existing user to the current org (admins); the same role again is no error')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (admins); the last admin cannot be demoted')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'End members'' suspension (admins): everything they held is theirs again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;member;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members with this role')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only members of this team')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many members')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The member''s role: admin, member or guest (a guest sees only what is shared with them)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'End the membership then: an RFC 3339 time or a duration from now (`90d`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why they are a member (shown by `member show` and `member list --json`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;remove' {
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Hand the dashboards they own to this member instead of leaving them ownerless')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'A non-member (or unknown user) is reported `unchanged` instead of failing (exit 3)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed, cascades included, and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also remove members a directory sync manages (refused otherwise, exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;set-role' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Make the role temporary: it falls back to the current role then (an RFC 3339 time or a duration, `2h`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the role is given')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Change the role of a member a directory sync manages (refused otherwise, exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;suspend' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, shown to them and in the audit log')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End the suspension then: an RFC 3339 time or a duration from now (`7d`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;reactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the current org, by email')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an existing user to the current org (admins); the same role again is no error')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (admins); the last admin cannot be demoted')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'End members'' suspension (admins): everything they held is theirs again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;member;help;list' {
            break
        }
        'orgctl;member;help;add' {
            break
        }
        'orgctl;member;help;remove' {
            break
        }
        'orgctl;member;help;set-role' {
            break
        }
        'orgctl;member;help;suspend' {
            break
        }
        'orgctl;member;help;show' {
            break
        }
        'orgctl;member;help;reactivate' {
            break
        }
        'orgctl;member;help;help' {
            break
        }
        'orgctl;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite people by email (admins); prints each token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s invites by id, oldest first (admins) [default: pending]')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending or expired invite, by id or by email (admins)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite as the invited user: you join the org with its role and teams')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite as the invited user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;invite;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role they get on accepting')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'A team they join on accepting (repeatable)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long the invite stays valid, like 90m, 7d, 2w: at most 365d and the org''s invite-max-lifetime [default: 7d, or invite-max-lifetime when that is shorter]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'pending, accepted, declined, revoked, expired or all')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many invites')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the invite that would be revoked and change nothing')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'No such invite is reported `unchanged` instead of failing (exit 3)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;resend' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long the new token stays valid [default: 7d]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;invite;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite people by email (admins); prints each token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s invites by id, oldest first (admins) [default: pending]')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending or expired invite, by id or by email (admins)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite as the invited user: you join the org with its role and teams')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite as the invited user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;invite;help;create' {
            break
        }
        'orgctl;invite;help;list' {
            break
        }
        'orgctl;invite;help;revoke' {
            break
        }
        'orgctl;invite;help;resend' {
            break
        }
        'orgctl;invite;help;accept' {
            break
        }
        'orgctl;invite;help;decline' {
            break
        }
        'orgctl;invite;help;help' {
            break
        }
        'orgctl;team' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s teams with their member counts, by slug (`team show` lists the members)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a team''s members and the dashboards granted to it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a team''s name or description (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a team, all or nothing (admins and the team''s maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;team;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the slug]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the team does')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many teams')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description (an empty one clears it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed, cascades included, and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;add' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'End the team membership then: an RFC 3339 time or a duration from now (`30d`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why they are in the team (shown by `member show` and `access review`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;set-role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also remove team memberships a directory sync manages (refused otherwise, exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;team;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s teams with their member counts, by slug (`team show` lists the members)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a team''s members and the dashboards granted to it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a team''s name or description (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a team, all or nothing (admins and the team''s maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;team;help;create' {
            break
        }
        'orgctl;team;help;list' {
            break
        }
        'orgctl;team;help;show' {
            break
        }
        'orgctl;team;help;edit' {
            break
        }
        'orgctl;team;help;delete' {
            break
        }
        'orgctl;team;help;add' {
            break
        }
        'orgctl;team;help;set-role' {
            break
        }
        'orgctl;team;help;remove' {
            break
        }
        'orgctl;team;help;help' {
            break
        }
        'orgctl;dashboard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dashboard; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dashboards you can view, by slug')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dashboard with its grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a dashboard''s title, description or visibility')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dashboard with its grants (admins and its owner; asks first)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Grant a team or a member view or edit; sharing again updates the permission')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who can view or edit the dashboard, and why, by email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;dashboard;create' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Its slug [default: made from the title]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it shows')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'org: every member can view; restricted: only the owner, admins and grantees')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;list' {
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Only dashboards with this visibility')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only dashboards this member owns')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many dashboards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description (an empty one clears it)')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'The new visibility (admins and the owner)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Hand the dashboard over to this member (admins and the current owner)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed (the dashboard and its grants) and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;share' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Share with this team')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Share with this member')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'view or edit')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'End the grant then: an RFC 3339 time or a duration from now (`30d`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the grant is given')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;unshare' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team to remove')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The member to remove')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the grant that would be removed and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;access' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;dashboard;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dashboard; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dashboards you can view, by slug')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dashboard with its grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a dashboard''s title, description or visibility')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dashboard with its grants (admins and its owner; asks first)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Grant a team or a member view or edit; sharing again updates the permission')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who can view or edit the dashboard, and why, by email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;dashboard;help;create' {
            break
        }
        'orgctl;dashboard;help;list' {
            break
        }
        'orgctl;dashboard;help;show' {
            break
        }
        'orgctl;dashboard;help;edit' {
            break
        }
        'orgctl;dashboard;help;delete' {
            break
        }
        'orgctl;dashboard;help;share' {
            break
        }
        'orgctl;dashboard;help;unshare' {
            break
        }
        'orgctl;dashboard;help;access' {
            break
        }
        'orgctl;dashboard;help;help' {
            break
        }
        'orgctl;connector' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a data connector (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s connectors by name (passwords shown as ****)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a connector''s kind or URL (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a connector (admins; asks first)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a team or member use of a connector (admins); counts when connector-access is granted')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant to use a connector (admins)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who may use a connector, and why, by email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;connector;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of data source, such as postgres, snowflake, bigquery')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The connection URL (`scheme://host...`, at most 2048 characters); `-` reads it from the first line of stdin, so that it is not in the process list. Its secrets (password, a user name alone, secret-named query parameters) are stored but never printed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many connectors')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;edit' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The new kind')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The new connection URL; `-` reads it from the first line of stdin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;grant' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'This team')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'This member')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'End the grant then: an RFC 3339 time or a duration from now (`30d`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the grant is given')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;revoke' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'This team')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'This member')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;access' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;connector;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a data connector (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s connectors by name (passwords shown as ****)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a connector''s kind or URL (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a connector (admins; asks first)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a team or member use of a connector (admins); counts when connector-access is granted')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant to use a connector (admins)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who may use a connector, and why, by email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;connector;help;add' {
            break
        }
        'orgctl;connector;help;list' {
            break
        }
        'orgctl;connector;help;show' {
            break
        }
        'orgctl;connector;help;edit' {
            break
        }
        'orgctl;connector;help;remove' {
            break
        }
        'orgctl;connector;help;grant' {
            break
        }
        'orgctl;connector;help;revoke' {
            break
        }
        'orgctl;connector;help;access' {
            break
        }
        'orgctl;connector;help;help' {
            break
        }
        'orgctl;integration' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notification target (admins); the same values again are no error')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations by name (members see names, kinds and events)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an integration, its URL masked (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s URL, channel or events (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration (admins; asks first)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;integration;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Where it sends: slack, teams, webhook or pagerduty')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The webhook URL, or the PagerDuty routing key: a secret, stored but never printed')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'The channel to post in, such as #ops')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The events it is told about, comma-separated audit action names (member.add,invite.accept)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many integrations')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;edit' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The new URL or routing key')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'The new channel (an empty one clears it)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The new events, comma-separated (an empty list clears them)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;test' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Accepted for clarity: the test never sends anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;integration;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notification target (admins); the same values again are no error')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations by name (members see names, kinds and events)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an integration, its URL masked (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s URL, channel or events (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration (admins; asks first)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;integration;help;add' {
            break
        }
        'orgctl;integration;help;list' {
            break
        }
        'orgctl;integration;help;show' {
            break
        }
        'orgctl;integration;help;edit' {
            break
        }
        'orgctl;integration;help;remove' {
            break
        }
        'orgctl;integration;help;test' {
            break
        }
        'orgctl;integration;help;help' {
            break
        }
        'orgctl;chat' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a chat (only you will ever see it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chats in the current org, by id (oldest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one of your chats')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your chats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;chat;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many chats')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the chat that would be deleted and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a chat (only you will ever see it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chats in the current org, by id (oldest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one of your chats')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your chats')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;chat;help;create' {
            break
        }
        'orgctl;chat;help;list' {
            break
        }
        'orgctl;chat;help;show' {
            break
        }
        'orgctl;chat;help;delete' {
            break
        }
        'orgctl;chat;help;help' {
            break
        }
        'orgctl;billing' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan, billing email and usage (admins)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the plan or billing email (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;billing;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;billing;set' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'free, team or enterprise')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where invoices go')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;billing;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan, billing email and usage (admins)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the plan or billing email (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;billing;help;show' {
            break
        }
        'orgctl;billing;help;set' {
            break
        }
        'orgctl;billing;help;help' {
            break
        }
        'orgctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove the entries older than the org''s audit-retention (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;audit;list' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only changes made by this user')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (`member.add`), or a family of actions (`member`); an unknown one is an error')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Only changes written through this database login (PostgreSQL; see `orgctl db links`)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this: a duration back from now (90m, 7d), a date (2026-11-01, UTC) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries: the newest [default: 100]; with `-o jsonl` the oldest [default: all]')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'With `-o jsonl`: only entries numbered above N (the org''s entry number, `id`)')
            [CompletionResult]::new('--cursor-file', '--cursor-file', [CompletionResultType]::ParameterName, 'With `-o jsonl`: resume after the number this file holds (if it exists) and rewrite it after each batch written')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'With `-o jsonl`: after the entries so far, wait for new ones (until SIGINT or a closed pipe)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;audit;prune' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be removed; remove nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove the entries older than the org''s audit-retention (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;audit;help;list' {
            break
        }
        'orgctl;audit;help;prune' {
            break
        }
        'orgctl;audit;help;help' {
            break
        }
        'orgctl;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;access;review' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this member (any member may review their own access)')
            [CompletionResult]::new('--dashboard', '--dashboard', [CompletionResultType]::ParameterName, 'Only this dashboard')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only members of this team')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only rows with exactly this permission (view or edit)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'Instead: the memberships, temporary roles, team memberships and grants that end within DURATION (admins)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;access;help' {
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;access;help;review' {
            break
        }
        'orgctl;access;help;help' {
            break
        }
        'orgctl;can-i' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Every action and target you (or `--as EMAIL`) may take, with the reason (rows `action, target, reason`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin. A regular file or stdin, at most 64 MiB')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin. A regular file or stdin, at most 64 MiB')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The manifest''s format [default: json for a .json file or text starting with `{`, else toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and write nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove the members, teams, team memberships, dashboards, grants, connectors, connector grants and integrations of the file''s orgs that the file does not name (never users, orgs or security settings)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also change or prune members and team memberships a directory sync manages (`managed_by`), which are refused otherwise (exit 5)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The directory export: CSV with the header `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The directory export: CSV with the header `email,name,role,teams`, or a SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The directory''s name: the rows this sync writes are marked `managed_by = "sync:NAME"`, and only those are changed or deprovisioned by it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The export''s format [default: csv for a .csv file, scim for a .json file; otherwise scim when the text starts with `{`, else csv]')
            [CompletionResult]::new('--deprovision', '--deprovision', [CompletionResultType]::ParameterName, 'What happens to a managed member the export no longer lists (or lists with `active: false`)')
            [CompletionResult]::new('--max-changes', '--max-changes', [CompletionResultType]::ParameterName, 'Refuse (exit 5, nothing written) a sync that would change more members than this: a count (`25`) or a percentage of the org''s members (`20%`). Default 10% (at least 1); a source''s first sync is not limited unless given')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The manifest''s format [default: json for a .json file or text starting with `{`, else toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts, the one in use marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`default` for the top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a named context from the `--db`, `--as` and `--org` given with it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a named context')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a named context (the store and everything in it stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;context;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;context;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts, the one in use marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`default` for the top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a named context from the `--db`, `--as` and `--org` given with it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a named context')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a named context (the store and everything in it stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;context;help;list' {
            break
        }
        'orgctl;context;help;show' {
            break
        }
        'orgctl;context;help;use' {
            break
        }
        'orgctl;context;help;set' {
            break
        }
        'orgctl;context;help;rename' {
            break
        }
        'orgctl;context;help;delete' {
            break
        }
        'orgctl;context;help;help' {
            break
        }
        'orgctl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while others write to it')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'PostgreSQL: map a database login to an orgctl user, or let it impersonate')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'PostgreSQL: list the linked logins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists (only once the new copy is complete)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;link' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The display name to register them with [default: the part of EMAIL before `@`]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--impersonate', '--impersonate', [CompletionResultType]::ParameterName, 'Let the login act as any user with `--as` (instead of EMAIL)')
            [CompletionResult]::new('--register', '--register', [CompletionResultType]::ParameterName, 'Register EMAIL as a user first if the store lacks them (the common case when setting up a person), in the same transaction')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;unlink' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;links' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N logins')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while others write to it')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'PostgreSQL: map a database login to an orgctl user, or let it impersonate')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'PostgreSQL: list the linked logins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;db;help;path' {
            break
        }
        'orgctl;db;help;check' {
            break
        }
        'orgctl;db;help;backup' {
            break
        }
        'orgctl;db;help;link' {
            break
        }
        'orgctl;db;help;unlink' {
            break
        }
        'orgctl;db;help;links' {
            break
        }
        'orgctl;db;help;help' {
            break
        }
        'orgctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file [default: orgctl.db in the user''s data directory], or a postgresql:// URL')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The context file [default: context.toml in the user''s config directory]')
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Use this named context (`orgctl context list`) for this one invocation')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user for this one invocation')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use this org for this one invocation (`export` takes it more than once)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (`NO_COLOR` turns it off)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data a command exists to print')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'On an error, also print what caused it (the driver''s or the system''s own error), a `caused by:` line each')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store if missing and print its path')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set the current user (the user must exist)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Clear the current user and org (also repairs a damaged context file)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the current user, org and role, and where each came from')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Register users, show them, change your name')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, switch, rename, delete and leave organizations')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'List, add and remove members of the current org, change their roles')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite people by email; accept or decline an invite')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Manage teams and their members')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Create, share and inspect dashboards')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage the org''s data connectors')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Manage the org''s notification targets: Slack, Teams, webhooks, PagerDuty')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Your private chats in the current org')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'The org''s plan, billing email and usage (admins)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the org''s audit log (admins)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Review who can see what in the org, and why')
            [CompletionResult]::new('can-i', 'can-i', [CompletionResultType]::ParameterValue, 'Ask whether you may do something; exit 0 for yes, 4 for no')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update users, orgs and everything in them from a manifest, in one transaction')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Reconcile the org''s members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Run a manifest''s policy tests and rules against the store as it is (admins; exit 8 on a finding)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print a manifest of your orgs that `apply` accepts')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts: a store, a user and an org to switch between, as kubectl''s')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Store care: where it is, check it, back it up; on PostgreSQL, link logins to users')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;help;init' {
            break
        }
        'orgctl;help;login' {
            break
        }
        'orgctl;help;logout' {
            break
        }
        'orgctl;help;whoami' {
            break
        }
        'orgctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a user (anyone may); the same email and name again is no error')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show yourself, or a user who shares an org with you')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your own display name')
            break
        }
        'orgctl;help;user;add' {
            break
        }
        'orgctl;help;user;show' {
            break
        }
        'orgctl;help;user;edit' {
            break
        }
        'orgctl;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an org; you become its admin, and it becomes current if none is')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your orgs by slug, your role in each, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org you belong to [default: the current one]')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make an org current (you must be a member)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename an org (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an org and everything in it (admins; asks for the slug to be typed)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave an org (not as its last admin; asks first)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Show the current org''s security settings, each with its source (admins); `set` changes them')
            break
        }
        'orgctl;help;org;create' {
            break
        }
        'orgctl;help;org;list' {
            break
        }
        'orgctl;help;org;show' {
            break
        }
        'orgctl;help;org;switch' {
            break
        }
        'orgctl;help;org;edit' {
            break
        }
        'orgctl;help;org;delete' {
            break
        }
        'orgctl;help;org;leave' {
            break
        }
        'orgctl;help;org;security' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change security settings (admins); settings not named stay as they are')
            break
        }
        'orgctl;help;org;security;set' {
            break
        }
        'orgctl;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the current org, by email')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an existing user to the current org (admins); the same role again is no error')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (admins); the last admin cannot be demoted')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A member''s role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'End members'' suspension (admins): everything they held is theirs again')
            break
        }
        'orgctl;help;member;list' {
            break
        }
        'orgctl;help;member;add' {
            break
        }
        'orgctl;help;member;remove' {
            break
        }
        'orgctl;help;member;set-role' {
            break
        }
        'orgctl;help;member;suspend' {
            break
        }
        'orgctl;help;member;show' {
            break
        }
        'orgctl;help;member;reactivate' {
            break
        }
        'orgctl;help;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite people by email (admins); prints each token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s invites by id, oldest first (admins) [default: pending]')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending or expired invite, by id or by email (admins)')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite as the invited user: you join the org with its role and teams')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite as the invited user')
            break
        }
        'orgctl;help;invite;create' {
            break
        }
        'orgctl;help;invite;list' {
            break
        }
        'orgctl;help;invite;revoke' {
            break
        }
        'orgctl;help;invite;resend' {
            break
        }
        'orgctl;help;invite;accept' {
            break
        }
        'orgctl;help;invite;decline' {
            break
        }
        'orgctl;help;team' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s teams with their member counts, by slug (`team show` lists the members)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a team''s members and the dashboards granted to it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a team''s name or description (admins)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add org members to a team, all or nothing (admins and the team''s maintainers); those already in it are no error')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make a team member a maintainer of the team, or a plain member again (admins and the team''s maintainers)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a team, all or nothing (admins and the team''s maintainers)')
            break
        }
        'orgctl;help;team;create' {
            break
        }
        'orgctl;help;team;list' {
            break
        }
        'orgctl;help;team;show' {
            break
        }
        'orgctl;help;team;edit' {
            break
        }
        'orgctl;help;team;delete' {
            break
        }
        'orgctl;help;team;add' {
            break
        }
        'orgctl;help;team;set-role' {
            break
        }
        'orgctl;help;team;remove' {
            break
        }
        'orgctl;help;dashboard' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dashboard; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dashboards you can view, by slug')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dashboard with its grants')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a dashboard''s title, description or visibility')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dashboard with its grants (admins and its owner; asks first)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Grant a team or a member view or edit; sharing again updates the permission')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who can view or edit the dashboard, and why, by email')
            break
        }
        'orgctl;help;dashboard;create' {
            break
        }
        'orgctl;help;dashboard;list' {
            break
        }
        'orgctl;help;dashboard;show' {
            break
        }
        'orgctl;help;dashboard;edit' {
            break
        }
        'orgctl;help;dashboard;delete' {
            break
        }
        'orgctl;help;dashboard;share' {
            break
        }
        'orgctl;help;dashboard;unshare' {
            break
        }
        'orgctl;help;dashboard;access' {
            break
        }
        'orgctl;help;connector' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a data connector (admins)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s connectors by name (passwords shown as ****)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a connector''s kind or URL (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a connector (admins; asks first)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a team or member use of a connector (admins); counts when connector-access is granted')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a team''s or member''s grant to use a connector (admins)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every member who may use a connector, and why, by email')
            break
        }
        'orgctl;help;connector;add' {
            break
        }
        'orgctl;help;connector;list' {
            break
        }
        'orgctl;help;connector;show' {
            break
        }
        'orgctl;help;connector;edit' {
            break
        }
        'orgctl;help;connector;remove' {
            break
        }
        'orgctl;help;connector;grant' {
            break
        }
        'orgctl;help;connector;revoke' {
            break
        }
        'orgctl;help;connector;access' {
            break
        }
        'orgctl;help;integration' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notification target (admins); the same values again are no error')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations by name (members see names, kinds and events)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an integration, its URL masked (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s URL, channel or events (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration (admins; asks first)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that an integration''s URL or key has the shape its kind needs (admins); sends nothing')
            break
        }
        'orgctl;help;integration;add' {
            break
        }
        'orgctl;help;integration;list' {
            break
        }
        'orgctl;help;integration;show' {
            break
        }
        'orgctl;help;integration;edit' {
            break
        }
        'orgctl;help;integration;remove' {
            break
        }
        'orgctl;help;integration;test' {
            break
        }
        'orgctl;help;chat' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a chat (only you will ever see it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chats in the current org, by id (oldest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one of your chats')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your chats')
            break
        }
        'orgctl;help;chat;create' {
            break
        }
        'orgctl;help;chat;list' {
            break
        }
        'orgctl;help;chat;show' {
            break
        }
        'orgctl;help;chat;delete' {
            break
        }
        'orgctl;help;billing' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The plan, billing email and usage (admins)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the plan or billing email (admins)')
            break
        }
        'orgctl;help;billing;show' {
            break
        }
        'orgctl;help;billing;set' {
            break
        }
        'orgctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The current org''s audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove the entries older than the org''s audit-retention (admins)')
            break
        }
        'orgctl;help;audit;list' {
            break
        }
        'orgctl;help;audit;prune' {
            break
        }
        'orgctl;help;access' {
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Every member''s access to every dashboard, with the reason (admins; any member for `--user` themselves)')
            break
        }
        'orgctl;help;access;review' {
            break
        }
        'orgctl;help;can-i' {
            break
        }
        'orgctl;help;apply' {
            break
        }
        'orgctl;help;sync' {
            break
        }
        'orgctl;help;check' {
            break
        }
        'orgctl;help;export' {
            break
        }
        'orgctl;help;context' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts, the one in use marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`default` for the top-level one)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a named context from the `--db`, `--as` and `--org` given with it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a named context')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a named context (the store and everything in it stay)')
            break
        }
        'orgctl;help;context;list' {
            break
        }
        'orgctl;help;context;show' {
            break
        }
        'orgctl;help;context;use' {
            break
        }
        'orgctl;help;context;set' {
            break
        }
        'orgctl;help;context;rename' {
            break
        }
        'orgctl;help;context;delete' {
            break
        }
        'orgctl;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while others write to it')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'PostgreSQL: map a database login to an orgctl user, or let it impersonate')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'PostgreSQL: remove a login''s link (it keeps `orgctl_app` but can do nothing)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'PostgreSQL: list the linked logins')
            break
        }
        'orgctl;help;db;path' {
            break
        }
        'orgctl;help;db;check' {
            break
        }
        'orgctl;help;db;backup' {
            break
        }
        'orgctl;help;db;link' {
            break
        }
        'orgctl;help;db;unlink' {
            break
        }
        'orgctl;help;db;links' {
            break
        }
        'orgctl;help;completions' {
            break
        }
        'orgctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
