//! Bootstrapping: `init`, `db path`, default locations, store creation on first use, usage errors.

use std::fs;
use std::path::Path;

use crate::common::*;

/// Every file below `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(files_under(&path));
            } else {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn init_creates_the_store_private_and_prints_its_path() {
    if sqlite_only("creates the store file, mode 0600") {
        return;
    }
    let env = Env::new();
    assert!(!env.db().exists());
    let out = env.ok(&["init"]);
    assert!(env.db().is_file(), "init did not create {}", env.db().display());
    assert!(out.contains(env.db().to_str().unwrap()), "init should print the store path, printed {out:?}");
    assert_eq!(file_mode(&env.db()), 0o600, "store mode");
}

#[test]
fn init_twice_succeeds_and_keeps_the_data() {
    let env = Env::new();
    env.ok(&["init"]);
    env.ok(&["user", "add", ALICE, "--name", "Alice Doe"]);
    env.ok(&["init"]);
    // The user survived the second init: logging in as her works.
    env.ok(&["login", ALICE]);
    assert_eq!(str_field(&env.json(&["user", "show"]), "name"), "Alice Doe");
}

#[test]
fn init_creates_missing_parent_directories() {
    if sqlite_only("the store file's folders") {
        return;
    }
    let env = Env::new();
    let db = env.path("deep/er/store.db");
    env.ok(&["--db", db.to_str().unwrap(), "init"]);
    assert!(db.is_file());
    assert_eq!(file_mode(&db), 0o600);
}

#[test]
fn store_is_created_on_first_use_without_init() {
    if sqlite_only("the store file is created on first use") {
        return;
    }
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    assert!(env.db().is_file());
    assert_eq!(file_mode(&env.db()), 0o600);
}

#[test]
fn store_is_tagged_with_an_application_id() {
    // docs/contract.md §8: the header's application_id (offset 68) identifies orgctl's stores.
    if sqlite_only("the SQLite file header") {
        return;
    }
    let env = Env::new();
    env.ok(&["init"]);
    let bytes = fs::read(env.db()).unwrap();
    assert!(bytes.len() >= 100, "store too short to be SQLite");
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    let app_id = u32::from_be_bytes([bytes[68], bytes[69], bytes[70], bytes[71]]);
    assert_ne!(app_id, 0, "application_id is not set");
}

#[test]
fn db_path_prints_the_store_from_the_variable() {
    let env = Env::new();
    let out = env.ok(&["db", "path"]);
    let store = env.store();
    // A URL is shown with its user and password masked.
    let masked = store.replacen(&format!("{PG_APP_ROLE}@"), "****@", 1);
    assert!(out.trim() == store || out.trim() == masked, "db path printed {out:?} for {store}");
}

#[test]
fn db_flag_beats_the_variable() {
    let env = Env::new();
    let other = env.path("other.db");
    let out = env.ok(&["--db", other.to_str().unwrap(), "db", "path"]);
    assert_eq!(out.trim(), other.to_str().unwrap());
    // And the flag's store is the one used.
    env.ok(&["--db", other.to_str().unwrap(), "init"]);
    assert!(other.is_file());
    if let Some(db) = env.sqlite_file() {
        assert!(!db.exists(), "ORGCTL_DB store should not have been created");
    }
}

#[test]
fn default_store_lives_in_the_data_directory() {
    if sqlite_only("the default store is a SQLite file") {
        return;
    }
    let env = Env::new();
    let data = env.path("data");
    let out = env.cmd(&["db", "path"]).env_remove("ORGCTL_DB").output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let printed = stdout(&out).trim().to_string();
    assert!(printed.ends_with("orgctl.db"), "default store {printed:?}");
    assert!(
        Path::new(&printed).starts_with(&data),
        "default store {printed:?} should be under XDG_DATA_HOME {}",
        data.display()
    );
    // First use creates it there, directories included.
    let out = env.cmd(&["init"]).env_remove("ORGCTL_DB").output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(Path::new(&printed).is_file());
    assert!(files_under(&env.path("home")).is_empty(), "HOME was written to");
}

#[test]
fn default_context_lives_in_the_config_directory() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    let out = env.cmd(&["login", ALICE]).env_remove("ORGCTL_CONTEXT").output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    let written: Vec<_> = files_under(&env.path("config"))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "context.toml"))
        .collect();
    assert_eq!(written.len(), 1, "expected one context.toml under XDG_CONFIG_HOME");
    assert!(fs::read_to_string(&written[0]).unwrap().contains(ALICE));
    assert!(!env.context().exists(), "ORGCTL_CONTEXT file should not exist");
    assert!(files_under(&env.path("home")).is_empty(), "HOME was written to");
}

#[test]
fn context_flag_beats_the_variable() {
    let env = Env::new();
    env.ok(&["user", "add", ALICE, "--name", "Alice"]);
    let other = env.path("elsewhere.toml");
    env.ok(&["--context", other.to_str().unwrap(), "login", ALICE]);
    assert!(other.is_file());
    assert!(!env.context().exists());
    let who = env.json(&["--context", other.to_str().unwrap(), "whoami"]);
    assert_eq!(email_of(&who["user"]).as_deref(), Some(ALICE));
}

#[test]
fn no_arguments_is_a_usage_error() {
    let env = Env::new();
    env.fails(&[], 2);
}

#[test]
fn unknown_noun_flag_or_format_is_a_usage_error() {
    let env = Env::new();
    env.seed();
    env.unchanged_by(|env| {
        env.fails(&["frobnicate"], 2);
        env.fails(&["member", "frobnicate"], 2);
        env.fails(&["member", "list", "--bogus-flag"], 2);
        env.fails(&["-o", "yaml", "member", "list"], 2);
        env.fails(&["--color", "purple", "member", "list"], 2);
    });
}

#[test]
fn usage_error_prints_error_line_on_stderr_only() {
    let env = Env::new();
    let out = env.fails(&["frobnicate"], 2);
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(&out));
    assert!(stderr(&out).contains("error"), "stderr: {}", stderr(&out));
}

#[test]
fn help_succeeds_and_lists_the_nouns() {
    let env = Env::new();
    let out = env.ok(&["--help"]);
    for noun in ["init", "login", "whoami", "user", "org", "member", "audit", "can-i"] {
        assert!(out.contains(noun), "--help does not mention {noun}:\n{out}");
    }
    let out = env.ok(&["member", "--help"]);
    for verb in ["list", "add", "remove", "set-role"] {
        assert!(out.contains(verb), "member --help does not mention {verb}:\n{out}");
    }
}
