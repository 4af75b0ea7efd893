//! Credentials as every PostgreSQL tool takes them (issue 22): a password from
//! `PGPASSWORD` or `~/.pgpass` (read only when private to its owner), the
//! parts a URL leaves out from `PGHOST`/`PGUSER`/`PGDATABASE` or a service
//! in `pg_service.conf`. The password never has to be in the URL.
//!
//! The test server must ask members of `orgctl_password_auth` for a password
//! (`.ci/postgres.sh` puts `local all +orgctl_password_auth scram-sha-256`
//! first in its pg_hba.conf); a server that does not is said and skipped.

use std::os::unix::fs::PermissionsExt;

use crate::common::*;
use crate::pg_common;

/// The group whose members the test server asks for a password.
const GROUP: &str = "orgctl_password_auth";

/// An owner login that must give its password, its password and the socket folder.
fn password_owner(db: &mut pg_common::PgDb) -> Option<(String, String, String)> {
    let mut admin = db.client();
    // Roles are cluster-wide and tests run at once: the group may already be there.
    let _ = admin.batch_execute(&format!("CREATE ROLE {GROUP} NOLOGIN"));
    let (owner, password) = db.owner();
    admin.batch_execute(&format!("GRANT {GROUP} TO {owner}")).expect("grant the password group");
    let url = db.url_as(&owner, "not-the-password");
    if postgres::Client::connect(&url, postgres::NoTls).is_ok() {
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"SKIPPED (the test server does not ask orgctl_password_auth for a password; see .ci/postgres.sh)\n",
        );
        return None;
    }
    let host = url.split("host=").nth(1).map(|h| h.split('&').next().unwrap_or(h).to_string())?;
    Some((owner, password, host))
}

fn init_with(env: &Env, url: &str, vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = env.cmd(&["--db", url, "init"]);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().expect("run orgctl")
}

fn write_mode(path: &std::path::Path, text: &str, mode: u32) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("folder");
    }
    std::fs::write(path, text).expect("write");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn the_password_comes_from_pgpassword_or_a_private_pgpass() {
    let Some(mut db) = pg_common::db("pg_credentials::the_password_comes_from_pgpassword_or_a_private_pgpass") else {
        return;
    };
    let Some((owner, password, host)) = password_owner(&mut db) else { return };
    let env = Env::new();
    let url = format!("postgresql://{owner}@/{}?host={host}", db.name);

    let out = init_with(&env, &url, &[]);
    assert_eq!(code_of(&out), 6, "no password anywhere: {}", describe(&out));
    assert!(stderr(&out).contains("PGPASSWORD") && stderr(&out).contains(".pgpass"), "{}", describe(&out));

    let out = init_with(&env, &url, &[("PGPASSWORD", &password)]);
    assert_eq!(code_of(&out), 0, "PGPASSWORD: {}", describe(&out));
    assert!(!format!("{}{}", stdout(&out), stderr(&out)).contains(&password), "the password leaked");

    let pgpass = env.path("home").join(".pgpass");
    let line = format!("localhost:5432:{}:{owner}:{password}\n", db.name);
    write_mode(&pgpass, &format!("# orgctl\nelsewhere:*:*:*:wrong\n{line}"), 0o600);
    let out = init_with(&env, &url, &[]);
    assert_eq!(code_of(&out), 0, "~/.pgpass: {}", describe(&out));
    assert!(stderr(&out).contains("Nothing to do"), "{}", describe(&out));

    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = init_with(&env, &url, &[]);
    assert_eq!(code_of(&out), 6, "a password file others may read is not used: {}", describe(&out));
    assert!(stderr(&out).contains("group or world access") && stderr(&out).contains("chmod 600"), "{}", describe(&out));
}

#[test]
fn a_service_or_the_environment_fills_what_the_url_leaves_out() {
    let Some(mut db) = pg_common::db("pg_credentials::a_service_or_the_environment_fills_what_the_url_leaves_out")
    else {
        return;
    };
    let Some((owner, password, host)) = password_owner(&mut db) else { return };
    let env = Env::new();
    let service = env.path("home").join(".pg_service.conf");
    write_mode(&service, &format!("[team]\nhost={host}\nuser={owner}\ndbname={}\n", db.name), 0o600);
    let out = init_with(&env, "postgresql://?service=team", &[("PGPASSWORD", &password)]);
    assert_eq!(code_of(&out), 0, "service=team: {}", describe(&out));
    let out = init_with(&env, "postgresql://", &[("PGSERVICE", "team"), ("PGPASSWORD", &password)]);
    assert_eq!(code_of(&out), 0, "PGSERVICE: {}", describe(&out));
    let vars = [("PGHOST", host.as_str()), ("PGUSER", owner.as_str()), ("PGDATABASE", db.name.as_str())];
    let out = init_with(&env, "postgresql://", &[vars[0], vars[1], vars[2], ("PGPASSWORD", &password)]);
    assert_eq!(code_of(&out), 0, "PGHOST/PGUSER/PGDATABASE: {}", describe(&out));
    let out = init_with(&env, "postgresql://?service=nosuch", &[]);
    assert_eq!(code_of(&out), 2, "an unknown service: {}", describe(&out));
    assert!(stderr(&out).contains("service nosuch is not defined"), "{}", describe(&out));
}
