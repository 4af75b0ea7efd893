//! Commands that only read write nothing: not the store, not its `-wal` or
//! `-shm` files, not the folder (no file created, renamed or removed).

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::common::*;

/// Every entry of `dir` (recursively) with its size, modification time and
/// bytes, and the modification time of each folder (which changes when a
/// file is created, renamed or removed in it).
fn state(dir: &Path) -> Vec<(String, u64, SystemTime, Vec<u8>)> {
    let mut out = Vec::new();
    let meta = fs::metadata(dir).expect("stat folder");
    out.push((format!("{}/", dir.display()), 0, meta.modified().expect("mtime"), Vec::new()));
    for entry in fs::read_dir(dir).expect("list folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(state(&path));
        } else {
            let meta = fs::metadata(&path).expect("stat file");
            let bytes = fs::read(&path).expect("read file");
            out.push((path.display().to_string(), meta.len(), meta.modified().expect("mtime"), bytes));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Sets the modification time of everything below `dir` (and `dir`) an hour
/// back, so that any later write shows even on a coarse clock.
fn age(dir: &Path) {
    let then = SystemTime::now() - Duration::from_secs(3600);
    for entry in fs::read_dir(dir).expect("list folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            age(&path);
        } else {
            fs::File::options().append(true).open(&path).and_then(|f| f.set_modified(then)).expect("set mtime");
        }
    }
    fs::File::open(dir).and_then(|f| f.set_modified(then)).expect("set folder mtime");
}

fn seeded() -> Env {
    let env = Env::new();
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["dashboard", "create", "Production health", "--slug", "prod-health"]);
    env
}

const READS: &[&[&str]] = &[
    &["whoami"],
    &["--as", BOB, "whoami"],
    &["member", "list"],
    &["-o", "json", "member", "list"],
    &["dashboard", "list"],
    &["--as", BOB, "dashboard", "list"],
    &["team", "list"],
    &["org", "list"],
    &["audit", "list"],
    &["init"],
    &["db", "check"],
];

#[test]
fn commands_that_only_read_write_nothing() {
    let env = seeded();
    if env.sqlite_file().is_some() {
        // A write leaves the WAL files in place, emptied, for the next reader.
        let wal = env.path("orgctl.db-wal");
        assert!(wal.is_file() && env.path("orgctl.db-shm").is_file(), "a write removed the -wal or -shm file");
        assert_eq!(fs::metadata(&wal).unwrap().len(), 0, "a write left pages in the WAL");
    }
    age(env.root());
    let before = state(env.root());
    let stored = env.store_contents();
    for args in READS {
        env.ok(args);
    }
    assert_eq!(env.code(&["can-i", "view", "dashboard/prod-health"]), 0);
    assert_eq!(env.code(&["--as", BOB, "can-i", "manage-org"]), 4);
    // A refused read and one about an org that does not exist write nothing either.
    env.fails(&["--as", CAROL, "--org", ORG, "member", "list"], 3);
    env.fails(&["--org", "nowhere", "whoami"], 3);
    let after = state(env.root());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!((&b.0, b.1, b.2), (&a.0, a.1, a.2), "a read-only command changed {}", b.0);
        assert!(b.3 == a.3, "a read-only command changed the bytes of {}", b.0);
    }
    assert_eq!(before.len(), after.len(), "a read-only command created or removed a file");
    assert!(env.store_contents() == stored, "a read-only command changed what the store holds");
}

/// The first read of a store last closed by an older orgctl (no `-wal` or
/// `-shm` beside it) creates them once; every read after that writes nothing.
#[test]
fn a_store_without_its_wal_files_gets_them_once() {
    if sqlite_only("the -wal and -shm files") {
        return;
    }
    let env = seeded();
    fs::remove_file(env.path("orgctl.db-wal")).unwrap();
    fs::remove_file(env.path("orgctl.db-shm")).unwrap();
    env.ok(&["member", "list"]);
    assert!(env.path("orgctl.db-wal").is_file() && env.path("orgctl.db-shm").is_file());
    age(env.root());
    let before = state(env.root());
    env.ok(&["member", "list"]);
    assert!(before == state(env.root()), "the second read wrote");
}

/// A write after a read in the same process works, and a later reader sees it.
#[test]
fn reads_then_writes_in_one_command_and_readers_see_them() {
    let env = seeded();
    // `org create` reads who is acting before its write; `member add` too.
    env.ok(&["member", "add", CAROL]);
    let list = env.json(&["member", "list"]);
    assert!(emails(&list).contains(&CAROL.to_string()), "{list}");
}

/// Readers run beside writers (one attached to the store while another reads
/// it read-only, the case where the reader shares the writer's index): every
/// command succeeds and the last read sees every write.
#[test]
fn readers_beside_writers_all_succeed() {
    let env = seeded();
    let mut children = Vec::new();
    for i in 0..6 {
        children.push(env.spawn(&["user", "add", &format!("u{i}@example.com"), "--name", &format!("U {i}")]));
        children.push(env.spawn(&["member", "list"]));
        children.push(env.spawn(&["dashboard", "list"]));
        children.push(env.spawn(&["whoami"]));
    }
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
    }
    for i in 0..6 {
        env.ok(&["member", "add", &format!("u{i}@example.com")]);
    }
    let list = env.json(&["member", "list"]);
    assert_eq!(array(&list).len(), 2 + 6, "{list}");
}
