//! `orgctl apply -f FILE` and `orgctl export`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use crate::cli::env::Env;
use crate::cli::output::{opt, Row};
use crate::error::Result;
use crate::manifest::{Format, Manifest};
use crate::model::Slug;
use crate::ops::manifest::{Applied, ApplyOptions, Report};
use crate::ops::{self};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The manifest (TOML, or JSON when it ends in .json or starts with `{`); `-` reads stdin.
    /// A regular file or stdin, at most 64 MiB
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// Print the plan and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also remove the members, teams, team memberships, dashboards, grants,
    /// connectors, connector grants and integrations of the file's orgs that the
    /// file does not name (never users, orgs or security settings)
    #[arg(long)]
    pub prune: bool,
    /// Also change or prune members and team memberships a directory sync
    /// manages (`managed_by`), which are refused otherwise (exit 5)
    #[arg(long)]
    pub force: bool,
    /// The manifest's format [default: json for a .json file or text starting with `{`, else toml]
    #[arg(long, value_parser = ["toml", "json"])]
    pub format: Option<String>,
}

/// Big manifests get a progress bar, on a terminal only.
const PROGRESS_FROM: u64 = 1000;

impl Row for Applied {
    const HEADERS: &'static [&'static str] = &["action", "kind", "org", "target", "details", "token"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.action.as_str().to_string(),
            self.kind.to_string(),
            opt(&self.org),
            self.target.clone(),
            self.details.clone(),
            opt(&self.token),
        ]
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The manifest whose `[[orgs.tests]]` and `[orgs.rules]` to run (TOML, or JSON); `-` reads stdin
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
    /// The manifest's format [default: json for a .json file or text starting with `{`, else toml]
    #[arg(long, value_parser = ["toml", "json"])]
    pub format: Option<String>,
}

/// Reads and validates a manifest as `apply` and `check` take it; its source's name.
fn read_manifest(file: &std::path::Path, format: Option<&str>) -> Result<(crate::manifest::Validated, String)> {
    let (text, source) = crate::manifest::read_source(file)?;
    let extension = file.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = match (format, extension.as_deref()) {
        (Some("json"), _) => Format::Json,
        (Some(_), _) => Format::Toml,
        (None, Some("json")) => Format::Json,
        (None, Some("toml")) => Format::Toml,
        // stdin or a file without a telling name: a JSON manifest is an
        // object, and no TOML document starts with `{`.
        (None, _) if text.trim_start().starts_with('{') => Format::Json,
        (None, _) => Format::Toml,
    };
    let validated = Manifest::parse(&text, format, &source)?.validate()?;
    Ok((validated, source))
}

/// `orgctl check -f FILE`: the file's policy tests and rules against the store as it is.
pub fn check(env: &mut Env, a: CheckArgs) -> Result<()> {
    let (validated, _) = read_manifest(&a.file, a.format.as_deref())?;
    let who = env.who()?;
    let (tests, rules) = ops::policy_check::check(env.store()?, &who, &validated)?;
    if env.out.is_json() {
        return env.out.json(&serde_json::json!({ "ok": true, "tests": tests, "rules": rules, "findings": [] }));
    }
    env.out.message(&format!("All {tests} tests and {rules} rules hold"))
}

pub fn apply(env: &mut Env, a: ApplyArgs) -> Result<()> {
    let (validated, source) = read_manifest(&a.file, a.format.as_deref())?;
    let who = env.who()?;
    let total = ops::manifest::size(&validated);
    let bar = (total >= PROGRESS_FROM && std::io::stderr().is_terminal() && !env.out.quiet).then(|| {
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            bar.set_style(style);
        }
        bar.set_message(if a.dry_run { "planning" } else { "applying" });
        bar
    });
    let mut tick = |n: u64| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    };
    let opts = ApplyOptions { dry_run: a.dry_run, prune: a.prune, force: a.force };
    // A dry run writes nothing, not even a new store file.
    let store = if a.dry_run { env.store_or_scratch()? } else { env.store()? };
    let result = ops::manifest::apply(store, &who, &validated, &opts, &mut tick);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let report = result?;
    print_report(env, &report, &source)
}

fn print_report(env: &Env, r: &Report, source: &str) -> Result<()> {
    if env.out.is_json() {
        return env.out.json(r);
    }
    let n = r.changes.len();
    if !env.out.quiet {
        env.out.list(&r.changes)?;
    } else {
        // Tokens are the data an apply that creates invites exists to print.
        for c in r.changes.iter().filter(|c| c.token.is_some()) {
            env.out.data(&format!("{}\t{}\t{}", opt(&c.org), c.target, opt(&c.token)))?;
        }
    }
    let s = &r.summary;
    let counts = format!("{} created, {} updated, {} deleted", s.created, s.updated, s.deleted);
    let line = match (n, r.dry_run) {
        (0, _) => format!("0 changes: the store already matches {source}"),
        (_, true) => format!("Dry run: {n} change(s) would be applied ({counts}); nothing was written"),
        (_, false) => format!("Applied {n} change(s) from {source} ({counts})"),
    };
    env.out.message(&line)
}

pub fn export(env: &mut Env) -> Result<()> {
    let slugs = env.org_flags.iter().map(|s| Slug::parse(s)).collect::<Result<Vec<_>>>()?;
    let mut who = env.who_for_export()?;
    if slugs.is_empty() {
        who.org = None;
    }
    let manifest = ops::manifest::export(env.store()?, &who, &slugs)?;
    let format = if env.out.is_json() { Format::Json } else { Format::Toml };
    let text = manifest.to_text(format)?;
    // Nothing to export (you administer no org) prints nothing, like an empty list.
    if text.trim().is_empty() {
        return Ok(());
    }
    env.out.data(text.trim_end())
}
