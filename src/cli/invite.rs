//! `orgctl invite create | list | revoke | resend | accept | decline`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{change_object, joined, Receipt, Receipted, Row};
use crate::error::{Error, Result};
use crate::model::{Duration, Email, InviteState, Role, Slug};
use crate::ops::invite::{InviteRef, InviteView};
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Invite people by email (admins); prints each token once
    ///
    /// Re-runnable: an email that already has a pending invite with the same
    /// role and teams is `unchanged` (no new token; `invite resend` makes one);
    /// with another role or teams it is a conflict, and nothing is created.
    #[command(
        after_help = "Examples:\n  orgctl invite create dave@example.com\n  orgctl invite create erin@example.com frank@example.com --role admin --team engineering --expires 2w"
    )]
    Create(InviteCreateArgs),
    /// List the org's invites by id, oldest first (admins) [default: pending]
    #[command(after_help = "Examples:\n  orgctl invite list --state all\n  orgctl invite list --limit 20 --json")]
    List(InviteListArgs),
    /// Revoke a pending or expired invite, by id or by email (admins)
    #[command(
        after_help = "Examples:\n  orgctl invite revoke 3\n  orgctl invite revoke dave@example.com --dry-run\n  orgctl invite revoke dave@example.com --ignore-missing"
    )]
    Revoke(InviteRevokeArgs),
    /// Give a pending or expired invite a new token and expiry, by id or by email (admins); the old token stops working
    #[command(
        after_help = "Examples:\n  orgctl invite resend 3 --expires 3d\n  orgctl invite resend dave@example.com"
    )]
    Resend(InviteResendArgs),
    /// Accept an invite as the invited user: you join the org with its role and teams
    #[command(after_help = "Example:\n  orgctl --as dave@example.com invite accept TOKEN")]
    Accept(InviteTokenArg),
    /// Decline an invite as the invited user
    #[command(after_help = "Example:\n  orgctl --as dave@example.com invite decline TOKEN")]
    Decline(InviteTokenArg),
}

