//! Directory sync and managed rows (issue 23, docs/contract.md §1 "Managed
//! rows", §4 `sync`): a CSV or SCIM export reconciled with the org's members
//! and team memberships in one transaction, idempotent, `--dry-run`,
//! `--deprovision remove`, the `--max-changes` guard, bad rows named by their
//! place with nothing written, the policy (admins only), `sync.*` audit
//! entries, and manual changes to managed rows refused unless `--force`.

use serde_json::Value;

use crate::common::*;

const ERIN: &str = "erin@example.com";
const FRANK: &str = "frank@example.com";

/// acme with alice (admin, by hand) and bob (member, by hand), teams eng and ops.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "create", "ops"]);
    env
}

/// carol (admin, eng), erin (a user the store does not know yet; eng and ops), dave (member).
const PEOPLE: &str = "email,name,role,teams\n\
carol@example.com,Carol Poe,admin,eng\n\
erin@example.com,Erin Yu,,eng;ops\n\
dave@example.com,Dave Moe,member,\n";

fn sync_json(env: &Env, file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["sync", "-f", file, "--source", "okta"];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn member<'a>(list: &'a Value, email: &str) -> &'a Value {
    array(list).iter().find(|m| m["email"] == email).unwrap_or_else(|| panic!("{email} is not in {list}"))
}

fn audit_count(env: &Env) -> usize {
    array(&env.json(&["audit", "list"])).len()
}

/// The org's state a failed or dry sync must leave as it was.
fn state(env: &Env) -> (Value, Value, usize) {
    (env.json(&["member", "list"]), env.json(&["team", "list"]), audit_count(env))
}

#[test]
fn csv_sync_creates_users_and_members_marked_as_managed() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    let report = sync_json(&env, &file, &[]);
    assert_eq!(report["dry_run"], false, "{report}");
    assert_eq!(report["source"], "sync:okta");
    let rows: Vec<(String, String, String)> = array(&report["changes"])
        .iter()
        .map(|c| (str_field(c, "action"), str_field(c, "kind"), str_field(c, "key")))
        .collect();
    for want in [
        ("created", "user", ERIN),
        ("created", "member", ERIN),
        ("created", "team_member", "eng/erin@example.com"),
        ("created", "team_member", "ops/erin@example.com"),
        ("created", "member", CAROL),
        ("created", "member", DAVE),
    ] {
        let want = (want.0.to_string(), want.1.to_string(), want.2.to_string());
        assert!(rows.contains(&want), "{want:?} missing from {rows:?}");
    }
    assert!(!rows.iter().any(|r| r.1 == "user" && r.2 == CAROL), "carol existed: {rows:?}");

    let list = env.json(&["member", "list"]);
    assert_keys(member(&list, CAROL), &["email", "name", "role", "teams", "joined_at", "managed_by"]);
    assert_eq!(member(&list, CAROL)["role"], "admin");
    assert_eq!(member(&list, CAROL)["teams"], serde_json::json!(["eng"]));
    assert_eq!(member(&list, CAROL)["managed_by"], "sync:okta");
    assert_eq!(member(&list, ERIN)["name"], "Erin Yu");
    assert_eq!(member(&list, ERIN)["role"], "member", "no role in the file: member");
    assert_eq!(member(&list, ERIN)["teams"], serde_json::json!(["eng", "ops"]));
    assert_eq!(member(&list, DAVE)["managed_by"], "sync:okta");
    assert_eq!(member(&list, BOB)["managed_by"], Value::Null, "bob was added by hand and is not in the file");
    assert_eq!(member(&list, ALICE)["managed_by"], Value::Null);
}

#[test]
fn a_second_run_of_the_same_export_changes_nothing() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    let before = state(&env);
    let again = sync_json(&env, &file, &[]);
    assert_eq!(again["changes"], serde_json::json!([]), "{again}");
    assert_eq!(state(&env), before, "no new audit entries either");
    let out = env.run(&["sync", "-f", &file, "--source", "okta"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(stdout(&out), "", "nothing to print in a pipe");
    assert!(stderr(&out).contains("0 changes"), "{}", describe(&out));
}

#[test]
fn tsv_rows_are_receipts_action_kind_org_key_details() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    let out = env.ok(&["sync", "-f", &file, "--source", "okta"]);
    let row = out.lines().find(|l| l.contains("member\tacme\tcarol@example.com")).expect("carol's row");
    assert_eq!(row.split('\t').collect::<Vec<_>>(), ["created", "member", "acme", CAROL, "role=admin"], "{out}");
}

