//! Confirmation prompts on a real pseudo-terminal (rexpect), and their absence without one.
//!
//! Declining or interrupting a prompt exits 7 and changes nothing; without a
//! terminal, or with `--no-input` / ORGCTL_NO_INPUT=1, a destructive command
//! without `--yes` exits 2 without asking and says to pass `--yes`.

use std::process::Command;

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

use crate::common::{self, Env, ALICE, BOB, ORG};

/// Extra environment variables for one invocation.
type Vars<'a> = &'a [(&'a str, &'a str)];

/// Long enough for a debug build on a busy 2-core machine.
const TIMEOUT_MS: u64 = 30_000;

/// `orgctl ARGS` on a fresh pseudo-terminal (stdin, stdout and stderr), in
/// the test's hermetic environment plus `extra` variables.
fn spawn_on_pty(env: &Env, args: &[&str], extra: Vars) -> PtySession {
    let mut cmd = Command::new(common::bin());
    cmd.args(args);
    spawn_hermetic(env, cmd, extra)
}

/// Spawns `cmd` on a pty in the test's hermetic environment plus `extra`.
fn spawn_hermetic(env: &Env, mut cmd: Command, extra: Vars) -> PtySession {
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .env("TERM", "xterm")
        .env("ORGCTL_DB", env.store())
        .env("ORGCTL_CONTEXT", env.context())
        .current_dir(env.root());
    for (key, value) in extra {
        cmd.env(key, value);
    }
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn orgctl on a pty")
}

/// Reads everything up to the end of output and returns (exit code, output).
fn finish(mut s: PtySession) -> (i32, String) {
    let rest = s.exp_eof().expect("orgctl ends");
    match s.process.wait().expect("wait for orgctl") {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("orgctl did not exit normally: {other:?}\n{rest}"),
    }
}

/// `member remove BOB` on a terminal, once it asks for confirmation.
fn asked_to_remove_bob(env: &Env) -> PtySession {
    let mut s = spawn_on_pty(env, &["member", "remove", BOB], &[]);
    s.exp_string(&format!("Remove {BOB} from {ORG}")).expect("the confirmation is asked");
    s
}

fn orgs_of(env: &Env, who: &str) -> Vec<String> {
    common::slugs(&env.json(&["--as", who, "org", "list"]))
}

#[test]
fn member_remove_answered_no_is_cancelled() {
    let env = Env::new();
    env.seed();
    let mut s = asked_to_remove_bob(&env);
    s.send_line("n").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "declining exits 7\n{out}");
    assert!(out.contains("cancelled"), "says it was cancelled: {out}");
    assert!(env.members().contains(&BOB.to_owned()), "bob is still a member");
}

#[test]
fn member_remove_answered_yes_removes() {
    let env = Env::new();
    env.seed();
    let mut s = asked_to_remove_bob(&env);
    s.send_line("y").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 0, "confirming exits 0\n{out}");
    assert_eq!(env.members(), [ALICE], "bob was removed");
}

/// The answer is a whole line: a word that merely contains a `y` asks again
/// instead of confirming, and only `y`/`yes` confirms.
#[test]
fn a_stray_y_does_not_confirm() {
    let env = Env::new();
    env.seed();
    let mut s = asked_to_remove_bob(&env);
    s.send_line("sorry").expect("answer");
    s.exp_string("answer y or n").expect("asked again");
    assert!(env.members().contains(&BOB.to_owned()), "bob is still a member while it asks");
    s.send_line("no").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "declining exits 7\n{out}");
    assert!(env.members().contains(&BOB.to_owned()), "bob is still a member");
}

#[test]
fn member_remove_interrupted_is_cancelled() {
    let env = Env::new();
    env.seed();
    let mut s = asked_to_remove_bob(&env);
    s.send_control('c').expect("interrupt");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "an interrupted prompt exits 7\n{out}");
    assert!(env.members().contains(&BOB.to_owned()), "bob is still a member");
}

#[test]
fn org_delete_with_the_wrong_slug_typed_is_cancelled() {
    let env = Env::new();
    env.seed();
    let mut s = spawn_on_pty(&env, &["org", "delete", ORG], &[]);
    s.exp_string("Type its slug to confirm").expect("the slug is asked for");
    s.send_line("acne").expect("type");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "a wrong slug exits 7\n{out}");
    assert_eq!(orgs_of(&env, ALICE), [ORG], "acme still exists");
    assert_eq!(env.members(), [ALICE, BOB], "and its members");
}

#[test]
fn org_delete_with_the_right_slug_typed_deletes() {
    let env = Env::new();
    env.seed();
    let mut s = spawn_on_pty(&env, &["org", "delete", ORG], &[]);
    s.exp_string("Type its slug to confirm").expect("the slug is asked for");
    s.send_line(ORG).expect("type");
    let (code, out) = finish(s);
    assert_eq!(code, 0, "the right slug deletes\n{out}");
    assert!(orgs_of(&env, ALICE).is_empty(), "acme is gone");
    assert!(orgs_of(&env, BOB).is_empty(), "for bob too");
}

