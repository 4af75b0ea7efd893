//! The use cases: one function per verb, no clap, no terminal.
//!
//! Each goes through a door of [`scope`]: one transaction on the store, the
//! acting user (and org) loaded inside it, the policy asked, the change made
//! and its audit entries written by the door, so a concurrent change can
//! never slip between the check and the write, and no write goes unaudited.

pub mod access;
pub mod billing;
pub mod can_i;
pub mod chat;
pub mod connector;
pub mod connector_access;
pub mod dashboard;
pub mod db;
pub mod integration;
pub mod invite;
pub mod lifecycle;
pub(crate) mod lookup;
pub mod manifest;
pub mod member;
pub mod org;
pub mod policy_check;
pub mod scope;
pub mod security;
pub mod session;
pub mod sync;
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

/// The details of an edit's audit entry: exactly the fields that changed,
/// each as `name=OLD→NEW` (an empty value shown as `(none)`). A value with a
/// space, `=`, `→`, a quote, a backslash or a control character is quoted as
/// a JSON string, so a title such as `visibility=restricted→org` cannot read
/// as a change of another field.
#[derive(Debug, Default)]
pub struct Diff(Vec<String>);

impl Diff {
    pub fn new() -> Self {
        Diff::default()
    }

    /// Notes `name` if `old` and `new` differ.
    pub fn field(self, name: &str, old: Option<&str>, new: Option<&str>) -> Self {
        let changed = old != new;
        self.secret_field(name, changed, old, new)
    }

    /// Notes `name` if `changed`, with the values as shown (masked): a
    /// secret that changed while its masked form did not (a new password)
    /// still leaves its entry.
    pub fn secret_field(mut self, name: &str, changed: bool, old: Option<&str>, new: Option<&str>) -> Self {
        if changed {
            self.0.push(format!("{name}={}→{}", quoted(old), quoted(new)));
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

/// A value of a [`Diff`]: `(none)` when empty, JSON-quoted when it holds
/// anything that could be read as the next field or the arrow.
fn quoted(v: Option<&str>) -> String {
    match v.filter(|v| !v.is_empty()) {
        None => "(none)".to_string(),
        Some(v)
            if v.chars().any(|c| c.is_control() || matches!(c, '=' | '→' | '"' | '\\'))
                || v == "(none)" =>
        {
            serde_json::to_string(v).unwrap_or_else(|_| "\"?\"".to_string())
        }
        Some(v) => v.to_string(),
    }
}
