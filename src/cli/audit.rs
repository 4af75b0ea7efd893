//! `orgctl audit list` (a table, or a stream of JSON lines to ship) and `audit prune`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::env::Env;
use crate::cli::output::{opt, Row};
use crate::error::{Error, Result};
use crate::model::{Email, Since};
use crate::ops::views::AuditEntry as Entry;
use crate::ops::{self, db::AuditFilter};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// The current org's audit entries, newest first, or with `-o jsonl` oldest first, one JSON object a line (admins)
    ///
    /// `-o jsonl` streams the org's entries for shipping: one compact JSON
    /// object a line, oldest first, each with `"v": 1` and the fields of
    /// `--json` (`id` is the org's entry number, `hash` its link in the
    /// org's hash chain). `--after N` starts after entry N; `--cursor-file`
    /// resumes after the number it holds and rewrites it (atomically, mode
    /// 0600) after each batch has been written and flushed, so a shipper
    /// that is stopped at any moment and restarted delivers every entry at
    /// least once. `--follow` then waits for new entries (a poll every
    /// 250 ms that reads only new rows) until SIGINT or until the reader of
    /// stdout goes away, and ends with exit 0.
    #[command(
        after_help = "Examples:\n  orgctl audit list --since 1d\n  orgctl audit list --since 2026-11-01\n  orgctl audit list --actor alice@example.com --action member --limit 20 --json\n  orgctl audit list -o jsonl --after 1200\n  orgctl audit list -o jsonl --follow --cursor-file /var/lib/orgctl/acme.cursor >> /var/log/orgctl/acme.jsonl"
    )]
    List(AuditListArgs),
    /// Remove the entries older than the org's audit-retention (admins)
    ///
    /// Removes the current org's entries written more than `audit-retention`
    /// days ago (`orgctl org security set --audit-retention DAYS`) and
    /// records an `audit.prune` entry naming what went and the hash the
    /// remaining chain starts from, so `orgctl db check` still verifies it.
    /// With the retention at 0 (the default) nothing is ever removed.
    #[command(after_help = "Examples:\n  orgctl audit prune --dry-run\n  orgctl audit prune --json")]
    Prune(AuditPruneArgs),
}

#[derive(Debug, Args)]
pub struct AuditPruneArgs {
    /// Say what would be removed; remove nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Only changes made by this user
    #[arg(long)]
    pub actor: Option<Email>,
    /// Only this action (`member.add`), or a family of actions (`member`); an unknown one is an error
    #[arg(long)]
    pub action: Option<String>,
    /// Only changes written through this database login (PostgreSQL; see `orgctl db links`)
    #[arg(long, value_name = "ROLE")]
    pub login: Option<String>,
    /// Only entries at or after this: a duration back from now (90m, 7d), a date (2026-11-01, UTC) or an RFC 3339 time
    #[arg(long, value_name = "WHEN", value_parser = since())]
    pub since: Option<Since>,
    /// At most this many entries: the newest [default: 100]; with `-o jsonl` the oldest [default: all]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub limit: Option<i64>,
    /// With `-o jsonl`: only entries numbered above N (the org's entry number, `id`)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..))]
    pub after: Option<i64>,
    /// With `-o jsonl`: after the entries so far, wait for new ones (until SIGINT or a closed pipe)
    #[arg(long)]
    pub follow: bool,
    /// With `-o jsonl`: resume after the number this file holds (if it exists) and rewrite it after each batch written
    #[arg(long, value_name = "PATH")]
    pub cursor_file: Option<PathBuf>,
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
            // On PostgreSQL the login that wrote the entry, beside whom it acted as.
            match (&self.actor, &self.login) {
                (Some(actor), Some(login)) => format!("{actor} (login {login})"),
                _ => opt(&self.actor),
            },
            opt(&self.org),
            self.action.clone(),
            self.target.clone(),
            self.details.clone(),
        ]
    }
}

impl crate::cli::output::Receipted for ops::db::Pruned {
    const KIND: &'static str = "audit";
    fn key(&self) -> String {
        match (self.first, self.last) {
            (Some(f), Some(l)) => format!("{f}-{l}"),
            _ => String::new(),
        }
    }
    fn details(&self) -> String {
        format!("removed={}", self.removed)
    }
}

fn prune(env: &mut Env, a: AuditPruneArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::db::audit_prune(env.store()?, &who, a.dry_run)?;
    let org = c.org.clone().unwrap_or_default();
    let p = &c.item;
    let would = if c.dry_run { "Would remove" } else { "Removed" };
    let msg = match (p.audit_retention, p.first, p.last) {
        (0, _, _) => format!(
            "Nothing to prune in {org}: its audit-retention is 0, which keeps every entry \
             (set one with `orgctl org security set --audit-retention DAYS`)"
        ),
        (days, Some(first), Some(last)) => format!(
            "{would} {} audit entries of {org} older than {days}d (numbers {first}-{last}); the chain now starts from {}",
            p.removed,
            p.chain_starts_from.as_deref().unwrap_or_default()
        ),
        (days, _, _) => format!("Nothing to prune in {org}: no entry is older than its audit-retention of {days}d"),
    };
    env.out.change(&c, &msg)
}

