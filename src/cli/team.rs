//! `orgctl team create | list | show | edit | delete | add | remove`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{joined, opt, Row};
use crate::error::Result;
use crate::model::{parse_description, Email, Name, Slug};
use crate::ops::team::TeamDetail;
use crate::ops::{self, Outcome};
use crate::policy::Action;
use crate::store::teams::TeamView;

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Create a team (admins)
    #[command(
        after_help = "Example:\n  orgctl team create engineering --name Engineering --description \"Builds the product\""
    )]
    Create(TeamCreateArgs),
    /// List the org's teams
    #[command(after_help = "Example:\n  orgctl team list")]
    List,
    /// Show a team's members and the dashboards granted to it
    #[command(after_help = "Example:\n  orgctl team show engineering --json")]
    Show(TeamSlugArg),
    /// Change a team's name or description (admins)
    #[command(after_help = "Example:\n  orgctl team edit engineering --description \"Builds and runs the product\"")]
    Edit(TeamEditArgs),
    /// Delete a team (admins; asks first)
    #[command(after_help = "Example:\n  orgctl team delete engineering --yes")]
    Delete(TeamSlugArg),
    /// Add org members to a team, all or nothing (admins); those already in it are no error
    #[command(after_help = "Example:\n  orgctl team add engineering bob@example.com carol@example.com")]
    Add(TeamMembersArgs),
    /// Remove members from a team, all or nothing (admins)
    #[command(after_help = "Example:\n  orgctl team remove engineering bob@example.com")]
    Remove(TeamMembersArgs),
}

#[derive(Debug, Args)]
pub struct TeamCreateArgs {
    /// The team's slug, unique in the org
    #[arg(value_parser = args::slug())]
    pub slug: Slug,
    /// Display name [default: the slug]
    #[arg(long, value_parser = args::name())]
    pub name: Option<Name>,
    /// What the team does
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TeamSlugArg {
    /// The team's slug
    #[arg(value_parser = args::slug())]
    pub slug: Slug,
}

#[derive(Debug, Args)]
pub struct TeamEditArgs {
    /// The team's slug
    #[arg(value_parser = args::slug())]
    pub slug: Slug,
    /// The new display name
    #[arg(long, value_parser = args::name())]
    pub name: Option<Name>,
    /// The new description (an empty one clears it)
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TeamMembersArgs {
    /// The team's slug
    #[arg(value_parser = args::slug())]
    pub slug: Slug,
    /// Members' emails
    #[arg(required = true, value_parser = args::email())]
    pub emails: Vec<Email>,
}

impl Row for TeamView {
    const HEADERS: &'static [&'static str] = &["slug", "name", "description", "members"];
    fn cells(&self) -> Vec<String> {
        vec![self.slug.clone(), self.name.clone(), opt(&self.description), joined(&self.members)]
    }
}

impl Row for TeamDetail {
    const HEADERS: &'static [&'static str] = &["slug", "name", "description", "members", "dashboards"];
    fn cells(&self) -> Vec<String> {
        let dashboards: Vec<String> = self.dashboards.iter().map(|d| format!("{}:{}", d.slug, d.permission)).collect();
        let mut cells = self.team.cells();
        cells.push(joined(&dashboards));
        cells
    }
}

pub fn run(env: &mut Env, cmd: TeamCommand) -> Result<()> {
    match cmd {
        TeamCommand::Create(a) => team_create(env, a),
        TeamCommand::List => team_list(env),
        TeamCommand::Show(a) => team_show(env, a),
        TeamCommand::Edit(a) => team_edit(env, a),
        TeamCommand::Delete(a) => team_delete(env, a),
        TeamCommand::Add(a) => team_members(env, a, true),
        TeamCommand::Remove(a) => team_members(env, a, false),
    }
}

fn team_create(env: &mut Env, a: TeamCreateArgs) -> Result<()> {
    let description = a.description.as_deref().map(parse_description).transpose()?.flatten();
    let who = env.who()?;
    let c = ops::team::create(env.store()?, &who, &a.slug, a.name.as_ref(), description.as_deref())?;
    let org = c.org.clone().unwrap_or_default();
    env.out.change(&c, &format!("Created team {} ({}) in {org}", c.item.slug, c.item.name))
}

fn team_list(env: &mut Env) -> Result<()> {
    let who = env.who()?;
    let teams = ops::team::list(env.store()?, &who)?;
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

fn team_delete(env: &mut Env, a: TeamSlugArg) -> Result<()> {
    let who = env.who()?;
    ops::org::precheck(env.store()?, &who, None, Action::ManageTeams)?;
    ops::team::show(env.store()?, &who, &a.slug)?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    env.prompt.confirm(&format!("deleting team {}", a.slug), &format!("Delete team {} from {org}?", a.slug))?;
    let c = ops::team::delete(env.store()?, &who, &a.slug)?;
    let mut parts = Vec::new();
    if !c.item.grants.is_empty() {
        parts.push(format!("its grants dropped on dashboards {}", c.item.grants.join(", ")));
    }
    if !c.item.connector_grants.is_empty() {
        parts.push(format!("its grants to use connectors dropped on {}", c.item.connector_grants.join(", ")));
    }
    let went = if parts.is_empty() { String::new() } else { format!(" ({})", parts.join("; ")) };
    env.out.change(&c, &format!("Deleted team {} from {org}{went}", a.slug))
}

fn team_members(env: &mut Env, a: TeamMembersArgs, add: bool) -> Result<()> {
    let who = env.who()?;
    let store = env.store()?;
    let c = if add {
        ops::team::add(store, &who, &a.slug, &a.emails)?
    } else {
        ops::team::remove(store, &who, &a.slug, &a.emails)?
    };
    let org = c.org.clone().unwrap_or_default();
    let verb = if add { "Added" } else { "Removed" };
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
