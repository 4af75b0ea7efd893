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
    #[command(after_help = "Example:\n  orgctl db backup /var/backups/orgctl-$(date +%F).db")]
    Backup(DbBackupArgs),
}

#[derive(Debug, Args)]
pub struct DbBackupArgs {
    /// Where to write the copy
    pub file: PathBuf,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(env: &mut Env, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Path => {
            let path = env.db_path.display().to_string();
            if env.out.is_json() {
                return env.out.json(&serde_json::json!({ "path": path }));
            }
            env.out.data(&path)
        }
        DbCommand::Check => {
            let problems = ops::db::check(env.store()?)?;
            if env.out.is_json() {
                env.out.json(&serde_json::json!({ "ok": problems.is_empty(), "problems": problems }))?;
            } else if problems.is_empty() {
                env.out.message(&format!("{}: ok", env.db_path.display()))?;
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
