//! `orgctl member list | add | remove | set-role`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{joined, Receipt, Receipted, Row};
use crate::error::Result;
use crate::model::{Email, Expiry, Role, Slug};
use crate::ops::lifecycle::StateChanges;
use crate::ops::member::{Removals, RemoveOptions, Removed, RoleChange};
use crate::ops::terms::Terms;
use crate::ops::views::MemberView as Member;
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// List the members of the current org, by email
    #[command(
        after_help = "Examples:\n  orgctl member list\n  orgctl member list --role admin --json\n  orgctl member list --team engineering"
    )]
    List(MemberListArgs),
    /// Add an existing user to the current org (admins); the same role again is no error
    #[command(after_help = "Example:\n  orgctl member add bob@example.com --role member")]
    Add(MemberAddArgs),
    /// Remove members, all or nothing, with their team memberships, grants, chats and sent invites (admins; asks first)
    ///
    /// Dashboards they own stay in the org: ownerless (admins manage them), or
    /// handed to `--transfer-to`. Their private chats in the org are deleted,
    /// and the pending invites they sent are revoked. Adding them back gives
    /// back none of it.
    #[command(
        after_help = "Examples:\n  orgctl member remove bob@example.com --yes\n  orgctl member remove bob@example.com carol@example.com --transfer-to alice@example.com --yes\n  orgctl member remove bob@example.com --dry-run\n  orgctl member remove bob@example.com --ignore-missing --yes"
    )]
    Remove(MemberRemoveArgs),
    /// Change a member's role (admins); the last admin cannot be demoted
    ///
    /// With `--expires` the role is temporary and falls back to the current
    /// role when it ends. Every org keeps at least one admin whose admin role
    /// does not expire (exit 5 otherwise).
    #[command(
        after_help = "Examples:\n  orgctl member set-role bob@example.com admin\n  orgctl member set-role bob@example.com admin --expires 2h --reason \"incident 42\""
    )]
    SetRole(MemberSetRoleArgs),
    /// Suspend members (admins): they keep role, teams, grants, dashboards and chats, but can do nothing in the org
    ///
    /// While suspended, every check answers for them as for a non-member, and
    /// they are told `you are suspended in ORG since TIME (reason)` (exit 4).
    /// `--until` ends the suspension on its own. The last active admin cannot
    /// be suspended (exit 5). All or nothing.
    #[command(
        after_help = "Examples:\n  orgctl member suspend bob@example.com --reason \"laptop stolen\"\n  orgctl member suspend bob@example.com --until 7d"
    )]
    Suspend(MemberSuspendArgs),
    /// A member's role, state, expiry, teams (with maintainer) and everything they can view, edit or use, with the reason
    ///
    /// Admins may show anyone in the org; anyone may show themselves. The
    /// access rows come from the same policy as `can-i`.
    #[command(
        after_help = "Examples:\n  orgctl member show bob@example.com\n  orgctl member show bob@example.com --json"
    )]
    Show(MemberShowArgs),
    /// End members' suspension (admins): everything they held is theirs again
    #[command(after_help = "Example:\n  orgctl member reactivate bob@example.com")]
    Reactivate(MemberReactivateArgs),
}

#[derive(Debug, Args)]
pub struct MemberSuspendArgs {
    /// The members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
    /// Why, shown to them and in the audit log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// End the suspension then: an RFC 3339 time or a duration from now (`7d`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub until: Option<Expiry>,
}

#[derive(Debug, Args)]
pub struct MemberShowArgs {
    /// The member's email
    pub email: Email,
}

#[derive(Debug, Args)]
pub struct MemberReactivateArgs {
    /// The members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
}

#[derive(Debug, Args)]
pub struct MemberListArgs {
    /// Only members with this role
    #[arg(long)]
    pub role: Option<Role>,
    /// Only members of this team
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// At most this many members
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct MemberAddArgs {
    /// The user's email (the user must exist)
    pub email: Email,
    /// The member's role: admin, member or guest (a guest sees only what is shared with them)
    #[arg(long, default_value = "member")]
    pub role: Role,
    /// End the membership then: an RFC 3339 time or a duration from now (`90d`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<Expiry>,
    /// Why they are a member (shown by `member show` and `member list --json`)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct MemberRemoveArgs {
    /// The members' emails
    #[arg(required = true)]
    pub emails: Vec<Email>,
    /// A non-member (or unknown user) is reported `unchanged` instead of failing (exit 3)
    #[arg(long)]
    pub ignore_missing: bool,
    /// Hand the dashboards they own to this member instead of leaving them ownerless
    #[arg(long, value_name = "EMAIL")]
    pub transfer_to: Option<Email>,
    /// Print what would be removed, cascades included, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also remove members a directory sync manages (refused otherwise, exit 5)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct MemberSetRoleArgs {
    /// The member's email
    pub email: Email,
    /// The new role
    pub role: Role,
    /// Change the role of a member a directory sync manages (refused otherwise, exit 5)
    #[arg(long)]
    pub force: bool,
    /// Make the role temporary: it falls back to the current role then (an RFC 3339 time or a duration, `2h`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<Expiry>,
    /// Why the role is given
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

impl Row for Member {
    const HEADERS: &'static [&'static str] = &["email", "name", "role", "teams", "joined_at"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.name.clone(), self.role.to_string(), joined(&self.teams), self.joined_at.clone()]
    }
}

