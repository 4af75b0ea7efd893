//! The library's typed error: a kind that decides the exit code, a message, and an optional hint.

use std::fmt;

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
}

/// The errors some callers treat apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The context file names a user or org that no longer fits the store
    /// (`whoami` still answers, and says how to repair it).
    StaleContext,
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
        Error { kind, message: message.into(), hint: None, retry: false, source: None, findings: Vec::new(), mark: None, refusal: None }
    }

    /// Keeps `source` as the cause of this error.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(std::sync::Arc::new(source));
        self
    }

    /// Exit 4: the context file is stale (see [`Mark::StaleContext`]).
    pub fn stale_context(message: impl Into<String>) -> Self {
        Error { mark: Some(Mark::StaleContext), ..Self::forbidden(message) }
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

/// Why the door or a rule said no, as data: each reason names what it is
/// about, and is turned into its words, its hint and its exit code in one
/// place (`From<Refusal> for Error`); the error keeps the reason
/// ([`Error::refusal`]), so a caller can tell reasons apart by their data,
/// never by their words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No acting user is set (exit 4).
    NoCurrentUser,
    /// No current org is set (exit 4).
    NoCurrentOrg,
    /// The user named on the command line or in a variable does not exist (exit 3).
    NoSuchUser { email: String },
    /// The org does not exist, or the acting user is not a member: alike, so
    /// that nobody learns which slugs other tenants use (exit 3).
    NoSuchOrg { slug: String },
    /// The acting user is suspended in the org (exit 4).
    Suspended { org: String, email: String, since: String, reason: String },
    /// The policy refused an action on the org (exit 4).
    NotAllowed { email: String, action: &'static str, org: String, reason: String },
    /// The change would leave the org without an active admin (exit 5).
    LastAdmin { email: String, org: String, doing: String },
    /// The change would leave no admin whose admin role does not end (exit 5).
    LastPermanentAdmin { email: String, org: String, doing: String },
    /// The row is managed by a directory sync, and `--force` was not given (exit 5).
    ManagedBySync { what: String, source: String },
    /// A team that does not exist, or that the acting user may not see (exit 3).
    NoSuchTeam { slug: String, org: String },
    /// A dashboard that does not exist, or that the acting user may not view (exit 3).
    NoSuchDashboard { slug: String, org: String },
    /// A chat that does not exist, or that is not the acting user's (exit 3).
    NoSuchChat { id: i64, org: String },
}

impl Refusal {
    /// The exit code's kind.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Refusal::NoCurrentUser | Refusal::NoCurrentOrg | Refusal::Suspended { .. } | Refusal::NotAllowed { .. } => {
                ErrorKind::Forbidden
            }
            Refusal::NoSuchUser { .. }
            | Refusal::NoSuchOrg { .. }
            | Refusal::NoSuchTeam { .. }
            | Refusal::NoSuchDashboard { .. }
            | Refusal::NoSuchChat { .. } => ErrorKind::NotFound,
            Refusal::LastAdmin { .. } | Refusal::LastPermanentAdmin { .. } | Refusal::ManagedBySync { .. } => {
                ErrorKind::Conflict
            }
        }
    }

    /// What the user reads.
    pub fn message(&self) -> String {
        match self {
            Refusal::NoCurrentUser => "no current user".into(),
            Refusal::NoCurrentOrg => "no current org".into(),
            Refusal::NoSuchUser { email } => format!("user {email} does not exist"),
            Refusal::NoSuchOrg { slug } => format!("org {slug} does not exist or you are not a member"),
            Refusal::Suspended { org, since, reason, .. } => format!("you are suspended in {org} since {since} ({reason})"),
            Refusal::NotAllowed { email, action, org, reason } => format!("{email} may not {action} in {org}: {reason}"),
            Refusal::LastAdmin { email, org, doing } => format!("{email} is the last admin of {org}; cannot {doing}"),
            Refusal::LastPermanentAdmin { email, org, doing } => {
                format!("{email} is the last admin of {org} whose admin role does not expire; cannot {doing}")
            }
            Refusal::ManagedBySync { what, source } => {
                format!("{what} is managed by {source}; change it in the directory or pass --force")
            }
            Refusal::NoSuchTeam { slug, org } => format!("team {slug} does not exist in {org}"),
            Refusal::NoSuchDashboard { slug, org } => format!("dashboard {slug} does not exist in {org}"),
            Refusal::NoSuchChat { id, org } => format!("chat {id} does not exist in {org}"),
        }
    }

    /// What to type next.
    pub fn hint(&self) -> String {
        match self {
            Refusal::NoCurrentUser => {
                "run `orgctl login EMAIL` (or pass `--as EMAIL`); new here? `orgctl user add EMAIL --name NAME` first".into()
            }
            Refusal::NoCurrentOrg => {
                "run `orgctl org switch SLUG` (see `orgctl org list`), or pass `--org SLUG`".into()
            }
            Refusal::NoSuchUser { email } => format!("register it with `orgctl user add {email}`"),
            Refusal::NoSuchOrg { .. } => "see your orgs with `orgctl org list`".into(),
            Refusal::Suspended { org, email, .. } => {
                format!("ask an admin of {org} to run `orgctl member reactivate {email}`")
            }
            Refusal::NotAllowed { org, .. } => format!("ask an admin of {org} (see `orgctl member list --role admin`)"),
            Refusal::LastAdmin { .. } => "promote someone first with `orgctl member set-role EMAIL admin`".into(),
            Refusal::LastPermanentAdmin { .. } => {
                "make another admin without `--expires` first (`orgctl member set-role EMAIL admin`)".into()
            }
            Refusal::ManagedBySync { source, .. } => {
                let name = source.strip_prefix("sync:").unwrap_or(source);
                format!("the next `orgctl sync --source {name}` decides it again; `--force` changes it here anyway")
            }
            Refusal::NoSuchTeam { .. } => "see `orgctl team list`".into(),
            Refusal::NoSuchDashboard { .. } => "see the dashboards you can view with `orgctl dashboard list`".into(),
            Refusal::NoSuchChat { .. } => "see your chats with `orgctl chat list`".into(),
        }
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Error {
        let mut e = Error::new(r.kind(), r.message()).with_hint(r.hint());
        e.refusal = Some(Box::new(r));
        e
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
}
