//! TLS to a server on a network (issue 22), with libpq's `sslmode` meanings:
//! `require` encrypts, `verify-ca` also checks the authority, `verify-full`
//! also the host name; `sslrootcert=FILE` adds a private authority.
//!
//! The test starts a small server of its own with TLS on a loopback port,
//! with a certificate for `localhost` signed by an authority made with the
//! `openssl` tool (PostgreSQL's binaries and `openssl` are needed: without
//! them the test says SKIPPED).

use std::path::Path;
use std::process::Command;

use crate::common::pg_cluster::{run, skipped, with_dir, Cluster};
use crate::common::*;

/// A throwaway server taking TCP on 127.0.0.1 only over TLS, with a
/// certificate for `localhost` from an authority made here.
struct TlsServer {
    cluster: Cluster,
}

/// The authority and the server's certificate, made with `openssl` in `dir`.
fn certificates(dir: &Path) {
    let ssl = |args: &[&str]| run(with_dir(Command::new("openssl"), dir, args), "openssl");
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
    let d = dir.display().to_string();
    run(with_dir(Command::new("chmod"), dir, &["-R", "a+rX", &d]), "chmod");
    run(with_dir(Command::new("chmod"), dir, &["600", "server.key"]), "chmod key");
}

impl TlsServer {
    fn start(test: &str) -> Option<TlsServer> {
        if Command::new("openssl").arg("version").output().map_or(true, |o| !o.status.success()) {
            skipped(test, "no openssl tool");
            return None;
        }
        let cluster = Cluster::start(test, |dir| {
            certificates(dir);
            let d = dir.display();
            // TCP only over TLS, so that a test passing proves TLS was used.
            let hba =
                "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n";
            (format!("-c ssl=on -c ssl_cert_file={d}/server.crt -c ssl_key_file={d}/server.key"), Some(hba.to_owned()))
        })?;
        let mut c = postgres::Client::connect(&cluster.admin_url("postgres"), postgres::NoTls)
            .expect("connect over the socket");
        c.batch_execute("CREATE DATABASE orgctl").expect("create the database");
        Some(TlsServer { cluster })
    }

    fn url(&self, host: &str, query: &str) -> String {
        format!("postgresql://postgres@{host}:{}/orgctl?{query}", self.cluster.port)
    }

    fn ca(&self) -> String {
        self.cluster.dir.join("ca.crt").display().to_string()
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
