//! `audit list -o jsonl`: one object a line with `"v": 1`, oldest first, `--after`, the cursor file
//! (atomic rewrite, at-least-once resume), `--follow` ending on SIGINT and on a closed pipe, who may.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::MetadataExt;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not one JSON object: {l:?}: {e}")))
        .collect()
}

fn ids(list: &[Value]) -> Vec<i64> {
    list.iter().map(|v| v["id"].as_i64().expect("id")).collect()
}

/// acme with entries 1..=2+n (org.create, member.add bob, n teams).
fn seeded(env: &Env, teams: usize) {
    env.seed();
    for i in 0..teams {
        env.ok(&["team", "create", &format!("t{i}")]);
    }
}

#[test]
fn jsonl_is_one_compact_object_a_line_oldest_first() {
    let env = Env::new();
    seeded(&env, 3);
    let out = env.ok(&["audit", "list", "-o", "jsonl"]);
    assert!(out.lines().all(|l| l.starts_with("{\"v\":1,") && !l.contains(": ")), "{out}");
    let list = lines(&out);
    assert_eq!(ids(&list), vec![1, 2, 3, 4, 5]);
    for e in &list {
        assert_keys(
            e,
            &["v", "id", "at", "actor", "org", "action", "target", "details", "actor_source", "os_user", "hash"],
        );
        assert_eq!(e["v"], 1);
    }
    // The same entries as --json, with `v` added.
    let json = array(&env.json(&["audit", "list"])).clone();
    let mut plain: Vec<Value> = list.clone();
    for e in &mut plain {
        e.as_object_mut().expect("object").remove("v");
    }
    plain.reverse();
    assert_eq!(plain, json);
    // --after and --limit.
    assert_eq!(ids(&lines(&env.ok(&["audit", "list", "-o", "jsonl", "--after", "3"]))), vec![4, 5]);
    assert_eq!(ids(&lines(&env.ok(&["audit", "list", "-o", "jsonl", "--after", "1", "--limit", "2"]))), vec![2, 3]);
    assert_eq!(env.ok(&["audit", "list", "-o", "jsonl", "--after", "5"]), "");
    // Filters still apply.
    assert_eq!(ids(&lines(&env.ok(&["audit", "list", "-o", "jsonl", "--action", "team"]))), vec![3, 4, 5]);
}

#[test]
fn jsonl_is_for_audit_list_only_and_stream_flags_need_it() {
    let env = Env::new();
    seeded(&env, 0);
    let err = stderr(&env.fails(&["member", "list", "-o", "jsonl"], 2));
    assert!(err.contains("`-o jsonl` is for `audit list` only"), "{err}");
    env.fails(&["org", "show", "--output", "jsonl"], 2);
    for flag in [&["--after", "1"][..], &["--follow"], &["--cursor-file", "c"]] {
        let mut args = vec!["audit", "list"];
        args.extend_from_slice(flag);
        let err = stderr(&env.fails(&args, 2));
        assert!(err.contains("goes with `-o jsonl`"), "{err}");
    }
}

#[test]
fn only_admins_may_stream_or_follow() {
    let env = Env::new();
    seeded(&env, 0);
    env.fails(&["--as", BOB, "audit", "list", "-o", "jsonl"], 4);
    env.fails(&["--as", BOB, "audit", "list", "-o", "jsonl", "--follow"], 4);
    env.fails(&["--as", CAROL, "audit", "list", "-o", "jsonl"], 3);
    env.fails(&["--as", CAROL, "audit", "list", "-o", "jsonl", "--follow"], 3);
}

