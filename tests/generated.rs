//! The committed `completions/` and `man/` match what the clap definition generates.
//!
//! `cargo xtask generate` rewrites them (`cargo xtask generate --check` checks
//! them), as does `ORGCTL_REGENERATE=1 cargo test --test main generated`;
//! without the variable the test compares them with what the xtask crate
//! generates and fails on any difference, naming that command. It also checks
//! that every man page renders.

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Once;

use orgctl::cli::visible::defined_commands;
use xtask::{generated_files_in, REGENERATE};

/// The source tree; with ORGCTL_REGENERATE set, its generated files are
/// rewritten first (once, before any test here reads them).
fn project_root() -> PathBuf {
    static REGENERATED: Once = Once::new();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("ORGCTL_REGENERATE").is_some_and(|v| !v.is_empty() && v != "0") {
        REGENERATED.call_once(|| {
            xtask::write_all(&root).expect("write completions/ and man/");
            eprintln!("regenerated completions/ and man/ in {}", root.display());
        });
    }
    root
}

#[test]
fn generated_files_are_up_to_date() {
    let root = project_root();
    assert_eq!(xtask::project_root(), root, "xtask finds the project root");
    let problems = xtask::stale(&root);
    assert!(
        problems.is_empty(),
        "completions/ and man/ are stale:\n  {}\nregenerate them with:\n  {REGENERATE}\n(or ORGCTL_REGENERATE=1 cargo test --test main generated)",
        problems.join("\n  ")
    );
}

/// Generation into an empty directory writes every file, and a file that
/// nothing generates any more is deleted, not left behind.
#[test]
fn regeneration_writes_every_file_and_deletes_leftovers() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(!xtask::stale(dir.path()).is_empty(), "an empty tree is stale");
    xtask::write_all(dir.path()).expect("generate into a temp dir");
    assert_eq!(xtask::stale(dir.path()), Vec::<String>::new());
    fs::write(dir.path().join("man/orgctl-gone.1"), ".TH GONE 1\n").expect("write a leftover");
    fs::write(dir.path().join("man/README"), "not generated\n").expect("write a foreign file");
    assert_eq!(xtask::stale(dir.path()), ["man/orgctl-gone.1 is no longer generated (a removed command?)"]);
    xtask::write_all(dir.path()).expect("regenerate");
    assert!(!dir.path().join("man/orgctl-gone.1").exists(), "the leftover page is deleted");
    assert!(dir.path().join("man/README").exists(), "a file generation does not own stays");
    let expected: Vec<String> = xtask::files().into_iter().map(|(p, _)| p).collect();
    assert_eq!(generated_files_in(dir.path()).len(), expected.len());
}

