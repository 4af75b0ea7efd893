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

use self::model::{command, read_export, record, seed_manifests, sequence, shell_words, text, Model, Pick, Seen, Step};
use self::model::{ORGS, USERS};
use crate::common::{code_of, heavy, parse_json, stderr, stdout, Env};

/// Exit codes seen per kind of step, printed at the end to show what the run covered.
static SEEN: Seen = Seen::new(BTreeMap::new());

/// One sequence's world: its own store, and a transcript for the failure message.
struct World {
    env: Env,
    model: Model,
    transcript: Vec<String>,
}

impl World {
    fn new() -> Result<World, TestCaseError> {
        let mut world = World { env: Env::new(), model: Model::initial(), transcript: Vec::new() };
        for (actor, text, name) in seed_manifests() {
            let path = world.env.path(name);
            fs::write(&path, text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let out = world.run(&["--as", USERS[actor], "-q", "apply", "-f", path.to_str().unwrap_or_default()]);
            if code_of(&out) != 0 {
                return Err(world.fail(format!("seeding failed: {}", stderr(&out))));
            }
        }
        Ok(world)
    }

    fn run(&mut self, args: &[&str]) -> Output {
        let out = self.env.run(args);
        self.transcript.push(format!("orgctl {} -> exit {}", shell_words(args), code_of(&out)));
        out
    }

    fn fail(&self, why: String) -> TestCaseError {
        TestCaseError::fail(format!("{why}\ncommands so far:\n  {}", self.transcript.join("\n  ")))
    }

    /// Runs one step and checks its exit code and output against the model.
    fn step(&mut self, step: &Step) -> Result<usize, TestCaseError> {
        let actor = self.model.resolve(step.org, step.actor);
        let op = self.model.concrete(step.org, &step.op);
        let args = command(step.org, actor, &op);
        let expect = self.model.step(step.org, actor, &op);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.run(&refs);
        let code = code_of(&out);
        record(&SEEN, &step.op, code);
        if !expect.admits(code) {
            return Err(self.fail(format!(
                "{op:?} in {} as {}: expected {expect:?}, got exit {code}\nstderr: {}",
                ORGS[step.org],
                USERS[actor],
                stderr(&out)
            )));
        }
        if code == 0 {
            serde_json::from_str::<Value>(stdout(&out).trim())
                .map_err(|e| self.fail(format!("stdout is not one JSON value ({e}): {}", stdout(&out))))?;
        } else {
            let err: Value = serde_json::from_str(stderr(&out).trim())
                .map_err(|e| self.fail(format!("stderr is not one JSON error ({e}): {}", stderr(&out))))?;
            if err["error"]["kind"].as_str().is_none() {
                return Err(self.fail(format!("JSON error without a kind: {err}")));
            }
        }
        Ok(actor)
    }

    /// Compares one org's export (as one of its admins) with the model.
    fn check_org(&mut self, org: usize) -> Result<(), TestCaseError> {
        let admin = self.model.admins(org)[0];
        let out = self.run(&["--json", "--as", USERS[admin], "export", "--org", ORGS[org]]);
        if code_of(&out) != 0 {
            return Err(self.fail(format!("export of {} as {} failed: {}", ORGS[org], USERS[admin], stderr(&out))));
        }
        let export = parse_json(&stdout(&out), &["export"]);
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
        let out = self.run(&["--json", "--as", USERS[user], "--org", ORGS[org], "dashboard", "list"]);
        let code = code_of(&out);
        if !self.model.orgs[org].members.contains_key(&user) {
            if code != 3 || !stdout(&out).is_empty() {
                return Err(self.fail(format!(
                    "{} is not in {} but `dashboard list` gave exit {code}: {}",
                    USERS[user],
                    ORGS[org],
                    stdout(&out)
                )));
            }
            return Ok(());
        }
        if code != 0 {
            return Err(self.fail(format!("dashboard list failed: {}", stderr(&out))));
        }
        let list = parse_json(&stdout(&out), &["dashboard", "list"]);
        let seen: BTreeSet<String> = list.as_array().into_iter().flatten().map(|d| text(d, "slug")).collect();
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
        // The actor's own view, or (once they are gone) some member's: one list per step keeps it fast.
        let viewer = if world.model.orgs[step.org].members.contains_key(&actor) {
            actor
        } else {
            world.model.resolve(step.org, Pick::Anyone(i))
        };
        world.check_view(step.org, viewer)?;
    }
    world.check_all()?;
    let out = world.run(&["db", "check"]);
    if code_of(&out) != 0 {
        return Err(world.fail(format!("db check failed: {}", stderr(&out))));
    }
    Ok(())
}

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
    let mut runner = TestRunner::new(config);
    let result = runner.run(&sequence(), |steps| run_sequence(&steps));
    if let Ok(seen) = SEEN.lock() {
        eprintln!("exit codes by step kind: {seen:?}");
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}