#[test]
fn org_delete_interrupted_is_cancelled() {
    let env = Env::new();
    env.seed();
    let mut s = spawn_on_pty(&env, &["org", "delete", ORG], &[]);
    s.exp_string("Type its slug to confirm").expect("the slug is asked for");
    s.send("ac").expect("type part of it");
    s.send_control('c').expect("interrupt");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "an interrupted prompt exits 7\n{out}");
    assert_eq!(orgs_of(&env, ALICE), [ORG], "acme still exists");
}

#[test]
fn without_a_terminal_destructive_commands_need_yes() {
    let env = Env::new();
    env.seed();
    // `Env::cmd` gives orgctl a pipe for stdin: nobody can be asked.
    for args in [&["member", "remove", BOB][..], &["org", "delete", ORG][..]] {
        let out = env.fails(args, 2);
        let err = common::stderr(&out);
        assert!(err.contains("--yes"), "orgctl {args:?}: stderr should mention --yes:\n{err}");
    }
    assert_eq!(env.members(), [ALICE, BOB], "nothing was removed");
    assert_eq!(orgs_of(&env, ALICE), [ORG], "nothing was deleted");
}

#[test]
fn no_input_on_a_terminal_refuses_without_asking() {
    let env = Env::new();
    env.seed();
    let cases: [(&[&str], Vars); 4] = [
        (&["--no-input", "member", "remove", BOB], &[]),
        (&["member", "remove", BOB], &[("ORGCTL_NO_INPUT", "1")]),
        (&["--no-input", "org", "delete", ORG], &[]),
        (&["org", "delete", ORG], &[("ORGCTL_NO_INPUT", "1")]),
    ];
    for (args, extra) in cases {
        let s = spawn_on_pty(&env, args, extra);
        let (code, out) = finish(s);
        assert_eq!(code, 2, "orgctl {args:?} {extra:?} on a terminal: expected exit 2\n{out}");
        assert!(out.contains("--yes"), "orgctl {args:?} {extra:?}: should mention --yes:\n{out}");
        assert!(!out.contains("Remove ") && !out.contains("Type its slug"), "it prompted anyway:\n{out}");
    }
    assert_eq!(env.members(), [ALICE, BOB], "nothing was removed");
    assert_eq!(orgs_of(&env, ALICE), [ORG], "nothing was deleted");
}

#[test]
fn yes_on_a_terminal_does_not_ask() {
    let env = Env::new();
    env.seed();
    let s = spawn_on_pty(&env, &["--yes", "member", "remove", BOB], &[]);
    let (code, out) = finish(s);
    assert_eq!(code, 0, "--yes confirms\n{out}");
    assert!(!out.contains("Remove "), "it prompted anyway:\n{out}");
    assert_eq!(env.members(), [ALICE]);
    if let Some(db) = env.sqlite_file() {
        assert!(db.is_file());
    }
}

/// A terminal that reports no width (a fresh `docker exec`, some CI consoles)
/// still gets a readable table: `COLUMNS`, else 80, not one-letter columns.
#[test]
fn tables_fit_columns_when_the_terminal_reports_no_width() {
    let env = Env::new();
    env.seed();
    // The pty is set to 0 columns first, as such terminals report it.
    let script = format!("stty cols 0 rows 0 && exec '{}' -o table member list", common::bin());
    let mut cmd = Command::new("sh");
    cmd.args(["-c", &script]);
    let s = spawn_hermetic(&env, cmd, &[("COLUMNS", "100")]);
    let (code, out) = finish(s);
    assert_eq!(code, 0, "{out}");
    let header = out.lines().find(|l| l.contains("EMAIL")).unwrap_or_else(|| panic!("no header:\n{out}"));
    assert!(header.contains("ROLE") && header.contains("JOINED_AT"), "{header:?}\n{out}");
    assert!(out.contains(ALICE) && out.contains(BOB), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 100), "wider than COLUMNS:\n{out}");
}

