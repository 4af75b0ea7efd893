//! Policy as code: `[[orgs.tests]]` and `[orgs.rules]` in a manifest, evaluated by `apply` against
//! the state it would commit (exit 8, nothing written, every finding) and by `check -f` against the
//! store as it is; malformed tests and rules are usage errors naming the place.

use serde_json::Value;

use crate::common::*;

const CASEY: &str = "casey@contractor.test";

/// A manifest creating acme with alice (admin), casey (member, in team audit),
/// a restricted prod-health shared with audit, a restricted payroll, then
/// `policy` (rules and tests) appended to the org.
fn manifest(policy: &str) -> String {
    format!(
        r#"users = [{{ email = "alice@example.com", name = "Alice" }}, {{ email = "{CASEY}", name = "Casey" }}]
[[orgs]]
slug = "acme"
members = [{{ email = "alice@example.com", role = "admin" }}, {{ email = "{CASEY}" }}]
teams = [{{ slug = "audit", members = ["{CASEY}"] }}]
dashboards = [
  {{ slug = "prod-health", title = "Production health", visibility = "restricted", owner = "alice@example.com", grants = [ {{ team = "audit", permission = "view" }} ] }},
  {{ slug = "payroll", title = "Payroll", visibility = "restricted", owner = "alice@example.com" }},
]
connectors = [{{ name = "warehouse", kind = "postgres", url = "postgres://reader@db.internal/analytics" }}]
security = {{ connector_access = "granted", member_dashboards = false }}
{policy}
"#
    )
}

const HOLDS: &str = r#"  [orgs.rules]
  min-admins = 1
  team-grants-only = true
  [[orgs.tests]]
  user = "casey@contractor.test"
  can = ["view dashboard/prod-health"]
  cannot = ["create-dashboard", "use connector/warehouse", "view dashboard/payroll", "manage-members"]
"#;

fn findings(err: &Value) -> Vec<(String, String)> {
    array(&err["error"]["findings"])
        .iter()
        .map(|f| {
            assert_keys(f, &["kind", "org", "key", "message"]);
            (str_field(f, "kind"), str_field(f, "key"))
        })
        .collect()
}