/// `cargo xtask generate --check` fails on a stale tree, naming each stale
/// file and the command that regenerates; `cargo xtask generate` fixes it.
#[test]
fn xtask_check_mode_names_stale_files_and_the_regeneration_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = xtask::run(args, dir.path(), &mut out, &mut err);
        (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
    };
    let (code, _, err) = run(&["generate", "--check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("error: completions/ and man/ are stale:\n"), "{err}");
    assert!(
        err.contains("  man/orgctl.1 is missing\n") && err.contains("  completions/orgctl.bash is missing\n"),
        "{err}"
    );
    assert!(err.contains("hint: regenerate them with `cargo xtask generate`"), "{err}");
    assert!(generated_files_in(dir.path()).is_empty(), "--check writes nothing");
    let (code, _, err) = run(&["generate"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["generate", "--check"]);
    assert_eq!((code, err.as_str()), (0, "completions/ and man/ are up to date\n"));
    fs::write(dir.path().join("completions/_orgctl"), "stale\n").expect("edit a script");
    let (code, _, err) = run(&["generate", "--check"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("  completions/_orgctl differs from what the clap definition generates\n"), "{err}");
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("generate --check"), "{out}");
    let (code, _, err) = run(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: unknown task `frobnicate`"), "{err}");
}

#[test]
fn nothing_hidden_is_generated() {
    for (path, contents) in xtask::files() {
        let text = String::from_utf8_lossy(&contents);
        // Only the dynamic layer mentions `__complete`: one call, in bash, zsh and fish.
        let code = text.lines().filter(|l| !l.trim_start().starts_with('#'));
        let mentions = code.filter(|l| l.contains("__complete")).count();
        let layered = ["completions/orgctl.bash", "completions/_orgctl", "completions/orgctl.fish"];
        let expected = usize::from(layered.contains(&path.as_str()));
        assert_eq!(mentions, expected, "{path} mentions the hidden subcommand {mentions} times");
    }
}

#[test]
fn man_pages_cover_every_visible_command() {
    let names: Vec<String> = xtask::man::pages().into_iter().map(|(n, _)| n).collect();
    for expected in ["orgctl.1", "orgctl-org.1", "orgctl-team-add.1", "orgctl-db-backup.1", "orgctl-can-i.1"] {
        assert!(names.contains(&expected.to_owned()), "missing {expected} in {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("__complete")));
    let (_, top) = xtask::man::pages().into_iter().next().unwrap_or_default();
    let top = String::from_utf8_lossy(&top);
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "JSON FIELDS", "COMMANDS BY PURPOSE"] {
        assert!(top.contains(&format!(".SH \"{section}\"")) || top.contains(&format!(".SH {section}")), "{section}");
    }
}

#[test]
fn generated_files_include_every_shell_and_command() {
    let root = project_root();
    for name in ["orgctl.bash", "_orgctl", "orgctl.fish", "orgctl.elv", "_orgctl.ps1"] {
        assert!(root.join("completions").join(name).is_file(), "completions/{name} missing; run {REGENERATE}");
    }
    for name in ["orgctl.1", "orgctl-org.1", "orgctl-team-add.1", "orgctl-dashboard-share.1", "orgctl-db-backup.1"] {
        assert!(root.join("man").join(name).is_file(), "man/{name} missing; run {REGENERATE}");
    }
    for rel in generated_files_in(&root) {
        let text = fs::read_to_string(root.join(&rel)).expect("read");
        assert!(!rel.contains("__complete"), "{rel}: a hidden command got a file");
        if rel.starts_with("man/") {
            assert!(text.starts_with(".ie") || text.starts_with(".TH"), "{rel} is not a man page");
            assert!(text.contains("\n.TH ") || text.starts_with(".TH "), "{rel} has no .TH line");
        }
    }
}

#[test]
fn completions_command_prints_the_committed_scripts() {
    let root = project_root();
    for (shell, file) in [
        ("bash", "orgctl.bash"),
        ("zsh", "_orgctl"),
        ("fish", "orgctl.fish"),
        ("elvish", "orgctl.elv"),
        ("powershell", "_orgctl.ps1"),
    ] {
        let env = crate::common::Env::new();
        let printed = env.ok(&["completions", shell]);
        let committed = fs::read_to_string(root.join("completions").join(file)).expect("read committed script");
        assert_eq!(
            printed.trim_end(),
            committed.trim_end(),
            "`orgctl completions {shell}` differs from completions/{file}"
        );
    }
}

#[test]
fn top_man_page_has_the_contract_sections() {
    let page = fs::read_to_string(project_root().join("man/orgctl.1")).expect("man/orgctl.1");
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "JSON FIELDS", "COMMANDS BY PURPOSE"] {
        assert!(
            page.contains(&format!(".SH \"{section}\"")) || page.contains(&format!(".SH {section}\n")),
            "{section}"
        );
    }
    for var in ["ORGCTL_DB", "ORGCTL_CONTEXT", "ORGCTL_USER", "ORGCTL_ORG", "ORGCTL_NO_INPUT", "NO_COLOR"] {
        assert!(page.contains(var), "ENVIRONMENT lacks {var}");
    }
    for field in ["joined_at", "expires_at", "user_source", "billing_email", "visibility"] {
        assert!(page.contains(field), "JSON FIELDS lacks {field}");
    }
    for kind in ["internal", "usage", "not_found", "forbidden", "conflict", "store", "cancelled"] {
        assert!(page.contains(kind), "EXIT STATUS lacks {kind}");
    }
}

/// `man -l` renders every page without a warning from groff.
#[test]
fn man_pages_render_without_warnings() {
    let probe = Command::new("man").arg("--version").output();
    if probe.map(|o| !o.status.success()).unwrap_or(true) {
        eprintln!("skipping man_pages_render_without_warnings: `man` is not installed");
        return;
    }
    let root = project_root();
    for rel in generated_files_in(&root).into_iter().filter(|r| r.starts_with("man/")) {
        let out = Command::new("man")
            .args(["--warnings=all", "-l", "-Tutf8"])
            .arg(root.join(&rel))
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("MANWIDTH", "80")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("run man");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "man -l {rel} failed:\n{stderr}");
        assert!(stderr.trim().is_empty(), "man -l {rel} warns:\n{stderr}");
        let text = without_overstrike(&String::from_utf8_lossy(&out.stdout));
        assert!(text.contains("NAME") && text.contains("SYNOPSIS"), "{rel} rendered without NAME/SYNOPSIS:\n{text}");
    }
}

/// man's bold and underline for a terminal-less pager: `N\x08N` is a bold N.
fn without_overstrike(text: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out.into_iter().collect()
}

#[test]
fn version_and_grouped_help() {
    let env = crate::common::Env::new();
    let version = env.ok(&["--version"]);
    assert_eq!(version.trim(), format!("orgctl {}", env!("CARGO_PKG_VERSION")));
    for flag in ["--help", "-h"] {
        let help = env.ok(&[flag]);
        for (group, commands) in orgctl::cli::help::GROUPS {
            let line = help.lines().find(|l| l.trim_start().starts_with(group));
            let line = line.unwrap_or_else(|| panic!("`orgctl {flag}` lacks the group {group}:\n{help}"));
            assert!(line.ends_with(commands), "`orgctl {flag}`: {line:?}");
        }
        assert!(!help.contains("__complete"), "`orgctl {flag}` shows the hidden subcommand");
    }
    assert!(env.ok(&["--help"]).contains("Exit codes:"), "`orgctl --help` lists the exit codes");
    // `orgctl help …` is `--help`, at every level.
    assert_eq!(env.ok(&["help", "team", "add"]), env.ok(&["team", "add", "--help"]));
    assert_eq!(env.ok(&["team", "help", "add"]), env.ok(&["team", "add", "--help"]));
    assert!(env.ok(&["help"]).contains("Usage: orgctl"));
    env.fails(&["help", "nosuch"], 2);
}

/// Every verb's `--help` (as printed by the real binary) ends with an example that runs it.
#[test]
fn every_verb_help_shows_an_example() {
    fn leaves(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut p = path.clone();
            p.push(sub.get_name().to_owned());
            if sub.has_subcommands() {
                leaves(sub, p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    leaves(&defined_commands(<orgctl::cli::Cli as clap::CommandFactory>::command()), Vec::new(), &mut all);
    assert!(all.len() > 40, "found only {} verbs", all.len());
    let env = crate::common::Env::new();
    for path in all {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = env.ok(&args);
        let words = path.join(" ");
        assert!(help.contains("Example"), "`orgctl {words} --help` has no example:\n{help}");
        let example = help.split("Example").nth(1).unwrap_or_default();
        assert!(example.contains(&words), "`orgctl {words} --help`: the example does not run `{words}`:\n{help}");
    }
}

/// Every man page, nouns included, has an EXAMPLES section, and each
/// subcommand's page lists the global options in a section of their own,
/// after the command's own options.
#[test]
fn every_man_page_has_examples_and_global_options_apart() {
    for (name, page) in xtask::man::pages() {
        let page = String::from_utf8_lossy(&page);
        assert!(page.contains(".SH EXAMPLES") || page.contains(".SH \"EXAMPLES\""), "{name} has no EXAMPLES");
        if name == "orgctl.1" {
            continue;
        }
        let global = page.find(".SH \"GLOBAL OPTIONS\"");
        assert!(global.is_some(), "{name} has no GLOBAL OPTIONS section");
        if let (Some(own), Some(global)) = (page.find(".SH OPTIONS"), global) {
            assert!(own < global, "{name}: the command's own options come after the global ones");
        }
    }
}

/// `--help` of a verb prints its own arguments and flags first and the
/// global options below them, under their own heading.
#[test]
fn verb_help_puts_its_own_flags_before_the_global_options() {
    let env = crate::common::Env::new();
    let help = env.ok(&["member", "add", "--help"]);
    let own = help.find("--role").expect("member add --help names --role");
    let heading = help.find("Global options:").expect("a Global options heading");
    let global = help.find("--db").expect("the global --db");
    assert!(own < heading && heading < global, "{help}");
    assert!(!help[..heading].contains("--context"), "a global option above the heading:\n{help}");
}