#[test]
fn roles_and_teams_follow_the_file_for_managed_members_only() {
    let env = setup();
    env.ok(&["team", "add", "ops", BOB]);
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    // erin leaves ops, carol becomes a member, bob (by hand) is listed as admin.
    env.ok(&["team", "add", "ops", CAROL]); // a membership made by hand stays
    let next = env.write(
        "next.csv",
        "email,name,role,teams\n\
         carol@example.com,Carol Poe,member,eng\n\
         erin@example.com,Erin Yu,,eng\n\
         dave@example.com,Dave Moe,member,\n\
         bob@example.com,Bob Roe,admin,eng\n",
    );
    let report = sync_json(&env, &next, &["--max-changes", "100%"]);
    let list = env.json(&["member", "list"]);
    assert_eq!(member(&list, CAROL)["role"], "member");
    assert_eq!(member(&list, CAROL)["teams"], serde_json::json!(["eng", "ops"]), "ops by hand stays");
    assert_eq!(member(&list, ERIN)["teams"], serde_json::json!(["eng"]));
    assert_eq!(member(&list, BOB)["role"], "member", "bob is not managed: untouched");
    assert_eq!(member(&list, BOB)["teams"], serde_json::json!(["ops"]));
    let findings = array(&report["findings"]);
    let bob = findings.iter().find(|f| f["key"] == BOB).expect("a finding about bob");
    assert_keys(bob, &["kind", "org", "key", "message"]);
    assert_eq!(bob["kind"], "unmanaged");
    assert_eq!(bob["org"], ORG);
    let kinds: Vec<(String, String)> =
        array(&report["changes"]).iter().map(|c| (str_field(c, "action"), str_field(c, "key"))).collect();
    assert!(kinds.contains(&("updated".into(), CAROL.into())), "{kinds:?}");
    assert!(kinds.contains(&("deleted".into(), "ops/erin@example.com".into())), "{kinds:?}");
}

#[test]
fn scim_list_response_syncs_and_active_false_deprovisions() {
    let env = setup();
    let scim = |erin_active: bool| {
        format!(
            r#"{{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":2,"Resources":[
              {{"userName":"carol@example.com","name":{{"formatted":"Carol Poe"}},"roles":[{{"value":"admin","primary":true}}],
                "groups":[{{"value":"1","display":"eng"}}],"active":true}},
              {{"userName":"E12345","emails":[{{"value":"erin@example.com","primary":true}}],"displayName":"Erin Yu",
                "groups":[{{"display":"ops"}}],"active":{erin_active}}}]}}"#
        )
    };
    let file = env.write("users.json", &scim(true));
    sync_json(&env, &file, &[]);
    let list = env.json(&["member", "list"]);
    assert_eq!(member(&list, CAROL)["role"], "admin");
    assert_eq!(member(&list, CAROL)["teams"], serde_json::json!(["eng"]));
    assert_eq!(member(&list, ERIN)["name"], "Erin Yu");
    assert_eq!(member(&list, ERIN)["teams"], serde_json::json!(["ops"]));

    let file = env.write("users.json", &scim(false));
    let report = sync_json(&env, &file, &["--deprovision", "remove", "--max-changes", "1"]);
    let gone = array(&report["changes"]).iter().find(|c| c["key"] == ERIN).cloned().expect("erin deprovisioned");
    assert_eq!(gone["action"], "deleted", "{report}");
    assert!(!env.members().contains(&ERIN.to_string()));
    assert!(env.members().contains(&CAROL.to_string()));
}

