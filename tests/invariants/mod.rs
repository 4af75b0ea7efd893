//! Property test: random command sequences by random actors (admins, members,
//! outsiders) across two orgs, checked after every step against a small model
//! (docs/contract.md §1, §2), twice over: through the real binary with
//! `--json` (here), and in-process through `ops` on an in-memory store
//! ([`in_process`]). Both share the model and the strategy ([`model`]).
//!
//! After each step: the exit code is the one the model predicts, every org has
//! an admin, team members are org members, grants point inside their org, the
//! touched org exports exactly as the model says, and a member's `dashboard
//! list` is the model's visible set. At the end of each sequence every user's
//! view of both orgs is checked, outsiders are refused, and `db check` passes.
//!
//! Through the binary: 32 sequences of 30 steps by default (about 3,000
//! process starts); `ORGCTL_HEAVY=1` runs 256.

mod in_process;
mod model;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::process::Output;

use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

use self::model::{
    command, read_export, record, seed_manifests, sequence, shell_words, text, Model, Op, Pick, Seen, Step,
};
use self::model::{ORGS, USERS};
use crate::common::{code_of, heavy, parse_json, stderr, stdout, Env};

/// What a command did, as far as the checks need.
struct Ran {
    /// The exit code (the one the binary would end with, in-process).
    code: i32,
    /// What it said on failure (stderr, or the error's message), for the failure report.
    error: String,
}

/// The system under test: the binary ([`Binary`]) or `ops` in-process ([`in_process::InProcess`]).
/// Each reports what it ran; the checks against the model live once, in [`World`].
trait Driver: Sized {
    /// A fresh store holding [`seed_manifests`], the world of [`Model::initial`].
    fn seeded() -> Result<Self, String>;
    /// Runs the command a step stands for; an error when its output breaks the output rules.
    fn run(&mut self, org: usize, actor: usize, op: &Op) -> Result<Ran, String>;
    /// `export --json --org ORG` as `admin`, as JSON.
    fn export(&mut self, org: usize, admin: usize) -> Result<Value, String>;
    /// `dashboard list` in `org` as `user`: how it ended, and the slugs it listed.
    fn list(&mut self, org: usize, user: usize) -> Result<(Ran, BTreeSet<String>), String>;
    /// `db check`.
    fn db_check(&mut self) -> Result<(), String>;
    /// The commands run so far, for the failure message.
    fn transcript(&self) -> &[String];
}

/// One sequence's world: the system under test beside the model.
struct World<D> {
    driver: D,
    model: Model,
    seen: &'static Seen,
}

impl<D: Driver> World<D> {
    fn new(seen: &'static Seen) -> Result<World<D>, TestCaseError> {
        let driver = D::seeded().map_err(TestCaseError::fail)?;
        Ok(World { driver, model: Model::initial(), seen })
    }

    fn fail(&self, why: String) -> TestCaseError {
        TestCaseError::fail(format!("{why}\ncommands so far:\n  {}", self.driver.transcript().join("\n  ")))
    }

    /// Runs one step and checks its exit code and output against the model.
    fn step(&mut self, step: &Step) -> Result<usize, TestCaseError> {
        let actor = self.model.resolve(step.org, step.actor);
        let op = self.model.concrete(step.org, &step.op);
        let expect = self.model.step(step.org, actor, &op);
        let ran = self.driver.run(step.org, actor, &op).map_err(|e| self.fail(e))?;
        record(self.seen, &step.op, ran.code);
        if !expect.admits(ran.code) {
            return Err(self.fail(format!(
                "{op:?} in {} as {}: expected {expect:?}, got exit {}\nstderr: {}",
                ORGS[step.org], USERS[actor], ran.code, ran.error
            )));
        }
        Ok(actor)
    }

    /// Compares one org's export (as one of its admins) with the model.
    fn check_org(&mut self, org: usize) -> Result<(), TestCaseError> {
        let admin = self.model.admins(org)[0];
        let export = self.driver.export(org, admin).map_err(|e| self.fail(e))?;
        let actual = read_export(&export, ORGS[org]).map_err(|e| self.fail(e))?;
        let expected = self.model.snapshot(org);
        if actual != expected {
            return Err(self
                .fail(format!("{} differs from the model\nactual:   {actual:?}\nexpected: {expected:?}", ORGS[org])));
        }
        Ok(())
    }

