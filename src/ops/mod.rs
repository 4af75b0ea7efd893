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
pub mod guard;
pub mod db;
pub mod integration;
pub mod invite;
pub mod lifecycle;
pub(crate) use crate::store::lookup;
pub mod manifest;
pub mod member;
pub mod org;
pub mod policy_check;
pub mod scope;
pub mod security;
pub mod sync;
pub mod team;
pub mod terms;
pub mod user;
pub mod views;

/// How the acting user is resolved: the store's (see [`crate::store::session`]).
pub use crate::store::session;
pub use crate::store::gate::{Change, Outcome};
pub use session::{Session, Source, Sourced, Who};

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