#[test]
fn stdin_is_read_with_the_format_given_or_sniffed() {
    let env = setup();
    let out =
        env.cmd(&["--json", "sync", "-f", "-", "--source", "okta"]).write_stdin(PEOPLE).output().expect("run orgctl");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(env.members().contains(&ERIN.to_string()));
    let scim = r#"{"Resources":[{"userName":"frank@example.com","displayName":"Frank"}]}"#;
    let out = env
        .cmd(&["sync", "-f", "-", "--source", "hr", "--format", "scim"])
        .write_stdin(scim)
        .output()
        .expect("run orgctl");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let list = env.json(&["member", "list"]);
    assert_eq!(member(&list, FRANK)["managed_by"], "sync:hr");
}

#[test]
fn dry_run_prints_the_plan_and_writes_nothing() {
    let env = setup();
    let before = state(&env);
    let file = env.write("people.csv", PEOPLE);
    let report = sync_json(&env, &file, &["--dry-run"]);
    assert_eq!(report["dry_run"], true);
    assert_eq!(array(&report["changes"]).len(), 7, "{report}");
    assert_eq!(state(&env), before);
    env.fails(&["user", "show", ERIN], 3);
}

#[test]
fn deprovision_remove_removes_managed_members_the_file_no_longer_lists() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    env.ok(&["--as", ERIN, "chat", "create", "Notes"]);
    let without_erin = env.write(
        "left.csv",
        "email,name,role,teams\ncarol@example.com,Carol Poe,admin,eng\ndave@example.com,Dave Moe,member,\n",
    );
    let report = sync_json(&env, &without_erin, &["--deprovision", "remove", "--max-changes", "1"]);
    let rows: Vec<(String, String, String)> = array(&report["changes"])
        .iter()
        .map(|c| (str_field(c, "action"), str_field(c, "kind"), str_field(c, "key")))
        .collect();
    assert_eq!(rows, vec![("deleted".to_string(), "member".to_string(), ERIN.to_string())]);
    assert!(!env.members().contains(&ERIN.to_string()));
    assert!(env.members().contains(&BOB.to_string()), "bob (by hand) is absent from the file and stays");
    let teams = env.json(&["team", "show", "ops"]);
    assert_eq!(teams["members"], serde_json::json!([]), "erin's team memberships went with her");
    let entry = array(&env.json(&["audit", "list", "--action", "sync.remove"]))[0].clone();
    assert_eq!(entry["target"], ERIN);
    assert!(str_field(&entry, "details").contains("source=sync:okta"), "{entry}");
    assert!(str_field(&entry, "details").contains("chats=1"), "{entry}");
}

/// The default deprovisioning suspends: the member keeps their teams and
/// chats, is refused everything while suspended, and reactivation gives it
/// all back.
#[test]
fn deprovision_suspend_keeps_everything_and_refuses_access() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    env.ok(&["--as", ERIN, "chat", "create", "Notes"]);
    let before = env.json(&["member", "show", ERIN]);
    let without_erin = env.write(
        "left.csv",
        "email,name,role,teams\ncarol@example.com,Carol Poe,admin,eng\ndave@example.com,Dave Moe,member,\n",
    );
    let report = sync_json(&env, &without_erin, &["--max-changes", "1"]);
    let rows: Vec<(String, String)> =
        array(&report["changes"]).iter().map(|c| (str_field(c, "action"), str_field(c, "key"))).collect();
    assert_eq!(rows, vec![("updated".to_string(), ERIN.to_string())]);
    assert!(env.members().contains(&ERIN.to_string()), "a suspended member stays a member");
    let shown = env.json(&["member", "show", ERIN]);
    assert_eq!(str_field(&shown, "state"), "suspended");
    let out = env.run(&["--as", ERIN, "chat", "list"]);
    assert_eq!(code_of(&out), 4, "{}", describe(&out));
    assert!(stderr(&out).contains("you are suspended in"), "{}", describe(&out));
    let entry = array(&env.json(&["audit", "list", "--action", "sync.suspend"]))[0].clone();
    assert_eq!(entry["target"], ERIN);
    env.ok(&["member", "reactivate", ERIN]);
    let after = env.json(&["member", "show", ERIN]);
    assert_eq!(after["teams"], before["teams"], "teams come back");
    assert_eq!(array(&env.json(&["--as", ERIN, "chat", "list"])).len(), 1, "the chat is kept");
}

