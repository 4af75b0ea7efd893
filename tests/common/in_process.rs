//! The in-process harness: a store in memory, the `Who` a command's flags
//! would build, the exit code an error ends the binary with, and exact
//! snapshots under `tests/snapshots/` (`ORGCTL_BLESS=1` rewrites them).
//!
//! Tests built on it call the very `ops` functions the command handlers
//! call, so they check the policy, the audit trail and the error texts in
//! milliseconds instead of a process start per command.

use std::fs;
use std::path::{Path, PathBuf};

use orgctl::error::Error;
use orgctl::manifest::{Format, Manifest};
use orgctl::model::{Email, Name, Slug};
use orgctl::ops::dashboard::DashboardEdit;
use orgctl::ops::db::AuditFilter;
use orgctl::ops::manifest::ApplyOptions;
use orgctl::ops::{self, Source, Sourced, Who};
use orgctl::store::Store;

/// The variable that makes [`assert_snapshot`] write what it got instead of comparing.
pub const BLESS_VAR: &str = "ORGCTL_BLESS";

/// `--as USER` and, for commands inside an org, `--org ORG`, as flags give them.
pub fn who(user: &str, org: Option<&str>) -> Who {
    fn flag<T>(value: T) -> Sourced<T> {
        Sourced { value, source: Source::Flag }
    }
    Who {
        user: Some(flag(Email::parse(user).expect("a test user's email"))),
        org: org.map(|o| flag(Slug::parse(o).expect("a test org's slug"))),
        org_id: None,
    }
}

/// The exit code the binary ends with for this result (`cli::error::report`
/// returns the kind's code).
pub fn exit_code<T>(r: &Result<T, Error>) -> i32 {
    r.as_ref().map_or_else(|e| e.kind.exit_code(), |_| 0)
}

/// A slug, email, name or URL the test wrote itself (a typo panics).
pub fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("a test slug")
}

pub fn email(s: &str) -> Email {
    Email::parse(s).expect("a test email")
}

pub fn name(s: &str) -> Name {
    Name::parse(s).expect("a test name")
}

pub fn url(s: &str) -> url::Url {
    url::Url::parse(s).expect("a test URL")
}

/// A `dashboard edit` that changes nothing, to fill in with `..NO_EDIT`.
pub const NO_EDIT: DashboardEdit = DashboardEdit { title: None, description: None, visibility: None, owner: None };

/// The `error:` line's text of `e` (without the hint).
pub fn message(e: &Error) -> &str {
    &e.message
}

/// An error as the user meets it: exit code and kind, the `error:` line and
/// the `hint:` line if any.
pub fn shown(e: &Error) -> String {
    let mut s = format!("exit {} ({}): {}", e.kind.exit_code(), e.kind.as_str(), message(e));
    if let Some(hint) = &e.hint {
        s.push_str(&format!("\n  hint: {hint}"));
    }
    s
}

/// `ops` on an empty SQLite store in memory.
pub struct World {
    pub store: Store,
}

impl World {
    pub fn new() -> World {
        World { store: Store::in_memory(Path::new("in-process.db")).expect("an in-memory store") }
    }

    /// `orgctl --as ACTOR apply -f FILE` with this TOML; panics with the error if it fails.
    pub fn apply(&mut self, actor: &str, toml: &str) {
        let applied = Manifest::parse(toml, Format::Toml, "world.toml").and_then(|m| m.validate()).and_then(|v| {
            let opts = ApplyOptions { dry_run: false, prune: false, force: false };
            ops::manifest::apply(&mut self.store, &who(actor, None), &v, &opts, &mut |_| {})
        });
        if let Err(e) = applied {
            panic!("apply as {actor} failed: {}\n{toml}", shown(&e));
        }
    }

