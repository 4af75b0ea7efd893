//! `orgctl db path | check | backup | link | unlink | links`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{opt, Receipted, Row};
use crate::error::{Error, Result};
use crate::model::{rfc3339, Email, Name};
use crate::ops::{self, Change, Outcome};
use crate::store::pg::{self, logins};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Print where the store is
    #[command(after_help = "Example:\n  orgctl db path")]
    Path,
    /// Check integrity, foreign keys and cross-org references; exit 6 if anything is wrong
    #[command(after_help = "Example:\n  orgctl db check")]
    Check,
    /// Write a consistent copy of the store, even while others write to it
    ///
    /// The copy is written to a new file created exclusively with mode 0600
    /// in FILE's folder (nobody else can read it while it is written), synced,
    /// then renamed over FILE. On any failure (a full disk, a file-size limit,
    /// a folder you cannot write) the new file is removed and an old FILE is
    /// left as it was (exit 6). FILE may not be the store itself, its -wal,
    /// -shm or -journal file, a symbolic link, or anything but a regular file
    /// (exit 2).
    #[command(after_help = "Example:\n  orgctl db backup /var/backups/orgctl-$(date +%F).db")]
    Backup(DbBackupArgs),
    /// PostgreSQL: map a database login to an orgctl user, or let it impersonate
    ///
    /// On a shared PostgreSQL store the login is who you are: a command run
    /// as login ROLE acts as the user it is linked to, and the database
    /// itself admits only that user's orgs and, in them, only what their
    /// role allows; `--as`, ORGCTL_USER and the context file must name that
    /// same user (exit 4 otherwise). A login linked with `--impersonate`
    /// may act as any user with `--as` (for CI jobs seeding fixtures);
    /// every audit entry records the login beside the user it acted as.
    ///
    /// Run it as the database owner (the role that ran `orgctl init`),
    /// like `init`. ROLE must be an existing login role that neither owns
    /// the schema nor bypasses row-level security; it is granted
    /// `orgctl_app`. EMAIL must be a registered user (exit 3 otherwise),
    /// or `--register` registers them first in the same transaction;
    /// linking a login already linked to something else is a conflict
    /// (exit 5: unlink it first). PostgreSQL only (exit 2 on a SQLite store,
    /// whose boundary is its file's permissions).
    #[command(
        after_help = "Examples:\n  orgctl --db postgresql://owner@/orgctl db link alice alice@example.com --register --name \"Alice Doe\"\n  orgctl --db postgresql://owner@/orgctl db link alice alice@example.com\n  orgctl --db postgresql://owner@/orgctl db link ci_seed --impersonate",
        group(clap::ArgGroup::new("to").required(true).args(["email", "impersonate"]))
    )]
    Link(DbLinkArgs),
    /// PostgreSQL: remove a login's link (it keeps `orgctl_app` but can do nothing)
    ///
    /// Exit 3 if ROLE is not linked. The role is not dropped and keeps
    /// `orgctl_app` (roles belong to the whole cluster and may serve another
    /// orgctl database); unlinked, it reads and writes nothing in this one.
    #[command(after_help = "Example:\n  orgctl --db postgresql://owner@/orgctl db unlink alice")]
    Unlink(DbUnlinkArgs),
    /// PostgreSQL: list the linked logins
    ///
    /// One row per login: `role, user, impersonate, linked_by, linked_at`
    /// (JSON keys; `user` is null for an impersonating login).
    #[command(after_help = "Example:\n  orgctl --db postgresql://owner@/orgctl db links --json")]
    Links(DbLinksArgs),
}

#[derive(Debug, Args)]
pub struct DbLinkArgs {
    /// The database login role (it must exist: `CREATE ROLE alice LOGIN PASSWORD '...'`)
    pub role: String,
    /// The orgctl user the login acts as
    pub email: Option<String>,
    /// Let the login act as any user with `--as` (instead of EMAIL)
    #[arg(long, conflicts_with = "email")]
    pub impersonate: bool,
    /// Register EMAIL as a user first if the store lacks them (the common
    /// case when setting up a person), in the same transaction
    #[arg(long, requires = "email")]
    pub register: bool,
    /// The display name to register them with [default: the part of EMAIL before `@`]
    #[arg(long, requires = "register")]
    pub name: Option<Name>,
}

#[derive(Debug, Args)]
pub struct DbUnlinkArgs {
    /// The linked database login role
    pub role: String,
}