#[test]
fn the_question_lists_what_goes_with_a_team() {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", BOB]);
    env.ok(&["dashboard", "create", "KPIs"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng", "--permission", "edit"]);
    env.ok(&["invite", "create", "dave@example.com", "--team", "eng"]);
    let mut s = spawn_on_pty(&env, &["team", "delete", "eng"], &[]);
    s.exp_string("Delete team eng from acme, with 1 membership(s)").expect("the question names the memberships");
    s.exp_string("its grants on dashboards kpis").expect("the question names the grants");
    s.exp_string("its place in pending invites").expect("the question names the invites");
    s.send_line("n").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "{out}");
    assert_eq!(common::slugs(&env.json(&["team", "list"])), vec!["eng".to_string()]);
}

#[test]
fn org_leave_asks_on_a_terminal() {
    let env = Env::new();
    env.seed();
    env.ok(&["--as", BOB, "chat", "create", "Mine"]);
    let mut s = spawn_on_pty(&env, &["--as", BOB, "org", "leave", ORG], &[]);
    s.exp_string(&format!("Leave {ORG}")).expect("leaving is asked");
    s.exp_string("1 private chat(s) deleted").expect("the question says the chats go");
    s.send_line("n").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 7, "{out}");
    assert!(env.members().contains(&BOB.to_owned()));
    let mut s = spawn_on_pty(&env, &["--as", BOB, "org", "leave", ORG], &[]);
    s.exp_string(&format!("Leave {ORG}")).expect("leaving is asked");
    s.send_line("y").expect("answer");
    let (code, out) = finish(s);
    assert_eq!(code, 0, "{out}");
    assert!(!env.members().contains(&BOB.to_owned()));
}

#[test]
fn a_narrow_terminal_cuts_free_text_and_never_an_identifier() {
    let env = Env::new();
    env.seed();
    let long = "maximilian.alexander.von.longname@example.com";
    env.ok(&["user", "add", long, "--name", "A very long display name that has to wrap somewhere on a narrow screen"]);
    env.ok(&["member", "add", long]);
    let s = spawn_on_pty(&env, &["member", "list"], &[("COLUMNS", "100")]);
    let (code, out) = finish(s);
    let out = as_utf8(&out);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(long), "the email is on one line:\n{out}");
    assert!(out.contains("A very long d") && out.contains('…'), "the name is cut with `…`:\n{out}");
    assert!(out.contains("alice@example.com") && out.contains("JOINED_AT"), "{out}");
    assert!(!out.contains("has to wrap somewhere on a narrow screen"), "the name is cut:\n{out}");
    assert!(out.lines().all(|l| l.trim_end().chars().count() <= 100), "the table fits the width:\n{out}");
}

/// Every list on a terminal of 60, 80 and 120 columns: no line is wider than
/// the terminal, and every email and slug the list holds is printed whole, on
/// one line (free text is cut with `…`, or the list turns vertical).
#[test]
fn every_list_reads_at_60_80_and_120_columns() {
    let env = Env::new();
    env.seed();
    let zara = "zara.new.person@acme.test";
    let invited = "someone.invited.long@acme-partners.test";
    env.ok(&["user", "add", zara, "--name", "Zara New, whose display name is long enough to need cutting"]);
    env.ok(&["member", "add", zara]);
    env.ok(&["invite", "create", invited]);
    env.ok(&["team", "create", "platform-engineering", "--description", "Builds and runs the platform for everyone"]);
    env.ok(&[
        "dashboard",
        "create",
        "Quarterly revenue by region and product",
        "--slug",
        "quarterly-revenue-by-region",
    ]);
    env.ok(&[
        "connector",
        "add",
        "warehouse-analytics",
        "--kind",
        "postgres",
        "--url",
        "postgres://reader@db.internal/x",
    ]);
    env.ok(&["chat", "create", "A chat with a fairly long title for the list of chats"]);
    let lists: &[&[&str]] = &[
        &["member", "list"],
        &["invite", "list"],
        &["team", "list"],
        &["dashboard", "list"],
        &["connector", "list"],
        &["audit", "list"],
        &["org", "list"],
        &["chat", "list"],
    ];
    let whole =
        [ALICE, BOB, zara, invited, "platform-engineering", "quarterly-revenue-by-region", "warehouse-analytics"];
    for cols in [60, 80, 120] {
        for args in lists {
            let words = args.join(" ");
            let piped = env.ok(args);
            let script = format!("stty cols {cols} rows 60 && exec '{}' {words}", common::bin());
            let mut cmd = Command::new("sh");
            cmd.args(["-c", &script]);
            let (code, out) = finish(spawn_hermetic(&env, cmd, &[]));
            let out = as_utf8(&out);
            assert_eq!(code, 0, "`{words}` at {cols} columns:\n{out}");
            for line in out.lines() {
                assert!(line.trim_end().chars().count() <= cols, "`{words}` is wider than {cols} columns:\n{out}");
            }
            for id in whole.iter().filter(|id| piped.contains(*id)) {
                assert!(out.contains(id), "`{words}` at {cols} columns splits or cuts {id}:\n{out}");
            }
        }
    }
}

/// The pty's output read back as UTF-8 (the session hands over one char per byte).
fn as_utf8(text: &str) -> String {
    let bytes: Option<Vec<u8>> = text.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    bytes.and_then(|b| String::from_utf8(b).ok()).unwrap_or_else(|| text.to_owned())
}
