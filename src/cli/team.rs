//! `orgctl team create | list | show | edit | delete | add | remove`.

use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::cli::output::{joined, opt, Receipt, Receipted, Row};
use crate::error::Result;
use crate::model::{parse_description, Email, Name, Slug};
use crate::model::{Expiry, TeamRole};
use crate::ops::team::{Membership, TeamDeleted, TeamDetail, TeamSummary};
use crate::ops::terms::Terms;
use crate::ops::views::TeamView;
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Create a team (admins)
    #[command(
        after_help = "Example:\n  orgctl team create engineering --name Engineering --description \"Builds the product\""
    )]
    Create(TeamCreateArgs),
    /// List the org's teams with their member counts, by slug (`team show` lists the members)
    #[command(after_help = "Examples:\n  orgctl team list\n  orgctl team list --limit 10 --json")]
    List(TeamListArgs),
    /// Show a team's members and the dashboards granted to it
    #[command(after_help = "Example:\n  orgctl team show engineering --json")]
    Show(TeamSlugArg),
    /// Change a team's name or description (admins)
    #[command(after_help = "Example:\n  orgctl team edit engineering --description \"Builds and runs the product\"")]
    Edit(TeamEditArgs),
    /// Delete a team with its memberships, its grants and its place in pending invites (admins; asks first)
    #[command(
        after_help = "Examples:\n  orgctl team delete engineering --dry-run\n  orgctl team delete engineering --yes"
    )]
    Delete(TeamDeleteArgs),
    /// Add org members to a team, all or nothing (admins and the team's maintainers); those already in it are no error
    ///
    /// `--expires` ends the team membership on its own (a time or a duration,
    /// within the org's `grant-max-lifetime`); `--reason` says why.
    #[command(
        after_help = "Examples:\n  orgctl team add engineering bob@example.com carol@example.com\n  orgctl team add engineering casey@contractor.test --expires 30d --reason \"Q1 audit\""
    )]
    Add(TeamAddArgs),
    /// Make a team member a maintainer of the team, or a plain member again (admins and the team's maintainers)
    ///
    /// Maintainers add and remove org members to and from their team, rename
    /// and describe it, and name other maintainers; nothing else.
    #[command(after_help = "Example:\n  orgctl team set-role engineering bob@example.com maintainer")]
    SetRole(TeamSetRoleArgs),
    /// Remove members from a team, all or nothing (admins and the team's maintainers)
    #[command(
        after_help = "Examples:\n  orgctl team remove engineering bob@example.com\n  orgctl team remove engineering bob@example.com --dry-run"
    )]
    Remove(TeamRemoveArgs),
}

#[derive(Debug, Args)]
pub struct TeamCreateArgs {
    /// The team's slug, unique in the org
    pub slug: Slug,
    /// Display name [default: the slug]
    #[arg(long)]
    pub name: Option<Name>,
    /// What the team does
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TeamSlugArg {
    /// The team's slug
    pub slug: Slug,
}

#[derive(Debug, Args)]
pub struct TeamListArgs {
    /// At most this many teams
    #[arg(long, value_name = "N", value_parser = crate::cli::args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct TeamDeleteArgs {
    /// The team's slug
    pub slug: Slug,
    /// Print what would be removed, cascades included, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct TeamRemoveArgs {
    /// The team's slug
    pub slug: Slug,
    /// Members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
    /// Print what would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also remove team memberships a directory sync manages (refused otherwise, exit 5)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct TeamEditArgs {
    /// The team's slug
    pub slug: Slug,
    /// The new display name
    #[arg(long)]
    pub name: Option<Name>,
    /// The new description (an empty one clears it)
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TeamAddArgs {
    /// The team's slug
    pub slug: Slug,
    /// Members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
    /// End the team membership then: an RFC 3339 time or a duration from now (`30d`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<Expiry>,
    /// Why they are in the team (shown by `member show` and `access review`)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct TeamSetRoleArgs {
    /// The team's slug
    pub slug: Slug,
    /// The team member's email
    pub email: Email,
    /// Their role in the team
    pub role: TeamRole,
}

#[derive(Debug, Args)]
pub struct TeamMembersArgs {
    /// The team's slug
    pub slug: Slug,
    /// Members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
}

impl Row for TeamView {
    const HEADERS: &'static [&'static str] = &["slug", "name", "description", "members"];
    fn cells(&self) -> Vec<String> {
        vec![self.slug.clone(), self.name.clone(), opt(&self.description), joined(&self.members)]
    }
}

impl Row for TeamSummary {
    const HEADERS: &'static [&'static str] = &["slug", "name", "description", "members"];
    fn cells(&self) -> Vec<String> {
        vec![self.slug.clone(), self.name.clone(), opt(&self.description), self.member_count.to_string()]
    }
}

