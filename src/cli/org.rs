//! `orgctl org create | list | show | switch | edit | delete | leave`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{Receipt, Receipted, Row};
use crate::error::Result;
use crate::model::{Name, Slug};
use crate::ops::org::{OrgDeleted, OrgView};
use crate::ops::{self, Change, Outcome};

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an org; you become its admin, and it becomes current if none is
    #[command(after_help = "Example:\n  orgctl org create acme --name \"Acme Inc\"")]
    Create(OrgCreateArgs),
    /// List your orgs by slug, your role in each, the current one marked
    #[command(after_help = "Example:\n  orgctl org list")]
    List(OrgListArgs),
    /// Show an org you belong to [default: the current one]
    #[command(after_help = "Example:\n  orgctl org show acme --json")]
    Show(OrgSlugArg),
    /// Make an org current (you must be a member)
    #[command(after_help = "Example:\n  orgctl org switch acme")]
    Switch(OrgSwitchArgs),
    /// Rename an org (admins)
    #[command(after_help = "Example:\n  orgctl org edit acme --name \"Acme Corporation\"")]
    Edit(OrgEditArgs),
    /// Delete an org and everything in it (admins; asks for the slug to be typed)
    #[command(after_help = "Examples:\n  orgctl org delete acme --dry-run\n  orgctl org delete acme --yes")]
    Delete(OrgDeleteArgs),
    /// Leave an org (not as its last admin; asks first)
    ///
    /// Dashboards you own stay in the org without an owner (admins manage
    /// them), or go to `--transfer-to`; your private chats in the org are
    /// deleted, and the pending invites you sent are revoked.
    #[command(
        after_help = "Examples:\n  orgctl org leave acme --dry-run\n  orgctl org leave acme --transfer-to alice@example.com --yes"
    )]
    Leave(OrgLeaveArgs),
    /// Show the current org's security settings, each with its source (admins); `set` changes them
    #[command(
        after_help = "Examples:\n  orgctl org security\n  orgctl org security --json\n  orgctl org security set --allowed-domains example.com --connector-access granted\n\nSettings:\n  allowed-domains      email domains allowed to join (empty: any)\n  invite-max-lifetime  the longest --expires an invite may have (default 365d)\n  member-dashboards    whether members may create dashboards (default on)\n  connector-access     open (every member uses every connector, the default) or granted"
    )]
    Security(crate::cli::security::OrgSecurityArgs),
}

#[derive(Debug, Args)]
pub struct OrgCreateArgs {
    /// The org's slug: 1-40 of a-z 0-9 -
    pub slug: Slug,
    /// Display name [default: the slug]
    #[arg(long)]
    pub name: Option<Name>,
}

#[derive(Debug, Args)]
pub struct OrgSlugArg {
    /// The org's slug [default: the current org]
    pub slug: Option<Slug>,
}

#[derive(Debug, Args)]
pub struct OrgSwitchArgs {
    /// The org's slug
    pub slug: Slug,
}

#[derive(Debug, Args)]
pub struct OrgListArgs {
    /// At most this many orgs
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct OrgDeleteArgs {
    /// The org's slug
    pub slug: Slug,
    /// Print everything that would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct OrgLeaveArgs {
    /// The org's slug [default: the current org]
    pub slug: Option<Slug>,
    /// Hand the dashboards you own to this member instead of leaving them ownerless
    #[arg(long, value_name = "EMAIL")]
    pub transfer_to: Option<crate::model::Email>,
    /// Print what leaving would remove and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct OrgEditArgs {
    /// The org's slug [default: the current org]
    pub slug: Option<Slug>,
    /// The new display name
    #[arg(long)]
    pub name: Name,
}

impl crate::cli::output::Receipted for OrgView {
    const KIND: &'static str = "org";
    fn details(&self) -> String {
        format!("name={}", self.name)
    }
}

impl Receipted for OrgDeleted {
    const KIND: &'static str = "org";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let mut rows = vec![Receipt::new(action, "org", org, &self.org.slug, format!("chats={}", self.chats_deleted))];
        rows.extend(self.members.iter().map(|m| Receipt::new(action, "member", org, m, "")));
        rows.extend(self.teams.iter().map(|t| Receipt::new(action, "team", org, t, "")));
        rows.extend(self.dashboards.iter().map(|d| Receipt::new(action, "dashboard", org, d, "")));
        rows.extend(self.connectors.iter().map(|k| Receipt::new(action, "connector", org, k, "")));
        rows.extend(self.invites.iter().map(|i| Receipt::new(action, "invite", org, &i.email, format!("id={}", i.id))));
        rows
    }
}

/// "3 member(s), 1 team(s), ..." for a prompt and a receipt.
fn org_cascade(d: &OrgDeleted) -> String {
    format!(
        "{} member(s), {} team(s), {} dashboard(s), {} connector(s), {} pending invite(s), {} chat(s)",
        d.members.len(),
        d.teams.len(),
        d.dashboards.len(),
        d.connectors.len(),
        d.invites.len(),
        d.chats_deleted
    )
}

impl Row for OrgView {
    const HEADERS: &'static [&'static str] = &["slug", "name", "role", "current"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.name.clone(),
            self.role.to_string(),
            if self.current { "*".into() } else { String::new() },
        ]
    }
}

