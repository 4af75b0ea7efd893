//! The command line: global options and the noun tree. Doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::builder::{
    BoolishValueParser, PossibleValuesParser, StringValueParser, TryMapValueParser, TypedValueParser,
    ValueParserFactory,
};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{Duration, Email, Name, Permission, Plan, Role, Slug, Visibility};

/// Administer organizations, members, teams, invites, dashboards, connectors and chats in one local store.
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

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// The store: a SQLite file [default: orgctl.db in the user's data directory], or a postgresql:// URL
    #[arg(long, env = "ORGCTL_DB", value_name = "PATH|URL", global = true)]
    pub db: Option<PathBuf>,

    /// The context file [default: context.toml in the user's config directory]
    #[arg(long, env = "ORGCTL_CONTEXT", value_name = "PATH", global = true)]
    pub context: Option<PathBuf>,

    /// Act as this user for this one invocation
    #[arg(long = "as", env = "ORGCTL_USER", value_name = "EMAIL", global = true)]
    pub as_user: Option<String>,

    /// Use this org for this one invocation (`export` takes it more than once)
    #[arg(long, env = "ORGCTL_ORG", value_name = "SLUG", global = true, action = clap::ArgAction::Append)]
    pub org: Vec<String>,

    /// Output format [default: table on a terminal, tsv otherwise]
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT", global = true)]
    pub output: Option<Format>,

    /// Short for `-o json`
    #[arg(long, global = true)]
    pub json: bool,

    /// Print nothing on success except the data a command exists to print
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Answer yes to every confirmation
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Never prompt (implied when stdin is not a terminal)
    #[arg(long, env = "ORGCTL_NO_INPUT", value_parser = BoolishValueParser::new(), global = true)]
    pub no_input: bool,

    /// When to use colour (`NO_COLOR` turns it off)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Tsv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Each command's own arguments (and, for a noun, its verbs) are defined only
/// when that command is the one being run (`defer`): defining all of them on
/// every start-up cost about as much as opening the store.
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
    #[command(subcommand)]
    User(crate::cli::user::UserCommand),
    /// Create, list, switch, rename, delete and leave organizations
    #[command(subcommand)]
    Org(crate::cli::org::OrgCommand),
    /// List, add and remove members of the current org, change their roles
    #[command(subcommand)]
    Member(crate::cli::member::MemberCommand),
    /// Invite people by email; accept or decline an invite
    #[command(subcommand)]
    Invite(crate::cli::invite::InviteCommand),
    /// Manage teams and their members
    #[command(subcommand)]
    Team(crate::cli::team::TeamCommand),
    /// Create, share and inspect dashboards
    #[command(subcommand)]
    Dashboard(crate::cli::dashboard::DashboardCommand),
    /// Manage the org's data connectors
    #[command(subcommand)]
    Connector(crate::cli::connector::ConnectorCommand),
    /// Manage the org's notification targets: Slack, Teams, webhooks, PagerDuty
    #[command(subcommand)]
    Integration(crate::cli::integration::IntegrationCommand),
    /// Your private chats in the current org
    #[command(subcommand)]
    Chat(crate::cli::chat::ChatCommand),
    /// The org's plan, billing email and usage (admins)
    #[command(subcommand)]
    Billing(crate::cli::billing::BillingCommand),
    /// Read the org's audit log (admins)
    #[command(subcommand)]
    Audit(crate::cli::audit::AuditCommand),
    /// Review who can see what in the org, and why
    #[command(subcommand)]
    Access(crate::cli::access::AccessCommand),
    /// Ask whether you may do something; exit 0 for yes, 4 for no
    #[command(name = "can-i", after_help = crate::cli::help::CAN_I_HELP)]
    CanI(crate::cli::can_i::CanIArgs),
    /// Create or update users, orgs and everything in them from a manifest, in one transaction
    #[command(
        after_help = "Examples:\n  orgctl --as ci@example.com apply -f examples/acme.toml\n  orgctl apply -f seed.toml --dry-run --prune\n  cat seed.json | orgctl apply -f -\n\nManifest keys, under [[orgs]]: slug, name, plan, billing_email; [[orgs.members]] email, role;\n[[orgs.teams]] slug, name, description, members; [[orgs.dashboards]] slug, title, description,\nvisibility, owner, grants = [{ team | user, permission }]; [[orgs.connectors]] name, kind, url,\ngrants = [{ team = \"...\" }, { user = \"...\" }]; [[orgs.integrations]] name, kind, url, channel,\nevents = [...]; [orgs.security] allowed_domains = [...], invite_max_lifetime = \"14d\",\nmember_dashboards = true|false, connector_access = \"open\"|\"granted\"; [[orgs.invites]] email, role,\nteams, expires. [[users]] email, name.\n[orgs.security] takes effect after the org's members and invites: apply checks who joins\nagainst the settings the org had before."
    )]
    Apply(crate::cli::manifest::ApplyArgs),
    /// Print a manifest of your orgs that `apply` accepts
    #[command(after_help = "Examples:\n  orgctl export > acme.toml\n  orgctl export --org acme --org beta --json")]
    Export,
    /// Store care: where it is, check it, back it up
    #[command(subcommand)]
    Db(crate::cli::db::DbCommand),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  orgctl completions bash > ~/.local/share/bash-completion/completions/orgctl\n  orgctl completions zsh > ~/.zfunc/_orgctl\n  orgctl completions fish > ~/.config/fish/completions/orgctl.fish"
    )]
    Completions(crate::cli::complete::CompletionsArgs),
    /// Dynamic completion candidates for the shell scripts
    #[command(name = "__complete", hide = true)]
    Complete(crate::cli::complete::CompleteArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The user's email
    pub email: String,
}

// Value parsers: each model type says how clap parses it (so a field of
// that type needs no `value_parser`); clap reports a bad value as a usage
// error (exit 2) and lists the possible values in help and completion.

/// Text checked by the model type's own `parse`.
macro_rules! parsed_text {
    ($($t:ty),+) => {$(
        impl ValueParserFactory for $t {
            type Parser = TryMapValueParser<StringValueParser, fn(String) -> Result<$t, crate::error::Error>>;
            fn value_parser() -> Self::Parser {
                StringValueParser::new().try_map(|s| <$t>::parse(&s))
            }
        }
    )+};
}
parsed_text!(Email, Slug, Name, Duration);

/// One of the model type's names, listed in help and completion.
macro_rules! named_values {
    ($($t:ty),+) => {$(
        impl ValueParserFactory for $t {
            type Parser = TryMapValueParser<PossibleValuesParser, fn(String) -> Result<$t, String>>;
            fn value_parser() -> Self::Parser {
                PossibleValuesParser::new(<$t>::NAMES).try_map(|s| s.parse::<$t>().map_err(|e| e.message))
            }
        }
    )+};
}
named_values!(Role, Visibility, Permission, Plan);

/// `--limit N`: a whole number of at least 1.
pub fn limit() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..)
}
