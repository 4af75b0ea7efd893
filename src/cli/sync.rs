//! `orgctl sync -f FILE --source NAME`: the org's members from a directory export.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::directory::{self, Format};
use crate::error::Result;
use crate::model::ManagedBy;
use crate::ops::sync::{Deprovision, Finding, MaxChanges, Planned, SyncOptions, SyncReport};
use crate::ops::{self};

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The directory export: CSV with the header `email,name,role,teams`, or a
    /// SCIM 2.0 ListResponse of Users (JSON); `-` reads stdin. At most 64 MiB
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// The directory's name: the rows this sync writes are marked
    /// `managed_by = "sync:NAME"`, and only those are changed or deprovisioned by it
    #[arg(long, value_name = "NAME")]
    pub source: String,
    /// The export's format [default: csv for a .csv file, scim for a .json
    /// file; otherwise scim when the text starts with `{`, else csv]
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// What happens to a managed member the export no longer lists (or lists
    /// with `active: false`)
    #[arg(long, value_enum, default_value = "suspend")]
    pub deprovision: DeprovisionArg,
    /// Refuse (exit 5, nothing written) a sync that would change more members
    /// than this: a count (`25`) or a percentage of the org's members (`20%`).
    /// Default 10% (at least 1); a source's first sync is not limited unless given
    #[arg(long, value_name = "N|P%")]
    pub max_changes: Option<MaxChanges>,
    /// Print the plan and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// `email,name,role,teams`, teams separated by `;`
    Csv,
    /// A SCIM 2.0 ListResponse of Users
    Scim,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DeprovisionArg {
    /// Suspend them: everything is kept for a reactivation
    Suspend,
    /// Remove them, as `orgctl member remove` does
    Remove,
}

impl Row for Planned {
    const HEADERS: &'static [&'static str] = &["action", "kind", "org", "key", "details"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.action.as_str().to_string(),
            self.kind.to_string(),
            self.org.clone(),
            self.key.clone(),
            self.details.clone(),
        ]
    }
}

pub fn sync(env: &mut Env, a: SyncArgs) -> Result<()> {
    let source = ManagedBy::source(&a.source)?;
    let (text, shown) = crate::manifest::read_file_named(&a.file, "directory export")?;
    let extension = a.file.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    let flag = a.format.map(|f| match f {
        FormatArg::Csv => Format::Csv,
        FormatArg::Scim => Format::Scim,
    });
    let format = Format::decide(flag, extension.as_deref(), &text);
    let entries = directory::parse(&text, format, &shown)?;
    let who = env.who()?;
    let opts = SyncOptions {
        source,
        deprovision: match a.deprovision {
            DeprovisionArg::Suspend => Deprovision::Suspend,
            DeprovisionArg::Remove => Deprovision::Remove,
        },
        max_changes: a.max_changes,
        dry_run: a.dry_run,
    };
    let report = ops::sync::sync(env.store()?, &who, &entries, &opts)?;
    print_report(env, &report, &shown)
}

fn print_report(env: &Env, r: &SyncReport, shown: &str) -> Result<()> {
    if env.out.is_json() {
        return env.out.json(r);
    }
    env.out.list(&r.changes)?;
    for f in &r.findings {
        env.out.warn(&finding_line(f))?;
    }
    let s = &r.summary;
    let n = r.changes.len();
    let counts = format!("{} created, {} updated, {} deleted", s.created, s.updated, s.deleted);
    let line = match (n, r.dry_run) {
        (0, _) => format!("0 changes: {} already matches {shown} ({})", r.org, r.source),
        (_, true) => {
            format!("Dry run: {n} change(s) would be made in {} from {shown} ({counts}); nothing was written", r.org)
        }
        (_, false) => format!("Synced {} from {shown} ({}): {n} change(s) ({counts})", r.org, r.source),
    };
    env.out.message(&line)
}

fn finding_line(f: &Finding) -> String {
    format!("{}: {}", f.kind, f.message)
}