/// A member the sync suspended is no change the next time the export leaves
/// them out, and is reactivated, with everything kept, when it lists them
/// again; a suspension made by hand is not the sync's to lift.
#[test]
fn a_suspended_member_listed_again_is_reactivated_and_absence_is_no_new_change() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    let before = env.json(&["member", "show", ERIN]);
    let without_erin = env.write(
        "left.csv",
        "email,name,role,teams\ncarol@example.com,Carol Poe,admin,eng\ndave@example.com,Dave Moe,member,\n",
    );
    assert_eq!(array(&sync_json(&env, &without_erin, &["--max-changes", "1"])["changes"]).len(), 1);
    let entries = audit_count(&env);
    let again = sync_json(&env, &without_erin, &[]);
    assert!(array(&again["changes"]).is_empty(), "already suspended: {again}");
    assert_eq!(audit_count(&env), entries, "no entry for no change");

    let back = sync_json(&env, &file, &[]);
    let rows: Vec<(String, String, String)> = array(&back["changes"])
        .iter()
        .map(|c| (str_field(c, "action"), str_field(c, "key"), str_field(c, "details")))
        .collect();
    assert_eq!(rows, vec![("updated".into(), ERIN.into(), "state=active".into())], "{back}");
    let after = env.json(&["member", "show", ERIN]);
    assert_eq!(str_field(&after, "state"), "active");
    assert_eq!(after["teams"], before["teams"], "teams come back");

    // Suspended by hand: the sync leaves the suspension as it is.
    env.ok(&["member", "suspend", ERIN, "--reason", "investigation"]);
    let kept = sync_json(&env, &file, &[]);
    assert!(array(&kept["changes"]).is_empty(), "{kept}");
    assert_eq!(str_field(&env.json(&["member", "show", ERIN]), "state"), "suspended");
}

/// A first sync of ten people, then exports that drop some of them.
fn synced_ten(env: &Env) -> String {
    let mut csv = String::from("email,name,role,teams\n");
    for i in 0..10 {
        csv.push_str(&format!("p{i}@example.com,Person {i},member,\n"));
    }
    let file = env.write("ten.csv", &csv);
    // A source's first sync is not limited by the default guard.
    let report = sync_json(env, &file, &[]);
    assert_eq!(report["summary"]["members_changed"], 10, "{report}");
    csv
}

fn keep_first(csv: &str, n: usize) -> String {
    csv.lines().take(n + 1).map(|l| format!("{l}\n")).collect()
}

#[test]
fn max_changes_refuses_a_truncated_export_and_writes_nothing() {
    let env = setup();
    let csv = synced_ten(&env);
    // 12 members; three dropped: past the default 10% (1).
    let truncated = env.write("truncated.csv", &keep_first(&csv, 7));
    let before = state(&env);
    let err = env.json_err(&["sync", "-f", &truncated, "--source", "okta", "--deprovision", "remove"], 5);
    assert_error_kind(&err, "conflict");
    let message = str_field(&err["error"], "message");
    assert!(message.contains("3 members") && message.contains("10%"), "{message}");
    assert_eq!(state(&env), before);
    // Absolute.
    env.fails(&["sync", "-f", &truncated, "--source", "okta", "--deprovision", "remove", "--max-changes", "2"], 5);
    assert_eq!(state(&env), before);
    // Percent of the 12 members: 20% is 2, 25% is 3.
    env.fails(&["sync", "-f", &truncated, "--source", "okta", "--deprovision", "remove", "--max-changes", "20%"], 5);
    assert_eq!(state(&env), before);
    // A dry run shows the plan and says the real run would be refused.
    let dry = sync_json(&env, &truncated, &["--deprovision", "remove", "--dry-run"]);
    assert!(array(&dry["findings"]).iter().any(|f| f["kind"] == "max_changes"), "{dry}");
    assert_eq!(state(&env), before);
    let ok = sync_json(&env, &truncated, &["--deprovision", "remove", "--max-changes", "25%"]);
    assert_eq!(ok["summary"]["deleted"], 3, "{ok}");
    assert_eq!(env.members().len(), 9);
    // One leaver is always allowed by the default guard.
    let one_less = env.write("one-less.csv", &keep_first(&csv, 6));
    sync_json(&env, &one_less, &["--deprovision", "remove"]);
    assert_eq!(env.members().len(), 8);
    env.fails(&["sync", "-f", &one_less, "--source", "okta", "--max-changes", "lots"], 2);
}