pub fn run(env: &mut Env, cmd: OrgCommand) -> Result<()> {
    match cmd {
        OrgCommand::Create(a) => org_create(env, a),
        OrgCommand::List(a) => org_list(env, a),
        OrgCommand::Show(a) => org_show(env, a),
        OrgCommand::Switch(a) => org_switch(env, a),
        OrgCommand::Edit(a) => org_edit(env, a),
        OrgCommand::Delete(a) => org_delete(env, a),
        OrgCommand::Leave(a) => org_leave(env, a),
        OrgCommand::Security(a) => crate::cli::security::run(env, a),
    }
}

fn org_create(env: &mut Env, a: OrgCreateArgs) -> Result<()> {
    let who = env.who()?;
    let mut c = ops::org::create(env.store()?, &who, &a.slug, a.name.as_ref())?;
    let actor = who.user.as_ref().map(|u| u.value.to_string()).unwrap_or_default();
    let adopted = who.org.is_none() && env.adopt_org_if_none(&actor, a.slug.as_str())?;
    c.item.current = c.item.current || adopted;
    let mut msg = format!("Created org {} ({}) with {actor} as admin", c.item.slug, c.item.name);
    if adopted {
        msg.push_str("; it is now the current org");
    }
    env.out.change(&c, &msg)
}

fn org_list(env: &mut Env, a: OrgListArgs) -> Result<()> {
    let who = env.who()?;
    let orgs = ops::org::list(env.store()?, &who)?;
    env.out.list_limited(&orgs, a.limit)
}

fn org_show(env: &mut Env, a: OrgSlugArg) -> Result<()> {
    let who = env.who()?;
    let org = ops::org::show(env.store()?, &who, a.slug.as_ref())?;
    env.out.item(&org)
}

fn org_switch(env: &mut Env, a: OrgSwitchArgs) -> Result<()> {
    let who = env.who()?;
    let mut org = ops::org::switch(env.store()?, &who, &a.slug)?;
    let old = env.context().unwrap_or_default();
    let mut ctx = old.clone();
    if let Some(u) = &who.user {
        ctx.user = Some(u.value.to_string());
    }
    ctx.org = Some(a.slug.to_string());
    ctx.org_id = env.org_id(a.slug.as_str())?;
    let outcome = env.replace_context(&old, &ctx)?;
    org.current = true;
    let message = match outcome {
        Outcome::Unchanged => format!("Already in {} as {} (unchanged)", org.slug, org.role),
        _ => format!("Switched to {} as {}", org.slug, org.role),
    };
    env.out.change(&Change::new(outcome, None, org), &message)
}

fn org_edit(env: &mut Env, a: OrgEditArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::org::edit(env.store()?, &who, a.slug.as_ref(), &a.name)?;
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Org {} is already named {} (unchanged)", c.item.slug, c.item.name),
        _ => format!("Renamed org {} to {}", c.item.slug, c.item.name),
    };
    env.out.change(&c, &msg)
}

fn org_delete(env: &mut Env, a: OrgDeleteArgs) -> Result<()> {
    let who = env.who()?;
    if a.dry_run {
        let c = ops::org::delete(env.store()?, &who, &a.slug, true)?;
        return env.out.change(&c, &format!("Would delete org {} with {}", a.slug, org_cascade(&c.item)));
    }
    if !env.prompt.yes {
        // Only someone allowed to delete is asked, and is told what goes with it.
        let preview = ops::org::delete(env.store()?, &who, &a.slug, true)?;
        env.prompt.confirm_typed(
            &format!("deleting org {}", a.slug),
            &format!(
                "This deletes org {} and everything in it: {}. Type its slug to confirm",
                a.slug,
                org_cascade(&preview.item)
            ),
            a.slug.as_str(),
        )?;
    }
    let c = ops::org::delete(env.store()?, &who, &a.slug, false)?;
    if let Some(u) = &who.user {
        env.forget_org(u.value.as_str(), a.slug.as_str())?;
    }
    env.out.change(&c, &format!("Deleted org {} and everything in it: {}", a.slug, org_cascade(&c.item)))
}

fn org_leave(env: &mut Env, a: OrgLeaveArgs) -> Result<()> {
    let who = env.who()?;
    let went = crate::cli::member::went_with;
    if a.dry_run {
        let c = ops::org::leave(env.store()?, &who, a.slug.as_ref(), a.transfer_to.as_ref(), true)?;
        let org = c.org.clone().unwrap_or_default();
        return env.out.change(&c, &format!("{} would leave {org}{}", c.item.email, went(&c.item)));
    }
    if !env.prompt.yes {
        let preview = ops::org::leave(env.store()?, &who, a.slug.as_ref(), a.transfer_to.as_ref(), true)?;
        let org = preview.org.clone().unwrap_or_default();
        env.prompt.confirm(&format!("leaving {org}"), &format!("Leave {org}{}?", went(&preview.item)))?;
    }
    let c = ops::org::leave(env.store()?, &who, a.slug.as_ref(), a.transfer_to.as_ref(), false)?;
    let org = c.org.clone().unwrap_or_default();
    env.forget_org(&c.item.email, &org)?;
    env.out.change(&c, &format!("{} left {org}{}", c.item.email, went(&c.item)))
}