impl Receipted for Member {
    const KIND: &'static str = "member";
    fn details(&self) -> String {
        format!("role={}", self.role)
    }
}

impl Receipted for RoleChange {
    const KIND: &'static str = "member";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let mut rows =
            vec![Receipt::new(action, "member", org, &self.member.email, format!("role={}", self.member.role))];
        for i in &self.invites_revoked {
            rows.push(Receipt::new(Outcome::Updated, "invite", org, &i.email, format!("id={} state=revoked", i.id)));
        }
        rows
    }
}

/// One row per change a membership's end made: the membership, each team
/// membership, each direct grant, each owned dashboard, the chats, each invite.
pub fn removed_rows(r: &Removed, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
    let mut rows = vec![Receipt::new(action, "member", org, &r.email, format!("role={}", r.role))];
    for t in &r.teams {
        rows.push(Receipt::new(action, "team_member", org, format!("{t}/{}", r.email), ""));
    }
    for d in &r.grants {
        rows.push(Receipt::new(action, "grant", org, format!("{d}/user {}", r.email), ""));
    }
    for k in &r.connector_grants {
        rows.push(Receipt::new(action, "connector_grant", org, format!("{k}/user {}", r.email), ""));
    }
    for d in &r.dashboards {
        let owner = r.transferred_to.as_deref().unwrap_or("-");
        rows.push(Receipt::new(Outcome::Updated, "dashboard", org, d, format!("owner={owner}")));
    }
    if r.chats_deleted > 0 {
        rows.push(Receipt::new(action, "chat", org, &r.email, format!("count={}", r.chats_deleted)));
    }
    for i in &r.invites_revoked {
        rows.push(Receipt::new(Outcome::Updated, "invite", org, &i.email, format!("id={} state=revoked", i.id)));
    }
    rows
}

impl Receipted for Removed {
    const KIND: &'static str = "member";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        removed_rows(self, action, org)
    }
}

impl Receipted for Removals {
    const KIND: &'static str = "member";
    fn receipts(&self, _action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let mut rows: Vec<Receipt> = self.removed.iter().flat_map(|r| removed_rows(r, Outcome::Deleted, org)).collect();
        rows.extend(self.unchanged.iter().map(|e| Receipt::new(Outcome::Unchanged, "member", org, e, "not a member")));
        rows
    }
}

pub fn run(env: &mut Env, cmd: MemberCommand) -> Result<()> {
    match cmd {
        MemberCommand::List(a) => member_list(env, a),
        MemberCommand::Add(a) => member_add(env, a),
        MemberCommand::Remove(a) => member_remove(env, a),
        MemberCommand::SetRole(a) => member_set_role(env, a),
        MemberCommand::Suspend(a) => member_suspend(env, a),
        MemberCommand::Reactivate(a) => member_reactivate(env, a),
        MemberCommand::Show(a) => member_show(env, a),
    }
}

fn member_show(env: &mut Env, a: MemberShowArgs) -> Result<()> {
    let who = env.who()?;
    let m = ops::lifecycle::show(env.store()?, &who, &a.email)?;
    if env.out.is_json() {
        return env.out.json(&m);
    }
    let teams: Vec<String> = m.teams.iter().map(|t| format!("{}:{}", t.slug, t.role)).collect();
    let mut rows = vec![
        ShowRow::new("member", &m.email, &m.role.to_string(), &format!("state={}", m.state)),
        ShowRow::new("expires", &m.email, m.expires.as_deref().unwrap_or("-"), m.reason.as_deref().unwrap_or("")),
        ShowRow::new("teams", &m.email, &teams.join(","), ""),
    ];
    for x in &m.access {
        rows.push(ShowRow::new(x.kind, &x.target, x.permission, &x.reason));
    }
    env.out.list(&rows)
}

/// One line of `member show` as a table: kind, target, permission, reason
/// (the membership itself first, then every dashboard and connector).
#[derive(serde::Serialize)]
struct ShowRow {
    kind: String,
    target: String,
    permission: String,
    reason: String,
}

impl ShowRow {
    fn new(kind: &str, target: &str, permission: &str, reason: &str) -> ShowRow {
        ShowRow { kind: kind.into(), target: target.into(), permission: permission.into(), reason: reason.into() }
    }
}

impl Row for ShowRow {
    const HEADERS: &'static [&'static str] = &["kind", "target", "permission", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.kind.clone(), self.target.clone(), self.permission.clone(), self.reason.clone()]
    }
}

impl Receipted for StateChanges {
    const KIND: &'static str = "member";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        self.members
            .iter()
            .map(|m| Receipt::new(action, "member", org, &m.email, format!("state={}", m.state)))
            .collect()
    }
}

