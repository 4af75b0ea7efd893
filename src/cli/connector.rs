//! `orgctl connector add | list | show | edit | remove` (and `grant | revoke | access`, in `connector_access`).

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::{Error, Result};
use crate::model::url::parse_url;
use crate::model::Slug;
use crate::ops::connector::{ConnectorRemoved, ConnectorView};
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum ConnectorCommand {
    /// Add a data connector (admins)
    #[command(
        after_help = "Examples:\n  orgctl connector add warehouse --kind postgres --url postgres://reader:secret@db.internal/analytics\n  pass show db/reader-url | orgctl connector add warehouse --kind postgres --url -"
    )]
    Add(ConnectorAddArgs),
    /// List the org's connectors by name (passwords shown as ****)
    #[command(after_help = "Example:\n  orgctl connector list")]
    List(ConnectorListArgs),
    /// Show a connector
    #[command(after_help = "Example:\n  orgctl connector show warehouse --json")]
    Show(ConnectorNameArg),
    /// Change a connector's kind or URL (admins)
    #[command(
        after_help = "Example:\n  orgctl connector edit warehouse --url postgres://reader@db2.internal/analytics"
    )]
    Edit(ConnectorEditArgs),
    /// Remove a connector (admins; asks first)
    #[command(
        after_help = "Examples:\n  orgctl connector remove warehouse --dry-run\n  orgctl connector remove warehouse --yes"
    )]
    Remove(ConnectorRemoveArgs),
    /// Grant a team or member use of a connector (admins); counts when connector-access is granted
    #[command(
        after_help = "Examples:\n  orgctl connector grant warehouse --team engineering\n  orgctl connector grant warehouse --user bob@example.com"
    )]
    Grant(crate::cli::connector_access::ConnectorGrantArgs),
    /// Remove a team's or member's grant to use a connector (admins)
    #[command(after_help = "Example:\n  orgctl connector revoke warehouse --team engineering")]
    Revoke(crate::cli::connector_access::ConnectorRevokeArgs),
    /// Every member who may use a connector, and why, by email
    #[command(after_help = "Example:\n  orgctl connector access warehouse")]
    Access(ConnectorAccessArgs),
}

#[derive(Debug, Args)]
pub struct ConnectorAddArgs {
    /// The connector's name, unique in the org (a slug)
    pub name: Slug,
    /// The kind of data source, such as postgres, snowflake, bigquery
    #[arg(long)]
    pub kind: Slug,
    /// The connection URL (`scheme://host...`, at most 2048 characters); `-`
    /// reads it from the first line of stdin, so that it is not in the process
    /// list. Its secrets (password, a user name alone, secret-named query
    /// parameters) are stored but never printed
    #[arg(long)]
    pub url: String,
}

#[derive(Debug, Args)]
pub struct ConnectorNameArg {
    /// The connector's name
    pub name: Slug,
}