#[test]
fn a_bad_row_is_exit_2_naming_its_line_and_nothing_is_written() {
    let env = setup();
    let before = state(&env);
    let cases = [
        ("email,name,role,teams\ncarol@example.com,Carol,,\nnot-an-email,X,,\n", "line 3"),
        ("email,name,role,teams\ncarol@example.com,Carol,owner,\n", "line 2"),
        ("email,name,role\ncarol@example.com,Carol,member\n", "missing column teams"),
        (
            "email,name,role,teams\ncarol@example.com,Carol,,\ndave@example.com,Dave,,\nCAROL@example.com,C,,\n",
            "line 4",
        ),
        ("email,name,role,teams\ncarol@example.com,Carol,,\ndave@example.com,Dave,,nope\n", "line 3: team nope"),
        ("email,name,role,teams\ncarol@example.com,Carol\n", "line 2"),
    ];
    for (csv, place) in cases {
        let file = env.write("bad.csv", csv);
        let out = env.fails(&["sync", "-f", &file, "--source", "okta"], 2);
        assert!(stderr(&out).contains(place), "{place:?} not named for {csv:?}\n{}", describe(&out));
        assert_eq!(state(&env), before, "{csv:?} wrote something");
    }
    let scim = r#"{"Resources":[{"userName":"carol@example.com"},{"userName":"nobody","displayName":"N"}]}"#;
    let file = env.write("bad.json", scim);
    let out = env.fails(&["sync", "-f", &file, "--source", "okta"], 2);
    assert!(stderr(&out).contains("Resources[1]"), "{}", describe(&out));
    assert_eq!(state(&env), before);
    // The duplicate names both places.
    let dup = env.write("dup.csv", "email,name,role,teams\ncarol@example.com,C,,\ncarol@example.com,C,,\n");
    let out = env.fails(&["sync", "-f", &dup, "--source", "okta"], 2);
    assert!(stderr(&out).contains("line 3") && stderr(&out).contains("line 2"), "{}", describe(&out));
    env.fails(&["sync", "-f", &dup, "--source", "Not A Source"], 2);
}

#[test]
fn only_admins_may_sync_and_outsiders_see_no_org() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    let before = state(&env);
    let err = env.json_err(&["--as", BOB, "sync", "-f", &file, "--source", "okta"], 4);
    assert_error_kind(&err, "forbidden");
    env.fails(&["--as", CAROL, "--org", ORG, "sync", "-f", &file, "--source", "okta"], 3);
    assert_eq!(state(&env), before);
    assert_eq!(env.code(&["--as", BOB, "can-i", "sync"]), 4);
    assert_eq!(env.code(&["can-i", "sync"]), 0);
}

