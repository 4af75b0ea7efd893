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
use orgctl::ops::{self, Source, Sourced, Who};
use orgctl::store::Store;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

use super::model::{command, read_export, record, seed_manifests, sequence, shell_words, Grantee, Model, Op, Perm};
use super::model::{Pick, Role, Seen, Step, DASHES, ORGS, TEAMS, USERS};
use crate::common::heavy;

/// Exit codes seen per kind of step, printed at the end to show what the run covered.
static SEEN: Seen = Seen::new(BTreeMap::new());

/// `--as USER` and, for commands inside an org, `--org ORG`.
fn who(user: usize, org: Option<usize>) -> Result<Who, Error> {
    let org = match org {
        Some(o) => Some(Sourced { value: Slug::parse(ORGS[o])?, source: Source::Flag }),
        None => None,
    };
    Ok(Who { user: Some(Sourced { value: Email::parse(USERS[user])?, source: Source::Flag }), org, org_id: None })
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

/// The exit code the binary ends with for this result.
fn exit_code<T>(r: &Result<T, Error>) -> i32 {
    r.as_ref().map_or_else(|e| e.kind.exit_code(), |_| 0)
}

/// One sequence's world: its own store in memory, and a transcript for the failure message.
struct World {
    store: Store,
    model: Model,
    transcript: Vec<String>,
}

impl World {
    fn new() -> Result<World, TestCaseError> {
        let store = Store::in_memory(Path::new("invariants.db")).map_err(|e| TestCaseError::fail(e.message))?;
        let mut world = World { store, model: Model::initial(), transcript: Vec::new() };
        for (actor, text, name) in seed_manifests() {
            let applied = Manifest::parse(&text, Format::Toml, name).and_then(|m| m.validate()).and_then(|v| {
                let opts = ApplyOptions { dry_run: false, prune: false };
                ops::manifest::apply(&mut world.store, &who(actor, None)?, &v, &opts, &mut |_| {})
            });
            world.transcript.push(format!(
                "orgctl --as {} -q apply -f {name} -> exit {}",
                USERS[actor],
                exit_code(&applied)
            ));
            if let Err(e) = applied {
                return Err(world.fail(format!("seeding failed: {}", e.message)));
            }
        }
        Ok(world)
    }

    fn fail(&self, why: String) -> TestCaseError {
        TestCaseError::fail(format!("{why}\ncommands so far (run in-process):\n  {}", self.transcript.join("\n  ")))
    }

    /// What the command's handler does with `--yes`: one `ops` call.
    fn call(&mut self, org: usize, actor: usize, op: &Op) -> Result<(), Error> {
        let who = who(actor, Some(org))?;
        let s = &mut self.store;
        let team = |t: usize| Slug::parse(TEAMS[t]);
        let dash = |d: usize| Slug::parse(DASHES[d]);
        match *op {
            Op::MemberAdd { target, role: r } => ops::member::add(s, &who, &email(target)?, role(r)).map(drop),
            Op::MemberRemove { target } => {
                let opts = RemoveOptions { ignore_missing: false, transfer_to: None, dry_run: false };
                ops::member::remove(s, &who, &[email(target)?], &opts).map(drop)
            }
            Op::SetRole { target, role: r } => ops::member::set_role(s, &who, &email(target)?, role(r)).map(drop),
            Op::Leave => ops::org::leave(s, &who, None, None, false).map(drop),
            Op::TeamCreate { team: t } => ops::team::create(s, &who, &team(t)?, None, None).map(drop),
            Op::TeamAdd { team: t, target } => ops::team::add(s, &who, &team(t)?, &[email(target)?]).map(drop),
            Op::TeamRemove { team: t, target } => {
                ops::team::remove(s, &who, &team(t)?, &[email(target)?], false).map(drop)
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
                ops::dashboard::share(s, &who, &dash(d)?, &share_target(to)?, permission(perm)).map(drop)
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

    /// Runs one step and checks its exit code against the model.
    fn step(&mut self, step: &Step) -> Result<usize, TestCaseError> {
        let actor = self.model.resolve(step.org, step.actor);
        let op = self.model.concrete(step.org, &step.op);
        let args = command(step.org, actor, &op);
        let expect = self.model.step(step.org, actor, &op);
        let result = self.call(step.org, actor, &op);
        let code = exit_code(&result);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.transcript.push(format!("orgctl {} -> exit {code}", shell_words(&refs)));
        record(&SEEN, &step.op, code);
        if !expect.admits(code) {
            let why = result.err().map(|e| e.message).unwrap_or_default();
            return Err(self.fail(format!(
                "{op:?} in {} as {}: expected {expect:?}, got exit {code}\nerror: {why}",
                ORGS[step.org], USERS[actor]
            )));
        }
        if let Err(e) = result {
            if e.message.is_empty() {
                return Err(self.fail(format!("{op:?}: exit {code} without a message")));
            }
        }
        Ok(actor)
    }

    /// Compares one org's export (as one of its admins, written as JSON) with the model.
    fn check_org(&mut self, org: usize) -> Result<(), TestCaseError> {
        let admin = self.model.admins(org)[0];
        let exported = who(admin, Some(org))
            .and_then(|w| ops::manifest::export(&mut self.store, &w, &[Slug::parse(ORGS[org])?]))
            .and_then(|m| m.to_text(Format::Json));
        let text = exported
            .map_err(|e| self.fail(format!("export of {} as {} failed: {}", ORGS[org], USERS[admin], e.message)))?;
        let export: Value =
            serde_json::from_str(&text).map_err(|e| self.fail(format!("export is not JSON ({e}): {text}")))?;
        let actual = read_export(&export, ORGS[org]).map_err(|e| self.fail(e))?;
        let expected = self.model.snapshot(org);
        if actual != expected {
            return Err(self
                .fail(format!("{} differs from the model\nactual:   {actual:?}\nexpected: {expected:?}", ORGS[org])));
        }
        Ok(())
    }

    /// A member's `dashboard list` is the model's visible set; an outsider finds no org (exit 3).
    fn check_view(&mut self, org: usize, user: usize) -> Result<(), TestCaseError> {
        let mut seen = BTreeSet::new();
        let listed = who(user, Some(org)).and_then(|w| {
            ops::dashboard::list(&mut self.store, &w, &mut |d| {
                seen.insert(d.slug);
                Ok(())
            })
        });
        let code = exit_code(&listed);
        if !self.model.orgs[org].members.contains_key(&user) {
            if code != 3 || !seen.is_empty() {
                return Err(self.fail(format!(
                    "{} is not in {} but `dashboard list` gave exit {code}: {seen:?}",
                    USERS[user], ORGS[org]
                )));
            }
            return Ok(());
        }
        if let Err(e) = listed {
            return Err(self.fail(format!("dashboard list failed: {}", e.message)));
        }
        let expected = self.model.visible(org, user);
        if seen != expected {
            return Err(
                self.fail(format!("{} in {} sees {seen:?}, the model says {expected:?}", USERS[user], ORGS[org]))
            );
        }
        Ok(())
    }

    fn check_all(&mut self) -> Result<(), TestCaseError> {
        for org in 0..ORGS.len() {
            self.check_org(org)?;
            for user in 0..USERS.len() {
                self.check_view(org, user)?;
            }
        }
        Ok(())
    }
}

fn run_sequence(steps: &[Step]) -> Result<(), TestCaseError> {
    let mut world = World::new()?;
    world.check_all()?;
    for (i, step) in steps.iter().enumerate() {
        let actor = world.step(step)?;
        world.check_org(step.org)?;
        let viewer = if world.model.orgs[step.org].members.contains_key(&actor) {
            actor
        } else {
            world.model.resolve(step.org, Pick::Anyone(i))
        };
        world.check_view(step.org, viewer)?;
    }
    world.check_all()?;
    match ops::db::check(&mut world.store) {
        Ok(problems) if problems.is_empty() => Ok(()),
        Ok(problems) => Err(world.fail(format!("db check found: {problems:?}"))),
        Err(e) => Err(world.fail(format!("db check failed: {}", e.message))),
    }
}

#[test]
fn random_sequences_through_ops_keep_the_invariants() {
    let config = Config {
        cases: if heavy() { 2048 } else { 256 },
        // Failures are reported with their full transcript; nothing is written into the tree.
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&sequence(), |steps| run_sequence(&steps));
    if let Ok(seen) = SEEN.lock() {
        eprintln!("in-process exit codes by step kind: {seen:?}");
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}
