//! Tenant safety: ownership that stays inside the org, manifests that cannot
//! reach other users, and audit entries that say exactly what changed.

use crate::common::*;

/// The attack: anyone may create an org of their own and list an admin of
/// another org under `[[users]]` with a new name.
#[test]
fn a_manifest_may_not_rename_a_member_of_its_own_org() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", CAROL, "org", "create", "evil"]);
    env.ok(&["--as", CAROL, "--org", "evil", "member", "add", ALICE]);
    let text =
        "[[users]]\nemail = \"alice@example.com\"\nname = \"Pwned\"\n\n[[orgs]]\nslug = \"evil\"\nname = \"Evil\"\n";
    let file = env.write("rename.toml", text);
    let err = env.json_err(&["--as", CAROL, "apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    let message = err["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("only they can rename themselves"), "{err}");
    assert_eq!(env.json(&["--as", ALICE, "user", "show"])["name"], "Alice Doe");
    assert_eq!(env.json(&["--as", CAROL, "org", "show", "evil"])["name"], "evil", "nothing was written");
    // The same manifest without the name applies.
    let file = env.write("ok.toml", "[[users]]\nemail = \"alice@example.com\"\n\n[[orgs]]\nslug = \"evil\"\n");
    env.ok(&["--as", CAROL, "apply", "-f", &file]);
}

#[test]
fn a_manifest_owner_who_is_not_a_member_is_a_usage_error_naming_the_place() {
    let env = Env::new();
    env.seed();
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.dashboards]]\n  slug = \"kpis\"\n  title = \"KPIs\"\n  owner = \"carol@example.com\"\n";
    let file = env.write("owner.toml", text);
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &file], 2);
    assert_error_kind(&err, "usage");
    let message = err["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("dashboards[kpis].owner") && message.contains(CAROL), "{err}");
    assert!(array(&env.json(&["--as", ALICE, "dashboard", "list"])).is_empty());
}

#[test]
fn a_departed_owner_leaves_an_ownerless_dashboard_that_admins_manage() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", BOB, "dashboard", "create", "Bob's KPIs", "--slug", "kpis", "--visibility", "restricted"]);
    env.ok(&["--as", ALICE, "member", "remove", BOB, "--yes"]);
    let d = env.json(&["--as", ALICE, "dashboard", "show", "kpis"]);
    assert_eq!(d["owner"], serde_json::Value::Null, "{d}");
    // Re-adding bob does not give it back.
    env.ok(&["--as", ALICE, "member", "add", BOB]);
    assert_eq!(env.code(&["--as", BOB, "dashboard", "show", "kpis"]), 3);
    let export = env.ok(&["--as", ALICE, "export"]);
    assert!(!export.contains("owner = "), "an ownerless dashboard exports no owner:\n{export}");
    // The store holds no dashboard whose owner is not a member.
    env.ok(&["db", "check"]);
}

#[test]
fn ownership_is_handed_over_by_admins_and_the_owner_to_members_only() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "add", CAROL]);
    env.ok(&["--as", BOB, "dashboard", "create", "KPIs", "--visibility", "restricted"]);
    // Carol (a member, not the owner) cannot; nor can a non-member become owner.
    env.fails(&["--as", CAROL, "dashboard", "edit", "kpis", "--owner", CAROL], 3);
    env.ok(&["--as", BOB, "dashboard", "share", "kpis", "--user", CAROL, "--permission", "edit"]);
    env.fails(&["--as", CAROL, "dashboard", "edit", "kpis", "--owner", CAROL], 4);
    env.fails(&["--as", BOB, "dashboard", "edit", "kpis", "--owner", DAVE], 3);
    // The owner hands it to carol; then bob is an ordinary member again.
    let c = env.json(&["--as", BOB, "dashboard", "edit", "kpis", "--owner", CAROL]);
    assert_eq!((c["action"].as_str(), c["owner"].as_str()), (Some("updated"), Some(CAROL)));
    assert_eq!(env.code(&["--as", BOB, "dashboard", "show", "kpis"]), 3, "bob no longer sees it");
    let again = env.json(&["--as", ALICE, "dashboard", "edit", "kpis", "--owner", CAROL]);
    assert_eq!(again["action"], "unchanged");
    let entry = array(&env.json(&["audit", "list", "--action", "dashboard.edit"]))[0].clone();
    assert_eq!(entry["details"], format!("owner={BOB}→{CAROL}"));
}

