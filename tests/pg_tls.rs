//! TLS to a server on a network (issue 22), with libpq's `sslmode` meanings:
//! `require` encrypts, `verify-ca` also checks the authority, `verify-full`
//! also the host name; `sslrootcert=FILE` adds a private authority.
//!
//! The test starts a small server of its own with TLS on a loopback port,
//! with a certificate for `localhost` signed by an authority made with the
//! `openssl` tool (PostgreSQL's binaries and `openssl` are needed: without
//! them the test says SKIPPED).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

/// A throwaway PostgreSQL server with TLS on 127.0.0.1, stopped on drop.
struct TlsServer {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
}

fn as_postgres(cmd: &str, args: &[&str]) -> Command {
    let root = unsafe { libc::geteuid() } == 0;
    let mut c = if root { Command::new("runuser") } else { Command::new(cmd) };
    if root {
        c.args(["-u", "postgres", "--", cmd]);
    }
    c.args(args);
    c
}

fn run(mut c: Command, what: &str) {
    let out = c.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl TlsServer {
    fn start(test: &str) -> Option<TlsServer> {
        let skip = |why: &str| {
            let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("SKIPPED ({why}): {test}\n").as_bytes());
            None
        };
        if std::env::var("ORGCTL_TEST_DB").map_or(true, |v| v.is_empty()) {
            return skip("no ORGCTL_TEST_DB");
        }
        let Some(bin) = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .and_then(|d| d.filter_map(|e| e.ok()).map(|e| e.path().join("bin")).filter(|p| p.is_dir()).max())
        else {
            return skip("no PostgreSQL binaries");
        };
        if Command::new("openssl").arg("version").output().map_or(true, |o| !o.status.success()) {
            return skip("no openssl tool");
        }
        let dir = std::env::temp_dir().join(format!("orgctl-tls-{}-{}", std::process::id(), test.len()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let ssl = |args: &[&str]| run(with_dir(Command::new("openssl"), &dir, args), "openssl");
        ssl(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=orgctl test CA",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
        ]);
        ssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ]);
        std::fs::write(dir.join("san.ext"), "subjectAltName=DNS:localhost\n").expect("ext");
        ssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "san.ext",
            "-out",
            "server.crt",
        ]);
        let d = dir.to_str().expect("utf-8").to_owned();
        let d = d.as_str();
        run(with_dir(Command::new("chmod"), &dir, &["-R", "a+rX", d]), "chmod");
        if unsafe { libc::geteuid() } == 0 {
            run(with_dir(Command::new("chown"), &dir, &["-R", "postgres", d]), "chown");
        }
        run(with_dir(Command::new("chmod"), &dir, &["600", "server.key"]), "chmod key");
        let port =
            TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port");
        let data = format!("{d}/data");
        let initdb = bin.join("initdb");
        run(
            as_postgres(initdb.to_str().expect("utf-8"), &["--no-sync", "-A", "trust", "-E", "UTF8", "-D", &data]),
            "initdb",
        );
        // TCP only over TLS, so that a test passing proves TLS was used.
        let hba = "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n";
        std::fs::write(format!("{data}/pg_hba.conf"), hba).expect("pg_hba.conf");
        let opts = format!(
            "-k {d} -c listen_addresses=127.0.0.1 -p {port} -c ssl=on -c ssl_cert_file={d}/server.crt \
             -c ssl_key_file={d}/server.key -c fsync=off"
        );
        let pg_ctl = bin.join("pg_ctl");
        run(
            as_postgres(
                pg_ctl.to_str().expect("utf-8"),
                &["-D", &data, "-l", &format!("{d}/log"), "-w", "-o", &opts, "start"],
            ),
            "pg_ctl start",
        );
        let server = TlsServer { dir, bin, port };
        let admin = format!("postgresql://postgres@/postgres?host={d}&port={port}");
        let mut c = postgres::Client::connect(&admin, postgres::NoTls).expect("connect over the socket");
        c.batch_execute("CREATE DATABASE orgctl").expect("create the database");
        Some(server)
    }

    fn url(&self, host: &str, query: &str) -> String {
        format!("postgresql://postgres@{host}:{}/orgctl?{query}", self.port)
    }

    fn ca(&self) -> String {
        self.dir.join("ca.crt").display().to_string()
    }
}

fn with_dir(mut c: Command, dir: &Path, args: &[&str]) -> Command {
    c.current_dir(dir).args(args);
    c
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let pg_ctl = self.bin.join("pg_ctl");
        if let (Some(p), Some(d)) = (pg_ctl.to_str(), data.to_str()) {
            let _ = as_postgres(p, &["-D", d, "stop", "-m", "immediate"]).output();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn sslmode_protects_the_connection_as_libpq_says() {
    let Some(server) = TlsServer::start("pg_tls::sslmode_protects_the_connection_as_libpq_says") else { return };
    let env = Env::new();
    let ca = server.ca();
    let init = |url: &str| env.run(&["--db", url, "init"]);

    let out = init(&server.url("localhost", &format!("sslmode=verify-full&sslrootcert={ca}")));
    assert_eq!(code_of(&out), 0, "verify-full with the authority: {}", describe(&out));

    // The server takes TCP connections over TLS only: without it, refused.
    let out = init(&server.url("localhost", "sslmode=disable"));
    assert_eq!(code_of(&out), 6, "the server refuses a connection without TLS: {}", describe(&out));

    let out = init(&server.url("localhost", "sslmode=verify-full"));
    assert_eq!(code_of(&out), 6, "an authority the system does not trust: {}", describe(&out));

    let out = init(&server.url("127.0.0.1", &format!("sslmode=verify-full&sslrootcert={ca}")));
    assert_eq!(code_of(&out), 6, "a certificate for another name: {}", describe(&out));

    let out = init(&server.url("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}")));
    assert_eq!(code_of(&out), 0, "verify-ca checks the authority, not the name: {}", describe(&out));

    let out = init(&server.url("127.0.0.1", "sslmode=require"));
    assert_eq!(code_of(&out), 0, "require encrypts without checking: {}", describe(&out));

    let mut cmd = env.cmd(&["--db", &server.url("localhost", ""), "init"]);
    cmd.env("PGSSLMODE", "verify-full").env("PGSSLROOTCERT", &ca);
    let out = cmd.output().expect("run orgctl");
    assert_eq!(code_of(&out), 0, "PGSSLMODE and PGSSLROOTCERT: {}", describe(&out));

    let out = init(&server.url("localhost", "sslmode=sometimes"));
    assert_eq!(code_of(&out), 2, "not a libpq mode: {}", describe(&out));
}
