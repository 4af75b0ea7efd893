//! The benchmark scripts in `bench/` and CI's shell files: shellcheck passes
//! them, each script prints its usage for `--help` without building or
//! measuring anything, and `bench/README.md` lists every script.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The scripts a person runs: `bench/*.sh` but the shared `common.sh`.
fn bench_scripts() -> Vec<PathBuf> {
    let mut scripts: Vec<PathBuf> = fs::read_dir(repo().join("bench"))
        .expect("read bench/")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sh") && p.file_name().is_some_and(|n| n != "common.sh"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 4, "expected the bench scripts, found {scripts:?}");
    scripts
}

fn name(path: &Path) -> String {
    path.file_name().and_then(|n| n.to_str()).expect("utf-8 file name").to_string()
}

#[test]
fn bench_and_ci_shell_files_pass_shellcheck() {
    let probe = Command::new("shellcheck").arg("--version").output();
    if probe.map(|o| !o.status.success()).unwrap_or(true) {
        eprintln!("skipping shellcheck of bench/ and .ci/: `shellcheck` is not installed (apt-get install shellcheck)");
        return;
    }
    let mut files = vec![repo().join("bench/common.sh"), repo().join(".ci/run"), repo().join(".ci/postgres.sh")];
    files.extend(bench_scripts());
    // From another folder: the scripts' `source` directives must resolve wherever shellcheck runs.
    let out = Command::new("shellcheck")
        .arg("--external-sources")
        .args(&files)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run shellcheck");
    assert!(out.status.success(), "shellcheck finds problems in bench/ or .ci/\n{}", crate::common::describe(&out));
}

#[test]
fn every_bench_script_prints_its_usage_and_options() {
    for script in bench_scripts() {
        let out = Command::new("bash").arg(&script).arg("--help").output().expect("run bash");
        let file = name(&script);
        assert_eq!(out.status.code(), Some(0), "{file} --help\n{}", crate::common::describe(&out));
        let usage = String::from_utf8_lossy(&out.stdout);
        assert!(usage.contains(&format!("bench/{file}")), "{file} --help shows no example of itself:\n{usage}");
        assert!(!usage.contains("building orgctl"), "{file} --help built orgctl:\n{usage}");
        for option in ["--small", "--runs", "--keep", "--orgctl"] {
            assert!(usage.contains(option), "{file} --help does not mention {option}:\n{usage}");
        }
        if file == "pg.sh" {
            for option in ["--server", "--durable", "whoami", "can-i", "apply", "writers"] {
                assert!(usage.contains(option), "pg.sh --help does not mention {option}:\n{usage}");
            }
        }
    }
}

#[test]
fn bench_readme_names_every_script() {
    let readme = fs::read_to_string(repo().join("bench/README.md")).expect("read bench/README.md");
    for script in bench_scripts() {
        let file = name(&script);
        assert!(readme.contains(&format!("`bench/{file}")), "bench/README.md does not describe bench/{file}");
    }
}
