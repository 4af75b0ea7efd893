//! `orgctl dashboard create | list | show | edit | delete | share | unshare | access`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{opt, Receipt, Receipted, Row};
use crate::error::{Error, Result};
use crate::model::{parse_description, Email, Name, Permission, Slug, Visibility};
use crate::ops::dashboard::{Access, DashboardEdit, DashboardView, GrantChange, NewDashboard, ShareTarget};
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum DashboardCommand {
    /// Create a dashboard; you become its owner
    #[command(after_help = "Example:\n  orgctl dashboard create \"Production health\" --visibility restricted")]
    Create(DashboardCreateArgs),
    /// List the dashboards you can view, by slug
    #[command(
        after_help = "Examples:\n  orgctl dashboard list\n  orgctl dashboard list --visibility restricted --owner bob@example.com --limit 20"
    )]
    List(DashboardListArgs),
    /// Show a dashboard with its grants
    #[command(after_help = "Example:\n  orgctl dashboard show prod-health --json")]
    Show(DashboardSlugArg),
    /// Change a dashboard's title, description or visibility
    #[command(after_help = "Example:\n  orgctl dashboard edit prod-health --title \"Prod health\" --visibility org")]
    Edit(DashboardEditArgs),
    /// Delete a dashboard with its grants (admins and its owner; asks first)
    #[command(
        after_help = "Examples:\n  orgctl dashboard delete prod-health --dry-run\n  orgctl dashboard delete prod-health --yes"
    )]
    Delete(DashboardDeleteArgs),
    /// Grant a team or a member view or edit; sharing again updates the permission
    #[command(
        after_help = "Examples:\n  orgctl dashboard share prod-health --team engineering --permission edit\n  orgctl dashboard share prod-health --user bob@example.com"
    )]
    Share(DashboardShareArgs),
    /// Remove a team's or member's grant
    #[command(
        after_help = "Examples:\n  orgctl dashboard unshare prod-health --team engineering\n  orgctl dashboard unshare prod-health --user bob@example.com --dry-run"
    )]
    Unshare(DashboardUnshareArgs),
    /// Every member who can view or edit the dashboard, and why, by email
    #[command(after_help = "Example:\n  orgctl dashboard access prod-health")]
    Access(DashboardAccessArgs),
}

#[derive(Debug, Args)]
pub struct DashboardCreateArgs {
    /// The dashboard's title
    pub title: Name,
    /// Its slug [default: made from the title]
    #[arg(long)]
    pub slug: Option<Slug>,
    /// What it shows
    #[arg(long)]
    pub description: Option<String>,
    /// org: every member can view; restricted: only the owner, admins and grantees
    #[arg(long, default_value = "org")]
    pub visibility: Visibility,
}

#[derive(Debug, Args)]
pub struct DashboardSlugArg {
    /// The dashboard's slug
    pub slug: Slug,
}

#[derive(Debug, Args)]
pub struct DashboardListArgs {
    /// Only dashboards with this visibility
    #[arg(long)]
    pub visibility: Option<Visibility>,
    /// Only dashboards this member owns
    #[arg(long, value_name = "EMAIL")]
    pub owner: Option<Email>,
    /// At most this many dashboards
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DashboardDeleteArgs {
    /// The dashboard's slug
    pub slug: Slug,
    /// Print what would be removed (the dashboard and its grants) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct DashboardAccessArgs {
    /// The dashboard's slug
    pub slug: Slug,
    /// At most this many rows
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DashboardEditArgs {
    /// The dashboard's slug
    pub slug: Slug,
    /// The new title
    #[arg(long)]
    pub title: Option<Name>,
    /// The new description (an empty one clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// The new visibility (admins and the owner)
    #[arg(long)]
    pub visibility: Option<Visibility>,
    /// Hand the dashboard over to this member (admins and the current owner)
    #[arg(long, value_name = "EMAIL")]
    pub owner: Option<Email>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("grantee").required(true).args(["team", "user"])))]
