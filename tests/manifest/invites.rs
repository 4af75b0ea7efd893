//! Invites in a manifest: tokens in the output, no repeated pending invite, role, teams and expiry, `--quiet`.

use crate::common::*;

use super::*;

#[test]
fn invite_tokens_appear_in_the_output_and_pending_invites_are_not_repeated() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let out = env.ok(&["--as", ALICE, "apply", "-f", &file]);
    // tsv in a pipe: the invite's row carries the token, which works.
    let row = out.lines().find(|l| l.contains(ERIN)).unwrap_or_else(|| panic!("no row for erin's invite:\n{out}"));
    let token = row
        .split('\t')
        .rfind(|f| f.len() >= 16 && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or_else(|| panic!("no token in {row:?}"))
        .to_string();
    assert!(row.contains(ORG), "the row names the org: {row:?}");
    // Every org-scoped row names its org.
    for line in out.lines().filter(|l| l.contains('\t') && !l.contains("\tuser\t")) {
        assert!(line.split('\t').any(|f| f == ORG), "row without its org: {line:?}");
    }

    // The second apply creates no other invite for the same pending email.
    let r = apply(&env, ALICE, &file, &[]);
    assert_eq!(count(&r, "created", "invite"), 0, "{r:#}");
    let all = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&all).len(), 1, "{all}");

    // The printed token is the real one; once erin is a member no invite is made.
    env.ok(&["user", "add", ERIN, "--name", "Erin"]);
    env.ok(&["--as", ERIN, "invite", "accept", &token]);
    assert!(env.roles().contains(&(ERIN.to_string(), "member".to_string())));
    assert_no_changes(&apply(&env, ALICE, &file, &[]));
    let all = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&all).len(), 1, "{all}");
}

#[test]
fn invites_in_a_manifest_keep_their_role_teams_and_expiry() {
    let env = Env::new();
    env.seed();
    let text = fixture!("manifest/invites.toml");
    let r = apply(&env, ALICE, &env.write("invites.toml", text), &[]);
    assert_eq!(count(&r, "created", "invite"), 2, "{r:#}");
    let list = env.json(&["--as", ALICE, "--org", ORG, "invite", "list"]);
    let erin = array(&list).iter().find(|i| i["email"] == ERIN).expect("erin's invite");
    assert_eq!(erin["role"], "admin");
    assert_eq!(sorted(&erin["teams"]), strings(&["eng"]));
    let life = epoch(&str_field(erin, "expires_at")) - epoch(&str_field(erin, "created_at"));
    assert!((3 * 86400 - 5..=3 * 86400 + 5).contains(&life), "expires in 3 days: {erin}");
    let frank = array(&list).iter().find(|i| i["email"] == FRANK).expect("frank's invite");
    assert_eq!(frank["role"], "member", "the default role");
    let life = epoch(&str_field(frank, "expires_at")) - epoch(&str_field(frank, "created_at"));
    assert!((7 * 86400 - 5..=7 * 86400 + 5).contains(&life), "the default 7 days (docs/contract.md §1): {frank}");
}

#[test]
fn quiet_apply_prints_only_the_invite_tokens() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let out = env.ok(&["--as", ALICE, "-q", "apply", "-f", &file]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "only the token line (docs/contract.md §3 --quiet): {out:?}");
    assert!(lines[0].contains(ERIN), "{out:?}");
    assert!(env.ok(&["--as", ALICE, "-q", "apply", "-f", &file]).is_empty(), "nothing to print the second time");
}
