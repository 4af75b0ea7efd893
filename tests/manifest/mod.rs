//! `apply` and `export` (docs/contract.md §5), one file a concern: create / update / unchanged per
//! kind and idempotence (`apply`), invites, `--dry-run`, `--prune`, all-or-nothing failures,
//! permissions, malformed manifests, the export round trip and secrets left out of exports,
//! audit entries, parallel and big applies (`scale`). The manifests they apply live in
//! `tests/fixtures/manifest/`; the helpers below read reports and the store.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;

mod all_or_nothing;
mod apply;
mod audit;
mod dry_run;
mod export;
mod invites;
mod malformed;
mod permissions;
mod prune;
mod scale;

const ERIN: &str = "erin@example.com";
const FRANK: &str = "frank@example.com";

/// A manifest with one of everything: users, an org with billing, members, a
/// team, a restricted dashboard with a team grant and a user grant, a
/// connector and an invite.
const BASE: &str = fixture!("manifest/base.toml");

/// BASE with every updatable value changed.
const UPDATED: &str = fixture!("manifest/updated.toml");

/// `orgctl --json --as ACTOR apply -f FILE EXTRA...`, asserting success.
fn apply(env: &Env, actor: &str, file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["--as", actor, "apply", "-f", file];
    args.extend_from_slice(extra);
    let report = env.json(&args);
    assert_report_shape(&report);
    report
}

/// The store's logical content as `actor` sees it: the full export plus the
/// whole audit log of each named org.
fn state(env: &Env, actor: &str, orgs: &[&str]) -> String {
    let mut s = env.ok(&["--as", actor, "export"]);
    for org in orgs {
        s.push_str(&env.ok(&["--as", actor, "--org", org, "--json", "audit", "list", "--limit", "1000000"]));
    }
    s
}

fn audit(env: &Env, actor: &str, org: &str) -> Vec<Value> {
    array(&env.json(&["--as", actor, "--org", org, "audit", "list", "--limit", "1000000"])).clone()
}

fn changes(report: &Value) -> &Vec<Value> {
    array(&report["changes"])
}

/// The report's shape: `dry_run`, `changes` (action, kind, org, target), and a
/// `summary` that counts them.
fn assert_report_shape(report: &Value) {
    assert_keys(report, &["dry_run", "changes", "summary"]);
    assert!(report["dry_run"].is_boolean(), "{report}");
    let (mut created, mut updated, mut deleted) = (0, 0, 0);
    for c in changes(report) {
        assert_keys(c, &["action", "kind", "target"]);
        match c["action"].as_str() {
            Some("created") => created += 1,
            Some("updated") => updated += 1,
            Some("deleted") => deleted += 1,
            other => panic!("a change's action is created, updated or deleted, got {other:?} in {c}"),
        }
        let kind = str_field(c, "kind");
        assert!(!str_field(c, "target").is_empty(), "{c}");
        if kind == "user" {
            assert!(c.get("org").is_none_or(Value::is_null), "a user belongs to no org: {c}");
        } else {
            assert!(c["org"].is_string(), "a change of kind {kind} names its org: {c}");
        }
    }
    let s = &report["summary"];
    assert_keys(s, &["created", "updated", "deleted"]);
    assert_eq!(
        (s["created"].as_u64(), s["updated"].as_u64(), s["deleted"].as_u64()),
        (Some(created), Some(updated), Some(deleted)),
        "summary counts the changes: {report}"
    );
}

/// (action, kind, org, target) of every change, in order; `org` is "" for none.
fn plan(report: &Value) -> Vec<(String, String, String, String)> {
    changes(report)
        .iter()
        .map(|c| {
            (
                str_field(c, "action"),
                str_field(c, "kind"),
                c["org"].as_str().unwrap_or("").to_string(),
                str_field(c, "target"),
            )
        })
        .collect()
}

/// The one change with this action and kind whose target contains every needle.
fn one<'a>(report: &'a Value, action: &str, kind: &str, needles: &[&str]) -> &'a Value {
    let found: Vec<&Value> = changes(report)
        .iter()
        .filter(|c| c["action"] == action && c["kind"] == kind)
        .filter(|c| needles.iter().all(|n| c["target"].as_str().unwrap_or("").contains(n)))
        .collect();
    assert_eq!(found.len(), 1, "expected one {action} {kind} {needles:?} in\n{report:#}");
    found[0]
}

fn count(report: &Value, action: &str, kind: &str) -> usize {
    changes(report).iter().filter(|c| c["action"] == action && c["kind"] == kind).count()
}

fn assert_no_changes(report: &Value) {
    assert_eq!(report["changes"], serde_json::json!([]), "expected no changes:\n{report:#}");
    assert_eq!(report["summary"], serde_json::json!({"created": 0, "updated": 0, "deleted": 0}), "{report}");
}

/// Does this user exist? (`--as` an unknown user is exit 3.)
fn user_exists(env: &Env, email: &str) -> bool {
    match env.code(&["--as", email, "user", "show"]) {
        0 => true,
        3 => false,
        other => panic!("user show as {email}: exit {other}"),
    }
}

fn sorted(v: &Value) -> Vec<String> {
    // Strings, or objects named by their email (team members in `team show`).
    let mut out: Vec<String> = array(v).iter().map(|x| email_of(x).unwrap_or_default()).collect();
    out.sort();
    out
}

/// Grants of a dashboard as sorted "team:eng=edit" / "user:x=view" strings.
fn grants(dashboard: &Value) -> Vec<String> {
    let mut out: Vec<String> = array(&dashboard["grants"])
        .iter()
        .map(|g| {
            let to = match (g["team"].as_str(), g["user"].as_str()) {
                (Some(t), _) => format!("team:{t}"),
                (_, Some(u)) => format!("user:{u}"),
                _ => panic!("grant without team or user: {g}"),
            };
            format!("{to}={}", str_field(g, "permission"))
        })
        .collect();
    out.sort();
    out
}

/// acme with more than PRUNE names (dave as second admin, team ops, carol in
/// eng, dashboard old, grants to eng and ops on kpis, connector legacy, a
/// pending invite), and beta, which the file does not name.
fn prune_fixture(env: &Env) {
    env.seed();
    for args in [
        vec!["member", "add", CAROL],
        vec!["member", "add", DAVE, "--role", "admin"],
        vec!["team", "create", "eng"],
        vec!["team", "create", "ops"],
        vec!["team", "add", "eng", BOB, CAROL],
        vec!["dashboard", "create", "KPIs", "--slug", "kpis"],
        vec!["dashboard", "create", "Old", "--slug", "old"],
        vec!["connector", "add", "warehouse", "--kind", "postgres", "--url", "postgres://reader@db/a"],
        vec!["connector", "add", "legacy", "--kind", "mysql", "--url", "mysql://db/legacy"],
        vec!["invite", "create", ERIN],
        vec!["org", "create", "beta"],
        vec!["--org", "beta", "member", "add", BOB],
        vec!["--org", "beta", "team", "create", "x"],
    ] {
        let mut full = vec!["--as", ALICE];
        if args[0] != "--org" {
            full.extend_from_slice(&["--org", ORG]);
        }
        full.extend_from_slice(&args);
        env.ok(&full);
    }
    // The grants, through apply (without --prune it only adds).
    let grants = fixture!("manifest/prune-grants.toml");
    let r = apply(env, ALICE, &env.write("grants.toml", grants), &[]);
    assert_eq!(count(&r, "created", "grant"), 3, "{r:#}");
}

/// Names part of what `prune_fixture` made, exactly as it is (alice, the
/// acting user, is not listed).
const PRUNE: &str = fixture!("manifest/prune.toml");
