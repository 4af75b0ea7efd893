//! The same model and strategy as the process test, driven in-process: each
//! step is the `ops` call its command's handler makes (`--yes` given, so no
//! preview), on a store in memory, and an error counts as the exit code the
//! binary would end with (`ErrorKind::exit_code`, as `cli::error::report`
//! returns it). The export is `ops::manifest::export` written as JSON, read
//! back by the same reader. A sequence costs milliseconds, not a second, so
//! this runs 256 sequences by default and 2,048 with `ORGCTL_HEAVY=1`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use orgctl::error::Error;
use orgctl::manifest::{Format, Manifest};
use orgctl::model::{Email, Name, Permission, Role as OrgRole, Slug, Visibility};
use orgctl::ops::dashboard::{DashboardEdit, NewDashboard, ShareTarget};
use orgctl::ops::manifest::ApplyOptions;
use orgctl::ops::member::RemoveOptions;
use orgctl::ops::{self, Who};
use orgctl::store::Store;
use proptest::test_runner::Config;
use serde_json::Value;

use super::model::{command, seed_manifests, shell_words, Grantee, Op, Perm, Role, Seen, DASHES, ORGS, TEAMS, USERS};
use super::{check_sequences, Driver, Ran};
use crate::common::in_process::{self, exit_code};
use crate::common::{heavy, sqlite_only};

/// `--as USER` and, for commands inside an org, `--org ORG`.
fn who(user: usize, org: Option<usize>) -> Who {
    in_process::who(USERS[user], org.map(|o| ORGS[o]))
}

fn email(user: usize) -> Result<Email, Error> {
    Email::parse(USERS[user])
}

fn role(r: Role) -> OrgRole {
    match r {
        Role::Admin => OrgRole::Admin,
        Role::Member => OrgRole::Member,
    }
}

fn permission(p: Perm) -> Permission {
    match p {
        Perm::View => Permission::View,
        Perm::Edit => Permission::Edit,
    }
}

fn visibility(restricted: bool) -> Visibility {
    if restricted {
        Visibility::Restricted
    } else {
        Visibility::Org
    }
}

fn share_target(g: Grantee) -> Result<ShareTarget, Error> {
    Ok(match g {
        Grantee::Team(t) => ShareTarget::Team(Slug::parse(TEAMS[t])?),
        Grantee::User(u) => ShareTarget::User(email(u)?),
    })
}

/// `ops` on a store in memory, one call per command.
pub(super) struct InProcess {
    store: Store,
    transcript: Vec<String>,
}

impl InProcess {
    /// Notes the command a call stands for, and how it ended.
    fn note<T>(&mut self, args: &[&str], r: Result<T, Error>) -> Result<T, Ran> {
        let code = exit_code(&r);
        self.transcript.push(format!("orgctl {} -> exit {code} (in-process)", shell_words(args)));
        r.map_err(|e| Ran { code, error: in_process::message(&e).to_string() })
    }

    /// What the command's handler does with `--yes`: one `ops` call.
    fn call(&mut self, org: usize, actor: usize, op: &Op) -> Result<(), Error> {
        let who = who(actor, Some(org));
        let s = &mut self.store;
        let team = |t: usize| Slug::parse(TEAMS[t]);
        let dash = |d: usize| Slug::parse(DASHES[d]);
        match *op {
            Op::MemberAdd { target, role: r } => {
                ops::member::add(s, &who, &email(target)?, role(r), &Default::default()).map(drop)
            }
            Op::MemberRemove { target } => {
                let opts = RemoveOptions { ignore_missing: false, transfer_to: None, dry_run: false, force: false };
                ops::member::remove(s, &who, &[email(target)?], &opts).map(drop)
            }
            Op::SetRole { target, role: r } => {
                ops::member::set_role(s, &who, &email(target)?, role(r), &Default::default(), false).map(drop)
            }
            Op::Leave => ops::org::leave(s, &who, None, None, false).map(drop),
            Op::TeamCreate { team: t } => ops::team::create(s, &who, &team(t)?, None, None).map(drop),
            Op::TeamAdd { team: t, target } => {
                ops::team::add(s, &who, &team(t)?, &[email(target)?], &Default::default()).map(drop)
            }
            Op::TeamRemove { team: t, target } => {
                ops::team::remove(s, &who, &team(t)?, &[email(target)?], false, false).map(drop)
            }
            Op::TeamDelete { team: t } => ops::team::delete(s, &who, &team(t)?, false).map(drop),
            Op::DashCreate { dash: d, restricted } => {
                let title = Name::parse(&format!("Dashboard {}", DASHES[d]))?;
                let slug = dash(d)?;
                let new = NewDashboard {
                    title: &title,
                    slug: Some(&slug),
                    description: None,
                    visibility: visibility(restricted),
                };
                ops::dashboard::create(s, &who, &new).map(drop)
            }
            Op::Share { dash: d, to, perm } => {
                ops::dashboard::share(s, &who, &dash(d)?, &share_target(to)?, permission(perm), &Default::default())
                    .map(drop)
            }
            Op::Unshare { dash: d, to } => {
                ops::dashboard::unshare(s, &who, &dash(d)?, &share_target(to)?, false).map(drop)
            }
            Op::SetVisibility { dash: d, restricted } => {
                let e = DashboardEdit {
                    title: None,
                    description: None,
                    visibility: Some(visibility(restricted)),
                    owner: None,
                };
                ops::dashboard::edit(s, &who, &dash(d)?, &e).map(drop)
            }
            Op::DashDelete { dash: d } => ops::dashboard::delete(s, &who, &dash(d)?, false).map(drop),
        }
    }
}

