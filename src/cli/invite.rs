//! `orgctl invite create | list | revoke | resend | accept | decline`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{joined, Row};
use crate::error::{Error, Result};
use crate::model::{Duration, Email, InviteState, Role, Slug};
use crate::ops::invite::InviteView;
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Invite people by email (admins); prints each token once
    #[command(
        after_help = "Examples:\n  orgctl invite create dave@example.com\n  orgctl invite create erin@example.com frank@example.com --role admin --team engineering --expires 2w"
    )]
    Create(InviteCreateArgs),
    /// List the org's invites (admins) [default: pending]
    #[command(after_help = "Example:\n  orgctl invite list --state all")]
    List(InviteListArgs),
    /// Revoke a pending or expired invite (admins)
    #[command(after_help = "Example:\n  orgctl invite revoke 3")]
    Revoke(InviteIdArg),
    /// Give a pending or expired invite a new token and expiry (admins); the old token stops working
    #[command(after_help = "Example:\n  orgctl invite resend 3 --expires 3d")]
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
    #[arg(required = true, value_parser = args::email())]
    pub emails: Vec<Email>,
    /// The role they get on accepting
    #[arg(long, value_parser = args::role(), default_value = "member")]
    pub role: Role,
    /// A team they join on accepting (repeatable)
    #[arg(long = "team", value_name = "SLUG", value_parser = args::slug())]
    pub teams: Vec<Slug>,
    /// How long the invite stays valid, like 90m, 7d, 2w: at most 365d and the org's
    /// invite-max-lifetime [default: 7d, or invite-max-lifetime when that is shorter]
    #[arg(long, value_name = "DURATION", value_parser = args::duration())]
    pub expires: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct InviteListArgs {
    /// pending, accepted, declined, revoked, expired or all
    #[arg(long, default_value = "pending", value_parser = ["pending", "accepted", "declined", "revoked", "expired", "all"])]
    pub state: String,
}

#[derive(Debug, Args)]
pub struct InviteIdArg {
    /// The invite's id (see `orgctl invite list`)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct InviteResendArgs {
    /// The invite's id (see `orgctl invite list`)
    pub id: String,
    /// How long the new token stays valid [default: 7d]
    #[arg(long, value_name = "DURATION", value_parser = args::duration())]
    pub expires: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct InviteTokenArg {
    /// The token printed by `invite create` or `invite resend`
    #[arg(allow_hyphen_values = true)]
    pub token: String,
}

impl Row for InviteView {
    const HEADERS: &'static [&'static str] = &["id", "email", "role", "teams", "state", "created_at", "expires_at"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.email.clone(),
            self.role.to_string(),
            joined(&self.teams),
            self.state.to_string(),
            self.created_at.clone(),
            self.expires_at.clone(),
        ]
    }
}

/// An invite with its token, as printed once by `create` and `resend`.
#[derive(serde::Serialize)]
struct WithToken<'a>(&'a InviteView);

impl Row for WithToken<'_> {
    const HEADERS: &'static [&'static str] = &["id", "email", "role", "teams", "state", "expires_at", "token"];
    fn cells(&self) -> Vec<String> {
        let i = self.0;
        vec![
            i.id.to_string(),
            i.email.clone(),
            i.role.to_string(),
            joined(&i.teams),
            i.state.to_string(),
            i.expires_at.clone(),
            i.token.clone().unwrap_or_default(),
        ]
    }
}

fn parse_id(raw: &str) -> Result<i64> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        Error::usage(format!("invalid invite id {raw:?}: expected a positive number"))
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
    let created = ops::invite::create(env.store()?, &who, &a.emails, a.role, &a.teams, a.expires)?;
    if env.out.is_json() {
        let with_action: Vec<_> = created
            .iter()
            .map(|i| {
                let mut v = serde_json::to_value(i).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("action".into(), "created".into());
                }
                v
            })
            .collect();
        return env.out.json(&with_action);
    }
    if env.out.quiet {
        for i in &created {
            env.out.data(i.token.as_deref().unwrap_or_default())?;
        }
        return Ok(());
    }
    if env.out.format == crate::cli::args::Format::Tsv {
        let rows: Vec<_> = created.iter().map(WithToken).collect();
        return env.out.list(&rows);
    }
    for i in &created {
        env.out.message(&format!(
            "Invited {} to {} as {} (invite {}, expires {})",
            i.email, i.org, i.role, i.id, i.expires_at
        ))?;
        env.out.data(&format!("  token: {}", i.token.clone().unwrap_or_default()))?;
    }
    env.out
        .message("Each token is shown only this once: send it to the invitee, who runs `orgctl invite accept TOKEN`.")
}

fn invite_list(env: &mut Env, a: InviteListArgs) -> Result<()> {
    let who = env.who()?;
    let state = if a.state == "all" { None } else { Some(a.state.parse::<InviteState>()?) };
    let list = ops::invite::list(env.store()?, &who, state)?;
    env.out.list(&list)
}

fn invite_revoke(env: &mut Env, a: InviteIdArg) -> Result<()> {
    let id = parse_id(&a.id)?;
    let who = env.who()?;
    let c = ops::invite::revoke(env.store()?, &who, id)?;
    let msg = match c.outcome {
        Outcome::Unchanged => {
            format!("Invite {id} for {} in {} is already revoked (unchanged)", c.item.email, c.item.org)
        }
        _ => format!("Revoked invite {id} for {} in {}", c.item.email, c.item.org),
    };
    env.out.change(&c, &msg)
}

fn invite_resend(env: &mut Env, a: InviteResendArgs) -> Result<()> {
    let id = parse_id(&a.id)?;
    let who = env.who()?;
    let c = ops::invite::resend(env.store()?, &who, id, a.expires)?;
    if env.out.is_json() {
        return env.out.change(&c, "");
    }
    if env.out.quiet {
        return env.out.data(c.item.token.as_deref().unwrap_or_default());
    }
    if env.out.format == crate::cli::args::Format::Tsv {
        return env.out.list(&[WithToken(&c.item)]);
    }
    env.out.message(&format!(
        "Sent invite {id} for {} in {} again (expires {}); the old token no longer works",
        c.item.email, c.item.org, c.item.expires_at
    ))?;
    env.out.data(&format!("  token: {}", c.item.token.clone().unwrap_or_default()))
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
