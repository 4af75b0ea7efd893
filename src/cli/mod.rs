//! Everything that knows about clap, terminals and output formats.

pub(crate) mod access;
pub(crate) mod args;
pub(crate) mod audit;
pub(crate) mod billing;
pub(crate) mod can_i;
pub(crate) mod chat;
pub(crate) mod complete;
pub mod completion;
pub(crate) mod connector;
pub(crate) mod connector_access;
pub(crate) mod context;
pub(crate) mod dashboard;
pub(crate) mod db;
pub(crate) mod env;
pub(crate) mod error;
pub mod help;
pub(crate) mod identity;
pub(crate) mod integration;
pub(crate) mod invite;
pub(crate) mod manifest;
pub(crate) mod member;
pub(crate) mod org;
pub(crate) mod output;
pub(crate) mod parse_error;
pub(crate) mod prompt;
pub(crate) mod security;
pub(crate) mod sync;
pub(crate) mod table;
pub(crate) mod team;
pub(crate) mod user;
pub mod visible;

use clap::{Args, Parser, Subcommand};

use crate::cli::args::GlobalArgs;
use crate::cli::env::Env;
use crate::error::Result;

/// Administer organizations, members, teams, invites, dashboards, connectors and chats in one store: a local SQLite file or a shared PostgreSQL database.
#[derive(Debug, Parser)]
#[command(
    name = "orgctl",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = crate::cli::help::AFTER_HELP,
    after_long_help = crate::cli::help::AFTER_LONG_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Each command's own arguments (and, for a noun, its verbs) are defined only
