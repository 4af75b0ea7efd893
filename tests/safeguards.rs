//! Safeguards of the trust audit: secrets never echoed, backups that cannot
//! leave you with nothing, bounded input, and stores the system `sqlite3` reads as sound.

use std::fs;
use std::path::Path;
use std::process::Command as StdCommand;

use crate::common::*;

const SQLITE3: &str = "sqlite3";

/// Whether the system `sqlite3` shell runs; says visibly why a test skips when it does not.
fn sqlite3_available(test: &str) -> bool {
    let ok = StdCommand::new(SQLITE3).arg("-version").output().map(|o| o.status.success()).unwrap_or(false);
    if !ok {
        eprintln!("SKIPPED {test}: the system `sqlite3` is not installed (apt-get install sqlite3)");
    }
    ok
}

fn sqlite3(db: &Path, sql: &str) -> String {
    let out = StdCommand::new(SQLITE3).arg(db).arg(sql).output().expect("run sqlite3");
    assert!(out.status.success(), "sqlite3 {sql:?} failed\n{}", describe(&out));
    stdout(&out)
}

/// A store with at least one row in every table.
fn full_store(env: &Env) {
    env.seed();
    env.ok(&["team", "create", "eng"]);
    env.ok(&["team", "add", "eng", ALICE, BOB]);
    env.ok(&["invite", "create", CAROL, "--team", "eng"]);
    env.ok(&["dashboard", "create", "KPIs", "--visibility", "restricted"]);
    env.ok(&["dashboard", "share", "kpis", "--team", "eng", "--permission", "edit"]);
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", "postgres://reader:pw@db.internal/x"]);
    env.ok(&["chat", "create", "Notes"]);
}

/// Debian 12's `sqlite3` 3.40.1 misreads WITHOUT ROWID tables whose key is
/// not their leading columns (`NULL value in team_members.org_id`); the
/// schema must read as sound to whatever `sqlite3` the operator has.
#[test]
fn the_system_sqlite3_finds_a_full_store_sound() {
    if !sqlite3_available("the_system_sqlite3_finds_a_full_store_sound") {
        return;
    }
    let env = Env::new();
    full_store(&env);
    let db = env.db();
    let tables = sqlite3(&db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    for table in tables.lines() {
        let n = sqlite3(&db, &format!("SELECT count(*) FROM \"{table}\""));
        assert_ne!(n.trim(), "0", "table {table} has no rows: the check would prove nothing about it");
    }
    assert_eq!(sqlite3(&db, "PRAGMA integrity_check").trim(), "ok");
    assert_eq!(sqlite3(&db, "PRAGMA foreign_key_check").trim(), "");
    env.ok(&["db", "check"]);
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

/// Names in the test's folder, to catch a partial or temporary file left behind.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).expect("read dir").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// orgctl run through `bash -c SETUP; exec orgctl ARGS`, in the test's world.
fn orgctl_in_bash(env: &Env, setup: &str, args: &[&str]) -> std::process::Output {
    let words: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let script = format!("{setup}; exec '{}' {}", bin(), words.join(" "));
    let mut cmd = env.std_cmd(&[]);
    let mut bash = StdCommand::new("bash");
    bash.arg("-c").arg(script).env_clear().current_dir(env.root());
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            bash.env(k, v);
        }
    }
    bash.output().expect("run bash")
}

#[cfg(unix)]
#[test]
fn a_backup_is_private_from_its_first_byte_even_under_umask_000() {
    let env = Env::new();
    full_store(&env);
    let out = orgctl_in_bash(&env, "umask 000", &["db", "backup", "copy.db"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(mode(&env.path("copy.db")), 0o600);
    // Overwriting keeps it private and leaves no temporary file behind.
    let out = orgctl_in_bash(&env, "umask 000", &["db", "backup", "copy.db", "--force"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(mode(&env.path("copy.db")), 0o600);
    assert_eq!(names_in(env.root()), ["config", "context.toml", "copy.db", "data", "home", "orgctl.db"]);
    let copy = env.path("copy.db");
    let copy = copy.to_str().unwrap();
    assert!(env.ok(&["--db", copy, "--as", ALICE, "--org", ORG, "member", "list"]).contains(BOB));
}

/// `--force` used to delete the old backup before the new copy existed: a
/// file-size limit (or a full disk) then left nothing, plus a partial file.
#[cfg(unix)]
#[test]
fn a_failed_backup_keeps_the_old_one_and_leaves_no_partial_file() {
    let env = Env::new();
    env.seed();
    // A store well past the limit below (the store itself is only read).
    let mut manifest = String::new();
    for i in 0..3000 {
        manifest.push_str(&format!("[[users]]\nemail = \"u{i}@example.com\"\nname = \"{}\"\n", "N".repeat(150)));
    }
    fs::write(env.path("big.toml"), manifest).unwrap();
    env.ok(&["apply", "-f", "big.toml"]);
    assert!(fs::metadata(env.db()).unwrap().len() > 1_000_000);
    fs::write(env.path("old.db"), "the old backup").unwrap();
    let before = names_in(env.root());

    let out = orgctl_in_bash(&env, "umask 000; ulimit -f 200", &["db", "backup", "old.db", "--force"]);
    assert_eq!(code_of(&out), 6, "a write past the file-size limit fails as a store error\n{}", describe(&out));
    assert!(stderr(&out).contains("old backup was left as it was"), "{}", describe(&out));
    assert_eq!(fs::read_to_string(env.path("old.db")).unwrap(), "the old backup");
    assert_eq!(names_in(env.root()), before, "no partial file may remain");

    // A folder that cannot be written to (or does not exist) fails the same way.
    let out = env.fails(&["db", "backup", "missing/dir/copy.db", "--force"], 6);
    assert!(stderr(&out).starts_with("error: cannot write the backup"), "{}", describe(&out));
    assert_eq!(names_in(env.root()), before);
}

#[test]
fn a_backup_never_targets_the_store_its_journals_or_a_symlink() {
    let env = Env::new();
    env.seed();
    let db = env.db().to_str().unwrap().to_string();
    fs::write(env.path("elsewhere.db"), "keep me").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.path("elsewhere.db"), env.path("link.db")).unwrap();
    fs::write(format!("{db}-wal"), "").unwrap();
    let mut targets = vec![
        db.clone(),
        format!("{db}-wal"),
        format!("{db}-shm"),
        format!("{db}-journal"),
        "./orgctl.db-wal".to_string(),
        "link.db".to_string(),
    ];
    targets.push("home".to_string());
    for target in &targets {
        for force in [false, true] {
            let mut args = vec!["db", "backup", target.as_str()];
            if force {
                args.push("--force");
            }
            let err = env.json_err(&args, 2);
            assert_error_kind(&err, "usage");
        }
    }
    assert_eq!(fs::read_to_string(env.path("elsewhere.db")).unwrap(), "keep me");
    assert!(env.path("link.db").symlink_metadata().unwrap().file_type().is_symlink());
    env.ok(&["db", "check"]);
}
