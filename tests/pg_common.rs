//! The PostgreSQL test harness: a database of its own for each test, on the
//! server named by `ORGCTL_TEST_DB` (`.ci/run` starts a throwaway one).
//!
//! Without the variable, a test that needs PostgreSQL prints
//! `SKIPPED (no ORGCTL_TEST_DB): NAME` on stderr and returns. With it, a
//! server that cannot be reached fails the test: a run that was promised a
//! server never passes without one.

// Not every test module uses every helper.
#![allow(dead_code)]

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use postgres::{Client, NoTls};

/// The variable that names the test server: a URL of a role that may create
/// databases and roles (a superuser, on a throwaway cluster).
pub const VAR: &str = "ORGCTL_TEST_DB";

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// One test's database, dropped (with the roles the test made) when the
/// test ends, even when it fails.
pub struct PgDb {
    pub name: String,
    base: String,
    roles: Vec<String>,
}

/// A new, empty database for `test`, or `None` (after saying so on stderr)
/// when no test server is configured.
pub fn db(test: &str) -> Option<PgDb> {
    let base = match std::env::var(VAR) {
        Ok(v) if !v.trim().is_empty() => v,
        _ => {
            // Straight to the process's stderr: the test harness captures
            // `eprintln!` of passing tests, and a skip must be seen.
            let _ = writeln!(std::io::stderr(), "SKIPPED (no {VAR}): {test}");
            return None;
        }
    };
    let name = format!("orgctl_t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
    // template0: never connected to, so parallel tests can copy it at once.
    connect(&base).batch_execute(&format!("CREATE DATABASE {name} TEMPLATE template0")).expect("create test database");
    Some(PgDb { name, base, roles: Vec::new() })
}

fn connect(url: &str) -> Client {
    Client::connect(url, NoTls).unwrap_or_else(|e| panic!("cannot connect to the test server ({VAR}): {e}"))
}

/// The pieces of a `postgresql://[user[:password]@]host/db[?query]` URL.
struct Parts<'a> {
    scheme: &'a str,
    userinfo: Option<&'a str>,
    host: &'a str,
    query: &'a str,
}

fn split(url: &str) -> Parts<'_> {
    let cut = url.find("://").map(|i| i + 3).expect("ORGCTL_TEST_DB must be a postgresql:// URL");
    let (scheme, rest) = url.split_at(cut);
    let (main, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
    let auth = &main[..main.find('/').unwrap_or(main.len())];
    let (userinfo, host) = match auth.rfind('@') {
        Some(at) => (Some(&auth[..at]), &auth[at + 1..]),
        None => (None, auth),
    };
    Parts { scheme, userinfo, host, query }
}

/// The URL of database `db` on the server of `base` (same host, port or
/// socket folder, and query), as `user` (without a password) or, with
/// `None`, as `base`'s own user and password.
pub fn url_on(base: &str, user: Option<&str>, db: &str) -> String {
    let p = split(base);
    let userinfo = match user {
        Some(u) => format!("{u}@"),
        None => p.userinfo.map(|u| format!("{u}@")).unwrap_or_default(),
    };
    format!("{}{userinfo}{}/{db}{}", p.scheme, p.host, p.query)
}

impl PgDb {
    /// The URL of this database as the server's test role (a superuser or
    /// the database's owner): what `orgctl init` is run with.
    pub fn url(&self) -> String {
        url_on(&self.base, None, &self.name)
    }

    /// The URL of another database on the same server, as the test role.
    pub fn url_of_db(&self, db: &str) -> String {
        url_on(&self.base, None, db)
    }

    /// The URL of this database as `user` with `password`.
    pub fn url_as(&self, user: &str, password: &str) -> String {
        let p = split(&self.base);
        format!("{}{user}:{password}@{}/{}{}", p.scheme, p.host, self.name, p.query)
    }

    /// A connection to this database as the test role.
    pub fn client(&self) -> Client {
        connect(&self.url())
    }

    /// A connection to this database as `user`.
    pub fn client_as(&self, user: &str, password: &str) -> Client {
        connect(&self.url_as(user, password))
    }

    /// A new login role (`LOGIN PASSWORD ...` plus `attributes`), dropped
    /// with the database; its name and password.
    pub fn role(&mut self, attributes: &str) -> (String, String) {
        let name = format!("{}_r{}", self.name, self.roles.len());
        let password = format!("pw-{}", NEXT.fetch_add(1, Ordering::SeqCst));
        connect(&self.base)
            .batch_execute(&format!("CREATE ROLE {name} LOGIN PASSWORD '{password}' {attributes}"))
            .expect("create test role");
        self.roles.push(name.clone());
        (name, password)
    }

    /// A role that owns this database (and may create roles, for
    /// `orgctl_app`), as docs/team-server.md tells operators to run `init` with: not a
    /// superuser, so row-level security applies to it as FORCE says.
    pub fn owner(&mut self) -> (String, String) {
        let (name, password) = self.role("CREATEROLE");
        connect(&self.base)
            .batch_execute(&format!("ALTER DATABASE {} OWNER TO {name}", self.name))
            .expect("hand the test database to its owner");
        (name, password)
    }

    /// A login granted `orgctl_app`, as docs/team-server.md tells operators to make one.
    pub fn app_login(&mut self) -> (String, String) {
        let (name, password) = self.role("");
        connect(&self.base).batch_execute(&format!("GRANT orgctl_app TO {name}")).expect("grant orgctl_app");
        (name, password)
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        let Ok(mut c) = Client::connect(&self.base, NoTls) else { return };
        let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        for role in &self.roles {
            let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {role}"));
        }
    }
}

/// The one value of a one-row, one-column query.
pub fn one<T: for<'a> postgres::types::FromSql<'a>>(c: &mut Client, sql: &str) -> T {
    c.query_one(sql, &[]).unwrap_or_else(|e| panic!("{sql}: {e}")).get(0)
}

/// The superuser's URL of the database an `Env` on PostgreSQL uses (`env.store()`).
pub fn superuser_url(env: &crate::common::Env) -> String {
    let store = env.store();
    let path = store.split('?').next().unwrap_or(&store);
    let name = path.rsplit('/').next().expect("database name");
    let base = std::env::var(VAR).expect("ORGCTL_TEST_DB");
    url_on(&base, None, name)
}
