//! Offboarding (issue 14 and docs/contract.md §1, §4): `member remove EMAIL...` all or
//! nothing, `--ignore-missing`, what goes with a membership (teams, grants,
//! chats, sent invites), invites by email, re-runnable `invite create`,
//! `--dry-run` previews and the receipts of changes in a pipe.

use serde_json::Value;

use crate::common::*;

/// acme with alice (admin), bob and carol (members); bob is in team eng,
/// has a direct grant on `kpis` and two private chats.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB]);
    env.ok(&["dashboard", "create", "KPIs", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "kpis", "--user", BOB]);
    env.ok(&["--as", BOB, "chat", "create", "First"]);
    env.ok(&["--as", BOB, "chat", "create", "Second"]);
    env
}

fn tsv_rows(out: &str) -> Vec<Vec<String>> {
    out.lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

#[test]
fn member_remove_takes_several_emails_all_or_nothing() {
    let env = setup();
    let before = env.snapshot(ALICE);
    let err = env.json_err(&["member", "remove", BOB, "ghost@example.com", "--yes"], 3);
    assert_error_kind(&err, "not_found");
    assert_eq!(env.snapshot(ALICE), before, "nothing changes when one email is not a member");
    env.fails(&["member", "remove", BOB, ALICE, CAROL, "--yes"], 5); // alice is the last admin
    assert_eq!(env.snapshot(ALICE), before);

    let v = env.json(&["member", "remove", BOB, CAROL, "--yes"]);
    assert_eq!(v["action"], "deleted", "{v}");
    let removed: Vec<String> = array(&v["removed"]).iter().map(|r| str_field(r, "email")).collect();
    assert_eq!(removed, vec![BOB.to_string(), CAROL.to_string()]);
    assert_eq!(env.members(), vec![ALICE.to_string()]);
}

#[test]
fn ignore_missing_makes_a_removal_script_rerunnable() {
    let env = setup();
    let v = env.json(&["member", "remove", BOB, "ghost@example.com", "--ignore-missing", "--yes"]);
    assert_eq!(v["unchanged"], serde_json::json!(["ghost@example.com"]), "{v}");
    assert!(!env.members().contains(&BOB.to_string()));
    // Run again: everything is unchanged, exit 0.
    let v = env.json(&["member", "remove", BOB, "ghost@example.com", "--ignore-missing", "--yes"]);
    assert_eq!(v["action"], "unchanged", "{v}");
    let out = env.ok(&["member", "remove", BOB, "--ignore-missing", "--yes"]);
    assert_eq!(tsv_rows(&out)[0][..2], ["unchanged".to_string(), "member".to_string()], "{out}");
    // Without the flag the contract stays exit 3.
    env.fails(&["member", "remove", BOB, "--yes"], 3);
}

#[test]
fn removing_someone_with_only_a_pending_invite_hints_at_revoking_it() {
    let env = Env::new();
    env.seed();
    env.ok(&["invite", "create", DAVE]);
    let out = env.fails(&["member", "remove", DAVE, "--yes"], 3);
    let text = stderr(&out);
    assert!(text.contains(&format!("`orgctl invite revoke {DAVE}`")), "{text}");
    assert!(text.contains("pending invite"), "{text}");
}

#[test]
fn chats_and_sent_invites_go_with_the_membership_and_do_not_come_back() {
    let env = setup();
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "invite", "create", DAVE]);
    let v = env.json(&["member", "remove", BOB, "--yes"]);
    let bob = &array(&v["removed"])[0];
    assert_eq!(bob["chats_deleted"], 2, "{v}");
    assert_eq!(bob["teams"], serde_json::json!(["eng"]), "{v}");
    assert_eq!(bob["grants"], serde_json::json!(["kpis"]), "{v}");
    assert_eq!(str_field(&array(&bob["invites_revoked"])[0], "email"), DAVE, "{v}");
    let invites = env.json(&["invite", "list", "--state", "all"]);
    assert_eq!(str_field(&array(&invites)[0], "state"), "revoked");
    // Back in the org: no chats, no teams, no grants.
    env.ok(&["member", "add", BOB]);
    assert!(array(&env.json(&["--as", BOB, "chat", "list"])).is_empty());
    env.fails(&["--as", BOB, "dashboard", "show", "kpis"], 3);
    // The sentence says how many chats went.
    env.ok(&["--as", BOB, "chat", "create", "Third"]);
    let out = env.ok(&["-o", "table", "member", "remove", BOB, "--yes"]);
    assert!(out.contains("1 private chat(s) deleted"), "{out}");
}

