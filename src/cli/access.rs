//! `orgctl access review`: who can see what in the org, and why.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::Result;
use crate::model::{Email, Permission, Slug};
use crate::ops;
use crate::ops::access::{AccessRow, ReviewFilter};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Every member's access to every dashboard, with the reason (admins; any member for `--user` themselves)
    ///
    /// One row per (member, dashboard) pair the member can view: their
    /// effective permission (`view` or `edit`) and why (`admin of acme`,
    /// `owner of the dashboard`, `team engineering has edit`, `org-wide
    /// dashboard, member of acme`), decided by the same policy table as every
    /// command and `can-i`. Rows come by member email, then dashboard slug,
    /// and stream as they are decided (TSV and JSON), so an org of any size
    /// is reviewed in bounded memory.
    #[command(
        after_help = "Examples:\n  orgctl access review\n  orgctl access review --dashboard prod-health --permission edit\n  orgctl access review --team engineering -o tsv\n  orgctl --as bob@example.com access review --user bob@example.com --json"
    )]
    Review(AccessReviewArgs),
}

#[derive(Debug, Args)]
pub struct AccessReviewArgs {
    /// Only this member (any member may review their own access)
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Email>,
    /// Only this dashboard
    #[arg(long, value_name = "SLUG")]
    pub dashboard: Option<Slug>,
    /// Only members of this team
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// Only rows with exactly this permission (view or edit)
    #[arg(long)]
    pub permission: Option<Permission>,
    /// At most this many rows
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
    /// Instead: the memberships, temporary roles, team memberships and grants that end within DURATION (admins)
    #[arg(long, value_name = "DURATION", conflicts_with_all = ["user", "dashboard", "team", "permission"])]
    pub expiring: Option<crate::model::Duration>,
}

impl Row for crate::ops::lifecycle::Ending {
    const HEADERS: &'static [&'static str] = &["kind", "email", "target", "expires", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.kind.clone(),
            self.email.clone(),
            self.target.clone(),
            self.expires.clone(),
            self.reason.clone().unwrap_or_default(),
        ]
    }
}

impl Row for AccessRow {
    const HEADERS: &'static [&'static str] = &["email", "dashboard", "permission", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.dashboard.clone(), self.permission.to_string(), self.reason.clone()]
    }
}

pub fn run(env: &mut Env, cmd: AccessCommand) -> Result<()> {
    match cmd {
        AccessCommand::Review(a) => access_review(env, a),
    }
}

fn access_review(env: &mut Env, a: AccessReviewArgs) -> Result<()> {
    let who = env.who()?;
    if let Some(within) = a.expiring {
        let mut rows = ops::lifecycle::expiring(env.store()?, &who, within)?;
        rows.truncate(a.limit.unwrap_or(usize::MAX));
        return env.out.list(&rows);
    }
    let f = ReviewFilter { user: a.user, dashboard: a.dashboard, team: a.team, permission: a.permission };
    let (store, out) = env.store_and_out()?;
    let mut w = out.stream_limited::<AccessRow>(a.limit);
    ops::access::review(store, &who, &f, &mut |row| {
        w.push(&row)?;
        Ok(!w.is_full())
    })?;
    w.finish()
}