#[test]
fn apply_commits_when_every_test_and_rule_holds_and_check_agrees() {
    let env = Env::new();
    let file = env.write("m.toml", &manifest(HOLDS));
    env.ok(&["--as", ALICE, "apply", "-f", &file]);
    let out = env.run(&["--as", ALICE, "--org", "acme", "check", "-f", &file]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(
        stderr(&out).contains("All 5 tests and 2 rules hold") || stdout(&out).contains("All 5 tests and 2 rules hold")
    );
    let json = env.json(&["--as", ALICE, "check", "-f", &file]);
    assert_eq!((json["ok"].as_bool(), json["tests"].as_i64(), json["rules"].as_i64()), (Some(true), Some(5), Some(2)));
    // Rules and tests are the file's, not the store's: export leaves them out.
    let export = env.ok(&["--as", ALICE, "--org", "acme", "export"]);
    assert!(!export.contains("orgs.rules") && !export.contains("orgs.tests"), "{export}");
}

#[test]
fn apply_refuses_with_exit_8_listing_every_finding_and_writes_nothing() {
    let env = Env::new();
    let bad = r#"  [orgs.rules]
  min-admins = 2
  team-grants-only = true
  [[orgs.tests]]
  user = "casey@contractor.test"
  can = ["view dashboard/payroll", "use connector/warehouse"]
  cannot = ["view dashboard/prod-health"]
"#;
    let file = env.write("m.toml", &manifest(bad));
    let out = env.fails(&["--as", ALICE, "apply", "-f", &file], 8);
    let err = stderr(&out);
    assert!(err.contains("4 policy finding(s)"), "{err}");
    assert!(err.contains("acme rule min-admins"), "{err}");
    assert!(
        err.contains("acme test casey@contractor.test can view dashboard/payroll: can-i says no"),
        "the pair and can-i's reason: {err}"
    );
    assert!(err.contains("cannot view dashboard/prod-health: can-i says yes: team audit has view"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", describe(&out));
    // Nothing was written: the org does not exist.
    env.fails(&["--as", ALICE, "--org", "acme", "org", "show"], 3);
    // JSON: kind policy, findings with kind, org, key, message.
    let json = env.json_err(&["--as", ALICE, "apply", "-f", &file], 8);
    assert_error_kind(&json, "policy");
    let f = findings(&json);
    assert_eq!(f.len(), 4, "{json}");
    assert!(f.contains(&("rule".into(), "min-admins".into())), "{f:?}");
    assert!(f.contains(&("test".into(), format!("{CASEY} can use connector/warehouse"))), "{f:?}");
    // A dry run reports them too.
    let out = env.fails(&["--as", ALICE, "apply", "-f", &file, "--dry-run"], 8);
    assert!(stderr(&out).contains("acme rule min-admins"), "{}", describe(&out));
}

#[test]
fn apply_evaluates_the_state_it_would_leave() {
    let env = Env::new();
    // Without the team grant the test fails; the same file adding it passes.
    let without = manifest(HOLDS).replace(r#"grants = [ { team = "audit", permission = "view" } ]"#, "grants = []");
    let file = env.write("without.toml", &without);
    env.fails(&["--as", ALICE, "apply", "-f", &file], 8);
    let file = env.write("with.toml", &manifest(HOLDS));
    env.ok(&["--as", ALICE, "apply", "-f", &file]);
    // A user grant then breaks team-grants-only: check (live store) says so.
    env.ok(&["--as", ALICE, "--org", "acme", "dashboard", "share", "payroll", "--user", CASEY]);
    let json = env.json_err(&["--as", ALICE, "check", "-f", &file], 8);
    let f = findings(&json);
    assert!(f.contains(&("rule".into(), "team-grants-only".into())), "{f:?}");
    assert!(f.contains(&("test".into(), format!("{CASEY} cannot view dashboard/payroll"))), "{f:?}");
}

#[test]
fn rules_on_data_the_store_does_not_record_yet_fail_when_it_matters() {
    let env = Env::new();
    let rules = "  [orgs.rules]\n  max-grant-lifetime = \"90d\"\n  every-team-has-maintainer = true\n";
    let file = env.write("m.toml", &manifest(rules));
    let json = env.json_err(&["--as", ALICE, "apply", "-f", &file], 8);
    let f = findings(&json);
    assert!(f.contains(&("rule".into(), "max-grant-lifetime".into())), "{f:?}");
    assert!(f.contains(&("rule".into(), "every-team-has-maintainer".into())), "{f:?}");
}

#[test]
fn check_is_for_admins_of_every_org_in_the_file() {
    let env = Env::new();
    let file = env.write("m.toml", &manifest(HOLDS));
    env.ok(&["--as", ALICE, "apply", "-f", &file]);
    env.fails(&["--as", CASEY, "check", "-f", &file], 4);
    env.ok(&["user", "add", DAVE]);
    env.fails(&["--as", DAVE, "check", "-f", &file], 3);
    let other = env.write("other.toml", "[[orgs]]\nslug = \"nowhere\"\n[orgs.rules]\nmin-admins = 1\n");
    env.fails(&["--as", ALICE, "check", "-f", &other], 3);
}

#[test]
fn malformed_tests_and_rules_are_usage_errors_naming_the_place() {
    let env = Env::new();
    for (policy, place) in [
        ("  [[orgs.tests]]\n  user = \"casey@contractor.test\"\n  can = [\"fly dashboard/x\"]\n", "tests[0].can[0]"),
        ("  [[orgs.tests]]\n  user = \"casey@contractor.test\"\n  cannot = [\"view\"]\n", "tests[0].cannot[0]"),
        ("  [[orgs.tests]]\n  user = \"not-an-email\"\n", "tests[0]"),
        ("  [orgs.rules]\n  max-grant-lifetime = \"ninety\"\n", "rules.max-grant-lifetime"),
        ("  [orgs.rules]\n  min-admins = 0\n", "rules"),
        ("  [orgs.rules]\n  max-admins = 3\n", "max-admins"),
    ] {
        let file = env.write("bad.toml", &manifest(policy));
        let err = stderr(&env.fails(&["--as", ALICE, "apply", "-f", &file], 2));
        assert!(err.contains(place), "{policy:?} should name {place}: {err}");
        env.fails(&["--as", ALICE, "check", "-f", &file], 2);
    }
}
