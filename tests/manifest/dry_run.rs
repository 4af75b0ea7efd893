//! `apply --dry-run`: plans exactly what the real run does and writes nothing.

use crate::common::*;

use super::*;

#[test]
fn dry_run_writes_nothing_and_plans_exactly_what_the_real_run_does() {
    let env = Env::new();
    env.seed();
    let text = format!("[[users]]\nemail = \"{FRANK}\"\nname = \"Frank\"\n{BASE}");
    let file = env.write("plan.toml", &text);
    let before = state(&env, ALICE, &[ORG]);

    let dry = apply(&env, ALICE, &file, &["--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert!(changes(&dry).len() >= 10, "the plan has the changes:\n{dry:#}");
    assert_eq!(state(&env, ALICE, &[ORG]), before, "a dry run writes nothing");
    assert!(!user_exists(&env, FRANK), "a dry run creates no user");

    // In text, the plan names what it would change, and still writes nothing.
    let out = env.ok(&["--as", ALICE, "apply", "-f", &file, "--dry-run"]);
    for target in ["kpis", "eng", "warehouse", ERIN, FRANK, CAROL] {
        assert!(out.contains(target), "the plan mentions {target}:\n{out}");
    }
    assert_eq!(state(&env, ALICE, &[ORG]), before);

    let real = apply(&env, ALICE, &file, &[]);
    assert_eq!(real["dry_run"], false);
    assert_eq!(plan(&dry), plan(&real), "the dry run planned exactly the real run's changes");
    assert_eq!(dry["summary"], real["summary"]);
    assert!(user_exists(&env, FRANK));
    assert_ne!(state(&env, ALICE, &[ORG]), before);
}

#[test]
fn dry_run_on_an_empty_store_creates_nothing() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let dry = apply(&env, ALICE, &file, &["--dry-run"]);
    assert_eq!(dry["summary"]["created"], 15, "{dry:#}");
    if let Some(db) = env.sqlite_file() {
        assert!(!db.exists(), "a dry run creates no store file");
    }
    for email in [ALICE, BOB, CAROL] {
        assert!(!user_exists(&env, email), "{email} was not created");
    }
    // The plan shows the invite but no token: a rolled-back invite has none that works.
    let invite = one(&dry, "created", "invite", &[ERIN]);
    assert!(invite.get("token").is_none_or(|t| t.is_null()), "{invite}");
    let real = apply(&env, ALICE, &file, &[]);
    assert_eq!(plan(&dry), plan(&real));
    assert!(one(&real, "created", "invite", &[ERIN])["token"].is_string(), "{real:#}");
}