#[test]
fn an_apply_that_changes_the_owner_says_so_in_its_plan_and_audit() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "KPIs"]);
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.dashboards]]\n  slug = \"kpis\"\n  title = \"KPIs\"\n  owner = \"bob@example.com\"\n";
    let file = env.write("owner.toml", text);
    let plan = env.ok(&["--as", ALICE, "-o", "tsv", "apply", "-f", &file, "--dry-run"]);
    assert!(plan.contains(&format!("owner={ALICE}→{BOB}")), "{plan}");
    env.ok(&["--as", ALICE, "apply", "-f", &file]);
    assert_eq!(env.json(&["dashboard", "show", "kpis"])["owner"], BOB);
    let entry = array(&env.json(&["audit", "list", "--action", "dashboard.edit"]))[0].clone();
    assert_eq!(entry["details"], format!("via apply; owner={ALICE}→{BOB}"));
}

#[test]
fn edit_audit_entries_record_exactly_what_changed() {
    let env = Env::new();
    env.seed();
    env.ok(&["dashboard", "create", "KPIs", "--description", "old"]);
    env.ok(&["dashboard", "edit", "kpis", "--description", "new"]);
    env.ok(&["team", "create", "eng", "--name", "Eng"]);
    env.ok(&["team", "edit", "eng", "--description", "Builds it"]);
    env.ok(&["org", "edit", "--name", "Acme Corp"]);
    let details = |action: &str| {
        array(&env.json(&["audit", "list", "--action", action]))[0]["details"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(details("dashboard.edit"), "description=old→new");
    assert_eq!(details("team.edit"), "description=(none)→Builds it");
    assert_eq!(details("org.edit"), "name=Acme Inc→Acme Corp");
}

#[test]
fn chat_invite_and_audit_ids_are_numbered_per_org_and_never_reused() {
    let env = Env::new();
    env.seed();
    let chat = |org: &str, user: &str| {
        env.json(&["--as", user, "--org", org, "chat", "create", "Notes"])["id"].as_i64().expect("chat id")
    };
    let first = chat(ORG, ALICE);
    env.ok(&["chat", "delete", &first.to_string()]);
    let second = chat(ORG, ALICE);
    assert!(second > first, "a deleted chat's id is not handed out again: {first} then {second}");
    // Another org's activity does not move acme's numbers, and acme's does not show in globex.
    env.ok(&["--as", CAROL, "org", "create", "globex"]);
    for _ in 0..5 {
        chat("globex", CAROL);
    }
    assert_eq!(chat(ORG, BOB), second + 1);
    assert_eq!(chat("globex", CAROL), 6);
    let invite = |org: &str, user: &str, email: &str| {
        array(&env.json(&["--as", user, "--org", org, "invite", "create", email]))[0]["id"].as_i64().expect("id")
    };
    assert_eq!(invite("globex", CAROL, "x@example.com"), 1);
    assert_eq!(invite(ORG, ALICE, "y@example.com"), 1);
    env.ok(&["invite", "revoke", "1"]);
    assert_eq!(invite(ORG, ALICE, "z@example.com"), 2, "a revoked invite keeps its number");
    // Audit ids count only acme's own entries, newest first, without gaps.
    let ids: Vec<i64> = array(&env.json(&["audit", "list"])).iter().filter_map(|e| e["id"].as_i64()).collect();
    let expected: Vec<i64> = (1..=ids.len() as i64).rev().collect();
    assert_eq!(ids, expected);
    // globex's invite 1 is untouched by acme's revoke.
    let globex = env.json(&["--as", CAROL, "--org", "globex", "invite", "list"]);
    assert_eq!(array(&globex)[0]["state"], "pending");
}

#[test]
fn audit_entries_record_how_the_actor_was_named_and_the_os_account() {
    let env = Env::new();
    env.seed(); // alice logs in: later commands read her from the context file
    env.ok(&["team", "create", "from-file"]);
    env.ok(&["--as", ALICE, "team", "create", "from-flag"]);
    let out = env.cmd(&["team", "create", "from-env"]).env("ORGCTL_USER", ALICE).output().expect("run");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let entries = env.json(&["audit", "list", "--action", "team.create"]);
    let source = |slug: &str| {
        let e = array(&entries).iter().find(|e| e["target"] == slug).cloned().unwrap_or_default();
        assert_keys(&e, &["id", "at", "actor", "org", "action", "target", "details", "actor_source", "os_user"]);
        assert!(e["os_user"].as_str().is_some_and(|u| !u.is_empty()), "{e}");
        e["actor_source"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(source("from-file"), "file");
    assert_eq!(source("from-flag"), "flag");
    assert_eq!(source("from-env"), "env");
}

/// The context file names its org by slug and by immutable id: a slug that
/// was deleted and taken again by another org is a stale context, never
/// silently the new org.
#[test]
fn a_recreated_slug_makes_the_context_stale() {
    let env = Env::new();
    env.seed(); // alice's context: acme
    let ctx = String::from_utf8(env.context_bytes().expect("context")).expect("utf-8");
    assert!(ctx.contains("org_id = "), "{ctx}");
    env.ok(&["member", "set-role", BOB, "admin"]);
    env.ok(&["--as", BOB, "org", "delete", ORG, "--yes"]);
    env.ok(&["--as", CAROL, "org", "create", ORG]);
    env.ok(&["--as", CAROL, "--org", ORG, "member", "add", ALICE, "--role", "admin"]);
    let out = env.fails(&["member", "list"], 4);
    assert!(stderr(&out).contains("stale") && stderr(&out).contains("org switch"), "{}", describe(&out));
    // Naming the org explicitly is fine, and `org switch` repairs the file.
    env.ok(&["--org", ORG, "member", "list"]);
    env.ok(&["org", "switch", ORG]);
    env.ok(&["member", "list"]);
}

#[test]
fn explicitly_empty_identity_flags_are_usage_errors() {
    let env = Env::new();
    env.seed();
    for args in [&["--as", "", "member", "list"][..], &["--org", "", "member", "list"][..]] {
        let out = env.fails(args, 2);
        assert!(stderr(&out).contains("empty value"), "{args:?}: {}", describe(&out));
    }
    env.fails(&["--db", "", "whoami"], 2);
    // An empty variable counts as unset: the context file decides.
    let out = env.cmd(&["member", "list"]).env("ORGCTL_USER", "").env("ORGCTL_ORG", "").output().expect("run");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
}

#[test]
fn export_keeps_each_pending_invites_absolute_expiry() {
    let env = Env::new();
    env.seed();
    let invite = env.json(&["invite", "create", CAROL, "--expires", "3d"]);
    let expires = array(&invite)[0]["expires_at"].as_str().expect("expires_at").to_string();
    let export = env.ok(&["export"]);
    assert!(export.contains(&format!("expires = \"{expires}\"")), "{export}");
    let two = Env::new();
    let file = two.write("export.toml", &export);
    two.ok(&["--as", ALICE, "apply", "-f", &file]);
    let list = two.json(&["--as", ALICE, "--org", ORG, "invite", "list"]);
    assert_eq!(array(&list)[0]["expires_at"], expires.as_str(), "not reset to 7 days");
    assert_eq!(two.ok(&["--as", ALICE, "export"]), export);
    // A time in the past is refused, naming the place; a duration still works.
    let past = "[[orgs]]\nslug = \"acme\"\n  [[orgs.invites]]\n  email = \"dave@example.com\"\n  expires = \"2020-01-01T00:00:00Z\"\n";
    let err = env.json_err(&["apply", "-f", &env.write("past.toml", past)], 2);
    assert!(err["error"]["message"].as_str().unwrap_or_default().contains("invites[0].expires"), "{err}");
    let soon = past.replace("2020-01-01T00:00:00Z", "2d");
    env.ok(&["apply", "-f", &env.write("soon.toml", &soon)]);
}

/// `apply --prune` ends memberships the way `member remove` does: the
/// member's private chats go, and so do the pending invites they sent.
#[test]
fn a_pruned_member_takes_their_chats_and_pending_invites_with_them() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "set-role", BOB, "admin"]);
    let chat = env.json(&["--as", BOB, "chat", "create", "Bob's notes"])["id"].to_string();
    env.ok(&["--as", BOB, "invite", "create", CAROL]);
    let text = "[[orgs]]\nslug = \"acme\"\n  [[orgs.members]]\n  email = \"alice@example.com\"\n  role = \"admin\"\n";
    env.ok(&["--as", ALICE, "apply", "--prune", "-f", &env.write("prune.toml", text)]);
    env.ok(&["member", "add", BOB]);
    env.fails(&["--as", BOB, "chat", "show", &chat], 3);
    assert!(array(&env.json(&["--as", BOB, "chat", "list"])).is_empty());
    let invites = env.json(&["invite", "list", "--state", "all"]);
    assert_eq!(array(&invites)[0]["state"], "revoked", "{invites}");
}
