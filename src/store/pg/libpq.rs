//! What every libpq-based tool (`psql`, `pg_dump`, `createdb`) reads besides
//! the URL, read the same way here, so that a password never has to be in
//! the URL (and so in shell history, the process list or the environment of
//! everything started from that shell):
//!
//! - the service file (`service=NAME` in the URL, or `PGSERVICE`):
//!   `PGSERVICEFILE` or `~/.pg_service.conf`, then `PGSYSCONFDIR/pg_service.conf`
//!   (Debian: `/etc/postgresql-common/pg_service.conf`);
//! - the environment: `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`,
//!   `PGPASSWORD`, `PGSSLMODE`, `PGSSLROOTCERT`, `PGCONNECT_TIMEOUT`;
//! - the password file: `PGPASSFILE` or `~/.pgpass`, skipped with a warning
//!   when others may read it (its mode must be 0600 or less), as libpq does.
//!
//! Precedence is libpq's: what the URL says, then the service, then the
//! environment, then the password file for a password still missing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where libpq's settings come from: the process's environment and home
/// folder, or (in tests) anything else.
pub struct Sources {
    pub vars: HashMap<String, String>,
    pub home: Option<PathBuf>,
}

impl Sources {
    /// This process's environment and home folder.
    pub fn of_process() -> Sources {
        let vars = std::env::vars().filter(|(k, v)| k.starts_with("PG") && !v.is_empty()).collect();
        let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
        Sources { vars, home }
    }

    fn var(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }
}

/// The settings a connection still lacks after the URL, by libpq's keyword.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub values: HashMap<&'static str, String>,
    /// Why a file was not read (a password file others may read).
    pub warnings: Vec<String>,
}

/// The keywords filled from a service or the environment, with their variables.
const KEYWORDS: &[(&str, &str)] = &[
    ("host", "PGHOST"),
    ("port", "PGPORT"),
    ("user", "PGUSER"),
    ("dbname", "PGDATABASE"),
    ("password", "PGPASSWORD"),
    ("sslmode", "PGSSLMODE"),
    ("sslrootcert", "PGSSLROOTCERT"),
    ("connect_timeout", "PGCONNECT_TIMEOUT"),
];

/// Fills what `given` (the URL's keywords) leaves out from the service named
/// by `service` (or `PGSERVICE`) and the environment.
pub fn defaults(given: &HashMap<&str, String>, service: Option<&str>, src: &Sources) -> Result<Settings> {
    let mut out = Settings::default();
    let service = service.or_else(|| src.var("PGSERVICE"));
    if let Some(name) = service {
        for (key, value) in read_service(name, src)? {
            if let Some(&(k, _)) = KEYWORDS.iter().find(|(k, _)| *k == key) {
                if !given.contains_key(k) {
                    out.values.insert(k, value);
                }
            }
        }
    }
    for &(key, var) in KEYWORDS {
        if !given.contains_key(key) && !out.values.contains_key(key) {
            if let Some(v) = src.var(var) {
                out.values.insert(key, v.to_owned());
            }
        }
    }
    Ok(out)
}

/// The service `name`'s keywords, from the first service file that defines it.
fn read_service(name: &str, src: &Sources) -> Result<Vec<(String, String)>> {
    let mut files: Vec<PathBuf> = Vec::new();
    match src.var("PGSERVICEFILE") {
        Some(f) => files.push(PathBuf::from(f)),
        None => files.extend(src.home.as_ref().map(|h| h.join(".pg_service.conf"))),
    }
    let sysconf = src.var("PGSYSCONFDIR").unwrap_or("/etc/postgresql-common");
    files.push(Path::new(sysconf).join("pg_service.conf"));
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else { continue };
        if let Some(found) = service_in(&text, name) {
            return Ok(found);
        }
    }
    Err(Error::usage(format!("the PostgreSQL service {name} is not defined")).with_hint(format!(
        "define `[{name}]` in {} (or the file PGSERVICEFILE names), or remove `service=`/PGSERVICE",
        files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" or ")
    )))
}

/// The keywords of section `[name]` of a service file, if it has one.
fn service_in(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut inside = false;
    let mut found = None::<Vec<(String, String)>>;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = section.trim() == name;
            if inside && found.is_none() {
                found = Some(Vec::new());
            }
            continue;
        }
        if inside {
            if let (Some(list), Some((k, v))) = (found.as_mut(), line.split_once('=')) {
                list.push((k.trim().to_owned(), v.trim().to_owned()));
            }
        }
    }
    found
}

