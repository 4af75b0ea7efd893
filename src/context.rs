//! The context file: who you are and which org you are in, between invocations.
//!
//! As kubectl's kubeconfig, one file holds several contexts: the default one
//! (the top-level `user`, `org`), as it always was, and named ones under
//! `[contexts.NAME]`, each with its own store (`db`, a path or a URL without
//! a password), user and org; `current` names the one in use.
//!
//! ```toml
//! user = "alice@example.com"
//! org = "acme"
//! current = "team"
//!
//! [contexts.team]
//! db = "postgresql://?service=orgctl"
//! user = "alice@example.com"
//! org = "acme"
//! ```

use crate::store::OrgId;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::files::Opened;

/// The name of the top-level context, which every file has.
pub const DEFAULT: &str = "default";

/// One context: the store (named contexts only), the user and the org.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// The store: a SQLite path or a PostgreSQL URL, never with a password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// The current org's immutable id: an org deleted and later re-created
    /// under the same slug is another org, and the context is then stale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<OrgId>,
}

/// The whole context file: the default context at the top, the named ones
/// under `[contexts]`, and which one is in use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<OrgId>,
    /// The named context in use; none means the default one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub contexts: BTreeMap<String, Context>,
}

impl ContextFile {
    /// The largest context file read; a real one is a few dozen bytes.
    pub const MAX_BYTES: u64 = 64 * 1024;

    /// The context `name` ([`DEFAULT`] for the top-level one), if there is one.
    pub fn get(&self, name: &str) -> Option<Context> {
        if name == DEFAULT {
            return Some(Context { db: None, user: self.user.clone(), org: self.org.clone(), org_id: self.org_id });
        }
        self.contexts.get(name).cloned()
    }

    /// Puts `ctx` in place of the context `name` (the default one takes no store).
    pub fn set(&mut self, name: &str, ctx: Context) {
        if name == DEFAULT {
            (self.user, self.org, self.org_id) = (ctx.user, ctx.org, ctx.org_id);
        } else {
            self.contexts.insert(name.to_owned(), ctx);
        }
    }

    /// The name of the context in use when no flag or variable names one.
    pub fn current_name(&self) -> &str {
        self.current.as_deref().unwrap_or(DEFAULT)
    }

    /// Every context's name, the default one first.
    pub fn names(&self) -> Vec<String> {
        std::iter::once(DEFAULT.to_owned()).chain(self.contexts.keys().cloned()).collect()
    }

    /// Reads the context file; a missing file is an empty context. It must be
    /// a regular file of at most [`Context::MAX_BYTES`]: a FIFO or a device
    /// (`/dev/zero`) is refused at once (exit 2), never waited on or read.
    pub fn load(path: &Path) -> Result<ContextFile> {
        not_a_directory(path)?;
        let text = match crate::files::open_regular(path) {
            Ok(Opened::File(file, _)) => match crate::files::read_at_most(file, Self::MAX_BYTES) {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return Err(damaged(path, "it is larger than 64 KiB")),
                Err(e) => return Err(damaged(path, &e.to_string())),
            },
            Ok(Opened::Missing) => return Ok(ContextFile::default()),
            Ok(Opened::NotRegular(what)) => return Err(not_regular(path, what)),
            Err(e) => return Err(damaged(path, &e.to_string())),
        };
        let text = String::from_utf8(text).map_err(|_| damaged(path, "it is not UTF-8 text"))?;
        toml::from_str(&text).map_err(|e| damaged(path, e.message()))
    }

    /// Writes the context atomically: a new temporary file beside it, with a
    /// name nobody can predict, created exclusively (`O_EXCL`, never through
    /// a symbolic link or over a planted file) with mode 0600, synced, then
    /// renamed over the old one, so a reader never sees half a file.
    pub fn save(&self, path: &Path) -> Result<()> {
        not_a_directory(path)?;
        // Never rename over a FIFO or a device (`--context /dev/null`).
        if let Ok(Opened::NotRegular(what)) = crate::files::open_regular(path) {
            return Err(not_regular(path, what));
        }
        let fail =
            |e: std::io::Error| Error::internal(format!("cannot write the context file {}: {e}", path.display()));
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(fail)?;
        let text = toml::to_string(self).map_err(|e| Error::internal(e.to_string()))?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let (tmp, mut f) = create_exclusive(dir, &file_name).map_err(fail)?;
        let result = (|| {
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(fail)
    }
}

/// A new file `.NAME.RANDOM.tmp` in `dir`, created exclusively with mode
/// 0600: `O_EXCL` fails on anything already there, a symbolic link
/// included, and 16 random hex digits leave nothing to plant in advance.
fn create_exclusive(dir: &Path, file_name: &str) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let mut last = None;
    for _ in 0..8 {
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).map_err(|e| std::io::Error::other(e.to_string()))?;
        let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let tmp = dir.join(format!(".{file_name}.{suffix}.tmp"));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
        match options.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

/// A directory where the context file should be: no `logout` can repair that.
fn not_a_directory(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::usage(format!("the context file {} is a directory", path.display()))
            .with_hint("pass `--context FILE` (or set `ORGCTL_CONTEXT`) with the path of a file"));
    }
    Ok(())
}

/// A FIFO or a device where the context file should be: usage, like a directory.
fn not_regular(path: &Path, what: &str) -> Error {
    Error::usage(format!("the context file {} is {what}, not a regular file", path.display()))
        .with_hint("pass `--context FILE` (or set `ORGCTL_CONTEXT`) with the path of a regular file")
}

fn damaged(path: &Path, why: &str) -> Error {
    Error::usage(format!("the context file {} is damaged: {}", path.display(), why.trim()))
        .with_hint("run `orgctl logout` to reset it, then `orgctl login EMAIL`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/context.toml");
        assert_eq!(ContextFile::load(&path).unwrap(), ContextFile::default());
        let mut file = ContextFile::default();
        let ctx = Context {
            db: None,
            user: Some("a@example.com".into()),
            org: Some("acme".into()),
            org_id: Some(OrgId::for_test(7)),
        };
        file.set(DEFAULT, ctx.clone());
        let team = Context { db: Some("postgresql://?service=team".into()), ..ctx.clone() };
        file.set("team", team.clone());
        file.current = Some("team".into());
        file.save(&path).unwrap();
        let read = ContextFile::load(&path).unwrap();
        assert_eq!(read, file);
        assert_eq!(read.get(DEFAULT), Some(ctx));
        assert_eq!(read.get("team"), Some(team));
        assert_eq!(read.current_name(), "team");
        assert_eq!(read.names(), ["default", "team"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        for bad in ["user = ", "user = 'a'\nextra = 1", "\u{0}\u{1}", "user = 3"] {
            std::fs::write(&path, bad).unwrap();
            let err = ContextFile::load(&path).unwrap_err();
            assert!(err.message.contains("damaged"), "{bad:?}: {}", err.message);
        }
        std::fs::write(&path, "").unwrap();
        assert_eq!(ContextFile::load(&path).unwrap(), ContextFile::default());
    }
}