pub struct DashboardShareArgs {
    /// The dashboard's slug
    pub slug: Slug,
    /// Share with this team
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// Share with this member
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Email>,
    /// view or edit
    #[arg(long, default_value = "view")]
    pub permission: Permission,
    /// End the grant then: an RFC 3339 time or a duration from now (`30d`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<crate::model::Expiry>,
    /// Why the grant is given
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("grantee").required(true).args(["team", "user"])))]
pub struct DashboardUnshareArgs {
    /// The dashboard's slug
    pub slug: Slug,
    /// The team to remove
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// The member to remove
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Email>,
    /// Print the grant that would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

fn grants_text(d: &DashboardView) -> String {
    d.grants
        .iter()
        .map(|g| match (&g.team, &g.user) {
            (Some(t), _) => format!("team:{t}:{}", g.permission),
            (_, Some(u)) => format!("user:{u}:{}", g.permission),
            _ => String::new(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

impl Row for DashboardView {
    const HEADERS: &'static [&'static str] = &["slug", "title", "description", "visibility", "owner", "grants"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.title.clone(),
            opt(&self.description),
            self.visibility.to_string(),
            self.owner.clone().unwrap_or_else(|| "-".to_string()),
            grants_text(self),
        ]
    }
}

impl Row for Access {
    const HEADERS: &'static [&'static str] = &["email", "permission", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.permission.to_string(), self.reason.clone()]
    }
}

impl Receipted for DashboardView {
    const KIND: &'static str = "dashboard";
    fn details(&self) -> String {
        format!("visibility={}", self.visibility)
    }
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let mut rows = vec![Receipt::new(action, "dashboard", org, &self.slug, self.details())];
        // A deleted dashboard takes its grants along.
        if action == Outcome::Deleted {
            for g in &self.grants {
                let who = match (&g.team, &g.user) {
                    (Some(t), _) => format!("team {t}"),
                    (_, Some(u)) => format!("user {u}"),
                    _ => String::new(),
                };
                rows.push(Receipt::new(
                    action,
                    "grant",
                    org,
                    format!("{}/{who}", self.slug),
                    format!("permission={}", g.permission),
                ));
            }
        }
        rows
    }
}

impl Receipted for GrantChange {
    const KIND: &'static str = "grant";
    fn key(&self) -> String {
        format!("{}/{}", self.dashboard.slug, self.grantee)
    }
    fn details(&self) -> String {
        self.permission.map(|p| format!("permission={p}")).unwrap_or_default()
    }
}

/// Whom `--team` / `--user` name (also for connector grants).
pub fn target(team: Option<Slug>, user: Option<Email>) -> Result<ShareTarget> {
    match (team, user) {
        (Some(t), None) => Ok(ShareTarget::Team(t)),
        (None, Some(u)) => Ok(ShareTarget::User(u)),
        _ => Err(Error::usage("pass exactly one of `--team SLUG` or `--user EMAIL`")),
    }
}

pub fn named(t: &ShareTarget) -> String {
    match t {
        ShareTarget::Team(s) => format!("team {s}"),
        ShareTarget::User(e) => e.to_string(),
    }
}

pub fn run(env: &mut Env, cmd: DashboardCommand) -> Result<()> {
    match cmd {
        DashboardCommand::Create(a) => dashboard_create(env, a),
        DashboardCommand::List(a) => dashboard_list(env, a),
        DashboardCommand::Show(a) => dashboard_show(env, a),
        DashboardCommand::Edit(a) => dashboard_edit(env, a),
        DashboardCommand::Delete(a) => dashboard_delete(env, a),
        DashboardCommand::Share(a) => dashboard_share(env, a),
        DashboardCommand::Unshare(a) => dashboard_unshare(env, a),
        DashboardCommand::Access(a) => dashboard_access(env, a),
    }
}

fn dashboard_create(env: &mut Env, a: DashboardCreateArgs) -> Result<()> {
    let description = a.description.as_deref().map(parse_description).transpose()?.flatten();
    let who = env.who()?;
    let new = NewDashboard {
        title: &a.title,
        slug: a.slug.as_ref(),
        description: description.as_deref(),
        visibility: a.visibility,
    };
    let c = ops::dashboard::create(env.store()?, &who, &new)?;
    // The slug may be made from the title, and scripts need it next: `-q` prints it.
    if env.out.quiet && !env.out.is_json() {
        return env.out.data(&c.item.slug);
    }
    let org = c.org.clone().unwrap_or_default();
    env.out.change(
        &c,
        &format!(
            "Created dashboard {} ({}) in {org}, visible to {}",
            c.item.slug,
            c.item.title,
            match c.item.visibility {
                Visibility::Org => "every member",
                Visibility::Restricted => "its owner, admins and grantees",
            }
        ),
    )
}

fn dashboard_list(env: &mut Env, a: DashboardListArgs) -> Result<()> {
    let who = env.who()?;
    let (store, out) = env.store_and_out()?;
    let mut w = out.stream_limited::<DashboardView>(a.limit);
    ops::dashboard::list(store, &who, &mut |d| {
        let owner_matches = a.owner.as_ref().is_none_or(|o| d.owner.as_deref() == Some(o.as_str()));
        if owner_matches && a.visibility.is_none_or(|v| d.visibility == v) {
            w.push(&d)?;
        }
        Ok(())
    })?;
    w.finish()
}

