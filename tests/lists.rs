//! Lists that scale (issue 14): `--limit N` on every list with a stable
//! order, the filters, `audit list --action`/`--since` checks, member counts
//! in `team list`, and `whoami` on a stale context.

use serde_json::Value;

use crate::common::*;

/// acme with alice (admin), bob, carol, dave; teams eng (bob, carol) and ops;
/// dashboards by alice and bob, some restricted; invites; a connector; chats.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["member", "add", DAVE, "--role", "admin"]);
    env.ok(&["team", "create", "ops"]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB, CAROL]);
    env.ok(&["dashboard", "create", "Zeta", "--visibility", "restricted"]);
    env.ok(&["dashboard", "create", "Alpha"]);
    env.ok(&["--as", BOB, "dashboard", "create", "Beta", "--visibility", "restricted"]);
    env.ok(&["--as", BOB, "dashboard", "create", "Gamma"]);
    env.ok(&["invite", "create", "erin@example.com", "frank@example.com"]);
    env.ok(&["invite", "create", "gina@example.com"]);
    env.ok(&["invite", "revoke", "gina@example.com"]);
    env.ok(&["connector", "add", "wh", "--kind", "pg", "--url", "postgres://h/d"]);
    env.ok(&["connector", "add", "lake", "--kind", "pg", "--url", "postgres://h/l"]);
    env.ok(&["chat", "create", "One"]);
    env.ok(&["chat", "create", "Two"]);
    for name in ["zulu", "alpha"] {
        env.ok(&["integration", "add", name, "--kind", "webhook", "--url", "https://hooks.example.com/x"]);
    }
    env
}

