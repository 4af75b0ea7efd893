//! Output contract: tsv in pipes, `-o table`, `--json`, `-q`, receipts, error objects, broken pipes.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;

#[test]
fn pipe_default_is_tsv_without_header_or_colour() {
    let env = Env::new();
    env.seed();
    let out = env.run(&["member", "list"]);
    assert_eq!(code_of(&out), 0);
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}'), "colour in a pipe: {text:?}");
    assert!(!text.to_lowercase().contains("joined"), "header in tsv: {text}");
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), 5, "row {line:?}");
    }
}

/// A value holding tabs or line breaks keeps its row on one line and its fields in place, losing nothing.
#[test]
fn tsv_escapes_tabs_line_breaks_and_backslashes() {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "odd", "--description", "one\ttwo\nthree\\four"]);
    let text = env.ok(&["team", "list"]);
    let row = text.lines().find(|l| l.starts_with("odd\t")).unwrap_or_else(|| panic!("no row for odd:\n{text}"));
    let fields: Vec<&str> = row.split('\t').collect();
    assert_eq!(fields.len(), 4, "{row:?}");
    assert_eq!(fields[2], "one\\ttwo\\nthree\\\\four", "{row:?}");
    let table = env.ok(&["-o", "table", "team", "list"]);
    assert!(!table.contains('\t'), "{table}");
    assert_eq!(env.json(&["team", "show", "odd"])["description"], "one\ttwo\nthree\\four");
}

#[test]
fn table_can_be_forced_in_a_pipe() {
    let env = Env::new();
    env.seed();
    let table = env.ok(&["-o", "table", "member", "list"]);
    let tsv = env.ok(&["member", "list"]);
    assert_ne!(table, tsv);
    assert!(!table.contains('\t'), "a table is not tab-separated:\n{table}");
    assert!(table.to_lowercase().contains("email"), "table header:\n{table}");
    assert!(table.contains(ALICE) && table.contains(BOB), "{table}");
    assert!(table.lines().count() > 2, "header plus rows:\n{table}");
    assert!(!table.contains('\u{1b}'), "NO_COLOR is set:\n{table}");
}

#[test]
fn json_flag_and_output_json_are_the_same() {
    let env = Env::new();
    env.seed();
    let a = env.ok(&["--json", "member", "list"]);
    let b = env.ok(&["-o", "json", "member", "list"]);
    let c = env.ok(&["--output", "json", "member", "list"]);
    assert_eq!(parse_json(&a, &[]), parse_json(&b, &[]));
    assert_eq!(parse_json(&b, &[]), parse_json(&c, &[]));
}

#[test]
fn json_is_exactly_one_value_for_lists_and_single_things() {
    let env = Env::new();
    env.seed();
    assert!(env.json(&["member", "list"]).is_array());
    assert!(env.json(&["org", "list"]).is_array());
    assert!(env.json(&["org", "show"]).is_object());
    assert!(env.json(&["whoami"]).is_object());
    assert!(env.json(&["user", "show"]).is_object());
    assert!(env.json(&["member", "add", CAROL]).is_object());
}