/// What the password file says for this connection, if anything: the first
/// line whose host, port, database and user match (`*` matches anything;
/// `\:` and `\\` are a colon and a backslash). A Unix socket connection is
/// looked up as `localhost`.
pub fn password_from_file(host: &str, port: u16, dbname: &str, user: &str, src: &Sources) -> (Option<String>, Vec<String>) {
    let file = match src.var("PGPASSFILE") {
        Some(f) => PathBuf::from(f),
        None => match &src.home {
            Some(h) => h.join(".pgpass"),
            None => return (None, Vec::new()),
        },
    };
    let Ok(meta) = std::fs::metadata(&file) else { return (None, Vec::new()) };
    if !meta.is_file() {
        return (None, Vec::new());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            let warning = format!(
                "the password file {} has group or world access and is not read; \
                 its permissions should be u=rw (0600) or less: `chmod 600 {}`",
                file.display(),
                file.display()
            );
            return (None, vec![warning]);
        }
    }
    let Ok(text) = std::fs::read_to_string(&file) else { return (None, Vec::new()) };
    let host = if host.starts_with('/') { "localhost" } else { host };
    let port = port.to_string();
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_fields(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host) && matches(&fields[1], &port) && matches(&fields[2], dbname) && matches(&fields[3], user)
        {
            return (Some(fields[4..].join(":")), Vec::new());
        }
    }
    (None, Vec::new())
}

/// A password-file line's fields, with `\:` and `\\` unescaped.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(dir: &Path, vars: &[(&str, &str)]) -> Sources {
        Sources {
            vars: vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            home: Some(dir.to_path_buf()),
        }
    }

    /// A private directory for one test's files, removed when it drops.
    fn temp_dir() -> tempfile::TempDir {
        tempfile::Builder::new().prefix("orgctl-libpq-").tempdir().unwrap()
    }

    fn write_private(path: &Path, text: &str, mode: u32) {
        std::fs::write(path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
    }

    #[test]
    fn the_url_beats_the_service_which_beats_the_environment() {
        let tmp = temp_dir();
        let dir = tmp.path();
        write_private(&dir.join(".pg_service.conf"), "# team\n[team]\nhost=db.internal\nport=6432\ndbname=orgctl\n", 0o600);
        let src = sources(dir, &[("PGHOST", "envhost"), ("PGUSER", "alice"), ("PGPORT", "5433")]);
        let given = HashMap::from([("dbname", "fromurl".to_string())]);
        let s = defaults(&given, Some("team"), &src).unwrap();
        assert_eq!(s.values.get("host").map(String::as_str), Some("db.internal"));
        assert_eq!(s.values.get("port").map(String::as_str), Some("6432"));
        assert_eq!(s.values.get("user").map(String::as_str), Some("alice"));
        assert!(!s.values.contains_key("dbname"), "the URL's database stays");
        let e = defaults(&given, Some("nosuch"), &src).unwrap_err();
        assert!(e.message.contains("service nosuch is not defined"), "{}", e.message);
    }

    #[test]
    fn the_password_file_matches_like_libpq_and_must_be_private() {
        let tmp = temp_dir();
        let dir = tmp.path();
        let file = dir.join(".pgpass");
        let text = "# comment\nother:5432:*:alice:wrong\ndb.internal:5432:orgctl:alice:s3cr\\:et\n*:*:*:bob:bobs\n";
        write_private(&file, text, 0o600);
        let src = sources(dir, &[]);
        assert_eq!(password_from_file("db.internal", 5432, "orgctl", "alice", &src).0.as_deref(), Some("s3cr:et"));
        assert_eq!(password_from_file("/run/postgresql", 5432, "x", "bob", &src).0.as_deref(), Some("bobs"));
        assert_eq!(password_from_file("db.internal", 5433, "orgctl", "alice", &src).0, None);
        write_private(&file, text, 0o644);
        let (found, warnings) = password_from_file("db.internal", 5432, "orgctl", "alice", &src);
        assert_eq!(found, None, "a file others may read is not used");
        assert!(warnings[0].contains("group or world access"), "{warnings:?}");
    }
}