    /// Every audit entry of `org` as `admin` reads it, oldest first: its
    /// number, actor, action, target and details (the time and hash vary).
    pub fn audit(&mut self, admin: &str, org: &str) -> Vec<String> {
        let filter = AuditFilter { actor: None, action: None, login: None, since: None, limit: i64::MAX };
        let entries = ops::db::audit_list(&mut self.store, &who(admin, Some(org)), &filter)
            .unwrap_or_else(|e| panic!("audit list of {org} as {admin}: {}", shown(&e)));
        let mut lines: Vec<(i64, String)> = entries
            .into_iter()
            .map(|e| {
                let actor = e.actor.as_deref().unwrap_or("-");
                (e.id, format!("#{} {actor} {} {} {}", e.id, e.action, e.target, e.details).trim_end().to_string())
            })
            .collect();
        lines.sort();
        lines.into_iter().map(|(_, l)| l).collect()
    }
}

/// `text` with every RFC 3339 UTC time (`2026-01-02T03:04:05Z`, with or
/// without fractions of a second) written as `<time>`, for snapshots of
/// what a run at another moment would say the same way.
pub fn mask_times(text: &str) -> String {
    let shape = b"dddd-dd-ddTdd:dd:dd";
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let fits = bytes.len() - i >= shape.len()
            && shape
                .iter()
                .zip(&bytes[i..])
                .all(|(want, got)| if *want == b'd' { got.is_ascii_digit() } else { want == got });
        if fits {
            let mut end = i + shape.len();
            if bytes.get(end) == Some(&b'.') {
                end += 1;
                while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                }
            }
            if bytes.get(end) == Some(&b'Z') {
                out.push_str("<time>");
                i = end + 1;
                continue;
            }
        }
        let c = text[i..].chars().next().expect("a char at a char boundary");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

fn snapshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name)
}

/// Fails unless `tests/snapshots/NAME` holds exactly `actual`, showing the
/// lines that differ; with `ORGCTL_BLESS=1` writes `actual` there instead.
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = snapshot_path(name);
    if std::env::var(BLESS_VAR).is_ok_and(|v| v == "1") {
        fs::create_dir_all(path.parent().expect("snapshots folder")).expect("create tests/snapshots");
        fs::write(&path, actual).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        panic!(
            "tests/snapshots/{name} differs from what the test got (- expected, + got):\n{}\n\
             if the change is intended, rewrite it with `{BLESS_VAR}=1 cargo test --test main -- TEST` and review the diff",
            diff(&expected, actual)
        );
    }
}

/// A line diff: `-` lines only in `old`, `+` lines only in `new`, two lines
/// of context around each change (longest common subsequence).
pub fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near = |k: usize| ops[k.saturating_sub(2)..(k + 3).min(ops.len())].iter().any(|(c, _)| *c != ' ');
    let mut out = Vec::new();
    let mut skipped = false;
    for (k, (c, line)) in ops.iter().enumerate() {
        if near(k) {
            if skipped && !out.is_empty() {
                out.push("  ...".to_string());
            }
            skipped = false;
            out.push(format!("{c} {line}"));
        } else {
            skipped = true;
        }
    }
    if old.ends_with('\n') != new.ends_with('\n') {
        out.push("(the two differ in the newline at the end)".to_string());
    }
    out.join("\n")
}

#[test]
fn the_diff_shows_changed_lines_with_context() {
    let d = diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
    assert_eq!(d, "  b\n  c\n- d\n+ D\n  e\n  f");
    assert_eq!(diff("x\n", "x"), "(the two differ in the newline at the end)");
}

#[test]
fn times_are_masked_and_nothing_else() {
    assert_eq!(mask_times("since 2026-12-05T07:12:13Z (réason)"), "since <time> (réason)");
    assert_eq!(mask_times("at 2026-12-05T07:12:13.123Z."), "at <time>.");
    assert_eq!(mask_times("2026-12-05T07:12:13 and 2026-12-05"), "2026-12-05T07:12:13 and 2026-12-05");
}
