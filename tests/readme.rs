//! The README's tour, run line by line against a fresh store: every shell
//! example must succeed, so the README and the product cannot drift apart.

use std::process::{Command, Stdio};

use crate::common::*;

/// The lines of the first ```sh block after `## A tour`, without comments.
fn tour() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("read README.md");
    let start = readme.find("## A tour").expect("the README has a tour");
    let rest = &readme[start..];
    let open = rest.find("```sh\n").expect("the tour has a sh block") + "```sh\n".len();
    let close = rest[open..].find("```").expect("the sh block ends");
    rest[open..open + close]
        .lines()
        .map(|l| match l.find(" #") {
            Some(i) => l[..i].trim().to_string(),
            None => l.trim().to_string(),
        })
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_line_of_the_readme_tour_runs() {
    let env = Env::new();
    let bin_dir = std::path::Path::new(bin()).parent().expect("the binary's folder").to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let lines = tour();
    assert!(lines.len() > 15, "the tour is there: {lines:?}");
    let mut token: Option<String> = None;
    for line in &lines {
        assert!(line.starts_with("orgctl "), "a tour line runs orgctl: {line}");
        let line = match &token {
            Some(t) => line.replace("TOKEN", t),
            None => line.clone(),
        };
        assert!(!line.contains("TOKEN"), "the tour uses TOKEN before an invite printed one: {line}");
        let out = Command::new("sh")
            .arg("-c")
            .arg(&line)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("NO_COLOR", "1")
            .env("ORGCTL_DB", env.store())
            .env("ORGCTL_CONTEXT", env.context())
            .current_dir(env.root())
            .stdin(Stdio::null())
            .output()
            .expect("run sh");
        // `db backup` copies a SQLite file; on PostgreSQL it refuses
        // (exit 2) with the `pg_dump` command to use, as the README says.
        let refused_backup =
            on_postgres() && line.contains("db backup") && code_of(&out) == 2 && stderr(&out).contains("pg_dump");
        if !refused_backup {
            assert_eq!(code_of(&out), 0, "the README tour line `{line}` failed\n{}", describe(&out));
        }
        if line.contains("invite create") && token.is_none() {
            // The receipt row's sixth field is the token.
            let text = stdout(&out);
            let row = text.lines().next().unwrap_or_default();
            token = row.split('\t').nth(5).map(str::to_string);
            assert!(token.is_some(), "`{line}` printed no token: {text}");
        }
    }
    // The tour left what it says: carol joined, and the apply of the export changed nothing.
    let members = env.json(&["--as", ALICE, "--org", ORG, "member", "list"]);
    assert!(emails(&members).contains(&CAROL.to_string()), "{members}");
}

/// The block after `**Setting up a team server**`, whole (comments removed).
fn setup_block() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("read README.md");
    let start = readme.find("**Setting up a team server**").expect("the README has the team server's set-up");
    let rest = &readme[start..];
    let open = rest.find("```sh\n").expect("the set-up has a sh block") + "```sh\n".len();
    let close = rest[open..].find("```").expect("the sh block ends");
    rest[open..open + close]
        .lines()
        .map(|l| l.find("  #").map_or(l, |i| &l[..i]).trim_end())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The README's team-server set-up, pasted into a shell on a fresh server
/// (a throwaway one of this test's own, whose superuser the shell acts as
/// through PGUSER, as the README says), runs top to bottom and leaves a
/// working team store.
#[test]
fn the_readme_team_server_setup_runs_top_to_bottom() {
    let test = "readme::the_readme_team_server_setup_runs_top_to_bottom";
    let Some(cluster) = crate::common::pg_cluster::Cluster::start(test, |_| (String::new(), None)) else { return };
    let env = Env::new();
    let block = setup_block();
    assert!(block.lines().count() >= 10, "the block is there:\n{block}");
    let bin_dir = std::path::Path::new(bin()).parent().expect("the binary's folder").to_path_buf();
    let path = format!("{}:{}:{}", bin_dir.display(), cluster.bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("sh")
        .arg("-ec")
        .arg(format!("{block}\n"))
        .env_clear()
        .env("PATH", &path)
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("NO_COLOR", "1")
        .env("PGHOST", &cluster.dir)
        .env("PGPORT", cluster.port.to_string())
        .env("PGUSER", "postgres")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("run sh");
    assert_eq!(code_of(&out), 0, "the set-up block failed\n{block}\n{}", describe(&out));
    let listed = stdout(&out);
    for who in ["alice@example.com", "bob@example.com"] {
        assert!(listed.contains(who), "bob's `member list` shows {who}:\n{}", describe(&out));
    }
}

/// The README's install block puts the man pages under `$CARGO_HOME` (where
/// `man` looks, beside `$CARGO_HOME/bin`) and the completion under
/// `$XDG_DATA_HOME`, whatever those are: its lines after `cargo install` run
/// here with both pointing into the test's folder.
#[test]
fn the_install_block_honours_cargo_home() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("read README.md");
    let start = readme.find("cargo install --path . \\\n").expect("the README has the install block");
    let block = &readme[start..start + readme[start..].find("```").expect("the block ends")];
    let script = block.replacen("cargo install --path . \\\n  && ", "", 1);
    let env = Env::new();
    let out = Command::new("sh")
        .arg("-ec")
        .arg(&script)
        .env("CARGO_HOME", env.path("cargo-home"))
        .env("XDG_DATA_HOME", env.path("data-home"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("run sh");
    assert_eq!(code_of(&out), 0, "{script}\n{}", describe(&out));
    assert!(env.path("cargo-home/share/man/man1/orgctl.1").is_file(), "the man pages go under CARGO_HOME");
    assert!(env.path("data-home/bash-completion/completions/orgctl").is_file(), "the completion under XDG_DATA_HOME");
}
