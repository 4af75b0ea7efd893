//! The audit log: one entry per change, its fields, the filters, admin-only, per-org, failures leave no trace.

use serde_json::Value;

use crate::common::*;

const ORG_CREATE: &str = "org.create";
const ORG_EDIT: &str = "org.edit";
const MEMBER_ADD: &str = "member.add";
const MEMBER_REMOVE: &str = "member.remove";
const MEMBER_SET_ROLE: &str = "member.set_role";

fn entries(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["audit", "list"];
    args.extend_from_slice(extra);
    array(&env.json(&args)).clone()
}

fn actions(list: &[Value]) -> Vec<String> {
    list.iter().map(|e| str_field(e, "action")).collect()
}

/// Why some tests here run on PostgreSQL only: on SQLite,
/// `in_process::audit` checks the same entries, exactly, through `ops`.
const IN_PROCESS: &str = "on SQLite, in_process::audit checks these entries in-process";

#[test]
fn entries_have_the_contract_fields() {
    let env = Env::new();
    env.seed();
    let list = entries(&env, &[]);
    assert!(!list.is_empty());
    for e in &list {
        assert_keys(e, &["id", "at", "actor", "org", "action", "target", "details"]);
        assert_utc_time(&str_field(e, "at"));
        assert_eq!(slug_of(&e["org"]).as_deref(), Some(ORG), "{e}");
        assert_eq!(email_of(&e["actor"]).as_deref(), Some(ALICE), "{e}");
    }
    let acts = actions(&list);
    assert!(acts.contains(&ORG_CREATE.to_string()), "{acts:?}");
    let add =
        list.iter().find(|e| e["action"] == MEMBER_ADD).unwrap_or_else(|| panic!("no {MEMBER_ADD} entry in {acts:?}"));
    assert!(add["target"].to_string().contains(BOB), "target should name bob: {add}");
}

#[test]
fn every_change_writes_exactly_one_entry() {
    if postgres_only(IN_PROCESS) {
        return;
    }
    let env = Env::new();
    env.seed();
    let steps: Vec<(Vec<&str>, &str)> = vec![
        (vec!["member", "add", CAROL], MEMBER_ADD),
        (vec!["member", "set-role", CAROL, "admin"], MEMBER_SET_ROLE),
        (vec!["org", "edit", "--name", "Acme Two"], ORG_EDIT),
        (vec!["member", "remove", CAROL, "--yes"], MEMBER_REMOVE),
    ];
    for (args, action) in steps {
        let before = entries(&env, &[]);
        env.ok(&args);
        let after = entries(&env, &[]);
        assert_eq!(after.len(), before.len() + 1, "{args:?} should add one entry");
        let new: Vec<&Value> = after.iter().filter(|e| !before.contains(e)).collect();
        assert_eq!(new.len(), 1, "{args:?}");
        assert_eq!(new[0]["action"], action, "{args:?}: {}", new[0]);
    }
}

#[test]
fn failed_commands_write_no_entry() {
    let env = Env::new();
    env.seed();
    let before = entries(&env, &[]);
    env.fails(&["member", "add", BOB, "--role", "admin"], 5);
    env.fails(&["member", "add", "ghost@example.com"], 3);
    env.fails(&["member", "remove", ALICE, "--yes"], 5);
    env.fails(&["member", "set-role", ALICE, "member"], 5);
    env.fails(&["--as", BOB, "member", "add", CAROL], 4);
    env.fails(&["member", "remove", BOB], 2);
    env.fails(&["org", "leave"], 5);
    assert_eq!(entries(&env, &[]), before);
}

#[test]
fn filters_by_actor_and_action() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "member", "add", CAROL]);
    env.ok(&["--as", BOB, "member", "add", DAVE]);

    let by_bob = entries(&env, &["--actor", BOB]);
    assert_eq!(by_bob.len(), 2, "{by_bob:?}");
    assert!(by_bob.iter().all(|e| email_of(&e["actor"]).as_deref() == Some(BOB)));

    let adds = entries(&env, &["--action", MEMBER_ADD]);
    assert_eq!(adds.len(), 3, "bob, carol and dave were added: {adds:?}");
    assert!(adds.iter().all(|e| e["action"] == MEMBER_ADD));

    let both = entries(&env, &["--actor", ALICE, "--action", MEMBER_ADD]);
    assert_eq!(both.len(), 1, "{both:?}");
}

#[test]
fn limit_and_since() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    let all = entries(&env, &[]);
    assert!(all.len() >= 3);
    assert_eq!(entries(&env, &["--limit", "1"]).len(), 1);
    assert_eq!(entries(&env, &["--limit", "2"]).len(), 2);
    assert_eq!(entries(&env, &["--since", "1h"]), all);
    assert_eq!(entries(&env, &["--since", "7d"]), all);
    env.fails(&["audit", "list", "--since", "yesterday"], 2);
    env.fails(&["audit", "list", "--limit", "many"], 2);
}

#[test]
fn entry_ids_are_unique() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    let list = entries(&env, &[]);
    let mut ids: Vec<String> = list.iter().map(|e| e["id"].to_string()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), list.len());
}

#[test]
fn only_admins_read_the_log() {
    let env = Env::new();
    env.seed();
    let err = env.json_err(&["--as", BOB, "audit", "list"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", CAROL, "--org", ORG, "audit", "list"], 3);
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "audit", "list"]);
}

