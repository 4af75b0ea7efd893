//! `orgctl audit list`.

use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::cli::output::{opt, Row};
use crate::error::Result;
use crate::model::{Email, Since};
use crate::ops::{self, db::AuditFilter};
use crate::store::audit::Entry;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// The current org's audit entries, newest first (admins)
    #[command(
        after_help = "Examples:\n  orgctl audit list --since 1d\n  orgctl audit list --since 2026-11-01\n  orgctl audit list --actor alice@example.com --action member --limit 20 --json"
    )]
    List(AuditListArgs),
}

#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Only changes made by this user
    #[arg(long)]
    pub actor: Option<Email>,
    /// Only this action (`member.add`), or a family of actions (`member`); an unknown one is an error
    #[arg(long)]
    pub action: Option<String>,
    /// Only entries at or after this: a duration back from now (90m, 7d), a date (2026-11-01, UTC) or an RFC 3339 time
    #[arg(long, value_name = "WHEN", value_parser = since())]
    pub since: Option<Since>,
    /// At most this many entries (the newest)
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub limit: i64,
}

fn since() -> impl TypedValueParser<Value = Since> {
    clap::builder::StringValueParser::new().try_map(|s| Since::parse(&s))
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
