//! Integrations (docs/contract.md §1 Integration, issue 15): add/list/show/edit/remove/test, the secret URL
//! masked in every output, the audit log and errors, kept only by export.

use crate::common::*;

const SLACK: &str = "https://hooks.slack.com/services/T0001/B0002/SlackSecret123";
const PD_KEY: &str = "0123456789abcdef0123456789abcdef";

/// `integration add alerts`: a Slack webhook on `#ops` for two events.
const ADD_SLACK: [&str; 11] = [
    "integration",
    "add",
    "alerts",
    "--kind",
    "slack",
    "--url",
    SLACK,
    "--channel",
    "#ops",
    "--events",
    "member.add,invite.accept",
];

fn add_slack(env: &Env) {
    env.ok(&ADD_SLACK);
}

#[test]
fn add_list_show_mask_the_url_in_every_format() {
    let env = Env::new();
    env.seed();
    let v = env.json(&ADD_SLACK);
    assert_eq!(v["action"], "created");
    assert_eq!(v["org"], ORG);
    assert_keys(&v, &["name", "kind", "url", "channel", "events"]);
    assert_eq!(v["kind"], "slack");
    assert_eq!(v["channel"], "#ops");
    assert_eq!(v["events"], serde_json::json!(["member.add", "invite.accept"]));
    assert!(!v.to_string().contains("SlackSecret123"), "{v}");

    let list = env.json(&["integration", "list"]);
    assert_eq!(array(&list).len(), 1);
    assert_eq!(list[0]["name"], "alerts");
    assert_eq!(list[0]["events"], serde_json::json!(["member.add", "invite.accept"]));
    let show = env.json(&["integration", "show", "alerts"]);
    assert_eq!(show["url"], "https://hooks.slack.com/****");
    for args in [
        &["integration", "list"][..],
        &["-o", "table", "integration", "list"],
        &["integration", "show", "alerts"],
        &["-o", "table", "integration", "show", "alerts"],
        &["audit", "list"],
        &["--json", "audit", "list"],
    ] {
        let out = env.ok(args);
        assert!(!out.contains("SlackSecret123") && !out.contains("T0001/B0002"), "{args:?} leaks:\n{out}");
    }
    let tsv = env.ok(&["integration", "list"]);
    assert_eq!(tsv.trim_end(), "alerts\tslack\thttps://hooks.slack.com/****\t#ops\tmember.add,invite.accept");
}

#[test]
fn adding_again_is_unchanged_and_other_values_conflict() {
    let env = Env::new();
    env.seed();
    add_slack(&env);
    let v = env.json(&ADD_SLACK);
    assert_eq!(v["action"], "unchanged");
    let err = env.json_err(&["integration", "add", "alerts", "--kind", "webhook", "--url", "https://h.example/x"], 5);
    assert_error_kind(&err, "conflict");
    let audit = env.json(&["audit", "list", "--action", "integration.add"]);
    assert_eq!(array(&audit).len(), 1, "an unchanged add writes no audit entry: {audit}");
}

#[test]
fn members_list_names_kinds_and_events_but_manage_nothing() {
    let env = Env::new();
    env.seed();
    add_slack(&env);
    let list = env.json(&["--as", BOB, "integration", "list"]);
    assert_eq!(list[0]["name"], "alerts");
    assert_eq!(list[0]["kind"], "slack");
    assert!(list[0]["url"].is_null() && list[0]["channel"].is_null(), "{list}");
    for args in [
        &["--as", BOB, "integration", "show", "alerts"][..],
        &["--as", BOB, "integration", "test", "alerts"],
        &["--as", BOB, "integration", "edit", "alerts", "--channel", "#x"],
        &["--as", BOB, "integration", "remove", "alerts", "--yes"],
        &["--as", BOB, "integration", "add", "x", "--kind", "webhook", "--url", "https://h.example/x"],
    ] {
        let err = env.json_err(args, 4);
        assert_error_kind(&err, "forbidden");
    }
    // A user of no org sees nothing: the org answers like a missing one.
    env.fails(&["--as", CAROL, "integration", "list"], 3);
}

#[test]
fn edit_changes_values_and_remove_deletes_with_audit() {
    let env = Env::new();
    env.seed();
    add_slack(&env);
    let v = env.json(&["integration", "edit", "alerts", "--channel", "#alerts", "--events", "member.remove"]);
    assert_eq!(v["action"], "updated");
    assert_eq!(v["channel"], "#alerts");
    assert_eq!(v["events"], serde_json::json!(["member.remove"]));
    let v = env.json(&["integration", "edit", "alerts", "--channel", "#alerts"]);
    assert_eq!(v["action"], "unchanged");
    let v = env.json(&["integration", "edit", "alerts", "--channel", "", "--events", ""]);
    assert!(v["channel"].is_null() && v["events"] == serde_json::json!([]), "{v}");
    env.fails(&["integration", "edit", "alerts"], 2);
    env.fails(&["integration", "edit", "nope", "--channel", "#x"], 3);
    let v = env.json(&["integration", "remove", "alerts", "--yes"]);
    assert_eq!(v["action"], "deleted");
    env.fails(&["integration", "show", "alerts"], 3);
    env.fails(&["integration", "remove", "alerts", "--yes"], 3);
    let actions: Vec<String> = array(&env.json(&["audit", "list"])).iter().map(|e| str_field(e, "action")).collect();
    for a in ["integration.add", "integration.edit", "integration.remove"] {
        assert!(actions.iter().any(|x| x == a), "no {a} in {actions:?}");
    }
    // Without a terminal, remove needs --yes.
    add_slack(&env);
    env.fails(&["integration", "remove", "alerts"], 2);
}