/// when that command is the one being run (`defer`): defining all of them on
/// every start-up cost about as much as opening the store. clap defers only
/// a variant that holds arguments, which is why a noun holds its verbs in
/// [`Verbs`] rather than being a `#[command(subcommand)]` variant.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create the store if missing and print its path
    #[command(after_help = "Example:\n  orgctl init")]
    Init,
    /// Set the current user (the user must exist)
    #[command(after_help = "Example:\n  orgctl login alice@example.com")]
    Login(LoginArgs),
    /// Clear the current user and org (also repairs a damaged context file)
    #[command(after_help = "Example:\n  orgctl logout")]
    Logout,
    /// Show the current user, org and role, and where each came from
    #[command(after_help = "Example:\n  orgctl whoami --json")]
    Whoami,
    /// Register users, show them, change your name
    #[command(
        after_help = "Examples:\n  orgctl user add bob@example.com --name \"Bob Lee\"\n  orgctl user show bob@example.com --json"
    )]
    User(Verbs<crate::cli::user::UserCommand>),
    /// Create, list, switch, rename, delete and leave organizations
    #[command(
        after_help = "Examples:\n  orgctl org create acme --name \"Acme Inc\"\n  orgctl org list\n  orgctl org switch acme"
    )]
    Org(Verbs<crate::cli::org::OrgCommand>),
    /// List, add and remove members of the current org, change their roles
    #[command(
        after_help = "Examples:\n  orgctl member list --role admin\n  orgctl member add bob@example.com --role member\n  orgctl member remove bob@example.com --dry-run"
    )]
    Member(Verbs<crate::cli::member::MemberCommand>),
    /// Invite people by email; accept or decline an invite
    #[command(
        after_help = "Examples:\n  orgctl invite create bob@example.com --role member --team engineering\n  orgctl invite list --state all\n  orgctl invite accept TOKEN"
    )]
    Invite(Verbs<crate::cli::invite::InviteCommand>),
    /// Manage teams and their members
    #[command(
        after_help = "Examples:\n  orgctl team create engineering --name Engineering\n  orgctl team add engineering bob@example.com\n  orgctl team show engineering"
    )]
    Team(Verbs<crate::cli::team::TeamCommand>),
    /// Create, share and inspect dashboards
    #[command(
        after_help = "Examples:\n  orgctl dashboard create \"Production health\" --visibility restricted\n  orgctl dashboard share production-health --team engineering --permission edit\n  orgctl dashboard access production-health"
    )]
    Dashboard(Verbs<crate::cli::dashboard::DashboardCommand>),
    /// Manage the org's data connectors
    #[command(
        after_help = "Examples:\n  orgctl connector add warehouse --kind postgres --url -\n  orgctl connector list\n  orgctl connector grant warehouse --team engineering"
    )]
    Connector(Verbs<crate::cli::connector::ConnectorCommand>),
    /// Manage the org's notification targets: Slack, Teams, webhooks, PagerDuty
    #[command(
        after_help = "Examples:\n  orgctl integration add alerts --kind slack --url - --channel '#ops'\n  orgctl integration list\n  orgctl integration test alerts"
    )]
    Integration(Verbs<crate::cli::integration::IntegrationCommand>),
    /// Your private chats in the current org
    #[command(after_help = "Examples:\n  orgctl chat create \"Q3 churn\"\n  orgctl chat list")]
    Chat(Verbs<crate::cli::chat::ChatCommand>),
    /// The org's plan, billing email and usage (admins)
    #[command(
        after_help = "Examples:\n  orgctl billing show\n  orgctl billing set --plan team --email billing@example.com"
    )]
    Billing(Verbs<crate::cli::billing::BillingCommand>),
    /// Read the org's audit log (admins)
    #[command(
        after_help = "Examples:\n  orgctl audit list --since 7d --limit 20\n  orgctl audit list --action member.remove --json"
    )]
    Audit(Verbs<crate::cli::audit::AuditCommand>),
    /// Review who can see what in the org, and why
    #[command(
        after_help = "Examples:\n  orgctl access review --user bob@example.com\n  orgctl access review --dashboard production-health --permission edit"
    )]
    Access(Verbs<crate::cli::access::AccessCommand>),
    /// Ask whether you may do something; exit 0 for yes, 4 for no
    #[command(name = "can-i", after_help = crate::cli::help::CAN_I_HELP)]
    CanI(crate::cli::can_i::CanIArgs),
    /// Create or update users, orgs and everything in them from a manifest, in one transaction
    #[command(
        after_help = "Examples:\n  orgctl --as ci@example.com apply -f examples/acme.toml\n  orgctl apply -f seed.toml --dry-run --prune\n  cat seed.json | orgctl apply -f -\n\nManifest keys, under [[orgs]]: slug, name, plan, billing_email; [[orgs.members]] email, role (admin|member|guest), expires, reason,\nstate (active|suspended); [[orgs.teams]] slug, name, description, members, maintainers; [[orgs.dashboards]] slug,\ntitle, description, visibility, owner, grants = [{ team | user, permission, expires, reason }]; [[orgs.connectors]]\nname, kind, url, grants = [{ team | user, expires, reason }]; [[orgs.integrations]] name, kind, url, channel,\nevents = [...]; [orgs.security] allowed_domains = [...], invite_max_lifetime = \"14d\",\nmember_dashboards = true|false, connector_access = \"open\"|\"granted\", guest_domains = [...], grant_max_lifetime = \"90d\"; [[orgs.invites]] email, role,\nteams, expires. [[users]] email, name.\n[orgs.security] audit_retention = DAYS. Policy (checked against the state apply would leave; exit 8\nand nothing written if any fails; never exported): [orgs.rules] min-admins = N, max-grant-lifetime = \"90d\",\nteam-grants-only = true, every-team-has-maintainer = true; [[orgs.tests]] user, can = [...], cannot = [...]\nin can-i syntax (\"view dashboard/SLUG\", \"create-dashboard\", \"use connector/NAME\").\n[orgs.security] takes effect after the org's members and invites: apply checks who joins\nagainst the settings the org had before."
    )]
    Apply(crate::cli::manifest::ApplyArgs),
    /// Reconcile the org's members and team memberships with a directory export (CSV or SCIM), in one transaction (admins)
    #[command(after_help = crate::cli::help::SYNC_HELP)]
    Sync(crate::cli::sync::SyncArgs),
    /// Run a manifest's policy tests and rules against the store as it is (admins; exit 8 on a finding)
    ///
    /// Evaluates each org's `[[orgs.tests]]` (a user and what they `can` and
    /// `cannot` do, in `can-i` syntax, answered by the same policy as
    /// `can-i`) and `[orgs.rules]` (`min-admins`, `max-grant-lifetime`,
    /// `team-grants-only`, `every-team-has-maintainer`). Every finding is
    /// listed (`kind, org, key, message`; with `--json` under
    /// `error.findings`) and the exit code is 8; otherwise it says how many
    /// tests and rules hold. `apply` runs the same checks against the state
    /// it would commit, and commits only if all hold.
    #[command(
        after_help = "Examples:\n  orgctl check -f policy.toml\n  orgctl --as ci@example.com check -f acme.toml --json\n\n[orgs.rules] min-admins = N, max-grant-lifetime = \"90d\", team-grants-only = true,\nevery-team-has-maintainer = true. [[orgs.tests]] user = EMAIL, can = [\"view dashboard/SLUG\", \"create-dashboard\"],\ncannot = [\"use connector/NAME\"]."
    )]
    Check(crate::cli::manifest::CheckArgs),
    /// Print a manifest of your orgs that `apply` accepts
    #[command(after_help = "Examples:\n  orgctl export > acme.toml\n  orgctl export --org acme --org beta --json")]
    Export,
    /// Named contexts: a store, a user and an org to switch between, as kubectl's
    #[command(
        after_help = "Examples:\n  orgctl --db 'postgresql://alice@db.internal/orgctl' --as alice@example.com --org acme context set team\n  orgctl context use team\n  orgctl context list"
    )]
    Context(Verbs<crate::cli::context::ContextCommand>),
    /// Store care: where it is, check it, back it up; on PostgreSQL, link logins to users
    #[command(after_help = "Examples:\n  orgctl db path\n  orgctl db check\n  orgctl db backup orgctl-backup.db")]
    Db(Verbs<crate::cli::db::DbCommand>),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  orgctl completions bash > ~/.local/share/bash-completion/completions/orgctl\n  orgctl completions zsh > ~/.zfunc/_orgctl\n  orgctl completions fish > ~/.config/fish/completions/orgctl.fish"
    )]
    Completions(crate::cli::complete::CompletionsArgs),
    /// Dynamic completion candidates for the shell scripts
    #[command(name = "__complete", hide = true)]
    Complete(crate::cli::complete::CompleteArgs),
}