impl Driver for InProcess {
    fn seeded() -> Result<InProcess, String> {
        let store = Store::in_memory(Path::new("invariants.db")).map_err(|e| in_process::message(&e).to_string())?;
        let mut p = InProcess { store, transcript: Vec::new() };
        for (actor, text, name) in seed_manifests() {
            let applied = Manifest::parse(&text, Format::Toml, name).and_then(|m| m.validate()).and_then(|v| {
                let opts = ApplyOptions { dry_run: false, prune: false, force: false };
                ops::manifest::apply(&mut p.store, &who(actor, None), &v, &opts, &mut |_| {})
            });
            p.note(&["--as", USERS[actor], "-q", "apply", "-f", name], applied)
                .map_err(|r| format!("seeding failed: {}", r.error))?;
        }
        Ok(p)
    }

    fn run(&mut self, org: usize, actor: usize, op: &Op) -> Result<Ran, String> {
        let args = command(org, actor, op);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = self.call(org, actor, op);
        match self.note(&refs, result) {
            Ok(()) => Ok(Ran { code: 0, error: String::new() }),
            // Every refusal says why.
            Err(ran) if ran.error.is_empty() => Err(format!("exit {} without a message", ran.code)),
            Err(ran) => Ok(ran),
        }
    }

    fn export(&mut self, org: usize, admin: usize) -> Result<Value, String> {
        let exported = Slug::parse(ORGS[org])
            .and_then(|o| ops::manifest::export(&mut self.store, &who(admin, Some(org)), &[o]))
            .and_then(|m| m.to_text(Format::Json));
        let text = self
            .note(&["--json", "--as", USERS[admin], "export", "--org", ORGS[org]], exported)
            .map_err(|r| format!("export of {} as {} failed: {}", ORGS[org], USERS[admin], r.error))?;
        serde_json::from_str(&text).map_err(|e| format!("export is not JSON ({e}): {text}"))
    }

    fn list(&mut self, org: usize, user: usize) -> Result<(Ran, BTreeSet<String>), String> {
        let mut seen = BTreeSet::new();
        let listed = ops::dashboard::list(&mut self.store, &who(user, Some(org)), &mut |d| {
            seen.insert(d.slug);
            Ok(())
        });
        let args = ["--json", "--as", USERS[user], "--org", ORGS[org], "dashboard", "list"];
        let ran = self.note(&args, listed).map_or_else(|r| r, |()| Ran { code: 0, error: String::new() });
        Ok((ran, seen))
    }

    fn db_check(&mut self) -> Result<(), String> {
        let checked = ops::db::check(&mut self.store, &Default::default());
        match self.note(&["db", "check"], checked) {
            Ok(problems) if problems.is_empty() => Ok(()),
            Ok(problems) => Err(format!("db check found: {problems:?}")),
            Err(r) => Err(format!("db check failed: {}", r.error)),
        }
    }

    fn transcript(&self) -> &[String] {
        &self.transcript
    }
}

/// Exit codes seen per kind of step, printed at the end to show what the run covered.
static SEEN: Seen = Seen::new(BTreeMap::new());

#[test]
fn random_sequences_through_ops_keep_the_invariants() {
    if sqlite_only("drives an in-memory SQLite store in-process") {
        return;
    }
    let config = Config {
        cases: if heavy() { 2048 } else { 256 },
        // Failures are reported with their full transcript; nothing is written into the tree.
        failure_persistence: None,
        ..Config::default()
    };
    check_sequences::<InProcess>(config, &SEEN, "in-process: ");
}