#[test]
fn the_log_is_per_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    env.ok(&["--as", CAROL, "--org", "globex", "member", "add", DAVE]);
    let globex = array(&env.json(&["--as", CAROL, "--org", "globex", "audit", "list"])).clone();
    assert!(!globex.is_empty());
    assert!(globex.iter().all(|e| slug_of(&e["org"]).as_deref() == Some("globex")), "{globex:?}");
    let acme = entries(&env, &[]);
    assert!(acme.iter().all(|e| slug_of(&e["org"]).as_deref() == Some(ORG)), "{acme:?}");
    assert!(!acme.iter().any(|e| e.to_string().contains(DAVE)), "globex leaked into acme: {acme:?}");
}

#[test]
fn tsv_has_one_row_per_entry() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    let out = env.ok(&["audit", "list"]);
    assert_eq!(out.lines().count(), entries(&env, &[]).len(), "tsv:\n{out}");
    assert!(out.lines().all(|l| l.contains('\t')), "tsv:\n{out}");
}

/// The writes of someone not acting as a member yet go through doors of
/// their own and are recorded all the same, in the org they touch, with
/// them as the actor: accepting and declining an invite, founding an org.
#[test]
fn changes_by_those_not_yet_members_are_recorded_in_the_org_they_touch() {
    let env = Env::new();
    env.seed();
    let invite = |email: &str| str_field(&array(&env.json(&["invite", "create", email]))[0], "token");
    let (to_carol, to_dave) = (invite(CAROL), invite(DAVE));
    env.ok(&["--as", CAROL, "invite", "accept", &to_carol]);
    env.ok(&["--as", DAVE, "invite", "decline", &to_dave]);
    let list = entries(&env, &[]);
    for (action, actor) in [("invite.accept", CAROL), ("invite.decline", DAVE)] {
        let e = list.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("no {action} in {list:?}"));
        assert_eq!(email_of(&e["actor"]).as_deref(), Some(actor), "{e}");
        assert_eq!(slug_of(&e["org"]).as_deref(), Some(ORG), "{e}");
        assert!(e["target"].to_string().contains(actor), "{e}");
    }
    env.ok(&["--as", BOB, "org", "create", "bobco"]);
    let theirs = array(&env.json_in(BOB, "bobco", &["audit", "list"])).clone();
    assert_eq!(actions(&theirs), vec![ORG_CREATE.to_string()], "{theirs:?}");
    assert_eq!(email_of(&theirs[0]["actor"]).as_deref(), Some(BOB), "{}", theirs[0]);
}

/// The details of an entry, newest first, for `action`.
fn details_of(env: &Env, action: &str) -> Vec<String> {
    let log = env.json(&["audit", "list", "--action", action]);
    array(&log).iter().map(|e| str_field(e, "details")).collect()
}

/// A password-only `connector edit` leaves a (masked) detail; an
/// `integration.edit` records `field=OLD→NEW` per changed field; values that
/// could read as another field are quoted.
#[test]
fn edit_details_name_each_change_masked_and_quoted() {
    if postgres_only(IN_PROCESS) {
        return;
    }
    let env = Env::new();
    env.seed();
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://reader:Old5ecret@db/x"]);
    env.ok(&["connector", "edit", "wh", "--url", "postgres://reader:New5ecret@db/x"]);
    let d = details_of(&env, "connector.edit");
    assert_eq!(d, vec!["url=postgres://reader:****@db/x→postgres://reader:****@db/x".to_string()], "{d:?}");

    let hook = "https://hooks.slack.com/services/T0/B0/Hook5ecretA";
    env.ok(&["integration", "add", "ops", "--kind", "slack", "--url", hook, "--channel", "#ops"]);
    env.ok(&["integration", "edit", "ops", "--channel", "#alerts"]);
    env.ok(&["integration", "edit", "ops", "--url", "https://hooks.slack.com/services/T0/B0/Hook5ecretB"]);
    let d = details_of(&env, "integration.edit");
    assert_eq!(
        d,
        vec![
            "url=https://hooks.slack.com/****→https://hooks.slack.com/****".to_string(),
            "channel=#ops→#alerts".to_string()
        ],
        "{d:?}"
    );
    let log = env.json(&["audit", "list"]).to_string();
    assert!(!log.contains("5ecret"), "{log}");

    env.ok(&["dashboard", "create", "Kpis", "--slug", "kpis"]);
    env.ok(&["dashboard", "edit", "kpis", "--title", "visibility=restricted→org"]);
    let d = details_of(&env, "dashboard.edit");
    assert_eq!(d, vec!["title=Kpis→\"visibility=restricted→org\"".to_string()], "{d:?}");
}

/// Who did it (issue 22): on PostgreSQL the table and TSV show the database
/// login beside the user it acted as, and `--login ROLE` keeps that login's
/// entries; on SQLite no entry has a login, so `--login` finds none.
#[test]
fn the_login_is_shown_and_filtered_on() {
    let env = Env::new();
    env.seed();
    let tsv = env.ok(&["audit", "list"]);
    let first = tsv.lines().next().unwrap_or_default();
    let by_login = env.ok(&["audit", "list", "--login", PG_APP_ROLE]);
    let by_other = env.ok(&["audit", "list", "--login", "nobody_at_all"]);
    assert!(by_other.is_empty(), "{by_other}");
    if on_postgres() {
        assert!(first.contains(&format!("{ALICE} (login {PG_APP_ROLE})")), "{tsv}");
        assert_eq!(by_login, tsv, "every entry here was written through the tests' login");
    } else {
        assert!(!first.contains("(login "), "{tsv}");
        assert!(by_login.is_empty(), "{by_login}");
    }
}