#[derive(Debug, Args)]
pub struct InviteCreateArgs {
    /// The emails to invite
    #[arg(required = true)]
    pub emails: Vec<Email>,
    /// The role they get on accepting
    #[arg(long, default_value = "member")]
    pub role: Role,
    /// A team they join on accepting (repeatable)
    #[arg(long = "team", value_name = "SLUG")]
    pub teams: Vec<Slug>,
    /// How long the invite stays valid, like 90m, 7d, 2w: at most 365d and the org's
    /// invite-max-lifetime [default: 7d, or invite-max-lifetime when that is shorter]
    #[arg(long, value_name = "DURATION")]
    pub expires: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct InviteListArgs {
    /// pending, accepted, declined, revoked, expired or all
    #[arg(long, default_value = "pending", value_parser = ["pending", "accepted", "declined", "revoked", "expired", "all"])]
    pub state: String,
    /// At most this many invites
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct InviteRevokeArgs {
    /// The invite's id (see `orgctl invite list`), or the invited email
    #[arg(value_name = "ID|EMAIL")]
    pub invite: String,
    /// Print the invite that would be revoked and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// No such invite is reported `unchanged` instead of failing (exit 3)
    #[arg(long)]
    pub ignore_missing: bool,
}

#[derive(Debug, Args)]
pub struct InviteResendArgs {
    /// The invite's id (see `orgctl invite list`), or the invited email
    #[arg(value_name = "ID|EMAIL")]
    pub invite: String,
    /// How long the new token stays valid [default: 7d]
    #[arg(long, value_name = "DURATION")]
    pub expires: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct InviteTokenArg {
    /// The token printed by `invite create` or `invite resend`
    #[arg(allow_hyphen_values = true)]
    pub token: String,
}

impl Row for InviteView {
    const HEADERS: &'static [&'static str] =
        &["id", "email", "role", "teams", "state", "created_at", "expires_at", "invited_by"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.email.clone(),
            self.role.to_string(),
            joined(&self.teams),
            self.state.to_string(),
            self.created_at.clone(),
            self.expires_at.clone(),
            self.invited_by.clone().unwrap_or_else(|| "-".to_string()),
        ]
    }
}

impl Receipted for InviteView {
    const KIND: &'static str = "invite";
    fn key(&self) -> String {
        self.email.clone()
    }
    fn details(&self) -> String {
        let mut d = format!("id={} role={} state={}", self.id, self.role, self.state);
        if !self.teams.is_empty() {
            d.push_str(&format!(" teams={}", self.teams.join(",")));
        }
        d
    }
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<Receipt> {
        let mut r = Receipt::new(action, "invite", org, self.key(), self.details());
        r.token = self.token.clone();
        vec![r]
    }
}

/// An invite named by id (a positive number) or by email.
fn parse_ref(raw: &str) -> Result<InviteRef> {
    if let Ok(id) = raw.trim().parse::<i64>() {
        return if id > 0 {
            Ok(InviteRef::Id(id))
        } else {
            Err(Error::usage(format!("invalid invite id {raw:?}: expected a positive number"))
                .with_hint("see the ids with `orgctl invite list --state all`"))
        };
    }
    Email::parse(raw).map(InviteRef::Email).map_err(|e| {
        Error::usage(format!("invalid invite {raw:?}: expected an id or an email ({})", e.message))
            .with_hint("see the ids with `orgctl invite list --state all`")
    })
}

pub fn run(env: &mut Env, cmd: InviteCommand) -> Result<()> {
    match cmd {
        InviteCommand::Create(a) => invite_create(env, a),
        InviteCommand::List(a) => invite_list(env, a),
        InviteCommand::Revoke(a) => invite_revoke(env, a),
        InviteCommand::Resend(a) => invite_resend(env, a),
        InviteCommand::Accept(a) => invite_accept(env, a, true),
        InviteCommand::Decline(a) => invite_accept(env, a, false),
    }
}

fn invite_create(env: &mut Env, a: InviteCreateArgs) -> Result<()> {
    let who = env.who()?;
    let (store, out) = env.store_and_out()?;
    // The tokens are printed before the commit: an invite whose token could
    // not be written (`>/dev/full`) is not made.
    ops::invite::create(store, &who, &a.emails, a.role, &a.teams, a.expires, |changes| show_invites(out, changes))?;
    Ok(())
}

/// What `invite create` prints: the receipts, or the tokens alone with `--quiet`.
fn show_invites(out: &crate::cli::output::Output, changes: &[ops::Change<InviteView>]) -> Result<()> {
    if out.is_json() {
        let mut objects = Vec::new();
        for c in changes {
            let mut v = change_object(c)?;
            // No new token for an unchanged invite: say how to get one.
            if let (Outcome::Unchanged, Some(o)) = (c.outcome, v.as_object_mut()) {
                o.insert("hint".into(), format!("orgctl invite resend {}", c.item.email).into());
            }
            objects.push(v);
        }
        return out.json(&objects);
    }
    if out.quiet {
        for c in changes.iter().filter(|c| c.item.token.is_some()) {
            out.data(c.item.token.as_deref().unwrap_or_default())?;
        }
        return Ok(());
    }
    let tsv = out.format == crate::cli::args::Format::Tsv;
    if tsv {
        let rows: Vec<Receipt> = changes.iter().flat_map(|c| c.item.receipts(c.outcome, c.org.as_deref())).collect();
        out.receipt_rows(&rows)?;
    }
    for c in changes {
        let i = &c.item;
        if c.outcome == Outcome::Unchanged {
            out.message(&format!(
                "{} already has a pending invite to {} as {} (invite {}, unchanged); to send a new token run `orgctl invite resend {}`",
                i.email, i.org, i.role, i.id, i.email
            ))?;
            continue;
        }
        out.message(&format!(
            "Invited {} to {} as {} (invite {}, expires {})",
            i.email, i.org, i.role, i.id, i.expires_at
        ))?;
        if !tsv {
            out.data(&format!("  token: {}", i.token.clone().unwrap_or_default()))?;
        }
    }
    if changes.iter().any(|c| c.item.token.is_some()) {
        out.message(
            "Each token is shown only this once: send it to the invitee, who runs `orgctl invite accept TOKEN`.",
        )?;
    }
    Ok(())
}

fn invite_list(env: &mut Env, a: InviteListArgs) -> Result<()> {
    let who = env.who()?;
    let state = if a.state == "all" { None } else { Some(a.state.parse::<InviteState>()?) };
    let list = ops::invite::list(env.store()?, &who, state)?;
    env.out.list_limited(&list, a.limit)
}

fn invite_revoke(env: &mut Env, a: InviteRevokeArgs) -> Result<()> {
    let r = parse_ref(&a.invite)?;
    let who = env.who()?;
    let c = ops::invite::revoke(env.store()?, &who, &r, a.dry_run, a.ignore_missing)?;
    let Some(item) = c.item else {
        let org = c.org.clone().unwrap_or_default();
        if env.out.is_json() {
            let mut v = serde_json::json!({ "action": "unchanged", "org": org, "invite": a.invite.trim() });
            if c.dry_run {
                v["dry_run"] = true.into();
            }
            return env.out.json(&v);
        }
        if env.out.format == crate::cli::args::Format::Tsv && !env.out.quiet {
            let row = Receipt::new(Outcome::Unchanged, "invite", Some(&org), a.invite.trim(), "missing");
            env.out.receipt_rows(&[row])?;
        }
        return env.out.message(&format!("No invite {} in {org} to revoke (unchanged)", a.invite.trim()));
    };
    let c = ops::Change { outcome: c.outcome, org: c.org, item, dry_run: c.dry_run };
    let id = c.item.id;
    let msg = match c.outcome {
        Outcome::Unchanged => {
            format!("Invite {id} for {} in {} is already revoked (unchanged)", c.item.email, c.item.org)
        }
        _ if a.dry_run => format!("Would revoke invite {id} for {} in {}", c.item.email, c.item.org),
        _ => format!("Revoked invite {id} for {} in {}", c.item.email, c.item.org),
    };
    env.out.change(&c, &msg)
}

fn invite_resend(env: &mut Env, a: InviteResendArgs) -> Result<()> {
    let r = parse_ref(&a.invite)?;
    let who = env.who()?;
    let c = ops::invite::resend(env.store()?, &who, &r, a.expires)?;
    let id = c.item.id;
    if env.out.quiet && !env.out.is_json() {
        return env.out.data(c.item.token.as_deref().unwrap_or_default());
    }
    env.out.change(
        &c,
        &format!(
            "Sent invite {id} for {} in {} again (expires {}); the old token no longer works",
            c.item.email, c.item.org, c.item.expires_at
        ),
    )?;
    if env.out.format == crate::cli::args::Format::Table {
        env.out.data(&format!("  token: {}", c.item.token.clone().unwrap_or_default()))?;
    }
    Ok(())
}

fn invite_accept(env: &mut Env, a: InviteTokenArg, accept: bool) -> Result<()> {
    let who = env.who()?;
    let store = env.store()?;
    let c =
        if accept { ops::invite::accept(store, &who, &a.token)? } else { ops::invite::decline(store, &who, &a.token)? };
    let org = c.item.org.clone();
    if !accept {
        return env.out.change(&c, &format!("Declined the invite to {org}"));
    }
    let adopted = env.adopt_org_if_none(&c.item.email, &org)?;
    let mut msg = format!("Joined {org} as {}", c.item.role);
    if !c.item.teams.is_empty() {
        msg.push_str(&format!(" (teams {})", c.item.teams.join(", ")));
    }
    if adopted {
        msg.push_str("; it is now the current org");
    }
    env.out.change(&c, &msg)
}