    /// A member's `dashboard list` is the model's visible set; an outsider finds no org.
    fn check_view(&mut self, org: usize, user: usize) -> Result<(), TestCaseError> {
        let (ran, seen) = self.driver.list(org, user).map_err(|e| self.fail(e))?;
        if !self.model.orgs[org].members.contains_key(&user) {
            if ran.code != 3 || !seen.is_empty() {
                return Err(self.fail(format!(
                    "{} is not in {} but `dashboard list` gave exit {}: {seen:?}",
                    USERS[user], ORGS[org], ran.code
                )));
            }
            return Ok(());
        }
        if ran.code != 0 {
            return Err(self.fail(format!("dashboard list failed: {}", ran.error)));
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

    fn run_sequence(mut self, steps: &[Step]) -> Result<(), TestCaseError> {
        self.check_all()?;
        for (i, step) in steps.iter().enumerate() {
            let actor = self.step(step)?;
            self.check_org(step.org)?;
            // The actor's own view, or (once they are gone) some member's: one list per step keeps it fast.
            let viewer = if self.model.orgs[step.org].members.contains_key(&actor) {
                actor
            } else {
                self.model.resolve(step.org, Pick::Anyone(i))
            };
            self.check_view(step.org, viewer)?;
        }
        self.check_all()?;
        self.driver.db_check().map_err(|e| self.fail(e))
    }
}

/// Runs the proptest of random sequences through `D`, then prints the exit codes seen.
fn check_sequences<D: Driver>(config: Config, seen: &'static Seen, label: &str) {
    let mut runner = TestRunner::new(config);
    let result = runner.run(&sequence(), |steps| World::<D>::new(seen)?.run_sequence(&steps));
    if let Ok(seen) = seen.lock() {
        eprintln!("{label}exit codes by step kind: {seen:?}");
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The real binary, one process per command, on its own store file.
struct Binary {
    env: Env,
    transcript: Vec<String>,
}

impl Binary {
    fn run_args(&mut self, args: &[&str]) -> Output {
        let out = self.env.run(args);
        self.transcript.push(format!("orgctl {} -> exit {}", shell_words(args), code_of(&out)));
        out
    }

    fn ran(out: &Output) -> Ran {
        Ran { code: code_of(out), error: stderr(out) }
    }
}

impl Driver for Binary {
    fn seeded() -> Result<Binary, String> {
        let mut b = Binary { env: Env::new(), transcript: Vec::new() };
        for (actor, text, name) in seed_manifests() {
            let path = b.env.path(name);
            fs::write(&path, text).map_err(|e| e.to_string())?;
            let out = b.run_args(&["--as", USERS[actor], "-q", "apply", "-f", path.to_str().unwrap_or_default()]);
            if code_of(&out) != 0 {
                return Err(format!("seeding failed: {}", stderr(&out)));
            }
        }
        Ok(b)
    }

    fn run(&mut self, org: usize, actor: usize, op: &Op) -> Result<Ran, String> {
        let args = command(org, actor, op);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.run_args(&refs);
        if code_of(&out) == 0 {
            serde_json::from_str::<Value>(stdout(&out).trim())
                .map_err(|e| format!("stdout is not one JSON value ({e}): {}", stdout(&out)))?;
        } else {
            let err: Value = serde_json::from_str(stderr(&out).trim())
                .map_err(|e| format!("stderr is not one JSON error ({e}): {}", stderr(&out)))?;
            if err["error"]["kind"].as_str().is_none() {
                return Err(format!("JSON error without a kind: {err}"));
            }
        }
        Ok(Binary::ran(&out))
    }

    fn export(&mut self, org: usize, admin: usize) -> Result<Value, String> {
        let out = self.run_args(&["--json", "--as", USERS[admin], "export", "--org", ORGS[org]]);
        if code_of(&out) != 0 {
            return Err(format!("export of {} as {} failed: {}", ORGS[org], USERS[admin], stderr(&out)));
        }
        Ok(parse_json(&stdout(&out), &["export"]))
    }

    fn list(&mut self, org: usize, user: usize) -> Result<(Ran, BTreeSet<String>), String> {
        let out = self.run_args(&["--json", "--as", USERS[user], "--org", ORGS[org], "dashboard", "list"]);
        if code_of(&out) != 0 {
            if !stdout(&out).is_empty() {
                return Err(format!("`dashboard list` gave exit {} and printed: {}", code_of(&out), stdout(&out)));
            }
            return Ok((Binary::ran(&out), BTreeSet::new()));
        }
        let list = parse_json(&stdout(&out), &["dashboard", "list"]);
        let seen = list.as_array().into_iter().flatten().map(|d| text(d, "slug")).collect();
        Ok((Binary::ran(&out), seen))
    }

    fn db_check(&mut self) -> Result<(), String> {
        let out = self.run_args(&["db", "check"]);
        if code_of(&out) != 0 {
            return Err(format!("db check failed: {}", stderr(&out)));
        }
        Ok(())
    }

    fn transcript(&self) -> &[String] {
        &self.transcript
    }
}

/// Exit codes seen per kind of step, printed at the end to show what the run covered.
static SEEN: Seen = Seen::new(BTreeMap::new());

#[test]
fn random_command_sequences_keep_the_invariants() {
    let config = Config {
        cases: if heavy() { 256 } else { 32 },
        // A sequence costs about a second of process starts: shrink a little, not for ever.
        max_shrink_iters: 32,
        max_shrink_time: 120_000,
        // Failures are reported with their full transcript; nothing is written into the tree.
        failure_persistence: None,
        ..Config::default()
    };
    check_sequences::<Binary>(config, &SEEN, "");
}
