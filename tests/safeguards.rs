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
    env.ok(&["connector", "grant", "wh", "--team", "eng"]);
    env.ok(&["integration", "add", "alerts", "--kind", "webhook", "--url", "https://hooks.example.com/in"]);
    env.ok(&["org", "security", "set", "--connector-access", "granted"]);
}

/// Debian 12's `sqlite3` 3.40.1 misreads WITHOUT ROWID tables whose key is
/// not their leading columns (`NULL value in team_members.org_id`); the
/// schema must read as sound to whatever `sqlite3` the operator has.
#[test]
fn the_system_sqlite3_finds_a_full_store_sound() {
    if sqlite_only("the system `sqlite3` reads the store file") {
        return;
    }
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

/// Names in the test's folder, to catch a partial or temporary file left
/// behind. A store's `-wal` and `-shm` files stay beside it between commands
/// (so that reading writes nothing) and are not counted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".db-wal") && !n.ends_with(".db-shm"))
        .collect();
    names.sort();
    names
}

/// orgctl run through `bash -c SETUP; exec orgctl ARGS`, in the test's world.
fn orgctl_in_bash(env: &Env, setup: &str, args: &[&str]) -> std::process::Output {
    let words: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let script = format!("{setup}; exec '{}' {}", bin(), words.join(" "));
    let cmd = env.std_cmd(&[]);
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
    if sqlite_only("`db backup` copies the store file") {
        return;
    }
    let env = Env::new();
    full_store(&env);
    let out = orgctl_in_bash(&env, "umask 000", &["db", "backup", "copy.db"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(file_mode(&env.path("copy.db")), 0o600);
    // Overwriting keeps it private and leaves no temporary file behind.
    let out = orgctl_in_bash(&env, "umask 000", &["db", "backup", "copy.db", "--force"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(file_mode(&env.path("copy.db")), 0o600);
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
    if sqlite_only("`db backup` copies the store file") {
        return;
    }
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
    if sqlite_only("`db backup` beside the store file and its journals") {
        return;
    }
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

/// Asserts that neither stream of `out` holds any of `secrets`.
fn assert_no_secret(out: &std::process::Output, secrets: &[&str], what: &str) {
    let text = format!("{}{}", stdout(out), stderr(out));
    for s in secrets {
        assert!(!text.contains(s), "{what}: {s:?} shown in clear\n{}", describe(out));
    }
}

#[test]
fn typos_never_echo_a_url_password_or_an_invite_token() {
    let env = Env::new();
    env.seed();
    let invite = env.json(&["invite", "create", CAROL]);
    let token = str_field(&array(&invite)[0], "token");
    let url = "postgres://rd:Pw5ecret@db/x";
    let cases: Vec<Vec<&str>> = vec![
        vec!["connector", "add", "wh", "--knd", "postgres", "--url", url],
        vec!["conector", "add", "wh", "--kind", "postgres", "--url", url],
        vec!["connector", "ad", "wh", "--kind", "postgres", "--url", url],
        vec!["connector", "add", "wh", "--kind", "postgres", "--url=postgres://rd:Pw5ecret@db/x", "--jsn"],
        vec!["connector", "add", "wh", "--kind", "postgres", "--url", url, "extra"],
        vec!["invite", "accept", &token, "--jsn"],
        vec!["invite", "acept", &token],
        vec!["invite", "accept", &token, "extra-word"],
        vec!["invite", "decline", "extra", &token],
    ];
    for args in cases {
        for json in [false, true] {
            let mut full: Vec<&str> = if json { vec!["--json"] } else { vec![] };
            full.extend(&args);
            let out = env.fails(&full, 2);
            assert_no_secret(&out, &["Pw5ecret", &token], &format!("{full:?}"));
        }
    }
    // The correction is still offered, with the secret masked.
    let out = env.fails(&["connector", "add", "wh", "--knd", "postgres", "--url", url], 2);
    assert!(stderr(&out).contains("--kind postgres --url postgres://rd:****@db/x"), "{}", describe(&out));
}

#[test]
fn refused_urls_are_masked_and_a_url_needs_scheme_and_host() {
    let env = Env::new();
    env.seed();
    for url in [
        "postgres//reader:pw5ecret@db/x",
        "mailto:user:pw5ecret@x",
        "postgres:/reader:pw5ecret@db/x",
        "postgres:reader:pw5ecret@db/x",
        "https://h.example/p?token=pw5ecret&x=\u{1}",
    ] {
        let out = env.fails(&["connector", "add", "wh", "--kind", "postgres", "--url", url], 2);
        assert_no_secret(&out, &["pw5ecret"], url);
        let err = env.json_err(&["connector", "add", "wh", "--kind", "postgres", "--url", url], 2);
        assert_error_kind(&err, "usage");
        assert!(!err.to_string().contains("pw5ecret"), "{err}");
    }
    // A manifest is held to the same rule, and its error is masked too.
    let manifest = "[[orgs]]\nslug = \"acme\"\n[[orgs.connectors]]\nname = \"wh\"\nkind = \"postgres\"\n\
                    url = \"postgres:/reader:pw5ecret@db/x\"\n";
    fs::write(env.path("conn.toml"), manifest).unwrap();
    let out = env.fails(&["apply", "-f", "conn.toml"], 2);
    assert_no_secret(&out, &["pw5ecret"], "apply");
    // Nothing was added.
    assert_eq!(env.ok(&["connector", "list"]), "");
    let long = format!("postgres://db.example/{}", "a".repeat(2048));
    let out = env.fails(&["connector", "add", "wh", "--kind", "postgres", "--url", &long], 2);
    assert!(stderr(&out).contains("longer than 2048") && stderr(&out).len() < 600, "{}", describe(&out));
}

#[test]
fn every_common_secret_shape_is_masked_but_export_round_trips() {
    let env = Env::new();
    env.seed();
    let urls = [
        ("gh", "https://ghp_S3CRET0@github.com/acme/repo.git"),
        ("pw", "postgres://reader:S3CRET1@db.internal/x"),
        ("q", "https://h.example/p?Password=S3CRET2&TOKEN=S3CRET3&region=eu&api-key=S3CRET4&Api_Key=S3CRET5"),
        ("aws", "s3://bucket/k?X-Amz-Credential=S3CRET6&X-Amz-Signature=S3CRET7&x-amz-date=20260101"),
        ("frag", "https://h.example/cb#access_token=S3CRET8&sig=S3CRET9&state=ok"),
        ("more", "https://h.example/?secret=S3CRETa&key=S3CRETb&access_key=S3CRETc&auth=S3CRETd&signature=S3CRETe"),
    ];
    let secrets: Vec<String> = (0..15).map(|i| format!("S3CRET{:x}", i)).collect();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    for (name, url) in urls {
        let out = env.run(&["connector", "add", name, "--kind", "web", "--url", url]);
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        assert_no_secret(&out, &secrets, url);
        let out = env.run(&["--json", "connector", "show", name]);
        assert_no_secret(&out, &secrets, url);
        assert!(stdout(&out).contains("****"), "{}", describe(&out));
    }
    for args in [vec!["connector", "list"], vec!["--json", "connector", "list"], vec!["--json", "audit", "list"]] {
        let out = env.run(&args);
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        assert_no_secret(&out, &secrets, &format!("{args:?}"));
    }
    let shown = env.json(&["connector", "show", "q"]);
    assert!(str_field(&shown, "url").contains("region=eu"), "harmless parameters stay: {shown}");
    let aws = str_field(&env.json(&["connector", "show", "aws"]), "url");
    assert!(aws.contains("x-amz-date=20260101"), "{aws}");

    // Export then apply changes nothing: the stored secrets are kept.
    let exported = env.ok(&["export"]);
    fs::write(env.path("export.toml"), &exported).unwrap();
    let out = env.run(&["apply", "-f", "export.toml"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(format!("{}{}", stdout(&out), stderr(&out)).contains("0 changes"), "{}", describe(&out));
}

#[test]
fn connector_urls_can_come_from_stdin() {
    let env = Env::new();
    env.seed();
    let out = env
        .cmd(&["connector", "add", "wh", "--kind", "postgres", "--url", "-"])
        .write_stdin("postgres://reader:Stdin5ecret@db.internal/x\n")
        .output()
        .unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_no_secret(&out, &["Stdin5ecret"], "add --url -");
    assert_eq!(str_field(&env.json(&["connector", "show", "wh"]), "url"), "postgres://reader:****@db.internal/x");
    let out = env
        .cmd(&["connector", "edit", "wh", "--url", "-"])
        .write_stdin("postgres://reader:Other5ecret@db2.internal/x\r\n")
        .output()
        .unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_eq!(str_field(&env.json(&["connector", "show", "wh"]), "url"), "postgres://reader:****@db2.internal/x");
    let exported = env.ok(&["export"]);
    assert!(exported.contains("postgres://reader@db2.internal/x"), "{exported}");
    // Nothing on stdin is a usage error.
    let out =
        env.cmd(&["connector", "add", "w2", "--kind", "postgres", "--url", "-"]).write_stdin("").output().unwrap();
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
}

/// A removed connector's password must not stay readable in the file's free pages.
#[test]
fn removed_secrets_do_not_linger_in_the_store_file() {
    if sqlite_only("free pages of the store file") {
        return;
    }
    let env = Env::new();
    env.seed();
    let secret = "Lingering5ecretValue";
    for i in 0..20 {
        let url = format!("postgres://reader:{secret}{i}@db.internal/x");
        env.ok(&["connector", "add", &format!("wh{i}"), "--kind", "postgres", "--url", &url]);
    }
    for i in 0..20 {
        env.ok(&["connector", "remove", &format!("wh{i}"), "--yes"]);
    }
    let db = env.db();
    let mut bytes = fs::read(&db).unwrap();
    if let Ok(wal) = fs::read(format!("{}-wal", db.display())) {
        bytes.extend(wal);
    }
    let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
    assert!(!found, "a removed connector's password is still in the store file");
}

#[test]
fn emails_are_plain_ascii_with_a_named_domain() {
    let env = Env::new();
    for bad in [
        "\u{212A}im@example.com",
        "a@1.2.3.4",
        "a@10.0.0.1",
        "a@[127.0.0.1]",
        "\u{a0}kim@example.com",
        "kim@example.com\u{a0}",
    ] {
        let err = env.json_err(&["user", "add", bad], 2);
        assert_error_kind(&err, "usage");
    }
    // The Kelvin sign was folded to `k`, making a second spelling of kim's account.
    env.ok(&["user", "add", "kim@example.com"]);
    env.fails(&["--as", "\u{212A}im@example.com", "user", "show"], 2);
    let out = env.fails(&["user", "add", "\u{212A}im@example.com"], 2);
    assert!(stderr(&out).contains("ASCII"), "{}", describe(&out));
}

#[test]
fn every_identifier_is_trimmed_the_same_way_crlf_included() {
    let env = Env::new();
    env.ok(&["user", "add", "alice@example.com\r", "--name", " Alice Doe\r"]);
    env.ok(&["login", " alice@example.com "]);
    env.ok(&["org", "create", "acme\r", "--name", "Acme\r"]);
    env.ok(&["team", "create", " eng\r"]);
    let org = env.json(&["org", "show", "acme"]);
    assert_eq!((str_field(&org, "slug"), str_field(&org, "name")), ("acme".into(), "Acme".into()));
    assert_eq!(str_field(&env.json(&["user", "show"]), "name"), "Alice Doe");
    env.ok(&["--org", "acme\r", "team", "show", "eng\r"]);
    // A non-breaking space is not trimmed: it is refused where it cannot be.
    env.fails(&["team", "create", "ops\u{a0}"], 2);
}

/// Role, visibility, permission and plan words are trimmed like every other
/// identifier (`member\r` from a CRLF file).
#[test]
fn named_values_are_trimmed_like_identifiers() {
    let env = Env::new();
    env.seed();
    env.ok(&["member", "list", "--role", "member\r"]);
    env.ok(&["member", "set-role", BOB, " admin\r"]);
    assert!(env.roles().contains(&(BOB.to_string(), "admin".to_string())));
    env.ok(&["dashboard", "create", "Kpis", "--slug", "kpis", "--visibility", "restricted\r"]);
    let out = env.fails(&["member", "list", "--role", "owner\r"], 2);
    assert!(stderr(&out).contains("possible values: admin, member"), "{}", describe(&out));
}

/// A typo'd verb is corrected to its nearest sibling: a swap of two letters is one edit.
#[test]
fn a_typo_suggests_the_nearest_verb() {
    let env = Env::new();
    for (typo, meant) in [("shrae", "share"), ("unshrae", "unshare"), ("lsit", "list"), ("craete", "create")] {
        let out = env.fails(&["dashboard", typo], 2);
        assert!(stderr(&out).contains(&format!("did you mean `orgctl dashboard {meant}`")), "{}", describe(&out));
    }
}

#[test]
fn names_refuse_invisible_and_reordering_characters() {
    let env = Env::new();
    env.seed();
    for bad in
        ["Alice\u{202E}cipsa", "Ali\u{200B}ce", "\u{2066}Bob\u{2069}", "Bo\u{FEFF}b", "Bo\u{200D}b", "Bob\u{200F}"]
    {
        env.fails(&["user", "edit", "--name", bad], 2);
        env.fails(&["team", "create", "t", "--name", bad], 2);
        env.fails(&["dashboard", "create", bad], 2);
        env.fails(&["chat", "create", bad], 2);
    }
    env.fails(&["team", "create", "t", "--description", "x\u{202E}y"], 2);
    assert_eq!(array(&env.json(&["team", "list"])).len(), 0);
}

/// The whole Unicode default-ignorable set is refused, not a hand list:
/// soft hyphen, Hangul fillers, tag characters, the combining grapheme
/// joiner, a lone variation selector; and the braille blank, which is not
/// default-ignorable but shows as nothing.
#[test]
fn names_refuse_every_default_ignorable_character_and_the_braille_blank() {
    let env = Env::new();
    env.seed();
    for bad in [
        "Bo\u{AD}b",
        "\u{3164}",
        "Bob\u{115F}",
        "Bob\u{FFA0}",
        "Bob\u{E0041}\u{E007F}",
        "Bo\u{34F}b",
        "Bob\u{FE0F}",
        "\u{FE00}Bob",
        "\u{2800}",
        "Bo\u{2800}b",
    ] {
        env.fails(&["user", "edit", "--name", bad], 2);
        env.fails(&["team", "create", "t", "--name", bad], 2);
        env.fails(&["dashboard", "create", bad], 2);
        env.fails(&["chat", "create", bad], 2);
        env.fails(&["org", "create", "o2", "--name", bad], 2);
    }
    assert_eq!(array(&env.json(&["team", "list"])).len(), 0);
    // An emoji with its presentation selector is visible text.
    env.ok(&["team", "create", "love", "--name", "\u{2764}\u{FE0F} team"]);
}

#[test]
fn values_have_bounds_and_errors_echo_only_their_start() {
    let env = Env::new();
    env.seed();
    // About the most one argument may hold (128 KiB on Linux).
    let huge = "x".repeat(100_000);
    let name_201 = "n".repeat(201);
    let desc_2001 = "d".repeat(2001);
    let cases: Vec<Vec<&str>> = vec![
        vec!["user", "edit", "--name", &huge],
        vec!["user", "edit", "--name", &name_201],
        vec!["team", "create", "t", "--description", &desc_2001],
        vec!["org", "create", &huge],
        vec!["user", "add", &huge],
        vec!["member", "set-role", BOB, &huge],
        vec!["invite", "create", CAROL, "--expires", &huge],
        vec!["connector", "add", "wh", "--kind", "postgres", "--url", &huge],
    ];
    for args in cases {
        let out = env.fails(&args, 2);
        let err = stderr(&out);
        assert!(err.len() < 1000, "{:?}: {} bytes of error", &args[..2], err.len());
        assert!(!err.contains(&"x".repeat(150)), "{err}");
    }
    // A manifest is no way around it: a 1 MB name is not echoed whole.
    let manifest = format!("[[users]]\nemail = \"erin@example.com\"\nname = \"{}\"\n", "x".repeat(1_000_000));
    fs::write(env.path("huge.toml"), manifest).unwrap();
    let out = env.fails(&["apply", "-f", "huge.toml"], 2);
    assert!(stderr(&out).len() < 1000, "{} bytes of error", stderr(&out).len());

    // At the bounds, values are accepted.
    env.ok(&["user", "edit", "--name", &"n".repeat(200)]);
    env.ok(&["team", "create", "t", "--description", &"d".repeat(2000)]);
    let url = format!("postgres://db.example/{}", "a".repeat(2048 - "postgres://db.example/".len()));
    env.ok(&["connector", "add", "wh", "--kind", "postgres", "--url", &url]);
}

/// Runs orgctl with a deadline: a hang is a failure, not a stuck test run.
fn run_briefly(env: &Env, args: &[&str]) -> std::process::Output {
    let started = std::time::Instant::now();
    let out = env.cmd(args).timeout(std::time::Duration::from_secs(10)).output().expect("run orgctl");
    assert!(started.elapsed().as_secs() < 5, "{args:?} took {:?}", started.elapsed());
    out
}

#[cfg(unix)]
#[test]
fn manifests_and_the_context_must_be_regular_files() {
    let env = Env::new();
    env.seed();
    let fifo = env.path("fifo");
    let made = StdCommand::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let fifo = fifo.to_str().unwrap();
    for target in [fifo, "/dev/zero"] {
        let out = run_briefly(&env, &["apply", "-f", target]);
        assert_eq!(code_of(&out), 2, "apply -f {target}\n{}", describe(&out));
        assert!(stderr(&out).contains("not a regular file"), "{}", describe(&out));
        let out = run_briefly(&env, &["--context", target, "member", "list"]);
        assert_eq!(code_of(&out), 2, "--context {target}\n{}", describe(&out));
        assert!(stderr(&out).contains("not a regular file"), "{}", describe(&out));
        let out = run_briefly(&env, &["--context", target, "logout"]);
        assert_eq!(code_of(&out), 2, "logout never replaces {target}\n{}", describe(&out));
    }
    assert!(fs::symlink_metadata(env.path("fifo")).unwrap().file_type().is_fifo_like());
    // `-f -` is still stdin.
    let out = env.cmd(&["apply", "-f", "-"]).write_stdin("[[users]]\nemail = \"erin@example.com\"\n").output().unwrap();
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
}

#[test]
fn manifests_have_a_size_limit() {
    let env = Env::new();
    env.seed();
    // A sparse file past 64 MiB costs no disk, and is refused before it is read.
    let big = fs::File::create(env.path("big.toml")).unwrap();
    big.set_len(64 * 1024 * 1024 + 1).unwrap();
    let out = run_briefly(&env, &["apply", "-f", "big.toml"]);
    assert_eq!(code_of(&out), 2, "{}", describe(&out));
    assert!(stderr(&out).contains("larger than 64 MiB"), "{}", describe(&out));
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    #[cfg(unix)]
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
    #[cfg(not(unix))]
    fn is_fifo_like(&self) -> bool {
        false
    }
}

/// ODBC/JDBC-style `;password=`/`;PWD=` and a user-info password holding `#`
/// or `?` (which a URL parser reads as a host and port) are masked for
/// every reader, in every format, in the audit log and in refusals.
#[test]
fn odbc_style_and_hash_passwords_are_masked_everywhere() {
    let env = Env::new();
    env.seed();
    let urls = [
        ("semi", "postgres://db/x?sslmode=require;password=S3CRETa"),
        ("mssql", "sqlserver://db;user=sa;password=S3CRETb"),
        ("pwd", "sqlserver://db;user=sa;PWD=S3CRETc;database=d"),
        ("hash", "postgres://reader:2024#S3CRETd@db/x"),
        ("qmark", "postgres://reader:20?S3CRETe@db/x"),
    ];
    let secrets = ["S3CRETa", "S3CRETb", "S3CRETc", "S3CRETd", "S3CRETe", "S3CRETf"];
    for (name, url) in urls {
        let out = env.run(&["connector", "add", name, "--kind", "db", "--url", url]);
        assert_eq!(code_of(&out), 0, "{}", describe(&out));
        assert_no_secret(&out, &secrets, url);
    }
    let out = env.run(&["connector", "edit", "hash", "--url", "postgres://reader:99#S3CRETf@db/y"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert_no_secret(&out, &secrets, "edit");
    for actor in [ALICE, BOB] {
        for args in [
            vec!["connector", "list"],
            vec!["--json", "connector", "list"],
            vec!["-o", "tsv", "connector", "list"],
            vec!["--json", "connector", "show", "mssql"],
            vec!["--json", "connector", "show", "hash"],
            vec!["--json", "audit", "list"],
            vec!["audit", "list"],
        ] {
            let mut full = vec!["--as", actor];
            full.extend(args.iter().copied());
            let out = env.run(&full);
            if actor == BOB && args.contains(&"audit") {
                continue;
            }
            assert_eq!(code_of(&out), 0, "{}", describe(&out));
            assert_no_secret(&out, &secrets, &format!("{full:?}"));
        }
    }
    assert_eq!(str_field(&env.json(&["connector", "show", "hash"]), "url"), "postgres://reader:****@db/y");
    assert_eq!(
        str_field(&env.json(&["connector", "show", "pwd"]), "url"),
        "sqlserver://db;user=sa;PWD=****;database=d"
    );
    // Nothing is kept in clear in the audit log.
    let log = env.json(&["audit", "list"]).to_string();
    assert!(log.contains("password=****") && !secrets.iter().any(|s| log.contains(s)), "{log}");
    // A refused URL of that shape is masked in its error.
    let out =
        env.fails(&["connector", "add", "j", "--kind", "db", "--url", "jdbc:sqlserver://db;user=sa;PWD=S3CRETa"], 2);
    assert_no_secret(&out, &secrets, "jdbc refusal");
    // Export drops the passwords, and applying it changes nothing.
    let exported = env.ok(&["export"]);
    assert!(!secrets.iter().any(|s| exported.contains(s)), "{exported}");
    fs::write(env.path("export.toml"), &exported).unwrap();
    let out = env.run(&["apply", "-f", "export.toml"]);
    assert_eq!(code_of(&out), 0, "{}", describe(&out));
    assert!(format!("{}{}", stdout(&out), stderr(&out)).contains("0 changes"), "{}", describe(&out));
}

/// Any value clap's own parser reports is cut to its first 100 characters
/// and masked; an unexpected word holding a webhook URL is masked too.
#[test]
fn clap_errors_cut_and_mask_the_values_they_quote() {
    let env = Env::new();
    env.seed();
    let huge = format!("{}\u{1}", "a".repeat(100_000));
    for args in [
        vec!["user", "add", "x@y.test", "--name", &huge],
        vec!["user", "add", "x@y.test", &huge],
        vec!["member", "list", "--role", &huge],
    ] {
        let out = env.fails(&args, 2);
        let err = stderr(&out);
        assert!(err.len() < 1000, "{} bytes of error: {}", err.len(), &err[..300.min(err.len())]);
        assert!(!err.contains(&"a".repeat(101)), "{err}");
        assert!(err.contains(&format!("{}…", "a".repeat(100))), "{err}");
    }
    let hook = "https://hooks.slack.com/services/T0/B0/HookS3cret";
    for args in [
        vec!["integration", "add", "h", "--kind", "slack", hook],
        vec!["integration", "add", "h", "--kind", "slack", "--url", "x", hook],
        vec!["integration", "edit", "h", "--chanel", "x", hook],
    ] {
        for json in [false, true] {
            let mut full: Vec<&str> = if json { vec!["--json"] } else { vec![] };
            full.extend(&args);
            let out = env.fails(&full, 2);
            assert_no_secret(&out, &["HookS3cret"], &format!("{full:?}"));
        }
    }
    let url = format!("postgres://u:Cl4pS3cret@db/{}", "p".repeat(300));
    let out = env.fails(&["connector", "add", "c", "--kind", "pg", "--url", &url, "stray"], 2);
    assert_no_secret(&out, &["Cl4pS3cret"], "stray word");
}