pub fn run(env: &mut Env, cmd: AuditCommand) -> Result<()> {
    match cmd {
        AuditCommand::Prune(a) => prune(env, a),
        AuditCommand::List(a) if env.out.jsonl => stream(env, a),
        AuditCommand::List(a) => {
            if let Some(flag) = stream_flag(&a) {
                return Err(Error::usage(format!("`{flag}` goes with `-o jsonl`"))
                    .with_hint("run `orgctl audit list -o jsonl ...`"));
            }
            let who = env.who()?;
            let f = AuditFilter {
                actor: a.actor.as_ref(),
                action: a.action.as_deref(),
                login: a.login.as_deref(),
                since: a.since,
                limit: a.limit.unwrap_or(100),
            };
            let entries = ops::db::audit_list(env.store()?, &who, &f)?;
            env.out.list(&entries)
        }
    }
}

fn stream_flag(a: &AuditListArgs) -> Option<&'static str> {
    if a.after.is_some() {
        Some("--after")
    } else if a.follow {
        Some("--follow")
    } else if a.cursor_file.is_some() {
        Some("--cursor-file")
    } else {
        None
    }
}

/// One line of `audit list -o jsonl`: the format's version, then the entry.
#[derive(Serialize)]
struct Line<'a> {
    v: u8,
    #[serde(flatten)]
    entry: &'a Entry,
}

/// How many entries one read transaction looks at: memory stays flat over
/// any number of entries, and a batch is what the cursor moves by.
const BATCH: i64 = 1_000;

/// How often `--follow` looks for new entries. Each look is one indexed
/// read of the rows numbered past the last one delivered.
const POLL: Duration = Duration::from_millis(250);

fn stream(env: &mut Env, a: AuditListArgs) -> Result<()> {
    let who = env.who()?;
    let cursor = a.cursor_file.as_deref();
    let mut after = match cursor.map(read_cursor).transpose()?.flatten() {
        Some(n) => n,
        None => a.after.unwrap_or(0),
    };
    let mut left = a.limit;
    // SIGINT ends a follow between batches, never inside one: the batch
    // being written is finished and counted in the cursor first.
    let stop = Arc::new(AtomicBool::new(false));
    if a.follow {
        let flag = Arc::clone(&stop);
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }
    loop {
        let limit = left.map_or(BATCH, |l| l.min(BATCH));
        let f = AuditFilter {
            actor: a.actor.as_ref(),
            action: a.action.as_deref(),
            login: a.login.as_deref(),
            since: a.since,
            limit,
        };
        let (entries, last) = ops::db::audit_page(env.store()?, &who, &f, after)?;
        if !entries.is_empty() {
            let lines: Vec<Line> = entries.iter().map(|entry| Line { v: 1, entry }).collect();
            env.out.json_lines(&lines)?;
        }
        let moved = last > after;
        if moved {
            after = last;
            if let Some(path) = cursor {
                write_cursor(path, after)?;
            }
        }
        if let Some(l) = left.as_mut() {
            *l -= i64::try_from(entries.len()).unwrap_or(i64::MAX);
            if *l <= 0 {
                return Ok(());
            }
        }
        if moved {
            // There may be more at once: read on until a page finds nothing new.
            if stop.load(Ordering::SeqCst) {
                return Ok(());
            }
            continue;
        }
        if !a.follow {
            return Ok(());
        }
        if !wait(env, &stop) {
            return Ok(());
        }
    }
}

/// Sleeps one poll interval in short steps; false once SIGINT came or the
/// reader of stdout went away.
fn wait(env: &Env, stop: &AtomicBool) -> bool {
    let step = Duration::from_millis(50);
    let mut slept = Duration::ZERO;
    while slept < POLL {
        if stop.load(Ordering::SeqCst) || env.out.stdout_closed() {
            return false;
        }
        std::thread::sleep(step);
        slept += step;
    }
    !(stop.load(Ordering::SeqCst) || env.out.stdout_closed())
}

/// The number a cursor file holds; `None` when it does not exist yet (or is empty).
fn read_cursor(path: &Path) -> Result<Option<i64>> {
    let shown = path.display();
    let file = match crate::files::open_regular(path) {
        Ok(crate::files::Opened::File(f, _)) => f,
        Ok(crate::files::Opened::Missing) => return Ok(None),
        Ok(crate::files::Opened::NotRegular(what)) => {
            return Err(Error::usage(format!("the cursor file {shown} is {what}, not a regular file"))
                .with_hint("pass `--cursor-file` the path of a regular file (it is created if missing)"))
        }
        Err(e) => return Err(Error::usage(format!("cannot read the cursor file {shown}: {e}"))),
    };
    let bytes = crate::files::read_at_most(file, 64)
        .map_err(|e| Error::usage(format!("cannot read the cursor file {shown}: {e}")))?
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().ok().filter(|n| *n >= 0).map(Some).ok_or_else(|| {
        Error::usage(format!("the cursor file {shown} holds {text:?}, not an entry number"))
            .with_hint("remove it to start from the first entry, or write the last number delivered into it")
    })
}

/// Rewrites the cursor file atomically: a new file created exclusively
/// (mode 0600) next to it, written, synced, then renamed over it, so a
/// reader (or a crash) sees the old number or the new one, never half.
fn write_cursor(path: &Path, number: i64) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "cursor".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let fail = |e: std::io::Error| {
        Error::internal(format!("cannot write the cursor file {}: {e}", path.display()))
            .with_hint("check that its folder exists and is writable")
    };
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&tmp)?;
        writeln!(f, "{number}")?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(fail)
}