fn field(list: &Value, key: &str) -> Vec<String> {
    array(list)
        .iter()
        .map(|v| match &v[key] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

#[test]
fn every_list_takes_a_limit_and_keeps_its_order() {
    let env = setup();
    // (list command, key, the full order)
    let lists: Vec<(Vec<&str>, &str)> = vec![
        (vec!["org", "list"], "slug"),
        (vec!["member", "list"], "email"),
        (vec!["team", "list"], "slug"),
        (vec!["dashboard", "list"], "slug"),
        (vec!["dashboard", "access", "zeta"], "email"),
        (vec!["invite", "list", "--state", "all"], "id"),
        (vec!["connector", "list"], "name"),
        (vec!["connector", "access", "wh"], "email"),
        (vec!["integration", "list"], "name"),
        (vec!["chat", "list"], "id"),
        (vec!["audit", "list"], "id"),
        (vec!["access", "review"], "email"),
    ];
    for (args, key) in lists {
        let all = env.json(&args);
        let full = field(&all, key);
        assert!(!full.is_empty(), "{args:?}");
        // Sorted as documented: by key (audit: newest first).
        let mut sorted = full.clone();
        match (args[0], key) {
            ("audit", _) => sorted.sort_by_key(|s| std::cmp::Reverse(s.parse::<i64>().unwrap())),
            (_, "id") => sorted.sort_by_key(|s| s.parse::<i64>().unwrap()),
            ("access", _) => {}
            _ => sorted.sort(),
        }
        assert_eq!(full, sorted, "{args:?} is sorted by {key}");
        let mut limited = args.clone();
        limited.extend(["--limit", "1"]);
        let one = env.json(&limited);
        assert_eq!(field(&one, key), full[..1].to_vec(), "{args:?} --limit 1");
        let out = env.ok(&limited);
        assert_eq!(out.lines().count(), 1, "{limited:?}: {out}");
        limited.pop();
        limited.push("0");
        env.fails(&limited, 2);
    }
}

#[test]
fn lists_filter_by_the_obvious_fields() {
    let env = setup();
    let admins = env.json(&["member", "list", "--role", "admin"]);
    assert_eq!(emails(&admins), vec![ALICE.to_string(), DAVE.to_string()]);
    let eng = env.json(&["member", "list", "--team", "eng"]);
    assert_eq!(emails(&eng), vec![BOB.to_string(), CAROL.to_string()]);
    let restricted = env.json(&["dashboard", "list", "--visibility", "restricted"]);
    assert_eq!(field(&restricted, "slug"), vec!["beta", "zeta"]);
    let bobs = env.json(&["dashboard", "list", "--owner", BOB]);
    assert_eq!(field(&bobs, "slug"), vec!["beta", "gamma"]);
    let both = env.json(&["dashboard", "list", "--owner", BOB, "--visibility", "org"]);
    assert_eq!(field(&both, "slug"), vec!["gamma"]);
    let revoked = env.json(&["invite", "list", "--state", "revoked"]);
    assert_eq!(emails(&revoked), vec!["gina@example.com".to_string()]);
    let pending = env.json(&["invite", "list"]);
    assert_eq!(emails(&pending), vec!["erin@example.com".to_string(), "frank@example.com".to_string()]);
    let by_bob = env.json(&["audit", "list", "--actor", BOB]);
    assert!(field(&by_bob, "actor").iter().all(|a| a == BOB) && !array(&by_bob).is_empty(), "{by_bob}");
    let team_actions = env.json(&["audit", "list", "--action", "team.create"]);
    assert_eq!(field(&team_actions, "target"), vec!["eng", "ops"]);
    let family = env.json(&["audit", "list", "--action", "team"]);
    assert_eq!(array(&family).len(), 4, "team.create twice and team.add twice: {family}");
}

#[test]
fn an_unknown_audit_action_is_a_usage_error_with_the_nearest_name() {
    let env = setup();
    let out = env.fails(&["audit", "list", "--action", "membr"], 2);
    let text = stderr(&out);
    assert!(text.contains("`--action member`"), "{text}");
    let out = env.fails(&["audit", "list", "--action", "team.ad"], 2);
    assert!(stderr(&out).contains("team.add"), "{}", stderr(&out));
    assert_error_kind(&env.json_err(&["audit", "list", "--action", "nope.nothing"], 2), "usage");
    // Known actions with no entries yet are no error: an empty list.
    assert_eq!(env.json(&["audit", "list", "--action", "billing.set"]), serde_json::json!([]));
}

#[test]
fn audit_since_takes_a_date_or_a_time() {
    let env = setup();
    let all = array(&env.json(&["audit", "list"])).len();
    assert!(all > 5);
    for since in ["2000-01-01", "2000-01-01T00:00:00Z", "2000-01-01T01:00:00+01:00", "1h"] {
        assert_eq!(array(&env.json(&["audit", "list", "--since", since])).len(), all, "{since}");
    }
    for since in ["2999-01-01", "2999-01-01T00:00:00Z"] {
        assert!(array(&env.json(&["audit", "list", "--since", since])).is_empty(), "{since}");
    }
    let out = env.fails(&["audit", "list", "--since", "yesterday"], 2);
    assert!(stderr(&out).contains("2026-11-01"), "the hint shows a date: {}", stderr(&out));
}

#[test]
fn team_list_shows_a_member_count() {
    let env = setup();
    let out = env.ok(&["team", "list"]);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows, vec![vec!["eng", "eng", "", "2"], vec!["ops", "ops", "", "0"]], "{out}");
    let v = env.json(&["team", "list"]);
    assert_eq!(array(&v)[0]["member_count"], 2, "{v}");
    // `team show` lists the members.
    let members: Vec<String> =
        array(&env.json(&["team", "show", "eng"])["members"]).iter().map(|m| str_field(m, "email")).collect();
    assert_eq!(members, vec![BOB.to_string(), CAROL.to_string()]);
}

#[test]
fn whoami_on_a_stale_context_says_so_and_exits_0() {
    let env = Env::new();
    env.seed();
    env.ok(&["login", BOB]);
    env.ok(&["--as", ALICE, "member", "remove", BOB, "--yes"]);
    let v = env.json(&["whoami"]);
    assert_eq!(email_of(&v["user"]).as_deref(), Some(BOB), "{v}");
    assert_eq!(v["org"], ORG, "{v}");
    assert_eq!(v["stale"], true, "{v}");
    assert!(v["repair"].as_str().unwrap_or("").contains("orgctl org switch"), "{v}");
    let out = env.run(&["whoami"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stdout(&out).contains("yes: the context is stale"), "{}", describe(&out));
    assert!(stderr(&out).contains("hint: run `orgctl org switch"), "{}", describe(&out));
    // The org itself gone, deleted by another admin.
    env.ok(&["--as", BOB, "org", "create", "gone"]);
    env.ok(&["org", "switch", "gone"]);
    env.ok(&["--org", "gone", "member", "add", ALICE, "--role", "admin"]);
    env.ok(&["--as", ALICE, "org", "delete", "gone", "--yes"]);
    let v = env.json(&["whoami"]);
    assert_eq!((v["stale"].clone(), v["org"].clone()), (Value::from(true), Value::from("gone")), "{v}");
    // A fresh context is not stale.
    env.ok(&["login", ALICE]);
    env.ok(&["org", "switch", ORG]);
    assert_eq!(env.json(&["whoami"])["stale"], false);
}