#[derive(Debug, Args)]
pub struct ConnectorRemoveArgs {
    /// The connector's name
    pub name: Slug,
    /// Print what would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ConnectorAccessArgs {
    /// The connector's name
    pub name: Slug,
    /// At most this many rows
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ConnectorListArgs {
    /// At most this many connectors
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ConnectorEditArgs {
    /// The connector's name
    pub name: Slug,
    /// The new kind
    #[arg(long)]
    pub kind: Option<Slug>,
    /// The new connection URL; `-` reads it from the first line of stdin
    #[arg(long)]
    pub url: Option<String>,
}

impl crate::cli::output::Receipted for ConnectorView {
    const KIND: &'static str = "connector";
    fn details(&self) -> String {
        format!("kind={}", self.kind)
    }
}

impl Row for ConnectorView {
    const HEADERS: &'static [&'static str] = &["name", "kind", "url"];
    fn cells(&self) -> Vec<String> {
        vec![self.name.clone(), self.kind.clone(), self.url.clone()]
    }
}

pub fn run(env: &mut Env, cmd: ConnectorCommand) -> Result<()> {
    match cmd {
        ConnectorCommand::Add(a) => connector_add(env, a),
        ConnectorCommand::List(a) => connector_list(env, a),
        ConnectorCommand::Show(a) => connector_show(env, a),
        ConnectorCommand::Edit(a) => connector_edit(env, a),
        ConnectorCommand::Remove(a) => connector_remove(env, a),
        ConnectorCommand::Grant(a) => crate::cli::connector_access::connector_grant(env, a, true),
        ConnectorCommand::Revoke(a) => crate::cli::connector_access::connector_grant(env, a.into(), false),
        ConnectorCommand::Access(a) => crate::cli::connector_access::connector_access(env, a.name, a.limit),
    }
}

/// The `--url` value, or with `-` the first line of stdin (at most a little
/// more than the longest URL accepted is read).
fn url_arg(raw: &str) -> Result<url::Url> {
    if raw != "-" {
        return parse_url(raw);
    }
    let mut line = String::new();
    let limit = (crate::model::url::URL_MAX as u64 + 2) * 4;
    std::io::BufRead::read_line(&mut std::io::Read::take(std::io::stdin().lock(), limit), &mut line)
        .map_err(|e| Error::usage(format!("cannot read the URL from stdin: {e}")))?;
    if line.trim().is_empty() {
        return Err(Error::usage("no URL on stdin")
            .with_hint("pipe it in: `printf '%s\\n' \"$URL\" | orgctl connector add NAME --kind KIND --url -`"));
    }
    parse_url(&line)
}

fn connector_add(env: &mut Env, a: ConnectorAddArgs) -> Result<()> {
    let url = url_arg(&a.url)?;
    let who = env.who()?;
    let c = ops::connector::add(env.store()?, &who, &a.name, &a.kind, &url)?;
    let org = c.org.clone().unwrap_or_default();
    env.out.change(&c, &format!("Added connector {} ({}) to {org}", a.name, a.kind))
}

fn connector_list(env: &mut Env, a: ConnectorListArgs) -> Result<()> {
    let who = env.who()?;
    let list = ops::connector::list(env.store()?, &who)?;
    env.out.list_limited(&list, a.limit)
}

fn connector_show(env: &mut Env, a: ConnectorNameArg) -> Result<()> {
    let who = env.who()?;
    let c = ops::connector::show(env.store()?, &who, &a.name)?;
    env.out.item(&c)
}

fn connector_edit(env: &mut Env, a: ConnectorEditArgs) -> Result<()> {
    if a.kind.is_none() && a.url.is_none() {
        return Err(crate::cli::error::nothing_to_change("`--kind` or `--url`"));
    }
    let url = a.url.as_deref().map(url_arg).transpose()?;
    let who = env.who()?;
    let c = ops::connector::edit(env.store()?, &who, &a.name, a.kind.as_ref(), url.as_ref())?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Connector {} in {org} is unchanged", a.name),
        _ => format!("Updated connector {} in {org}", a.name),
    };
    env.out.change(&c, &msg)
}

/// ", with its grants to team eng, user bob@example.com", or nothing.
fn connector_cascade(r: &ConnectorRemoved) -> String {
    if r.grants.is_empty() {
        return String::new();
    }
    let list: Vec<String> = r
        .grants
        .iter()
        .map(|g| match (&g.team, &g.user) {
            (Some(t), _) => format!("team {t}"),
            (_, Some(u)) => format!("user {u}"),
            _ => String::new(),
        })
        .collect();
    format!(", with its grants to {}", list.join(", "))
}

impl crate::cli::output::Receipted for ConnectorRemoved {
    const KIND: &'static str = "connector";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<crate::cli::output::Receipt> {
        use crate::cli::output::Receipt;
        let name = &self.connector.name;
        let mut rows = vec![Receipt::new(action, "connector", org, name, format!("kind={}", self.connector.kind))];
        for g in &self.grants {
            let who = match (&g.team, &g.user) {
                (Some(t), _) => format!("team {t}"),
                (_, Some(u)) => format!("user {u}"),
                _ => String::new(),
            };
            rows.push(Receipt::new(action, "connector_grant", org, format!("{name}/{who}"), ""));
        }
        rows
    }
}

fn connector_remove(env: &mut Env, a: ConnectorRemoveArgs) -> Result<()> {
    let who = env.who()?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if a.dry_run {
        let c = ops::connector::remove(env.store()?, &who, &a.name, true)?;
        let went = connector_cascade(&c.item);
        return env.out.change(&c, &format!("Would remove connector {} from {org}{went}", a.name));
    }
    if !env.prompt.yes {
        // Only someone allowed to remove it is asked, and is told what goes with it.
        let preview = ops::connector::remove(env.store()?, &who, &a.name, true)?;
        env.prompt.confirm(
            &format!("removing connector {}", a.name),
            &format!("Remove connector {} from {org}{}?", a.name, connector_cascade(&preview.item)),
        )?;
    }
    let c = ops::connector::remove(env.store()?, &who, &a.name, false)?;
    env.out.change(&c, &format!("Removed connector {} from {org}{}", a.name, connector_cascade(&c.item)))
}
