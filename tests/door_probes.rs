//! The door's promise, that a change which skips the policy or the audit
//! does not compile, tried with the compiler: `tests/fixtures/door_probes.rs`
//! holds ways around the door (raw SQL, a forged permit or session, a
//! transaction of one's own, the audit writer called directly...), written
//! as a use case in `src/ops` would write them. They go into a copy of the
//! crate, `cargo check` runs on it, and each must fail at its own lines
//! with the error it names, while the control, the same kind of change made
//! through the door, compiles. A probe that compiled would mean the door
//! has a way around it again.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// One probe of the fixture: its name, the error it expects, and its lines.
struct Probe {
    name: String,
    expects: String,
    lines: std::ops::Range<u64>,
}

/// The probes and the control's lines, from the fixture's `// probe:` and
/// `// control` markers (each runs to the next marker or `// end`).
fn probes(text: &str) -> (Vec<Probe>, std::ops::Range<u64>) {
    let mut probes = Vec::new();
    let mut control = 0..0;
    let mut open: Option<(String, String, u64)> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i as u64 + 1;
        let line = line.trim();
        let marker = line == "// control" || line == "// end" || line.starts_with("// probe:");
        if !marker {
            continue;
        }
        if let Some((name, expects, start)) = open.take() {
            if name == "control" {
                control = start..n;
            } else {
                probes.push(Probe { name, expects, lines: start..n });
            }
        }
        if line == "// control" {
            open = Some(("control".into(), String::new(), n));
        } else if let Some(rest) = line.strip_prefix("// probe:") {
            let (name, expects) = rest.split_once("; expects ").expect("a probe names the error it expects");
            open = Some((name.trim().to_string(), expects.trim().to_string(), n));
        }
    }
    (probes, control)
}

/// Copies `from` into `to`, folders and files.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn every_way_around_the_door_fails_to_compile() {
    if crate::common::sqlite_only("the probes try the code, not a store") {
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixture = std::fs::read_to_string(root.join("tests/fixtures/door_probes.rs")).unwrap();
    let (probes, control) = probes(&fixture);
    assert!(probes.len() >= 9 && !control.is_empty(), "the fixture's markers were not found");

    // The crate as it is, with the probes as a module of `ops`.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path();
    for file in ["Cargo.toml", "Cargo.lock"] {
        std::fs::copy(root.join(file), copy.join(file)).unwrap();
    }
    copy_tree(&root.join("src"), &copy.join("src"));
    std::fs::create_dir_all(copy.join("xtask")).unwrap();
    std::fs::copy(root.join("xtask/Cargo.toml"), copy.join("xtask/Cargo.toml")).unwrap();
    copy_tree(&root.join("xtask/src"), &copy.join("xtask/src"));
    // The manifest names the test binary; `cargo check --lib` does not build it.
    std::fs::create_dir_all(copy.join("tests")).unwrap();
    std::fs::write(copy.join("tests/main.rs"), "").unwrap();
    let ops = copy.join("src/ops/mod.rs");
    let mut text = std::fs::read_to_string(&ops).unwrap();
    text.push_str("\nmod door_probes;\n");
    std::fs::write(&ops, text).unwrap();

    // All probes at once; the compiler stops before its last checks when
    // earlier ones fail (a struct built with private fields is only named
    // once the types check), so the probes that did not yet fail as they
    // expect are tried again on their own.
    let mut errors = check(copy, &root, &fixture, &probes, |_| true);
    let pending: Vec<&str> = probes
        .iter()
        .filter(|p| !at(&errors, &p.lines).iter().any(|e| e.code == p.expects))
        .map(|p| p.name.as_str())
        .collect();
    if !pending.is_empty() {
        errors.extend(check(copy, &root, &fixture, &probes, |p| pending.contains(&p.name.as_str())));
    }
    assert!(
        at(&errors, &control).is_empty(),
        "the change through the door does not compile: {:?}",
        at(&errors, &control)
    );
    for p in &probes {
        let found = at(&errors, &p.lines);
        let said: Vec<String> = found.iter().map(|e| format!("{} {}", e.code, e.message)).collect();
        assert!(
            found.iter().any(|e| e.code == p.expects),
            "probe `{}` did not fail with {} (its errors: {said:?})",
            p.name,
            p.expects
        );
    }
}

/// A compiler error in the probes' file.
#[derive(Debug)]
struct CompileError {
    line: u64,
    code: String,
    message: String,
}

/// The errors at `lines` of the probes' file.
fn at<'e>(errors: &'e [CompileError], lines: &std::ops::Range<u64>) -> Vec<&'e CompileError> {
    errors.iter().filter(|e| lines.contains(&e.line)).collect()
}

/// Checks the copy with the probes `keep` chooses (the others commented
/// out, so that every line keeps its number) and returns the errors in the
/// probes' file; an error anywhere else means the copy is broken.
fn check(
    copy: &Path,
    root: &Path,
    fixture: &str,
    probes: &[Probe],
    keep: impl Fn(&Probe) -> bool,
) -> Vec<CompileError> {
    let dropped: Vec<&Probe> = probes.iter().filter(|p| !keep(p)).collect();
    let text: Vec<String> = fixture
        .lines()
        .enumerate()
        .map(|(i, line)| match dropped.iter().any(|p| p.lines.contains(&(i as u64 + 1))) {
            true => format!("// {line}"),
            false => line.to_string(),
        })
        .collect();
    std::fs::write(copy.join("src/ops/door_probes.rs"), text.join("\n")).unwrap();
    // A target folder of its own, kept between runs: only the copy of
    // orgctl is checked again.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["check", "--lib", "--offline", "--locked", "--message-format=json", "--quiet"])
        .current_dir(copy)
        .env("CARGO_TARGET_DIR", root.join("target/door-probes"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(!out.status.success(), "the probes compiled: the door has a way around it");
    let mut errors = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
        let m = &v["message"];
        if v["reason"] != "compiler-message" || m["level"] != "error" {
            continue;
        }
        let code = m["code"]["code"].as_str().unwrap_or_default().to_string();
        let message = m["message"].as_str().unwrap_or_default().to_string();
        for span in m["spans"].as_array().into_iter().flatten().filter(|s| s["is_primary"] == true) {
            let file = span["file_name"].as_str().unwrap_or_default();
            assert_eq!(file, "src/ops/door_probes.rs", "an error outside the probes (the copy is broken): {message}");
            let line = span["line_start"].as_u64().unwrap_or(0);
            errors.push(CompileError { line, code: code.clone(), message: message.clone() });
        }
    }
    assert!(!errors.is_empty(), "cargo failed without a compiler error:\n{}", String::from_utf8_lossy(&out.stderr));
    errors
}
