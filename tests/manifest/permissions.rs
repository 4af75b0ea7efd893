//! Who may apply what: admins of every org in the file, new orgs, declared users.

use crate::common::*;

use super::*;

#[test]
fn a_member_who_is_not_an_admin_of_an_org_in_the_file_is_refused() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/not-an-admin.toml");
    let file = env.write("as-bob.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    let err = env.json_err(&["--as", BOB, "apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    let out = env.fails(&["--as", BOB, "apply", "-f", &file, "--dry-run"], 4);
    assert!(stderr(&out).contains(ORG), "the refusal names the org: {}", stderr(&out));
    // carol is no member at all.
    env.fails(&["--as", CAROL, "apply", "-f", &file], 4);
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, "newbie@example.com"));
    assert_eq!(env.code(&["--as", BOB, "org", "show", "fresh"]), 3, "the new org was not created");
}

#[test]
fn a_new_org_is_created_with_the_acting_user_as_admin() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/new-org.toml");
    let r = apply(&env, CAROL, &env.write("gamma.toml", text), &[]);
    one(&r, "created", "org", &["gamma"]);
    one(&r, "created", "member", &[CAROL]);
    one(&r, "created", "member", &[DAVE]);
    let members = env.json(&["--as", CAROL, "--org", "gamma", "member", "list"]);
    let roles: Vec<(String, String)> =
        array(&members).iter().map(|m| (str_field(m, "email"), str_field(m, "role"))).collect();
    assert!(roles.contains(&(CAROL.into(), "admin".into())), "{members}");
    assert!(roles.contains(&(DAVE.into(), "member".into())), "{members}");
}

#[test]
fn a_declared_user_may_act_on_an_empty_store() {
    let env = Env::new();
    let text = fixture!("manifest/declared-user.toml");
    let file = env.write("seed.toml", text);
    let out = env.ok(&["--as", "ci@example.com", "apply", "-f", &file]);
    assert!(out.contains("fixtures"), "{out}");
    let members = env.json(&["--as", "ci@example.com", "--org", "fixtures", "member", "list"]);
    assert_eq!(emails(&members), strings(&["ci@example.com"]));
    assert_eq!(array(&members)[0]["role"], "admin");
    assert_eq!(env.json(&["--as", "ci@example.com", "user", "show"])["name"], "CI");
    assert_no_changes(&apply(&env, "ci@example.com", &file, &[]));
}

/// docs/contract.md §5: "The acting user must be an admin of every existing org in the
/// file". Being declared under `[[users]]` lets a new user act, not skip that
/// rule: a stranger must not be able to rename acme and make themselves admin.
#[test]
fn a_declared_new_user_is_not_an_admin_of_existing_orgs() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/takeover.toml");
    let file = env.write("takeover.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    let out = env.run(&["--as", "mallory@example.com", "apply", "-f", &file, "--prune"]);
    assert_eq!(code_of(&out), 4, "a new user may not change an existing org\n{}", describe(&out));
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, "mallory@example.com"));
}

/// docs/contract.md §2: only the user renames themselves (`user edit`); a manifest may
/// not rename someone who is in none of its orgs.
#[test]
fn a_manifest_may_not_rename_a_user_outside_its_orgs() {
    let env = Env::new();
    env.seed();
    let before = state(&env, ALICE, &[ORG]);
    let text = "[[users]]\nemail = \"dave@example.com\"\nname = \"Not Dave\"\n\n[[orgs]]\nslug = \"acme\"\nplan = \"enterprise\"\n";
    let file = env.write("rename.toml", text);
    let err = env.json_err(&["--as", ALICE, "apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    assert_eq!(env.json(&["--as", DAVE, "user", "show"])["name"], "Dave Moe");
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    // Dave may rename himself that way.
    let mine = env.write("mine.toml", "[[users]]\nemail = \"dave@example.com\"\nname = \"David Moe\"\n");
    one(&apply(&env, DAVE, &mine, &[]), "updated", "user", &[DAVE]);
    assert_eq!(env.json(&["--as", DAVE, "user", "show"])["name"], "David Moe");
}

#[test]
fn an_undeclared_unknown_acting_user_is_refused() {
    let env = Env::new();
    env.seed();
    let text = "[[users]]\nemail = \"frank@example.com\"\n\n[[orgs]]\nslug = \"fresh\"\n";
    let file = env.write("ghost.toml", text);
    let before = state(&env, ALICE, &[ORG]);
    // docs/decisions.md: `--as` naming a user that does not exist is exit 3.
    let err = env.json_err(&["--as", "ghost@example.com", "apply", "-f", &file], 3);
    assert_error_kind(&err, "not_found");
    assert_eq!(state(&env, ALICE, &[ORG]), before);
    assert!(!user_exists(&env, FRANK));
    // On an empty store too.
    let empty = Env::new();
    let file = empty.write("ghost.toml", text);
    assert_ne!(empty.code(&["--as", "ghost@example.com", "apply", "-f", &file]), 0);
    assert!(!user_exists(&empty, FRANK));
}

#[test]
fn apply_without_an_acting_user_is_forbidden() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let err = env.json_err(&["apply", "-f", &file], 4);
    assert_error_kind(&err, "forbidden");
    let out = env.fails(&["apply", "-f", &file], 4);
    assert!(stderr(&out).contains("--as"), "the error says how to set the user: {}", stderr(&out));
    // Nothing was created: the declared users do not exist.
    assert!(!user_exists(&env, ALICE));
}
