//! `orgctl audit list`.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{opt, Row};
use crate::error::Result;
use crate::model::{Duration, Email};
use crate::ops::{self, db::AuditFilter};
use crate::store::audit::Entry;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// The current org's audit entries, newest first (admins)
    #[command(
        after_help = "Examples:\n  orgctl audit list --since 1d\n  orgctl audit list --actor alice@example.com --action member --limit 20 --json"
    )]
    List(AuditListArgs),
}

#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Only changes made by this user
    #[arg(long, value_parser = args::email())]
    pub actor: Option<Email>,
    /// Only this action (`member.add`), or a family of actions (`member`)
    #[arg(long)]
    pub action: Option<String>,
    /// Only entries newer than this, like 90m or 7d
    #[arg(long, value_name = "DURATION", value_parser = args::duration())]
    pub since: Option<Duration>,
    /// At most this many entries
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub limit: i64,
}

impl Row for Entry {
    const HEADERS: &'static [&'static str] = &["id", "at", "actor", "org", "action", "target", "details"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            opt(&self.actor),
            opt(&self.org),
            self.action.clone(),
            self.target.clone(),
            self.details.clone(),
        ]
    }
}

pub fn run(env: &mut Env, cmd: AuditCommand) -> Result<()> {
    match cmd {
        AuditCommand::List(a) => {
            let who = env.who()?;
            let f =
                AuditFilter { actor: a.actor.as_ref(), action: a.action.as_deref(), since: a.since, limit: a.limit };
            let entries = ops::db::audit_list(env.store()?, &who, &f)?;
            env.out.list(&entries)
        }
    }
}