#[test]
fn test_checks_the_shape_for_the_kind_offline() {
    let env = Env::new();
    env.seed();
    let cases: &[(&str, &str, &str, bool)] = &[
        ("slack-ok", "slack", SLACK, true),
        ("slack-host", "slack", "https://example.com/services/T/B/Secret99", false),
        ("slack-http", "slack", "http://hooks.slack.com/services/T/B/Secret99", false),
        ("slack-path", "slack", "https://hooks.slack.com/services/Secret99", false),
        ("hook-ok", "webhook", "https://hooks.example.com/in?token=Secret99", true),
        ("hook-http", "webhook", "http://hooks.example.com/in?token=Secret99", false),
        ("teams-ok", "teams", "https://acme.webhook.office.com/webhookb2/Secret99", true),
        ("teams-http", "teams", "http://acme.webhook.office.com/webhookb2/Secret99", false),
        ("pd-ok", "pagerduty", PD_KEY, true),
        ("pd-short", "pagerduty", "Secret99", false),
    ];
    for (name, kind, url, valid) in cases {
        let out = env.run(&["integration", "add", name, "--kind", kind, "--url", url]);
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        assert!(!stderr(&out).contains("Secret99") && !stderr(&out).contains(PD_KEY), "{}", describe(&out));
        // A shape the test will refuse is warned about at once.
        assert_eq!(stderr(&out).contains("warning:"), !valid, "{name}: {}", describe(&out));
        let out = env.run(&["integration", "test", name]);
        if *valid {
            assert_eq!(code_of(&out), 0, "{name}: {}", describe(&out));
            assert!(stdout(&out).contains("valid"), "{}", describe(&out));
        } else {
            assert_eq!(code_of(&out), 2, "{name}: {}", describe(&out));
            let err = stderr(&out);
            assert!(err.starts_with("error:") && err.contains("hint:"), "{err}");
            assert!(!err.contains("Secret99"), "{err}");
        }
    }
    let v = env.json(&["integration", "test", "pd-ok", "--dry-run"]);
    assert_eq!(v["valid"], true);
    assert_eq!(v["url"], "****");
    env.fails(&["integration", "test", "missing"], 3);
}

#[test]
fn bad_input_is_a_usage_error_that_never_echoes_the_secret() {
    let env = Env::new();
    env.seed();
    for (kind, url) in [("slack", "not a url Secret99"), ("webhook", "Secret99"), ("pagerduty", "")] {
        let out = env.fails(&["integration", "add", "x", "--kind", kind, "--url", url], 2);
        assert!(!stderr(&out).contains("Secret99"), "{}", describe(&out));
    }
    env.fails(&["integration", "add", "x", "--kind", "email", "--url", "https://h.example/x"], 2);
    let out = env.fails(
        &["integration", "add", "x", "--kind", "webhook", "--url", "https://h.example/x", "--events", "member.ad"],
        2,
    );
    assert!(stderr(&out).contains("member.ad"), "{}", describe(&out));
    env.fails(&["integration", "add", "Bad_Name", "--kind", "webhook", "--url", "https://h.example/x"], 2);
    env.fails(&["integration", "edit", "x", "--url", "https://h.example/x"], 3);
    assert!(array(&env.json(&["integration", "list"])).is_empty());
}

#[test]
fn export_keeps_the_url_and_apply_restores_it() {
    let env = Env::new();
    env.seed();
    add_slack(&env);
    env.ok(&["integration", "add", "oncall", "--kind", "pagerduty", "--url", PD_KEY]);
    let text = env.ok(&["export"]);
    assert!(text.contains("[[orgs.integrations]]"), "{text}");
    assert!(text.contains(SLACK) && text.contains(PD_KEY), "export keeps the secret:\n{text}");
    assert!(text.contains("events = [\"member.add\", \"invite.accept\"]"), "{text}");

    let other = Env::new();
    let path = other.path("acme.toml");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_string_lossy().into_owned();
    let out = other.ok(&["--as", ALICE, "apply", "-f", &p]);
    assert!(out.contains("integration") && !out.contains("SlackSecret123"), "apply's plan masks:\n{out}");
    assert_eq!(other.ok(&["--as", ALICE, "export"]), text);
    let again = other.json(&["--as", ALICE, "apply", "-f", &p]);
    assert!(array(&again["changes"]).is_empty(), "{again}");
    let t = other.json(&["--as", ALICE, "--org", ORG, "integration", "test", "alerts"]);
    assert_eq!(t["valid"], true);
}

#[test]
fn a_typo_hint_never_repeats_the_secret() {
    let env = Env::new();
    env.seed();
    let out = env.fails(&["integration", "add", "x", "--kind", "slack", "--url", SLACK, "--chanel", "#ops"], 2);
    let err = stderr(&out);
    assert!(err.contains("--channel") && !err.contains("SlackSecret123"), "{err}");
    assert!(err.contains("https://hooks.slack.com/****"), "{err}");
    let url = format!("--url={PD_KEY}");
    let out = env.fails(&["integration", "add", "x", "--kind", "pagerduty", &url, "--evnts", "member.add"], 2);
    assert!(!stderr(&out).contains(PD_KEY), "{}", describe(&out));
}
