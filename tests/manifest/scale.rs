//! Parallel applies of one file, and a big apply in a pipe.

use crate::common::*;

use super::*;

/// docs/contract.md §8 and the users of §0: CI jobs seed fixtures several at once against
/// one store. Parallel applies of one file into a missing store all succeed,
/// and between them make each change exactly once.
#[test]
fn parallel_applies_of_one_file_all_succeed_and_change_everything_once() {
    let env = Env::new();
    let file = env.write("base.toml", BASE);
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.std_cmd(&["--as", ALICE, "--json", "apply", "-f", &file])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn orgctl")
        })
        .collect();
    let mut created = 0;
    for child in children {
        let out = child.wait_with_output().expect("wait for orgctl");
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        let r = parse_json(&stdout(&out), &["apply"]);
        assert_report_shape(&r);
        created += changes(&r).len();
    }
    assert_eq!(created, 15, "every change made once, by one of them");
    let invites = env.json(&["--as", ALICE, "--org", ORG, "invite", "list", "--state", "all"]);
    assert_eq!(array(&invites).len(), 1, "{invites}");
}

// ---------------------------------------------------------------- big manifests

#[test]
fn a_big_apply_in_a_pipe_shows_no_progress_bar() {
    let env = Env::new();
    let n = 1000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("[[users]]\nemail = \"user{i}@example.com\"\nname = \"User {i}\"\n\n"));
    }
    text.push_str("[[orgs]]\nslug = \"big\"\n");
    for i in 0..n {
        let role = if i == 0 { "admin" } else { "member" };
        text.push_str(&format!("  [[orgs.members]]\n  email = \"user{i}@example.com\"\n  role = \"{role}\"\n"));
    }
    let file = env.write("big.toml", &text);
    let out = env.run(&["--as", "user0@example.com", "apply", "-f", &file]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let err = stderr(&out);
    for bad in ["\r", "\u{1b}", "█", "░", "▉", "#>", "/2001", "applying"] {
        assert!(!err.contains(bad), "a progress bar in a pipe ({bad:?}): {err:?}");
    }
    assert_eq!(stdout(&out).lines().filter(|l| l.starts_with("created\tmember")).count(), n);
    let members = env.json(&["--as", "user0@example.com", "--org", "big", "member", "list"]);
    assert_eq!(array(&members).len(), n);
    // With --json too, and the second time it is unchanged.
    let r = apply(&env, "user0@example.com", &file, &[]);
    assert_no_changes(&r);
}