#[test]
fn leaving_deletes_your_chats_too() {
    let env = setup();
    let v = env.json(&["--as", BOB, "org", "leave", ORG, "--yes"]);
    assert_eq!(v["chats_deleted"], 2, "{v}");
    env.ok(&["member", "add", BOB]);
    assert!(array(&env.json(&["--as", BOB, "chat", "list"])).is_empty());
}

#[test]
fn a_demoted_inviter_loses_their_pending_invites() {
    let env = setup();
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "invite", "create", DAVE]);
    env.ok(&["invite", "create", "erin@example.com"]);
    let pending = env.json(&["invite", "list"]);
    let by: Vec<Value> = array(&pending).iter().map(|i| i["invited_by"].clone()).collect();
    assert_eq!(by, vec![Value::from(BOB), Value::from(ALICE)], "{pending}");

    let v = env.json(&["member", "set-role", BOB, "member"]);
    assert_eq!(str_field(&array(&v["invites_revoked"])[0], "email"), DAVE, "{v}");
    let out = env.ok(&["member", "set-role", CAROL, "admin"]);
    assert_eq!(tsv_rows(&out).len(), 1, "no invites of carol's: one row: {out}");
    let pending = env.json(&["invite", "list"]);
    assert_eq!(emails(&pending), vec!["erin@example.com".to_string()], "alice's invite stays");
    // The row of the revoked invite is in the receipt of a demotion in a pipe.
    env.ok(&["--as", CAROL, "invite", "create", "gina@example.com"]);
    let out = env.ok(&["member", "set-role", CAROL, "member"]);
    let rows = tsv_rows(&out);
    assert_eq!(rows.len(), 2, "{out}");
    assert_eq!(rows[1][..4], ["updated", "invite", ORG, "gina@example.com"].map(String::from), "{out}");
    // A leaving admin's invites go too.
    env.ok(&["member", "set-role", CAROL, "admin"]);
    env.ok(&["--as", CAROL, "invite", "create", "hal@example.com"]);
    env.ok(&["--as", CAROL, "org", "leave", "--org", ORG, "--yes"]);
    let pending = env.json(&["invite", "list"]);
    assert!(!emails(&pending).contains(&"hal@example.com".to_string()), "{pending}");
}

/// `apply` demoting an admin revokes their pending invites, as `member set-role` does.
#[test]
fn an_admin_demoted_by_apply_loses_their_pending_invites_too() {
    let env = setup();
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "invite", "create", DAVE]);
    env.ok(&["invite", "create", "erin@example.com"]);
    let file = env.write(
        "demote.toml",
        &format!("[[orgs]]\nslug = \"{ORG}\"\n  [[orgs.members]]\n  email = \"{BOB}\"\n  role = \"member\"\n"),
    );
    env.ok(&["--as", ALICE, "apply", "-f", &file]);
    let pending = env.json(&["invite", "list"]);
    assert_eq!(emails(&pending), vec!["erin@example.com".to_string()], "alice's invite stays, bob's goes");
    let log = env.json(&["audit", "list", "--action", "invite.revoke"]);
    assert_eq!(array(&log).len(), 1, "{log}");
}

#[test]
fn invites_are_revoked_and_resent_by_email_too() {
    let env = Env::new();
    env.seed();
    let first = env.json(&["invite", "create", DAVE]);
    let old = str_field(&array(&first)[0], "token");
    let resent = env.json(&["invite", "resend", DAVE]);
    assert_eq!(resent["action"], "updated");
    assert_ne!(str_field(&resent, "token"), old);
    let v = env.json(&["invite", "revoke", DAVE]);
    assert_eq!((v["action"].clone(), v["state"].clone()), (Value::from("updated"), Value::from("revoked")));
    assert_eq!(env.json(&["invite", "revoke", DAVE])["action"], "unchanged");
    env.fails(&["invite", "revoke", "nobody@example.com"], 3);
    env.fails(&["invite", "resend", "nobody@example.com"], 3);
    env.fails(&["invite", "revoke", "not-an-id"], 2);
}