fn state_message(c: &ops::Change<StateChanges>, doing: &str) -> String {
    let org = c.org.clone().unwrap_or_default();
    let emails: Vec<&str> = c.item.members.iter().map(|m| m.email.as_str()).collect();
    match c.outcome {
        Outcome::Unchanged => format!("{} already {doing} in {org} (unchanged)", emails.join(", ")),
        _ => format!("{} {doing} in {org}", emails.join(", ")),
    }
}

fn member_suspend(env: &mut Env, a: MemberSuspendArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::lifecycle::suspend(env.store()?, &who, &a.emails, a.reason.as_deref(), a.until)?;
    env.out.change(&c, &state_message(&c, "suspended"))
}

fn member_reactivate(env: &mut Env, a: MemberReactivateArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::lifecycle::reactivate(env.store()?, &who, &a.emails)?;
    env.out.change(&c, &state_message(&c, "reactivated"))
}

fn member_list(env: &mut Env, a: MemberListArgs) -> Result<()> {
    let who = env.who()?;
    let (store, out) = env.store_and_out()?;
    let mut w = out.stream_limited::<Member>(a.limit);
    ops::member::list(store, &who, a.role, a.team.as_ref(), &mut |m| w.push(&m))?;
    w.finish()
}

fn member_add(env: &mut Env, a: MemberAddArgs) -> Result<()> {
    let who = env.who()?;
    let terms = Terms { expires: a.expires, reason: a.reason.clone() };
    let c = ops::member::add(env.store()?, &who, &a.email, a.role, &terms)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already a member of {org} as {} (unchanged)", a.email, c.item.role),
        _ => format!("Added {} to {org} as {}", a.email, c.item.role),
    };
    env.out.change(&c, &msg)
}

/// What went with a membership, as a phrase: " (removed from teams a, b;
/// direct grants dropped on x; ...)", or nothing.
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
    if !r.dashboards.is_empty() {
        let to = match &r.transferred_to {
            Some(to) => format!("now owned by {to}"),
            None => "now ownerless, managed by admins".to_string(),
        };
        parts.push(format!("owned dashboards {} {to}", r.dashboards.join(", ")));
    }
    if r.chats_deleted > 0 {
        parts.push(format!("{} private chat(s) deleted", r.chats_deleted));
    }
    if !r.invites_revoked.is_empty() {
        let list: Vec<String> = r.invites_revoked.iter().map(|i| format!("{} ({})", i.id, i.email)).collect();
        parts.push(format!("pending invites they sent revoked: {}", list.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

/// The sentence of a `member remove` (`verb`: "Removed", "Would remove", or
/// "Remove" for the question).
fn removals_message(r: &Removals, org: &str, verb: &str) -> String {
    let mut lines: Vec<String> =
        r.removed.iter().map(|m| format!("{verb} {} from {org}{}", m.email, went_with(m))).collect();
    for e in &r.unchanged {
        lines.push(format!("{e} is not a member of {org} (unchanged)"));
    }
    lines.join("\n")
}

fn member_remove(env: &mut Env, a: MemberRemoveArgs) -> Result<()> {
    let who = env.who()?;
    let mut opts =
        RemoveOptions { ignore_missing: a.ignore_missing, transfer_to: a.transfer_to, dry_run: true, force: a.force };
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if a.dry_run {
        let c = ops::member::remove(env.store()?, &who, &a.emails, &opts)?;
        return env.out.change(&c, &removals_message(&c.item, &org, "Would remove"));
    }
    if !env.prompt.yes {
        // The question lists what would go, from the same code run and rolled back.
        let preview = ops::member::remove(env.store()?, &who, &a.emails, &opts)?;
        let names: Vec<&str> = a.emails.iter().map(Email::as_str).collect();
        env.prompt.confirm(
            &format!("removing {} from {org}", names.join(", ")),
            &format!("{}?", removals_message(&preview.item, &org, "Remove")),
        )?;
    }
    opts.dry_run = false;
    let c = ops::member::remove(env.store()?, &who, &a.emails, &opts)?;
    env.out.change(&c, &removals_message(&c.item, &org, "Removed"))
}

fn member_set_role(env: &mut Env, a: MemberSetRoleArgs) -> Result<()> {
    let who = env.who()?;
    let terms = Terms { expires: a.expires, reason: a.reason.clone() };
    let c = ops::member::set_role(env.store()?, &who, &a.email, a.role, &terms, a.force)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already {} of {org} (unchanged)", a.email, a.role),
        _ => format!("{} is now {} of {org}", a.email, a.role),
    };
    let msg = if c.item.invites_revoked.is_empty() {
        msg
    } else {
        let list: Vec<String> = c.item.invites_revoked.iter().map(|i| format!("{} ({})", i.id, i.email)).collect();
        format!("{msg}; the pending invites they sent are revoked: {}", list.join(", "))
    };
    env.out.change(&c, &msg)
}