fn dashboard_show(env: &mut Env, a: DashboardSlugArg) -> Result<()> {
    let who = env.who()?;
    let d = ops::dashboard::show(env.store()?, &who, &a.slug)?;
    env.out.item(&d)
}

fn dashboard_edit(env: &mut Env, a: DashboardEditArgs) -> Result<()> {
    if a.title.is_none() && a.description.is_none() && a.visibility.is_none() && a.owner.is_none() {
        return Err(crate::cli::error::nothing_to_change("`--title`, `--description`, `--visibility` or `--owner`"));
    }
    let description = a.description.as_deref().map(parse_description).transpose()?;
    let who = env.who()?;
    let e = DashboardEdit {
        title: a.title.as_ref(),
        description: description.as_ref().map(|d| d.as_deref()),
        visibility: a.visibility,
        owner: a.owner.as_ref(),
    };
    let c = ops::dashboard::edit(env.store()?, &who, &a.slug, &e)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Dashboard {} in {org} is unchanged", a.slug),
        _ => format!("Updated dashboard {} in {org}", a.slug),
    };
    env.out.change(&c, &msg)
}

/// ", with its grants to team eng (edit), user bob@example.com (view)", or nothing.
fn grants_cascade(d: &DashboardView) -> String {
    if d.grants.is_empty() {
        return String::new();
    }
    let list: Vec<String> = d
        .grants
        .iter()
        .map(|g| match (&g.team, &g.user) {
            (Some(t), _) => format!("team {t} ({})", g.permission),
            (_, Some(u)) => format!("user {u} ({})", g.permission),
            _ => String::new(),
        })
        .collect();
    format!(", with its grants to {}", list.join(", "))
}

fn dashboard_delete(env: &mut Env, a: DashboardDeleteArgs) -> Result<()> {
    let who = env.who()?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if a.dry_run {
        let c = ops::dashboard::delete(env.store()?, &who, &a.slug, true)?;
        return env.out.change(&c, &format!("Would delete dashboard {} from {org}{}", a.slug, grants_cascade(&c.item)));
    }
    if !env.prompt.yes {
        // Only someone allowed to delete is asked, and is told what goes with it.
        let preview = ops::dashboard::delete(env.store()?, &who, &a.slug, true)?;
        env.prompt.confirm(
            &format!("deleting dashboard {}", a.slug),
            &format!("Delete dashboard {} from {org}{}?", a.slug, grants_cascade(&preview.item)),
        )?;
    }
    let c = ops::dashboard::delete(env.store()?, &who, &a.slug, false)?;
    env.out.change(&c, &format!("Deleted dashboard {} from {org}{}", a.slug, grants_cascade(&c.item)))
}

fn dashboard_share(env: &mut Env, a: DashboardShareArgs) -> Result<()> {
    let to = target(a.team, a.user)?;
    let who = env.who()?;
    let terms = crate::ops::terms::Terms { expires: a.expires, reason: a.reason.clone() };
    let c = ops::dashboard::share(env.store()?, &who, &a.slug, &to, a.permission, &terms)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => {
            format!("{} already has {} on dashboard {} in {org} (unchanged)", named(&to), a.permission, a.slug)
        }
        _ => format!("Shared dashboard {} in {org} with {} ({})", a.slug, named(&to), a.permission),
    };
    env.out.change(&c, &msg)
}

fn dashboard_unshare(env: &mut Env, a: DashboardUnshareArgs) -> Result<()> {
    let from = target(a.team, a.user)?;
    let who = env.who()?;
    let c = ops::dashboard::unshare(env.store()?, &who, &a.slug, &from, a.dry_run)?;
    let org = c.org.clone().unwrap_or_default();
    let verb = if a.dry_run { "Would remove" } else { "Removed" };
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} had no grant on dashboard {} in {org} (unchanged)", named(&from), a.slug),
        _ => format!("{verb} the grant of {} on dashboard {} in {org}", named(&from), a.slug),
    };
    env.out.change(&c, &msg)
}

fn dashboard_access(env: &mut Env, a: DashboardAccessArgs) -> Result<()> {
    let who = env.who()?;
    let rows = ops::dashboard::access(env.store()?, &who, &a.slug)?;
    env.out.list_limited(&rows, a.limit)
}
