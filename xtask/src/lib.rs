//! Development tasks for orgctl, run as `cargo xtask ...` (an alias in
//! `.cargo/config.toml`). Nothing here ships in the `orgctl` binary: the man
//! pages' renderer (clap_mangen) is a dependency of this crate only.
//!
//! The generated files are the shell completions (`completions/`, the same
//! scripts `orgctl completions SHELL` prints) and the man pages (`man/`). The
//! `generated` integration test of orgctl checks the committed copies with
//! [`stale`] and rewrites them with [`write_all`] under `ORGCTL_REGENERATE=1`.

pub mod man;

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use orgctl::cli::completion;

/// The command that rewrites the generated files.
pub const REGENERATE: &str = "cargo xtask generate";

/// What `cargo xtask --help` prints.
pub const USAGE: &str = "\
Usage: cargo xtask generate [--check]

  generate          rewrite completions/ and man/ from the clap definition
  generate --check  change nothing; fail, naming each stale file, when they differ";

/// Runs one task on the tree at `root`; returns the exit code: 0 done (or up
/// to date), 1 stale or not written, 2 an unknown task.
pub fn run(args: &[&str], root: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // A closed terminal cannot be reported to; the exit code still says it.
    match args {
        ["generate"] => match write_all(root) {
            Ok(()) => {
                let _ = writeln!(err, "completions/ and man/ are up to date");
                0
            }
            Err(e) => {
                let _ = writeln!(err, "error: cannot write completions/ and man/: {e}");
                1
            }
        },
        ["generate", "--check"] => {
            let problems = stale(root);
            if problems.is_empty() {
                let _ = writeln!(err, "completions/ and man/ are up to date");
                return 0;
            }
            let _ = writeln!(err, "error: completions/ and man/ are stale:");
            for p in &problems {
                let _ = writeln!(err, "  {p}");
            }
            let _ = writeln!(err, "hint: regenerate them with `{REGENERATE}`");
            1
        }
        ["-h" | "--help" | "help"] => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        _ => {
            let _ = writeln!(err, "error: unknown task `{}`\n{USAGE}", args.join(" "));
            2
        }
    }
}

/// The directories, relative to the project root, that hold generated files.
pub const DIRS: [&str; 2] = ["completions", "man"];

/// The project root: the directory above this crate.
pub fn project_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// Every generated file as (path relative to the project root, contents).
pub fn files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (shell, name) in completion::SCRIPTS {
        out.push((
            format!("completions/{name}"),
            completion::completion(shell, <orgctl::cli::Cli as clap::CommandFactory>::command()).into_bytes(),
        ));
    }
    for (name, page) in man::pages() {
        out.push((format!("man/{name}"), page));
    }
    out
}

/// Whether a file in one of [`DIRS`] is one that generation owns (and so
/// may delete when nothing generates it any more).
pub fn is_generated_name(name: &str) -> bool {
    name.starts_with("orgctl") || name.starts_with("_orgctl")
}

/// The generated files present under `root`, as paths relative to it.
pub fn generated_files_in(root: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for dir in DIRS {
        let Ok(entries) = fs::read_dir(root.join(dir)) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && is_generated_name(&name) {
                out.insert(format!("{dir}/{name}"));
            }
        }
    }
    out
}

/// Writes every generated file under `root` (the project root), leaves files
/// that are already up to date untouched, and deletes generated files that
/// nothing generates any more (a removed subcommand's man page).
pub fn write_all(root: &Path) -> io::Result<()> {
    let files = files();
    for sub in DIRS {
        fs::create_dir_all(root.join(sub))?;
    }
    for rel in generated_files_in(root) {
        if !files.iter().any(|(p, _)| *p == rel) {
            fs::remove_file(root.join(rel))?;
        }
    }
    for (rel, contents) in &files {
        let path = root.join(rel);
        if fs::read(&path).ok().as_deref() != Some(contents.as_slice()) {
            fs::write(&path, contents)?;
        }
    }
    Ok(())
}

/// What differs between the generated files committed under `root` and what
/// the clap definition generates, one line per file; empty when up to date.
pub fn stale(root: &Path) -> Vec<String> {
    let expected = files();
    let committed = generated_files_in(root);
    let mut problems = Vec::new();
    for (rel, want) in &expected {
        if !committed.contains(rel) {
            problems.push(format!("{rel} is missing"));
        } else if fs::read(root.join(rel)).ok().as_deref() != Some(want.as_slice()) {
            problems.push(format!("{rel} differs from what the clap definition generates"));
        }
    }
    for rel in committed {
        if !expected.iter().any(|(p, _)| *p == rel) {
            problems.push(format!("{rel} is no longer generated (a removed command?)"));
        }
    }
    problems.sort();
    problems
}