// A noun's verbs: one of them is required, and `orgctl NOUN` alone prints
// the noun's help (exit 2). Not a doc comment: clap would take it as the
// help of every noun.
#[derive(Debug, Args)]
pub struct Verbs<T: Subcommand> {
    #[command(subcommand)]
    pub verb: T,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The user's email
    pub email: String,
}

/// Runs one command; returns the exit code of a success (`can-i` answers no with 4).
pub fn dispatch(env: &mut Env, command: Command) -> Result<i32> {
    match command {
        Command::Init => identity::init(env),
        Command::Login(a) => identity::login(env, a),
        Command::Logout => identity::logout(env),
        Command::Whoami => identity::whoami(env),
        Command::User(c) => user::run(env, c.verb),
        Command::Org(c) => org::run(env, c.verb),
        Command::Member(c) => member::run(env, c.verb),
        Command::Invite(c) => invite::run(env, c.verb),
        Command::Team(c) => team::run(env, c.verb),
        Command::Dashboard(c) => dashboard::run(env, c.verb),
        Command::Connector(c) => connector::run(env, c.verb),
        Command::Integration(c) => integration::run(env, c.verb),
        Command::Chat(c) => chat::run(env, c.verb),
        Command::Billing(c) => billing::run(env, c.verb),
        Command::Audit(c) => audit::run(env, c.verb),
        Command::Access(c) => access::run(env, c.verb),
        Command::CanI(a) => return can_i::run(env, a),
        Command::Apply(a) => manifest::apply(env, a),
        Command::Sync(a) => sync::sync(env, a),
        Command::Check(a) => manifest::check(env, a),
        Command::Export => manifest::export(env),
        Command::Context(c) => context::run(env, c.verb),
        Command::Db(c) => db::run(env, c.verb),
        Command::Completions(a) => complete::completions(a, <Cli as clap::CommandFactory>::command()),
        Command::Complete(a) => complete::complete(env, a),
    }
    .map(|()| 0)
}