#[test]
fn empty_list_prints_nothing() {
    let env = Env::new();
    env.seed();
    let out = env.run(&["--as", CAROL, "org", "list"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(out.stdout.is_empty(), "stdout: {:?}", stdout(&out));
    env.ok(&["member", "remove", BOB, "--yes"]);
    let out = env.run(&["member", "list", "--role", "member"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(out.stdout.is_empty(), "stdout: {:?}", stdout(&out));
    assert_eq!(env.json(&["member", "list", "--role", "member"]), serde_json::json!([]));
}

#[test]
fn quiet_suppresses_receipts_but_not_data() {
    let env = Env::new();
    env.seed();
    for args in [
        vec!["-q", "member", "add", CAROL],
        vec!["-q", "member", "set-role", CAROL, "admin"],
        vec!["--quiet", "member", "remove", CAROL, "--yes"],
        vec!["-q", "org", "edit", "--name", "Quiet Inc"],
        vec!["-q", "user", "add", "erin@example.com", "--name", "Erin"],
    ] {
        let out = env.run(&args);
        assert_eq!(code_of(&out), 0, "{args:?}\n{}", describe(&out));
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", stdout(&out));
    }
    assert_eq!(env.json(&["org", "show"])["name"], "Quiet Inc");
    assert!(!emails(&env.json(&["member", "list"])).contains(&CAROL.to_string()));
    // Data is still printed.
    let out = env.ok(&["-q", "member", "list"]);
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn receipts_go_to_stdout_and_errors_to_stderr() {
    let env = Env::new();
    env.seed();
    let out = env.run(&["member", "add", CAROL]);
    assert_eq!(code_of(&out), 0);
    assert!(stdout(&out).contains(CAROL), "{}", describe(&out));
    assert!(!stdout(&out).contains("error"), "{}", describe(&out));
    let out = env.fails(&["member", "add", "ghost@example.com"], 3);
    assert!(out.stdout.is_empty(), "stdout on error: {}", stdout(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: "), "stderr: {err:?}");
    assert!(err.contains("ghost@example.com"), "error should name the object: {err}");
    for line in err.lines() {
        assert!(
            line.starts_with("error: ") || line.starts_with("hint: ") || line.starts_with("  "),
            "unexpected stderr line {line:?}"
        );
    }
}

#[test]
fn json_errors_are_one_object_on_stderr_for_every_kind() {
    let env = Env::new();
    env.seed();
    let bad_db = env.path("garbage.db");
    std::fs::write(&bad_db, vec![0x5a_u8; 8192]).unwrap();
    let bad_db = bad_db.to_str().unwrap().to_string();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["member", "set-role", BOB, "owner"], 2, "usage"),
        (vec!["member", "add", "ghost@example.com"], 3, "not_found"),
        (vec!["--as", BOB, "member", "add", CAROL], 4, "forbidden"),
        (vec!["member", "add", BOB, "--role", "admin"], 5, "conflict"),
        (vec!["--db", &bad_db, "member", "list"], 6, "store"),
    ];
    for (args, code, kind) in cases {
        let mut full = vec!["--json"];
        full.extend_from_slice(&args);
        let out = env.fails(&full, code);
        assert!(out.stdout.is_empty(), "{full:?}: stdout {}", stdout(&out));
        let err = parse_json(&stderr(&out), &full);
        assert_error_kind(&err, kind);
        assert_eq!(err.as_object().unwrap().len(), 1, "only an `error` key: {err}");
    }
}

#[test]
fn change_objects_carry_the_action() {
    let env = Env::new();
    env.seed();
    assert_eq!(env.json(&["member", "add", CAROL])["action"], "created");
    assert_eq!(env.json(&["member", "add", CAROL])["action"], "unchanged");
    assert_eq!(env.json(&["member", "set-role", CAROL, "admin"])["action"], "updated");
    assert_eq!(env.json(&["member", "remove", CAROL, "--yes"])["action"], "deleted");
}

#[test]
fn color_always_is_accepted_and_never_is_plain() {
    let env = Env::new();
    env.seed();
    let out = env.ok(&["--color", "never", "-o", "table", "member", "list"]);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    env.ok(&["--color", "always", "member", "list"]);
}

/// Enough members that the listing is far bigger than a pipe buffer (64 KiB),
/// so the writer is still writing when the reader goes away.
#[test]
fn broken_pipe_exits_quietly() {
    let env = Env::new();
    env.seed();
    let long = "n".repeat(190);
    let emails: Vec<String> = (0..320).map(|i| format!("member-{i:04}-{}@example.com", "x".repeat(40))).collect();
    // Register them a batch at a time in parallel processes: the store is
    // built for concurrent writers, and it keeps the test quick.
    for chunk in emails.chunks(8) {
        let children: Vec<_> = chunk
            .iter()
            .map(|e| {
                env.std_cmd(&["-q", "user", "add", e, "--name", &long])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
    }
    for chunk in emails.chunks(8) {
        let children: Vec<_> = chunk
            .iter()
            .map(|e| {
                env.std_cmd(&["-q", "member", "add", e]).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
    }
    let full = env.ok(&["member", "list"]);
    assert_eq!(full.lines().count(), 322);
    assert!(full.len() > 80_000, "listing only {} bytes", full.len());

    for format in [vec!["member", "list"], vec!["-o", "table", "member", "list"]] {
        let mut child = env.std_cmd(&format).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let stdout_pipe = child.stdout.take().unwrap();
        let mut reader = BufReader::with_capacity(256, stdout_pipe);
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(reader);
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{format:?} on a closed pipe: {:?}\n{err}", out.status);
        assert!(!err.contains("panicked"), "{format:?} panicked: {err}");
    }
}

/// Argument errors honour `--color` in both spellings, like every other error.
#[test]
fn argument_errors_follow_the_color_flag() {
    let env = Env::new();
    for args in [&["--color", "always", "membr"][..], &["--color=always", "membr"][..]] {
        let out = env.fails(args, 2);
        assert!(stderr(&out).contains('\u{1b}'), "{args:?} asks for colour: {:?}", stderr(&out));
    }
    for args in [&["--color", "always", "--color", "never", "membr"][..], &["--color=never", "membr"][..]] {
        let out = env.fails(args, 2);
        assert!(!stderr(&out).contains('\u{1b}'), "{args:?}: {:?}", stderr(&out));
    }
}

/// A typo gets the corrected command as its hint; a bad value gets what a good one looks like.
#[test]
fn argument_errors_hint_at_the_next_command() {
    let env = Env::new();
    let err = stderr(&env.fails(&["membr", "list", "--role", "admin"], 2));
    assert!(err.contains("hint: did you mean `orgctl member list --role admin`?"), "{err}");
    let err = stderr(&env.fails(&["member", "list", "--rol", "admin"], 2));
    assert!(err.contains("`orgctl member list --role admin`"), "{err}");
    for (args, shape) in [
        (&["team", "create", "Eng_Team"][..], "a slug is"),
        (&["member", "add", "not-an-email"][..], "an email looks like"),
        (&["invite", "create", "x@y.test", "--expires", "7"][..], "a duration is"),
    ] {
        let err = stderr(&env.fails(args, 2));
        assert!(err.lines().any(|l| l.starts_with("hint: ") && l.contains(shape)), "{args:?}: {err}");
    }
    let err = stderr(&env.fails(&["dashboard", "share", "prod"], 2));
    assert!(err.contains("--team") && err.contains("--user"), "both ways to share are named: {err}");
}

/// Variables set to the empty string count as unset (CI templates leave them so).
#[test]
fn empty_variables_count_as_unset() {
    let env = Env::new();
    env.seed();
    let out = env
        .cmd(&["member", "list"])
        .env("ORGCTL_NO_INPUT", "")
        .env("ORGCTL_USER", "")
        .env("ORGCTL_ORG", "")
        .output()
        .expect("run orgctl");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let out = env.cmd(&["db", "path"]).env("ORGCTL_DB", "").output().expect("run orgctl");
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(stdout(&out).trim().ends_with("orgctl.db"), "the default store: {}", describe(&out));
}
