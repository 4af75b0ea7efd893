//! A throwaway PostgreSQL server of a test's own, for the tests that need a
//! whole server rather than a database on the shared test server: roles
//! with fixed names (the set-up block of docs/team-server.md) or TLS on a
//! loopback port.
//! Started in a temporary folder (about a second), stopped and removed on
//! drop. As root, `initdb` and `pg_ctl` run as the `postgres` user.
//!
//! A test that asks for one is skipped, saying so, without `ORGCTL_TEST_DB`
//! (no PostgreSQL promised) or without the server's binaries.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    pub dir: PathBuf,
    pub bin: PathBuf,
    pub port: u16,
}

fn is_root() -> bool {
    // geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// `cmd` (a server binary) as the `postgres` user when running as root.
pub fn as_postgres(cmd: &Path, args: &[&str]) -> Command {
    let mut c = if is_root() { Command::new("runuser") } else { Command::new(cmd) };
    if is_root() {
        c.args(["-u", "postgres", "--"]).arg(cmd);
    }
    c.args(args);
    c
}

/// Runs `c`, failing the test with its output if it fails.
pub fn run(mut c: Command, what: &str) {
    let out = c.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn skipped(test: &str, why: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("SKIPPED ({why}): {test}\n").as_bytes());
}

impl Cluster {
    /// A new server listening on its socket folder and on 127.0.0.1 at a
    /// free port; `prepare` runs on the folder before the server starts
    /// (certificates) and returns extra server options and, if any, the
    /// pg_hba.conf to use.
    pub fn start(test: &str, prepare: impl FnOnce(&Path) -> (String, Option<String>)) -> Option<Cluster> {
        if std::env::var("ORGCTL_TEST_DB").map_or(true, |v| v.is_empty()) {
            skipped(test, "no ORGCTL_TEST_DB");
            return None;
        }
        let Some(bin) = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .and_then(|d| d.filter_map(|e| e.ok()).map(|e| e.path().join("bin")).filter(|p| p.is_dir()).max())
        else {
            skipped(test, "no PostgreSQL binaries");
            return None;
        };
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("orgctl-cluster-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let (options, hba) = prepare(&dir);
        let d = dir.display().to_string();
        if is_root() {
            run(with_dir(Command::new("chown"), &dir, &["-R", "postgres", &d]), "chown");
        }
        let port =
            TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port");
        let data = format!("{d}/data");
        run(
            as_postgres(
                &bin.join("initdb"),
                &["--no-sync", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-D", &data],
            ),
            "initdb",
        );
        if let Some(hba) = hba {
            std::fs::write(format!("{data}/pg_hba.conf"), hba).expect("pg_hba.conf");
        }
        let opts = format!("-k {d} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off {options}");
        let log = format!("{d}/log");
        run(as_postgres(&bin.join("pg_ctl"), &["-D", &data, "-l", &log, "-w", "-o", &opts, "start"]), "pg_ctl start");
        Some(Cluster { dir, bin, port })
    }

    /// The superuser's URL over the socket, to database `db`.
    pub fn admin_url(&self, db: &str) -> String {
        format!("postgresql://postgres@/{db}?host={}&port={}", self.dir.display(), self.port)
    }
}

pub fn with_dir(mut c: Command, dir: &Path, args: &[&str]) -> Command {
    c.current_dir(dir).args(args);
    c
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        if let Some(d) = data.to_str() {
            let _ = as_postgres(&self.bin.join("pg_ctl"), &["-D", d, "stop", "-m", "immediate"]).output();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