impl Receipted for TeamView {
    const KIND: &'static str = "team";
    fn details(&self) -> String {
        format!("name={}", self.name)
    }
}

impl Receipted for Membership {
    const KIND: &'static str = "team_member";
    fn receipts(&self, _action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let done = if self.adding { Outcome::Created } else { Outcome::Deleted };
        let mut rows: Vec<Receipt> = self
            .changed
            .iter()
            .map(|e| Receipt::new(done, "team_member", org, format!("{}/{e}", self.team.slug), ""))
            .collect();
        rows.extend(
            self.unchanged
                .iter()
                .map(|e| Receipt::new(Outcome::Unchanged, "team_member", org, format!("{}/{e}", self.team.slug), "")),
        );
        rows
    }
}

impl Receipted for TeamDeleted {
    const KIND: &'static str = "team";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let slug = &self.team.slug;
        let mut rows = vec![Receipt::new(action, "team", org, slug, format!("name={}", self.team.name))];
        for m in &self.team.members {
            rows.push(Receipt::new(action, "team_member", org, format!("{slug}/{m}"), ""));
        }
        for d in &self.grants {
            rows.push(Receipt::new(action, "grant", org, format!("{d}/team {slug}"), ""));
        }
        for k in &self.connector_grants {
            rows.push(Receipt::new(action, "connector_grant", org, format!("{k}/team {slug}"), ""));
        }
        for id in &self.invites {
            rows.push(Receipt::new(Outcome::Updated, "invite", org, id.to_string(), format!("team {slug} dropped")));
        }
        rows
    }
}

/// What deleting a team takes along, as a sentence.
fn team_cascade(d: &TeamDeleted) -> String {
    let mut parts = Vec::new();
    if !d.team.members.is_empty() {
        parts.push(format!("{} membership(s): {}", d.team.members.len(), d.team.members.join(", ")));
    }
    if !d.grants.is_empty() {
        parts.push(format!("its grants on dashboards {}", d.grants.join(", ")));
    }
    if !d.connector_grants.is_empty() {
        parts.push(format!("its grants to use connectors {}", d.connector_grants.join(", ")));
    }
    if !d.invites.is_empty() {
        let list: Vec<String> = d.invites.iter().map(i64::to_string).collect();
        parts.push(format!("its place in pending invites {}", list.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(", with {}", parts.join("; "))
    }
}

impl Row for TeamDetail {
    const HEADERS: &'static [&'static str] = &["slug", "name", "description", "members", "dashboards"];
    fn cells(&self) -> Vec<String> {
        let dashboards: Vec<String> = self.dashboards.iter().map(|d| format!("{}:{}", d.slug, d.permission)).collect();
        let members: Vec<String> = self
            .members
            .iter()
            .map(|m| match m.role {
                TeamRole::Maintainer => format!("{} (maintainer)", m.email),
                TeamRole::Member => m.email.clone(),
            })
            .collect();
        vec![self.slug.clone(), self.name.clone(), opt(&self.description), joined(&members), joined(&dashboards)]
    }
}

impl Receipted for TeamDetail {
    const KIND: &'static str = "team";
}

pub fn run(env: &mut Env, cmd: TeamCommand) -> Result<()> {
    match cmd {
        TeamCommand::Create(a) => team_create(env, a),
        TeamCommand::List(a) => team_list(env, a),
        TeamCommand::Show(a) => team_show(env, a),
        TeamCommand::Edit(a) => team_edit(env, a),
        TeamCommand::Delete(a) => team_delete(env, a),
        TeamCommand::Add(a) => {
            let terms = Terms { expires: a.expires, reason: a.reason };
            team_members(env, a.slug, a.emails, Some(terms), false, false)
        }
        TeamCommand::SetRole(a) => team_set_role(env, a),
        TeamCommand::Remove(a) => team_members(env, a.slug, a.emails, None, a.dry_run, a.force),
    }
}

fn team_create(env: &mut Env, a: TeamCreateArgs) -> Result<()> {
    let description = a.description.as_deref().map(parse_description).transpose()?.flatten();
    let who = env.who()?;
    let c = ops::team::create(env.store()?, &who, &a.slug, a.name.as_ref(), description.as_deref())?;
    let org = c.org.clone().unwrap_or_default();
    env.out.change(&c, &format!("Created team {} ({}) in {org}", c.item.slug, c.item.name))
}

fn team_list(env: &mut Env, a: TeamListArgs) -> Result<()> {
    let who = env.who()?;
    let mut teams = ops::team::summaries(env.store()?, &who)?;
    teams.truncate(a.limit.unwrap_or(usize::MAX));
    env.out.list(&teams)
}

fn team_show(env: &mut Env, a: TeamSlugArg) -> Result<()> {
    let who = env.who()?;
    let team = ops::team::show(env.store()?, &who, &a.slug)?;
    env.out.item(&team)
}

fn team_edit(env: &mut Env, a: TeamEditArgs) -> Result<()> {
    if a.name.is_none() && a.description.is_none() {
        return Err(crate::cli::error::nothing_to_change("`--name` or `--description`"));
    }
    let description = a.description.as_deref().map(parse_description).transpose()?;
    let who = env.who()?;
    let c = ops::team::edit(env.store()?, &who, &a.slug, a.name.as_ref(), description.as_ref().map(|d| d.as_deref()))?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Team {} in {org} is unchanged", a.slug),
        _ => format!("Updated team {} in {org}", a.slug),
    };
    env.out.change(&c, &msg)
}