#[test]
fn manual_changes_to_managed_rows_are_refused_unless_forced() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    let before = state(&env);

    let out = env.fails(&["member", "remove", DAVE, "--yes"], 5);
    assert!(
        stderr(&out).contains("dave@example.com is managed by sync:okta; change it in the directory or pass --force"),
        "{}",
        describe(&out)
    );
    env.fails(&["member", "set-role", DAVE, "admin"], 5);
    let out = env.fails(&["team", "remove", "eng", ERIN], 5);
    assert!(stderr(&out).contains("managed by sync:okta"), "{}", describe(&out));
    let manifest =
        "[[orgs]]\nslug = \"acme\"\n\n  [[orgs.members]]\n  email = \"alice@example.com\"\n  role = \"admin\"\n";
    let path = env.write("prune.toml", manifest);
    env.fails(&["apply", "-f", &path, "--prune"], 5);
    let demote =
        "[[orgs]]\nslug = \"acme\"\n\n  [[orgs.members]]\n  email = \"carol@example.com\"\n  role = \"member\"\n";
    let demote = env.write("demote.toml", demote);
    let out = env.fails(&["apply", "-f", &demote], 5);
    assert!(stderr(&out).contains("carol@example.com is managed by sync:okta"), "{}", describe(&out));
    assert_eq!(state(&env), before, "every refusal left the org as it was");
    // Unchanged roles and team adds are no manual change.
    env.ok(&["member", "set-role", DAVE, "member"]);
    env.ok(&["team", "add", "ops", DAVE]);
    env.ok(&["team", "remove", "ops", DAVE]);

    env.ok(&["member", "set-role", DAVE, "admin", "--force"]);
    env.ok(&["team", "remove", "eng", ERIN, "--force"]);
    env.ok(&["member", "remove", DAVE, "--yes", "--force"]);
    assert!(!env.members().contains(&DAVE.to_string()));
    env.ok(&["apply", "-f", &demote, "--force"]);
    assert_eq!(member(&env.json(&["member", "list"]), CAROL)["role"], "member");
    env.ok(&["apply", "-f", &path, "--prune", "--force"]);
    assert_eq!(env.members(), vec![ALICE.to_string()]);
}

#[test]
fn the_acting_admin_is_never_deprovisioned_by_their_own_sync() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    // carol (a managed admin) syncs an export that no longer lists her.
    let without_carol = env.write(
        "no-carol.csv",
        "email,name,role,teams
dave@example.com,Dave Moe,member,
",
    );
    let report = env.json(&[
        "--as",
        CAROL,
        "sync",
        "-f",
        &without_carol,
        "--source",
        "okta",
        "--deprovision",
        "remove",
        "--max-changes",
        "100%",
    ]);
    let actor = array(&report["findings"]).iter().find(|f| f["kind"] == "actor").cloned().expect("a finding");
    assert_eq!(actor["key"], CAROL, "{report}");
    assert!(env.members().contains(&CAROL.to_string()));
    assert!(!env.members().contains(&ERIN.to_string()), "erin was deprovisioned");
}

#[test]
fn every_change_is_audited_as_sync_with_its_source() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    let entries = env.json(&["audit", "list"]);
    let sync: Vec<&Value> = array(&entries).iter().filter(|e| str_field(e, "action").starts_with("sync.")).collect();
    let actions: std::collections::BTreeSet<String> = sync.iter().map(|e| str_field(e, "action")).collect();
    assert_eq!(actions, strings(&["sync.add", "sync.team_add"]).into_iter().collect());
    assert_eq!(sync.len(), 6, "three members and three team memberships");
    assert!(sync.iter().all(|e| str_field(e, "details").contains("source=sync:okta")), "{entries}");
    assert!(!array(&entries).iter().any(|e| e["action"] == "member.add" && e["target"] == CAROL));
    let next = env.write("next.csv", "email,name,role,teams\ncarol@example.com,Carol,member,\n");
    sync_json(&env, &next, &["--deprovision", "remove", "--max-changes", "100%"]);
    for action in ["sync.update", "sync.team_remove", "sync.remove"] {
        let found = env.json(&["audit", "list", "--action", action]);
        assert!(!array(&found).is_empty(), "no {action} entry");
    }
}

#[test]
fn export_writes_managed_by_and_apply_reads_it_back() {
    let env = setup();
    let file = env.write("people.csv", PEOPLE);
    sync_json(&env, &file, &[]);
    let exported = env.ok(&["export"]);
    assert!(exported.contains("managed_by = \"sync:okta\""), "{exported}");
    let other = Env::new();
    let path = other.write("acme.toml", &exported);
    other.ok(&["user", "add", ALICE, "--name", "Alice Doe"]);
    other.ok(&["login", ALICE]);
    other.ok(&["apply", "-f", &path]);
    other.ok(&["org", "switch", ORG]);
    assert_eq!(other.ok(&["export"]), exported, "export, apply, export is stable");
    let list = other.json(&["member", "list"]);
    assert_eq!(member(&list, CAROL)["managed_by"], "sync:okta");
    assert_eq!(member(&list, BOB)["managed_by"], Value::Null);
}