#[test]
fn the_cursor_file_resumes_after_the_last_entry_delivered_and_is_rewritten_atomically() {
    let env = Env::new();
    seeded(&env, 2);
    let cursor = env.path("ship/acme.cursor");
    std::fs::create_dir_all(env.path("ship")).expect("mkdir");
    let c = cursor.to_string_lossy().into_owned();
    let first = lines(&env.ok(&["audit", "list", "-o", "jsonl", "--cursor-file", &c]));
    assert_eq!(ids(&first), vec![1, 2, 3, 4]);
    assert_eq!(std::fs::read_to_string(&cursor).expect("cursor").trim(), "4");
    assert_eq!(file_mode(&cursor), 0o600);
    let inode = std::fs::metadata(&cursor).expect("stat").ino();
    // Nothing new: nothing printed, the cursor untouched.
    assert_eq!(env.ok(&["audit", "list", "-o", "jsonl", "--cursor-file", &c]), "");
    env.ok(&["team", "create", "late"]);
    env.ok(&["member", "add", CAROL]);
    let next = lines(&env.ok(&["audit", "list", "-o", "jsonl", "--cursor-file", &c, "--after", "0"]));
    assert_eq!(ids(&next), vec![5, 6], "the cursor file wins over --after");
    assert_eq!(std::fs::read_to_string(&cursor).expect("cursor").trim(), "6");
    assert_ne!(std::fs::metadata(&cursor).expect("stat").ino(), inode, "rewritten by rename, not in place");
    let left: Vec<_> =
        std::fs::read_dir(env.path("ship")).expect("ls").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    // A damaged cursor is a usage error naming the file; nothing is printed.
    std::fs::write(&cursor, "seven\n").expect("write");
    let out = env.fails(&["audit", "list", "-o", "jsonl", "--cursor-file", &c], 2);
    assert!(stderr(&out).contains("acme.cursor") && stdout(&out).is_empty(), "{}", describe(&out));
    // A missing cursor file starts at --after.
    std::fs::remove_file(&cursor).expect("rm");
    assert_eq!(ids(&lines(&env.ok(&["audit", "list", "-o", "jsonl", "--cursor-file", &c, "--after", "5"]))), vec![6]);
}

/// Reads one line from the child's stdout, failing after `secs`.
fn read_line_within(reader: &mut impl BufRead, secs: u64) -> String {
    let start = Instant::now();
    let mut line = String::new();
    reader.read_line(&mut line).expect("read a line");
    assert!(start.elapsed() < Duration::from_secs(secs), "took {:?}", start.elapsed());
    line
}

fn wait_within(child: &mut std::process::Child, secs: u64) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            panic!("orgctl did not end within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn follow_delivers_new_entries_and_ends_cleanly_on_sigint() {
    let env = Env::new();
    seeded(&env, 0);
    let cursor = env.path("acme.cursor");
    let c = cursor.to_string_lossy().into_owned();
    let mut child = env.spawn(&["audit", "list", "-o", "jsonl", "--follow", "--cursor-file", &c]);
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    assert!(read_line_within(&mut out, 20).contains("\"id\":1,"));
    assert!(read_line_within(&mut out, 20).contains("\"id\":2,"));
    env.ok(&["team", "create", "later"]);
    let line = read_line_within(&mut out, 20);
    let v: Value = serde_json::from_str(&line).expect("json");
    assert_eq!((v["id"].as_i64(), v["action"].as_str()), (Some(3), Some("team.create")));
    // The cursor follows what was delivered.
    let start = Instant::now();
    while std::fs::read_to_string(&cursor).unwrap_or_default().trim() != "3" {
        assert!(start.elapsed() < Duration::from_secs(10), "cursor never reached 3");
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = wait_within(&mut child, 10);
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn follow_ends_cleanly_when_the_reader_goes_away() {
    let env = Env::new();
    seeded(&env, 0);
    let mut child = env.spawn(&["audit", "list", "-o", "jsonl", "--follow"]);
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    read_line_within(&mut out, 20);
    read_line_within(&mut out, 20);
    // Nothing more to write: orgctl must notice the closed pipe while idle.
    drop(out);
    let status = wait_within(&mut child, 10);
    assert_eq!(status.code(), Some(0), "{status:?}");
    // And while writing.
    let mut child = env.spawn(&["audit", "list", "-o", "jsonl", "--follow"]);
    drop(child.stdout.take());
    for i in 0..3 {
        env.ok(&["team", "create", &format!("x{i}")]);
    }
    assert_eq!(wait_within(&mut child, 10).code(), Some(0));
}
