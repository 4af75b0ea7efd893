//! `orgctl apply -f FILE` and `orgctl export`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::env::Env;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The manifest (TOML, or JSON when it ends in .json); `-` reads stdin
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// Print the plan and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also remove what the file does not name (in the orgs it names)
    #[arg(long)]
    pub prune: bool,
    /// The manifest's format [default: from the file's extension, else toml]
    #[arg(long, value_parser = ["toml", "json"])]
    pub format: Option<String>,
}

pub fn apply(_env: &mut Env, _a: ApplyArgs) -> Result<()> {
    Err(Error::internal("apply is not available in this build"))
}

pub fn export(_env: &mut Env) -> Result<()> {
    Err(Error::internal("export is not available in this build"))
}
