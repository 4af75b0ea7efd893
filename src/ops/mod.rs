//! The use cases: one function per verb, no clap, no terminal.
//!
//! Each opens one transaction on the store, loads the acting user (and org)
//! inside it, asks the policy, makes the change and writes its audit entry,
//! so a concurrent change can never slip between the check and the write.

pub mod access;
pub mod audited;
pub mod billing;
pub mod can_i;
pub mod chat;
pub mod connector;
pub mod connector_access;
pub mod dashboard;
pub mod db;
pub mod integration;
pub mod invite;
pub mod manifest;
pub mod member;
pub mod org;
pub mod scope;
pub mod security;
pub mod session;
pub mod team;
pub mod user;

use serde::Serialize;

pub use session::{Session, Source, Sourced, Who};

/// What a change did, as reported in `"action"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Deleted,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Deleted => "deleted",
        }
    }
}

/// The result of a change: what happened, in which org, to what.
#[derive(Debug, Clone)]
pub struct Change<T> {
    pub outcome: Outcome,
    pub org: Option<String>,
    pub item: T,
    /// A `--dry-run`: the change was worked out in a transaction that was rolled back.
    pub dry_run: bool,
}

impl<T> Change<T> {
    pub fn new(outcome: Outcome, org: Option<&str>, item: T) -> Self {
        Change { outcome, org: org.map(str::to_string), item, dry_run: false }
    }

    /// The same change about another item (a view of it for the receipt).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Change<U> {
        Change { outcome: self.outcome, org: self.org, item: f(self.item), dry_run: self.dry_run }
    }

    /// Marks the change as a preview that was not kept.
    pub fn dry(mut self, dry_run: bool) -> Self {
        self.dry_run = dry_run;
        self
    }
}

use crate::store::Tx;

/// The details of an edit's audit entry: exactly the fields that changed,
/// each as `name=OLD→NEW` (an empty value shown as `(none)`).
#[derive(Debug, Default)]
pub struct Diff(Vec<String>);

impl Diff {
    pub fn new() -> Self {
        Diff::default()
    }

    /// Notes `name` if `old` and `new` differ.
    pub fn field(mut self, name: &str, old: Option<&str>, new: Option<&str>) -> Self {
        if old != new {
            let shown = |v: Option<&str>| v.filter(|v| !v.is_empty()).unwrap_or("(none)").to_string();
            self.0.push(format!("{name}={}→{}", shown(old), shown(new)));
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn text(&self) -> String {
        self.0.join(" ")
    }
}

use crate::error::{Error, Result};
use crate::policy::{self, Action, Facts, Target};
use crate::store::audit;
use crate::store::orgs::Org;
use crate::store::users::User;

/// Refuses (exit 4) unless the session's role allows the org-level action.
pub fn require(s: &Session, action: Action) -> Result<()> {
    let d = policy::decide(action, &Facts { org: s.slug(), role: s.role, target: Target::Org, rules: s.rules });
    if d.allowed {
        Ok(())
    } else {
        Err(Error::forbidden(format!(
            "{} may not {} in {}: {}",
            s.actor.email,
            action_words(action),
            s.slug(),
            d.reason
        ))
        .with_hint(format!("ask an admin of {} (see `orgctl member list --role admin`)", s.slug())))
    }
}

fn action_words(action: Action) -> &'static str {
    match action {
        Action::ViewOrg => "view the org",
        Action::ManageOrg => "change or delete the org",
        Action::Invite => "manage invites",
        Action::ManageMembers => "manage members",
        Action::ManageTeams => "manage teams",
        Action::ManageConnectors => "manage connectors",
        Action::UseConnectors => "use connectors",
        Action::ManageBilling => "see or change billing",
        Action::ViewAudit => "read the audit log",
        Action::CreateDashboard => "create dashboards",
        Action::LeaveOrg => "leave the org",
        Action::ManageIntegrations => "manage integrations",
        Action::ManageSecurity => "see or change the security settings",
        Action::Use => "use this",
        Action::ReviewAccess => "review everyone's access (any member may review their own with `--user`)",
        Action::View => "view this",
        Action::Edit => "edit this",
        Action::Share => "share this",
        Action::Delete => "delete this",
    }
}

/// Writes the audit entry of a change, in the change's transaction.
pub fn audit(
    c: &Tx,
    actor: Option<&User>,
    source: Option<Source>,
    org: Option<&Org>,
    action: audited::AuditAction,
    target: &str,
    details: &str,
) -> Result<()> {
    audit::record(
        c,
        crate::model::now(),
        &audit::Record {
            actor: actor.map(|u| u.email.as_str()),
            actor_source: actor.and(source).map(Source::as_str),
            org: org.map(|o| (o.id, o.slug.as_str())),
            action: action.as_str(),
            target,
            details,
        },
    )
}

/// Audits a change made in the session's org.
pub fn audit_in(c: &Tx, s: &Session, action: audited::AuditAction, target: &str, details: &str) -> Result<()> {
    audit(c, Some(&s.actor), s.actor_source, Some(&s.org), action, target, details)
}
