//! `orgctl db path | check | backup`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::error::{Error, Result};
use crate::ops;

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
    }
}
