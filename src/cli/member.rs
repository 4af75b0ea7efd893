//! `orgctl member list | add | remove | set-role`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{joined, Row};
use crate::error::Result;
use crate::model::{Email, Role, Slug};
use crate::ops::member::Removed;
use crate::ops::{self, Outcome};
use crate::store::members::Member;

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// List the members of the current org
    #[command(
        after_help = "Examples:\n  orgctl member list\n  orgctl member list --role admin --json\n  orgctl member list --team engineering"
    )]
    List(MemberListArgs),
    /// Add an existing user to the current org (admins); the same role again is no error
    #[command(after_help = "Example:\n  orgctl member add bob@example.com --role member")]
    Add(MemberAddArgs),
    /// Remove a member, with their team memberships and direct grants (admins; asks first)
    #[command(after_help = "Example:\n  orgctl member remove bob@example.com --yes")]
    Remove(MemberEmailArg),
    /// Change a member's role (admins); the last admin cannot be demoted
    #[command(after_help = "Example:\n  orgctl member set-role bob@example.com admin")]
    SetRole(MemberSetRoleArgs),
}

#[derive(Debug, Args)]
pub struct MemberListArgs {
    /// Only members with this role
    #[arg(long, value_parser = args::role())]
    pub role: Option<Role>,
    /// Only members of this team
    #[arg(long, value_parser = args::slug(), value_name = "SLUG")]
    pub team: Option<Slug>,
}

#[derive(Debug, Args)]
pub struct MemberAddArgs {
    /// The user's email (the user must exist)
    #[arg(value_parser = args::email())]
    pub email: Email,
    /// The member's role
    #[arg(long, value_parser = args::role(), default_value = "member")]
    pub role: Role,
}

#[derive(Debug, Args)]
pub struct MemberEmailArg {
    /// The member's email
    #[arg(value_parser = args::email())]
    pub email: Email,
}

#[derive(Debug, Args)]
pub struct MemberSetRoleArgs {
    /// The member's email
    #[arg(value_parser = args::email())]
    pub email: Email,
    /// The new role
    #[arg(value_parser = args::role())]
    pub role: Role,
}

impl Row for Member {
    const HEADERS: &'static [&'static str] = &["email", "name", "role", "teams", "joined_at"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.name.clone(), self.role.to_string(), joined(&self.teams), self.joined_at.clone()]
    }
}

pub fn run(env: &mut Env, cmd: MemberCommand) -> Result<()> {
    match cmd {
        MemberCommand::List(a) => member_list(env, a),
        MemberCommand::Add(a) => member_add(env, a),
        MemberCommand::Remove(a) => member_remove(env, a),
        MemberCommand::SetRole(a) => member_set_role(env, a),
    }
}

fn member_list(env: &mut Env, a: MemberListArgs) -> Result<()> {
    let who = env.who()?;
    let (store, out) = env.store_and_out()?;
    let mut w = out.stream::<Member>();
    ops::member::list(store, &who, a.role, a.team.as_ref(), &mut |m| w.push(&m))?;
    w.finish()
}

fn member_add(env: &mut Env, a: MemberAddArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::member::add(env.store()?, &who, &a.email, a.role)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already a member of {org} as {} (unchanged)", a.email, c.item.role),
        _ => format!("Added {} to {org} as {}", a.email, c.item.role),
    };
    env.out.change(&c, &msg)
}

/// " (also removed from teams a, b; direct grants on x dropped)", or nothing.
pub fn went_with(r: &Removed) -> String {
    let mut parts = Vec::new();
    if !r.teams.is_empty() {
        parts.push(format!("removed from teams {}", r.teams.join(", ")));
    }
    if !r.grants.is_empty() {
        parts.push(format!("direct grants dropped on {}", r.grants.join(", ")));
    }
    if !r.connector_grants.is_empty() {
        parts.push(format!("grants to use connectors dropped on {}", r.connector_grants.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

fn member_remove(env: &mut Env, a: MemberEmailArg) -> Result<()> {
    let who = env.who()?;
    ops::member::precheck_remove(env.store()?, &who, &a.email)?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    env.prompt.confirm(
        &format!("removing {} from {org}", a.email),
        &format!("Remove {} from {org}, with their team memberships and grants?", a.email),
    )?;
    let c = ops::member::remove(env.store()?, &who, &a.email)?;
    env.out.change(&c, &format!("Removed {} from {org}{}", a.email, went_with(&c.item)))
}

fn member_set_role(env: &mut Env, a: MemberSetRoleArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::member::set_role(env.store()?, &who, &a.email, a.role)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already {} of {org} (unchanged)", a.email, a.role),
        _ => format!("{} is now {} of {org}", a.email, a.role),
    };
    env.out.change(&c, &msg)
}
