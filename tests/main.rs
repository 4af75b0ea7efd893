//! The one integration-test binary: black-box tests that run the real `orgctl`
//! executable, and in-process tests that call `ops` on a store in memory
//! (`in_process`, the in-process half of `invariants`).

#[macro_use]
mod common;

mod access_review;
mod audit;
mod audit_chain;
mod audit_prune;
mod audit_stream;
mod bench_scripts;
mod completion_shells;
mod concurrency;
mod connector_access;
mod context;
mod contexts;
mod dashboards;
mod door_probes;
mod faults;
mod foundation;
mod generated;
mod harness;
mod hostile;
mod identity;
mod in_process;
mod integrations;
mod invariants;
mod invites;
mod isolation;
mod lifecycle;
mod lists;
mod load;
mod manifest;
mod members;
mod offboarding;
mod orgs;
mod output;
mod permission_matrix;
mod permissions;
mod pg_attack_audit;
mod pg_attack_ids;
mod pg_attack_lifecycle;
mod pg_attack_membership;
mod pg_attack_secrets;
mod pg_attack_staleness;
mod pg_attack_switch;
mod pg_attack_values;
mod pg_attack_visibility;
mod pg_attack_walk;
mod pg_common;
mod pg_credentials;
mod pg_init;
mod pg_isolation;
mod pg_logins;
mod pg_plans;
mod pg_pooler;
mod pg_schema;
mod pg_tls;
mod policy_tests;
mod prompts;
mod read_only;
mod readme;
mod safeguards;
mod security;
mod store_faults;
mod sync;
mod teams;
mod tenant;
mod verbs_and_apply;

/// A test file that no `mod` line names is never compiled, so its tests
/// would silently never run: every `tests/*.rs` must be declared above.
#[test]
fn every_test_file_is_wired_into_this_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("read tests/main.rs");
    let declared: Vec<&str> =
        main.lines().filter_map(|l| l.strip_prefix("mod ").and_then(|m| m.strip_suffix(';'))).collect();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read tests/") {
        let path = entry.expect("dir entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        let is_module = path.extension().is_some_and(|e| e == "rs") || path.join("mod.rs").is_file();
        if is_module && stem != "main" && !declared.contains(&stem) {
            missing.push(stem.to_string());
        }
    }
    assert!(missing.is_empty(), "tests/main.rs does not declare: {missing:?} (add `mod NAME;`)");
}