fn team_delete(env: &mut Env, a: TeamDeleteArgs) -> Result<()> {
    let who = env.who()?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if a.dry_run {
        let c = ops::team::delete(env.store()?, &who, &a.slug, true)?;
        return env.out.change(&c, &format!("Would delete team {} from {org}{}", a.slug, team_cascade(&c.item)));
    }
    if !env.prompt.yes {
        // Only someone allowed to delete is asked, and is told what goes with it.
        let preview = ops::team::delete(env.store()?, &who, &a.slug, true)?;
        env.prompt.confirm(
            &format!("deleting team {}", a.slug),
            &format!("Delete team {} from {org}{}?", a.slug, team_cascade(&preview.item)),
        )?;
    }
    let c = ops::team::delete(env.store()?, &who, &a.slug, false)?;
    env.out.change(&c, &format!("Deleted team {} from {org}{}", a.slug, team_cascade(&c.item)))
}

fn team_set_role(env: &mut Env, a: TeamSetRoleArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::team::set_role(env.store()?, &who, &a.slug, &a.email, a.role)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already {} of team {} in {org} (unchanged)", a.email, a.role, a.slug),
        _ => format!("{} is now {} of team {} in {org}", a.email, a.role, a.slug),
    };
    env.out.change(&c, &msg)
}

fn team_members(
    env: &mut Env,
    slug: Slug,
    emails: Vec<Email>,
    terms: Option<Terms>,
    dry_run: bool,
    force: bool,
) -> Result<()> {
    let add = terms.is_some();
    let a = TeamMembersArgs { slug, emails };
    let who = env.who()?;
    let store = env.store()?;
    let c = if let Some(terms) = &terms {
        ops::team::add(store, &who, &a.slug, &a.emails, terms)?
    } else {
        ops::team::remove(store, &who, &a.slug, &a.emails, dry_run, force)?
    };
    let org = c.org.clone().unwrap_or_default();
    let verb = if dry_run {
        "Would remove"
    } else if add {
        "Added"
    } else {
        "Removed"
    };
    let prep = if add { "to" } else { "from" };
    let mut msg = if c.item.changed.is_empty() {
        format!("Team {} in {org} is unchanged", a.slug)
    } else {
        format!("{verb} {} {prep} team {} in {org}", c.item.changed.join(", "), a.slug)
    };
    if !c.item.changed.is_empty() && !c.item.unchanged.is_empty() {
        msg.push_str(&format!(" ({} unchanged)", c.item.unchanged.join(", ")));
    }
    env.out.change(&c, &msg)
}
