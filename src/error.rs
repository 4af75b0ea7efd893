//! The library's typed error: a kind that decides the exit code, a message, and an optional hint.

use std::fmt;

mod invalid;
mod refusal;

pub use invalid::{Invalid, Listing, Shape, Value};
pub use refusal::{Refusal, Staleness, Thing};

/// What went wrong, in the terms of the contract's exit-code table (docs/contract.md §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Internal,
    Usage,
    NotFound,
    Forbidden,
    Conflict,
    Store,
    Cancelled,
    /// A policy test or rule of a manifest does not hold (`apply`, `check`).
    Policy,
}

impl ErrorKind {
    /// The process exit code for this kind.
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Forbidden => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Store => 6,
            ErrorKind::Cancelled => 7,
            ErrorKind::Policy => 8,
        }
    }

    /// The name used in JSON errors (`{"error":{"kind":...}}`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Usage => "usage",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Store => "store",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Policy => "policy",
        }
    }
}

/// An error a user can act on: it carries its kind, a lowercase message and
/// optionally a hint that names the next command to run.
#[derive(Debug, Clone, thiserror::Error)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The store gave up on this transaction because of another one (a
    /// serialization failure or deadlock on PostgreSQL): running the whole
    /// transaction again is the remedy.
    pub retry: bool,
    /// The driver's or the system's error this one was made from, if any.
    #[source]
    pub source: Option<std::sync::Arc<dyn std::error::Error + Send + Sync>>,
    /// A policy error's findings, each also a line of the message; JSON
    /// errors list them as `findings`.
    pub findings: Vec<Finding>,
    /// What the callers that treat this error apart need to know of it,
    /// rather than reading its words.
    pub mark: Option<Mark>,
    /// The refusal this error was made from, with its data.
    pub refusal: Option<Box<Refusal>>,
    /// The input this error refuses, with its data.
    pub invalid: Option<Box<Invalid>>,
}

/// The errors some callers treat apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The command's output could not be written (after a commit: the
    /// change was made all the same).
    OutputUnwritable,
}

/// One policy test or rule that does not hold (`apply`, `check`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// `test` or `rule`.
    pub kind: &'static str,
    pub org: String,
    /// The test (`USER can|cannot ACTION [TARGET]`) or the rule's key.
    pub key: String,
    /// Why it does not hold: for a test, the answer `can-i` gives.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None, retry: false, source: None, findings: Vec::new(), mark: None, refusal: None, invalid: None }
    }

    /// Keeps `source` as the cause of this error.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(std::sync::Arc::new(source));
        self
    }

    /// The error with `place` (a file and where in it) before its words,
    /// when it is about what the file says: a refusal or bad input, as
    /// data. A store or internal error is passed on as it is.
    pub fn placed(self, place: impl fmt::Display) -> Self {
        match (&self.refusal, &self.invalid) {
            (None, None) => self,
            _ => Error { message: format!("{place}: {}", self.message), ..self },
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Forbidden, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub fn store(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Store, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    pub fn cancelled(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Cancelled, message)
    }

    /// Exit 8: a summary as the message; the findings are printed one a
    /// line under it (and listed as `findings` in JSON).
    pub fn policy(findings: Vec<Finding>) -> Self {
        let tests = findings.iter().filter(|f| f.kind == "test").count();
        let message = format!(
            "{} policy finding(s): {tests} failed test(s), {} broken rule(s)",
            findings.len(),
            findings.len() - tests
        );
        Error { findings, ..Self::new(ErrorKind::Policy, message) }
            .with_hint("fix the store or the manifest, then run `orgctl check -f FILE` again")
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// A refusal becomes its words, hint and exit code in one place, and the
    /// error keeps it, with its data, for callers to tell it apart.
    #[test]
    fn a_refusal_keeps_its_data_and_maps_once_to_words_hint_and_code() {
        let r = Refusal::LastAdmin { email: "ann@x.test".into(), org: "acme".into(), doing: "demote them".into() };
        let e = Error::from(r.clone());
        assert_eq!(e.kind.exit_code(), 5);
        assert_eq!(e.message, "ann@x.test is the last admin of acme; cannot demote them");
        assert_eq!(e.hint.as_deref(), Some("promote someone first with `orgctl member set-role EMAIL admin`"));
        assert_eq!(e.refusal.as_deref(), Some(&r));
        let e = Error::from(Refusal::NoSuchOrg { slug: "beta".into() });
        assert_eq!((e.kind.exit_code(), e.message.as_str()), (3, "org beta does not exist or you are not a member"));
        let e = Error::from(Refusal::ManagedBySync { what: "bob@x.test".into(), source: "sync:okta".into() });
        assert_eq!(e.hint.as_deref(), Some("the next `orgctl sync --source okta` decides it again; `--force` changes it here anyway"));
        assert!(Error::conflict("plain").refusal.is_none());
    }

    /// Bad input is data too: its words and hint come from what it is, and
    /// the error keeps it.
    #[test]
    fn invalid_input_keeps_its_data_and_maps_once_to_words_hint_and_code() {
        let i = Invalid::Value { what: Value::Slug, shown: "\"Bad Slug\"".into(), why: "it has a space".into() };
        let e = Error::from(i.clone());
        assert_eq!(e.kind.exit_code(), 2);
        assert_eq!(e.message, "invalid slug \"Bad Slug\": it has a space");
        assert!(e.hint.as_deref().is_some_and(|h| h.starts_with("a slug is 1-40 of")), "{:?}", e.hint);
        assert_eq!(e.invalid.as_deref(), Some(&i));
        assert!(e.refusal.is_none());
        let e = Error::from(Invalid::Value { what: Value::Description, shown: String::new(), why: "too long".into() });
        assert_eq!(e.message, "invalid description: too long");
        let e = Error::from(Invalid::InThePast { what: "--until".into(), at: "2020-01-01T00:00:00Z".into(), example: "7d" });
        assert_eq!(e.hint.as_deref(), Some("give a future time or a duration such as `7d`"));
        let e = Error::from(Refusal::Missing { thing: Thing::Invite, name: "7".into(), org: "acme".into() });
        assert_eq!((e.kind.exit_code(), e.message.as_str()), (3, "invite 7 does not exist in acme"));
        let e = Error::from(Refusal::Stale(Staleness::OrgGone { slug: "acme".into() }));
        assert_eq!(e.kind.exit_code(), 4);
        assert!(matches!(e.refusal.as_deref(), Some(Refusal::Stale(_))));
    }
}