#[derive(Debug, Args)]
pub struct DbLinksArgs {
    /// Show at most N logins
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

/// A linked login, as `db link`, `db unlink` and `db links` print it.
#[derive(Debug, Serialize)]
pub struct LinkView {
    pub role: String,
    /// The user it acts as; null for an impersonating login.
    pub user: Option<String>,
    pub impersonate: bool,
    pub linked_by: String,
    pub linked_at: String,
}

impl From<logins::Link> for LinkView {
    fn from(l: logins::Link) -> Self {
        LinkView {
            role: l.role,
            user: l.user,
            impersonate: l.impersonate,
            linked_by: l.linked_by,
            linked_at: rfc3339(l.linked_at),
        }
    }
}

impl LinkView {
    fn acts_as(&self) -> String {
        match &self.user {
            Some(u) => u.clone(),
            None => "any user (--impersonate)".to_string(),
        }
    }
}

impl Row for LinkView {
    const HEADERS: &'static [&'static str] = &["role", "user", "impersonate", "linked_by", "linked_at"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.role.clone(),
            opt(&self.user),
            if self.impersonate { "yes" } else { "no" }.to_string(),
            self.linked_by.clone(),
            self.linked_at.clone(),
        ]
    }
}

impl Receipted for LinkView {
    const KIND: &'static str = "login";
    fn key(&self) -> String {
        self.role.clone()
    }
    fn details(&self) -> String {
        match &self.user {
            Some(u) => format!("user={u}"),
            None => "impersonate".to_string(),
        }
    }
}

/// The PostgreSQL store to manage logins in; a usage error on SQLite.
fn postgres_target(env: &Env, command: &str) -> Result<pg::Target> {
    match env.postgres_url() {
        Some(url) => env.pg_target(url),
        None => Err(Error::usage(format!(
            "`orgctl db {command}` is for PostgreSQL stores only; on a SQLite store the file's permissions decide who \
             may act, and `--as` names the user"
        ))
        .with_hint(format!(
            "pass the PostgreSQL store as its owner: `orgctl --db postgresql://OWNER@HOST/DB db {command} ...`"
        ))),
    }
}

#[derive(Debug, Args)]
pub struct DbBackupArgs {
    /// Where to write the copy
    pub file: PathBuf,
    /// Replace FILE if it exists (only once the new copy is complete)
    #[arg(long)]
    pub force: bool,
}

pub fn run(env: &mut Env, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Path => {
            let path = env.db_shown();
            if env.out.is_json() {
                return env.out.json(&serde_json::json!({ "path": path }));
            }
            env.out.data(&path)
        }
        DbCommand::Check => {
            let who = env.who_lenient();
            let problems = ops::db::check(env.store()?, &who)?;
            if env.out.is_json() {
                env.out.json(&serde_json::json!({ "ok": problems.is_empty(), "problems": problems }))?;
            } else if problems.is_empty() {
                env.out.message(&format!("{}: ok", env.db_shown()))?;
            }
            if problems.is_empty() {
                return Ok(());
            }
            let mut e = Error::store(format!(
                "{} has {} problem(s):\n  {}",
                env.db_path.display(),
                problems.len(),
                problems.join("\n  ")
            ));
            e.hint = Some("restore a copy made with `orgctl db backup`".into());
            Err(e)
        }
        DbCommand::Backup(a) => {
            ops::db::backup(env.store()?, &a.file, a.force)?;
            if env.out.is_json() {
                return env.out.json(&serde_json::json!({ "action": "created", "path": a.file.display().to_string() }));
            }
            env.out.message(&format!("Backed up {} to {}", env.db_path.display(), a.file.display()))
        }
        DbCommand::Link(a) => {
            let target = postgres_target(env, "link")?;
            let email = a.email.as_deref().map(Email::parse).transpose()?;
            let name = match (&a.name, &email) {
                (Some(n), _) => n.to_string(),
                (None, Some(e)) => e.as_str().split('@').next().unwrap_or(e.as_str()).to_owned(),
                (None, None) => String::new(),
            };
            let to = match &email {
                Some(e) if a.register => logins::LinkTo::Register(e, &name),
                Some(e) => logins::LinkTo::User(e),
                None => logins::LinkTo::Impersonate,
            };
            let (linked, link) = logins::link(&target, &a.role, to, crate::model::now())?;
            let view = LinkView::from(link);
            let (outcome, message) = match linked {
                logins::Linked::Created => (
                    Outcome::Created,
                    format!("Linked the login {} to {}; it is granted orgctl_app", view.role, view.acts_as()),
                ),
                logins::Linked::Regranted => (
                    Outcome::Updated,
                    format!("The login {} is linked to {}; it is granted orgctl_app again", view.role, view.acts_as()),
                ),
                logins::Linked::Unchanged => {
                    (Outcome::Unchanged, format!("The login {} is already linked to {}", view.role, view.acts_as()))
                }
            };
            env.out.change(&Change::new(outcome, None, view), &message)
        }
        DbCommand::Unlink(a) => {
            let target = postgres_target(env, "unlink")?;
            let view = LinkView::from(logins::unlink(&target, &a.role)?);
            let message = format!("Unlinked the login {} (it was linked to {})", view.role, view.acts_as());
            env.out.change(&Change::new(Outcome::Deleted, None, view), &message)
        }
        DbCommand::Links(a) => {
            let target = postgres_target(env, "links")?;
            let rows: Vec<LinkView> = logins::list(&target)?.into_iter().map(LinkView::from).collect();
            env.out.list_limited(&rows, a.limit)
        }
    }
}