#[test]
fn invite_create_is_rerunnable() {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    let first = env.json(&["invite", "create", DAVE, "--team", "eng"]);
    assert_eq!(array(&first)[0]["action"], "created");
    // The same role and teams again: unchanged, no new token, and a pointer to `invite resend`.
    let again = env.json(&["invite", "create", DAVE, "--team", "eng"]);
    let obj = &array(&again)[0];
    assert_eq!(obj["action"], "unchanged", "{again}");
    assert!(obj.get("token").is_none(), "no new token: {again}");
    assert_eq!(obj["hint"], format!("orgctl invite resend {DAVE}"), "{again}");
    let out = env.run(&["invite", "create", DAVE, "--team", "eng"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stderr(&out).contains("invite resend"), "{}", describe(&out));
    assert_eq!(tsv_rows(&stdout(&out))[0][0], "unchanged");
    // Another role is a conflict, and the batch stays all or nothing.
    env.fails(&["invite", "create", "erin@example.com", DAVE, "--role", "admin", "--team", "eng"], 5);
    env.fails(&["invite", "create", "erin@example.com", DAVE], 5); // other teams
                                                                   // A new email beside an unchanged one: one created, one unchanged.
    let mixed = env.json(&["invite", "create", "erin@example.com", DAVE, "--team", "eng"]);
    let actions: Vec<&Value> = array(&mixed).iter().map(|o| &o["action"]).collect();
    assert_eq!(actions, vec!["created", "unchanged"], "{mixed}");
    assert_eq!(array(&env.json(&["invite", "list"])).len(), 2);
}

/// Everything an org holds that a deletion could take away, as alice and bob see it.
fn everything(env: &Env) -> Vec<Value> {
    let (members, orgs) = env.snapshot(ALICE);
    let mut all = vec![members, orgs];
    for args in [
        &["team", "list"][..],
        &["dashboard", "list"],
        &["invite", "list", "--state", "all"],
        &["connector", "list"],
        &["--as", BOB, "chat", "list"],
        &["integration", "list"],
    ] {
        all.push(env.json(args));
    }
    all
}

#[test]
fn dry_runs_change_nothing_and_need_no_yes() {
    let env = setup();
    env.ok(&["invite", "create", DAVE, "--team", "eng"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng", "--permission", "edit"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://h/d"]);
    env.ok(&["integration", "add", "alerts", "--kind", "webhook", "--url", "https://hooks.example.com/x"]);
    let chat = env.ok(&["--as", BOB, "-q", "chat", "create", "Mine"]).trim().to_string();
    let before = everything(&env);
    let previews: Vec<Vec<&str>> = vec![
        vec!["member", "remove", BOB, "--dry-run"],
        vec!["org", "delete", ORG, "--dry-run"],
        vec!["--as", BOB, "org", "leave", "--dry-run"],
        vec!["team", "delete", "eng", "--dry-run"],
        vec!["team", "remove", "eng", BOB, "--dry-run"],
        vec!["dashboard", "delete", "kpis", "--dry-run"],
        vec!["dashboard", "unshare", "kpis", "--team", "eng", "--dry-run"],
        vec!["connector", "remove", "wh", "--dry-run"],
        vec!["invite", "revoke", DAVE, "--dry-run"],
        vec!["integration", "remove", "alerts", "--dry-run"],
        vec!["--as", BOB, "chat", "delete", &chat, "--dry-run"],
    ];
    for args in &previews {
        let v = env.json(args);
        assert_eq!(v["dry_run"], true, "{args:?}: {v}");
        let out = env.run(args);
        assert_eq!(code_of(&out), 0, "{args:?}\n{}", describe(&out));
        assert!(!out.stdout.is_empty(), "{args:?} prints what would go");
        assert!(stderr(&out).contains("Dry run"), "{args:?}\n{}", describe(&out));
    }
    let after = everything(&env);
    assert_eq!(before, after, "a dry run changes nothing");
    // A preview is still checked: a member may not preview an admin's deletion.
    env.fails(&["--as", BOB, "team", "delete", "eng", "--dry-run"], 4);
}

#[test]
fn previews_list_every_cascade() {
    let env = setup();
    env.ok(&["invite", "create", DAVE, "--team", "eng"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng", "--permission", "edit"]);
    // team delete: its membership, its grant and its place in the pending invite.
    let rows = tsv_rows(&env.ok(&["team", "delete", "eng", "--dry-run"]));
    let kinds: Vec<(&str, &str)> = rows.iter().map(|r| (r[1].as_str(), r[3].as_str())).collect();
    assert!(kinds.contains(&("team", "eng")), "{rows:?}");
    assert!(kinds.contains(&("team_member", &format!("eng/{BOB}"))), "{rows:?}");
    assert!(kinds.contains(&("grant", "kpis/team eng")), "{rows:?}");
    assert!(rows.iter().any(|r| r[1] == "invite"), "{rows:?}");
    // member remove: teams, direct grants, chats.
    let text = env.ok(&["-o", "table", "member", "remove", BOB, "--dry-run"]);
    for part in ["eng", "kpis", "2 private chat(s)"] {
        assert!(text.contains(part), "{part}: {text}");
    }
    // org delete names the counts.
    let text = env.ok(&["-o", "table", "org", "delete", ORG, "--dry-run"]);
    assert!(text.contains("3 member(s)") && text.contains("1 team(s)") && text.contains("2 chat(s)"), "{text}");
    // dashboard delete names its grants.
    let text = env.ok(&["-o", "table", "dashboard", "delete", "kpis", "--dry-run"]);
    assert!(text.contains("team eng (edit)") && text.contains(BOB), "{text}");
}

#[test]
fn org_leave_needs_yes_without_a_terminal() {
    let env = Env::new();
    env.seed();
    let out = env.fails(&["--as", BOB, "org", "leave"], 2);
    assert!(stderr(&out).contains("--yes"), "{}", describe(&out));
    assert!(env.members().contains(&BOB.to_string()));
    env.ok(&["--as", BOB, "org", "leave", "--yes"]);
    assert!(!env.members().contains(&BOB.to_string()));
}

#[test]
fn changes_print_receipt_rows_in_a_pipe_and_sentences_on_stderr() {
    let env = Env::new();
    env.seed();
    let cases: Vec<(Vec<&str>, [&str; 4])> = vec![
        (vec!["team", "create", "qa"], ["created", "team", ORG, "qa"]),
        (vec!["team", "add", "qa", BOB], ["created", "team_member", ORG, "qa/bob@example.com"]),
        (vec!["member", "add", CAROL], ["created", "member", ORG, CAROL]),
        (vec!["member", "set-role", CAROL, "admin"], ["updated", "member", ORG, CAROL]),
        (vec!["dashboard", "create", "Q3"], ["created", "dashboard", ORG, "q3"]),
        (vec!["dashboard", "share", "q3", "--team", "qa"], ["created", "grant", ORG, "q3/team qa"]),
        (
            vec!["connector", "add", "wh", "--kind", "pg", "--url", "postgres://h/d"],
            ["created", "connector", ORG, "wh"],
        ),
        (vec!["team", "create", "qa2", "--name", "QA"], ["created", "team", ORG, "qa2"]),
        (vec!["team", "delete", "qa2", "--yes"], ["deleted", "team", ORG, "qa2"]),
        (vec!["invite", "create", DAVE], ["created", "invite", ORG, DAVE]),
        (vec!["login", BOB], ["updated", "context", "", BOB]),
        (vec!["logout"], ["updated", "context", "", "-"]),
        (vec!["login", ALICE], ["updated", "context", "", ALICE]),
    ];
    for (args, want) in cases {
        let out = env.run(&args);
        assert_eq!(code_of(&out), 0, "{args:?}\n{}", describe(&out));
        let rows = tsv_rows(&stdout(&out));
        assert!(!rows.is_empty(), "{args:?}");
        for r in &rows {
            assert!(r.len() >= 5, "{args:?}: every row has action, kind, org, key, details: {r:?}");
        }
        assert_eq!(rows[0][..4], want.map(String::from), "{args:?}");
        assert!(!stderr(&out).trim().is_empty(), "{args:?}: the sentence goes to stderr");
    }
    // `cut -f1` of an apply is actions only; the summary is on stderr.
    let file = env.write("m.toml", "[[orgs]]\nslug = \"acme\"\n\n  [[orgs.teams]]\n  slug = \"ops\"\n");
    let out = env.run(&["apply", "-f", &file]);
    let firsts: Vec<String> = tsv_rows(&stdout(&out)).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(firsts, vec!["created"], "{}", describe(&out));
    assert!(stderr(&out).contains("Applied 1 change(s)"), "{}", describe(&out));
    let out = env.run(&["-q", "apply", "-f", &file]);
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{}", describe(&out));
    let out = env.run(&["-q", "team", "create", "quiet"]);
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{}", describe(&out));
}

#[test]
fn quiet_create_prints_the_key_a_script_needs_next() {
    let env = Env::new();
    env.seed();
    let slug = env.ok(&["-q", "dashboard", "create", "Café KPIs – Q3"]);
    assert_eq!(slug, "caf-kpis-q3\n");
    env.ok(&["dashboard", "show", slug.trim()]);
    let id = env.ok(&["-q", "chat", "create", "Hello"]);
    assert!(id.trim().parse::<i64>().is_ok(), "{id:?}");
}

#[test]
fn a_removed_owner_leaves_ownerless_dashboards_that_admins_manage() {
    let env = setup();
    env.ok(&["--as", BOB, "dashboard", "create", "Bob Board", "--visibility", "restricted"]);
    let preview = env.ok(&["-o", "table", "member", "remove", BOB, "--dry-run"]);
    assert!(preview.contains("owned dashboards bob-board now ownerless"), "{preview}");
    let out = env.ok(&["member", "remove", BOB, "--yes"]);
    assert!(
        tsv_rows(&out)
            .iter()
            .any(|r| r[..5] == ["updated", "dashboard", ORG, "bob-board", "owner=-"].map(String::from)),
        "{out}"
    );
    let d = env.json(&["dashboard", "show", "bob-board"]);
    assert_eq!(d["owner"], Value::Null, "{d}");
    let listed = env.ok(&["dashboard", "list", "--visibility", "restricted"]);
    assert!(listed.lines().any(|l| l.starts_with("bob-board\t") && l.split('\t').nth(4) == Some("-")), "{listed}");
    // Back in the org, bob does not own it again; only admins manage it.
    env.ok(&["member", "add", BOB]);
    env.ok(&["dashboard", "share", "bob-board", "--user", CAROL, "--permission", "edit"]);
    env.fails(&["--as", BOB, "dashboard", "show", "bob-board"], 3);
    env.fails(&["--as", CAROL, "dashboard", "share", "bob-board", "--user", BOB], 4);
    env.fails(&["--as", CAROL, "dashboard", "delete", "bob-board", "--yes"], 4);
    env.ok(&["dashboard", "delete", "bob-board", "--yes"]);
}

#[test]
fn transfer_to_hands_the_dashboards_over() {
    let env = setup();
    env.ok(&["--as", BOB, "dashboard", "create", "Bob Board"]);
    env.ok(&["--as", BOB, "dashboard", "create", "Other"]);
    env.fails(&["member", "remove", BOB, "--transfer-to", DAVE, "--yes"], 3);
    env.fails(&["member", "remove", BOB, CAROL, "--transfer-to", CAROL, "--yes"], 2);
    let v = env.json(&["member", "remove", BOB, "--transfer-to", CAROL, "--yes"]);
    let bob = &array(&v["removed"])[0];
    assert_eq!(bob["dashboards"], serde_json::json!(["bob-board", "other"]), "{v}");
    assert_eq!(bob["transferred_to"], CAROL, "{v}");
    for slug in ["bob-board", "other"] {
        assert_eq!(env.json(&["dashboard", "show", slug])["owner"], CAROL);
    }
    env.ok(&["--as", CAROL, "dashboard", "delete", "other", "--yes"]);
}

#[test]
fn apply_reads_json_from_stdin_without_being_told() {
    let env = Env::new();
    env.seed();
    let json = r#"{"orgs": [{"slug": "acme", "teams": [{"slug": "from-json"}]}]}"#;
    let out = env.cmd(&["apply", "-f", "-"]).write_stdin(json).output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stdout(&out).starts_with("created\tteam\tacme\tfrom-json"), "{}", describe(&out));
    // TOML on stdin still works.
    let toml = "[[orgs]]\nslug = \"acme\"\n\n  [[orgs.teams]]\n  slug = \"from-toml\"\n";
    let out = env.cmd(&["apply", "-f", "-"]).write_stdin(toml).output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
}

#[test]
fn a_manifest_with_several_problems_reports_them_all() {
    let env = Env::new();
    env.seed();
    let file = env.write("bad.toml", fixture!("several-problems.toml"));
    let out = env.fails(&["apply", "-f", &file], 2);
    let err = stderr(&out);
    for place in [
        "users[0]",
        "orgs[acme].members[0]",
        "orgs[acme].teams[0]",
        "orgs[acme].dashboards[kpis]",
        "orgs[acme].invites[0]",
    ] {
        assert!(err.contains(place), "{place} is named: {err}");
    }
    assert!(err.contains("5 problems"), "{err}");
    // A sane cap: 30 bad members give 20 lines and a count of the rest.
    let many: String =
        (0..30).map(|i| format!("  [[orgs.members]]\n  email = \"bad{i}\"\n")).collect::<Vec<_>>().join("\n");
    env.write("bad.toml", &format!("[[orgs]]\nslug = \"acme\"\n\n{many}"));
    let err = stderr(&env.fails(&["apply", "-f", &file], 2));
    assert!(err.contains("30 problems") && err.contains("and 10 more"), "{err}");
    assert_eq!(err.matches("orgs[acme].members[").count(), 20, "{err}");
}

#[test]
fn apply_reports_every_missing_name_at_once() {
    let env = Env::new();
    env.seed();
    let file = env.write("refs.toml", fixture!("missing-names.toml"));
    let before = env.snapshot(ALICE);
    let err = stderr(&env.fails(&["apply", "-f", &file], 2));
    for (place, what) in [
        ("orgs[acme].members[0]", "ghost@example.com does not exist"),
        ("orgs[acme].teams[eng].members[0]", "carol@example.com is not a member"),
        ("orgs[acme].dashboards[kpis].grants[0]", "team nope"),
        ("orgs[acme].dashboards[kpis].grants[1]", "dave@example.com is not a member"),
    ] {
        assert!(err.contains(place) && err.contains(what), "{place}: {what}\n{err}");
    }
    assert!(err.contains("4 problems"), "{err}");
    assert_eq!(env.snapshot(ALICE), before, "nothing was written");
    assert!(array(&env.json(&["team", "list"])).is_empty());
}

#[test]
fn removing_one_member_keeps_the_one_object_receipt() {
    let env = setup();
    let v = env.json(&["member", "remove", BOB, "--yes"]);
    assert_eq!(
        (v["action"].clone(), v["org"].clone(), v["email"].clone()),
        (Value::from("deleted"), Value::from(ORG), Value::from(BOB)),
        "{v}"
    );
    assert_eq!(v["teams"], serde_json::json!(["eng"]), "{v}");
    assert_eq!(array(&v["removed"]).len(), 1, "{v}");
    let both = env.json(&["member", "remove", CAROL, "ghost@example.com", "--ignore-missing", "--yes"]);
    assert!(both.get("email").is_none(), "{both}");
}

#[test]
fn leaving_can_hand_your_dashboards_over() {
    let env = setup();
    env.ok(&["--as", BOB, "dashboard", "create", "Mine"]);
    env.fails(&["--as", BOB, "org", "leave", "--transfer-to", DAVE, "--yes"], 3);
    env.fails(&["--as", BOB, "org", "leave", "--transfer-to", BOB, "--yes"], 2);
    let v = env.json(&["--as", BOB, "org", "leave", "--transfer-to", CAROL, "--yes"]);
    assert_eq!(v["transferred_to"], CAROL, "{v}");
    assert_eq!(env.json(&["dashboard", "show", "mine"])["owner"], CAROL);
}

#[test]
fn removing_a_connector_lists_its_grants() {
    let env = setup();
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://h/d"]);
    env.ok(&["connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["connector", "grant", "wh", "--user", CAROL]);
    let rows = tsv_rows(&env.ok(&["connector", "remove", "wh", "--dry-run"]));
    let keys: Vec<(&str, &str)> = rows.iter().map(|r| (r[1].as_str(), r[3].as_str())).collect();
    assert!(keys.contains(&("connector", "wh")), "{rows:?}");
    assert!(keys.contains(&("connector_grant", "wh/team eng")), "{rows:?}");
    assert!(keys.contains(&("connector_grant", &format!("wh/user {CAROL}"))), "{rows:?}");
    let text = env.ok(&["-o", "table", "connector", "remove", "wh", "--yes"]);
    assert!(text.contains("with its grants to team eng, user carol@example.com"), "{text}");
}
