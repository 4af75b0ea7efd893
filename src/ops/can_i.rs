//! `can-i ACTION [TARGET]`: the policy's answer, from the facts the commands themselves load.

use crate::error::{Error, Invalid, Refusal, Result, Shape};
use crate::model::Slug;
use crate::ops::scope::{read_as, Scope};
use crate::ops::Who;
use crate::policy::{Action, Decision};
use crate::model::Email;
use crate::store::orgs::Org;
use crate::store::{Store, Tx};

/// What `can-i` is asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Org,
    Dashboard(Slug),
    Chat(i64),
    Connector(Slug),
    Team(Slug),
}

impl Subject {
    /// Parses `dashboard/SLUG`, `chat/ID`, `connector/NAME` or `team/SLUG`.
    pub fn parse(raw: &str) -> Result<Subject> {
        let bad = || Error::from(Invalid::Target { raw: raw.to_string() });
        let (kind, rest) = raw.split_once('/').ok_or_else(bad)?;
        match kind {
            "dashboard" => Ok(Subject::Dashboard(Slug::parse(rest)?)),
            "chat" => rest.parse::<i64>().ok().filter(|id| *id > 0).map(Subject::Chat).ok_or_else(bad),
            "connector" => Ok(Subject::Connector(Slug::parse(rest)?)),
            "team" => Ok(Subject::Team(Slug::parse(rest)?)),
            _ => Err(bad()),
        }
    }
}

/// Refuses (usage) an action with a target it does not take, or without one it needs.
pub fn check_shape(action: Action, subject: &Subject) -> Result<()> {
    let shape = match (action.needs_target(), subject) {
        (true, Subject::Org) => Shape::NeedsTarget,
        (true, Subject::Team(_)) if !matches!(action, Action::View | Action::Edit) => Shape::NotForTeam,
        (false, Subject::Dashboard(_) | Subject::Chat(_) | Subject::Connector(_) | Subject::Team(_)) => Shape::OrgLevel,
        (true, Subject::Connector(_)) if action != Action::Use => Shape::NotForConnector,
        (true, Subject::Dashboard(_) | Subject::Chat(_)) if action == Action::Use => Shape::UseIsForConnectors,
        _ => return Ok(()),
    };
    Err(Invalid::TargetShape { action: action.to_string(), shape }.into())
}

pub fn check(store: &mut Store, who: &Who, action: Action, subject: &Subject) -> Result<Decision> {
    check_shape(action, subject)?;
    // Any member may ask; an org the user is not in, a dashboard they cannot
    // view and another user's chat answer exactly as if they did not exist,
    // through the very lookups the commands use.
    read_as(store, who, Action::ViewOrg, |tx, scope| decide(tx, scope, action, subject))
}

/// The policy's answer for the scope's user: what `can-i` prints, and what
/// a manifest's policy tests compare with what they expect.
fn decide(tx: &Tx, scope: &Scope, action: Action, subject: &Subject) -> Result<Decision> {
    let s = scope.session();
    let decision = match subject {
        Subject::Org => scope.decide(action),
        Subject::Dashboard(slug) => scope.dashboard_decision(tx, slug, action)?.1,
        // Every member can see that a connector exists; one that does not is not found.
        Subject::Connector(name) => scope.connector_decision(tx, name, action)?.1,
        Subject::Team(slug) => scope.team_decision(tx, slug, action)?.1,
        Subject::Chat(id) => scope.chat_decision(tx, *id, action)?.1,
    };
    // The table lets any member leave; the rule that an org keeps an
    // admin, checked by the very function `org leave` uses, can still say no.
    if action == Action::LeaveOrg && decision.allowed && s.role() == Some(crate::model::Role::Admin) {
        if let Err(e) = crate::ops::guard::keep_an_admin(tx, s, s.actor().email.as_str(), "leave") {
            return Ok(Decision { allowed: false, reason: e.message });
        }
    }
    Ok(decision)
}

/// What `can-i` would answer `user` in `org`, inside the caller's
/// transaction (a policy test, evaluated by `apply` against the state it
/// is about to commit, or by `check`). Something `can-i` would answer as
/// missing (exit 3) is a no, with that message as the reason.
pub fn decide_for(tx: &Tx, org: &Org, user: &Email, action: Action, subject: &Subject) -> Result<Decision> {
    let Some(u) = crate::store::users::find(tx, user)? else {
        return Ok(Decision { allowed: false, reason: format!("user {user} does not exist") });
    };
    let Some(scope) = Scope::for_policy_test(tx, org, u)? else {
        return Ok(Decision { allowed: false, reason: format!("{user} is not a member of {}", org.slug) });
    };
    match decide(tx, &scope, action, subject) {
        Err(e) if e.refusal.as_deref().is_some_and(Refusal::is_missing) => {
            Ok(Decision { allowed: false, reason: e.message })
        }
        other => other,
    }
}
