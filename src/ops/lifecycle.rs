//! Access that changes over time: suspension and reactivation, and the
//! sweep that records what ended (a membership, a temporary role, a
//! suspension's `--until`, a team membership, a grant) at the first write
//! in the org afterwards. Whether access holds is decided when it is read,
//! by the policy's lifecycle predicate ([`crate::policy::standing`]) and its
//! SQL twin (`store::lifecycle`); nothing here runs on a schedule.

use serde::Serialize;

use crate::error::{Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, rfc3339, Email, Expiry, MemberState, Role};
use crate::ops::terms::resolve_expiry;
use crate::ops::scope::{write_as, Audited, Permit};
use crate::ops::{Change, Outcome, Session, Who};
use crate::policy::{Action, Sight};
use crate::ops::views::MemberView;
use crate::store::members;
use crate::store::{lifecycle, Store, Tx};

/// The members a `member suspend` or `member reactivate` acted on; with
/// one member (the common case), their fields also sit at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChanges {
    pub members: Vec<MemberView>,
}

impl Serialize for StateChanges {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = ser.serialize_map(None)?;
        if let [one] = self.members.as_slice() {
            if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(one) {
                for (k, v) in fields {
                    map.serialize_entry(&k, &v)?;
                }
            }
        }
        map.serialize_entry("members", &self.members)?;
        map.end()
    }
}

/// `member suspend EMAIL... [--reason] [--until]` (admins): all or nothing;
/// the last active admin cannot be suspended (exit 5).
pub fn suspend(
    store: &mut Store,
    who: &Who,
    emails: &[Email],
    reason: Option<&str>,
    until: Option<Expiry>,
) -> Result<Change<StateChanges>> {
    write_as(store, who, Action::SuspendMembers, |tx, scope| {
        let s = scope.session();
        let until = match until {
            Some(u) => {
                let at = u.at(now());
                if at <= now() {
                    let (what, at) = ("--until".to_string(), rfc3339(at));
                    return Err(Invalid::InThePast { what, at, example: "7d" }.into());
                }
                Some(at)
            }
            None => None,
        };
        let mut steps = Vec::new();
        let mut out = Vec::new();
        for email in dedup(emails) {
            let (user, _) = scope.member(tx, email, Action::SuspendMembers)?;
            if suspend_in(tx, s, user.id, email.as_str(), reason, until)? {
                let mut details = String::new();
                if let Some(r) = reason {
                    details.push_str(&format!("reason={r}"));
                }
                if let Some(u) = until {
                    details.push_str(&format!("{}until={}", if details.is_empty() { "" } else { " " }, rfc3339(u)));
                }
                steps.push((AuditAction::MemberSuspend, email.to_string(), details));
            }
            out.push(members::get(tx, s.org().id, user.id)?.ok_or_else(members::vanished)?.into());
        }
        Ok(Audited::of_steps(Outcome::Updated, StateChanges { members: out }, steps))
    })
}

/// Suspends one member (the core of `member suspend` and of `sync`'s
/// deprovisioning): false when they were suspended already; the last
/// active admin is refused (exit 5).
pub fn suspend_in(
    c: &Permit,
    s: &Session,
    user_id: crate::store::UserId,
    email: &str,
    reason: Option<&str>,
    until: Option<i64>,
) -> Result<bool> {
    let m = members::get(c, s.org().id, user_id)?.ok_or_else(members::vanished)?;
    if m.state == MemberState::Suspended {
        return Ok(false);
    }
    if m.role == Role::Admin {
        crate::ops::guard::keep_an_admin(c, s, email, "suspend them")?;
    }
    members::suspend(c, s.org().id, user_id, now(), s.actor().email.as_str(), reason, until)?;
    Ok(true)
}

/// `member reactivate EMAIL...` (admins): gives everything back.
pub fn reactivate(store: &mut Store, who: &Who, emails: &[Email]) -> Result<Change<StateChanges>> {
    write_as(store, who, Action::SuspendMembers, |tx, scope| {
        let s = scope.session();
        let mut steps = Vec::new();
        let mut out = Vec::new();
        for email in dedup(emails) {
            let (user, _) = scope.member(tx, email, Action::SuspendMembers)?;
            let m = members::get(tx, s.org().id, user.id)?.ok_or_else(members::vanished)?;
            if m.state == MemberState::Suspended {
                members::reactivate(tx, s.org().id, user.id)?;
                steps.push((AuditAction::MemberReactivate, email.to_string(), String::new()));
            }
            out.push(members::get(tx, s.org().id, user.id)?.ok_or_else(members::vanished)?.into());
        }
        Ok(Audited::of_steps(Outcome::Updated, StateChanges { members: out }, steps))
    })
}

fn dedup(emails: &[Email]) -> Vec<&Email> {
    let mut seen = std::collections::HashSet::new();
    emails.iter().filter(|e| seen.insert(e.as_str())).collect()
}

/// A team a member is in, with their role in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TeamPlace {
    pub slug: String,
    pub role: crate::model::TeamRole,
}

/// One thing a member can reach: a dashboard they can view or edit, or a
/// connector they may use, with the policy's reason.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AccessItem {
    pub kind: &'static str,
    pub target: String,
    pub permission: &'static str,
    pub reason: String,
}

/// `member show EMAIL`: where a membership stands and everything it reaches.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberDetail {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub state: MemberState,
    pub expires: Option<String>,
    pub reason: Option<String>,
    pub managed_by: Option<String>,
    pub joined_at: String,
    /// The role a temporary role falls back to, and when.
    pub role_expires: Option<String>,
    pub fallback_role: Option<Role>,
    pub suspended_at: Option<String>,
    pub suspend_reason: Option<String>,
    pub suspended_until: Option<String>,
    pub teams: Vec<TeamPlace>,
    pub access: Vec<AccessItem>,
}

/// The policy's facts about `user_id` (holding `role`) and each thing of
/// the org, decided by the same table the commands use.
pub fn reach(c: &Tx, s: &Session, user_id: crate::store::UserId, role: Option<Role>) -> Result<Vec<AccessItem>> {
    use crate::policy::{decide, Facts, Target, Via};
    let mut out = Vec::new();
    for d in crate::store::dashboards::list(c, s.org().id)? {
        let grant = crate::ops::access::strongest(crate::store::dashboards::grants_for_user(c, d.id, user_id)?);
        let target = Target::Dashboard { visibility: d.visibility, is_owner: d.owner_id == Some(user_id), grant };
        let facts = Facts { org: s.slug(), role, target, rules: s.rules() };
        let edit = decide(Action::Edit, &facts);
        let view = decide(Action::View, &facts);
        let (permission, reason) = match (edit.allowed, view.allowed) {
            (true, _) => ("edit", edit.reason),
            (false, true) => ("view", view.reason),
            _ => continue,
        };
        out.push(AccessItem { kind: "dashboard", target: d.slug, permission, reason });
    }
    for k in crate::store::connectors::list(c, s.org().id)? {
        let grant = crate::store::connector_grants::held_by(c, k.id, user_id)?.map(|t| t.map_or(Via::Direct, Via::Team));
        let facts = Facts { org: s.slug(), role, target: Target::Connector { grant }, rules: s.rules() };
        let d = decide(Action::Use, &facts);
        if d.allowed {
            out.push(AccessItem { kind: "connector", target: k.name.clone(), permission: "use", reason: d.reason });
        }
    }
    Ok(out)
}

/// `member show EMAIL`: admins about anyone in the org, anyone about themselves.
pub fn show(store: &mut Store, who: &Who, email: &Email) -> Result<MemberDetail> {
    crate::ops::scope::read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        let themselves = s.actor().email.as_str() == email.as_str();
        if !themselves && !scope.decide(Action::ReviewAccess).allowed {
            // Others' details are the admins'; to a guest they are not there at all.
            if !s.sees(Sight::OtherMembers) {
                let (email, org) = (email.to_string(), s.slug().to_string());
                return Err(Refusal::NotAMember { email, org, pending_invite: None, listable: false }.into());
            }
            let (email, other, org) = (s.actor().email.clone(), email.to_string(), s.slug().to_string());
            return Err(Refusal::OthersAccess { email, other, org }.into());
        }
        let (user, _) = scope.member(tx, email, Action::ViewOrg)?;
        let m = members::get(tx, s.org().id, user.id)?.ok_or_else(members::vanished)?;
        let stored = members::membership(tx, s.org().id, user.id)?.ok_or_else(members::vanished)?;
        let role = match crate::policy::standing(Some(&stored), now()) {
            crate::policy::Standing::Active(r) => Some(r),
            _ => None,
        };
        let mut teams = Vec::new();
        for slug in &m.teams {
            let team = crate::ops::lookup::team(tx, s, &crate::model::Slug::from_store(slug.clone()))?;
            if let Some(r) = crate::store::teams::role_of(tx, team.id, user.id)? {
                teams.push(TeamPlace { slug: slug.clone(), role: r });
            }
        }
        let temporary = stored.role_expires.filter(|_| stored.fallback_role.is_some());
        let suspended = m.state == MemberState::Suspended;
        Ok(MemberDetail {
            access: reach(tx, s, user.id, role)?,
            email: m.email,
            name: m.name,
            role: m.role,
            state: m.state,
            expires: m.expires,
            reason: m.reason,
            managed_by: m.managed_by,
            joined_at: m.joined_at,
            role_expires: temporary.map(rfc3339),
            fallback_role: temporary.and(stored.fallback_role),
            suspended_at: stored.suspended_at.filter(|_| suspended).map(rfc3339),
            suspend_reason: stored.suspend_reason.filter(|_| suspended),
            suspended_until: stored.suspended_until.filter(|_| suspended).map(rfc3339),
            teams,
        })
    })
}

/// One row of `can-i --list`: an action the user may take, on what, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Allowed {
    pub action: &'static str,
    pub target: String,
    pub reason: String,
}

/// `can-i --list`: every action and target the acting user may take, each
/// decided by the policy exactly as `can-i ACTION TARGET` decides it.
pub fn allowed(store: &mut Store, who: &Who) -> Result<Vec<Allowed>> {
    crate::ops::scope::read_as(store, who, Action::ViewOrg, |tx, scope| {
        let s = scope.session();
        let mut out = Vec::new();
        for (action, name) in Action::ORG_ACTIONS {
            let d = scope.decide(*action);
            // The last admin may not leave, as `can-i leave-org` says.
            let last_admin = *action == Action::LeaveOrg
                && s.role() == Some(Role::Admin)
                && crate::ops::guard::keep_an_admin(tx, s, s.actor().email.as_str(), "leave").is_err();
            if d.allowed && !last_admin {
                out.push(Allowed { action: name, target: s.slug().to_string(), reason: d.reason });
            }
        }
        for d in crate::store::dashboards::list(tx, s.org().id)? {
            let slug = crate::model::Slug::from_store(d.slug.clone());
            for (action, name) in Action::TARGET_ACTIONS {
                if let Ok((_, decision)) = scope.dashboard_decision(tx, &slug, *action) {
                    if decision.allowed {
                        out.push(Allowed { action: name, target: format!("dashboard/{}", d.slug), reason: decision.reason });
                    }
                }
            }
        }
        for k in crate::store::connectors::list(tx, s.org().id)? {
            let decision = match scope.connector_use(tx, &k, Action::Use) {
                Ok(d) => d,
                // One the user may not see, they may not use.
                Err(e) if e.refusal.as_deref().is_some_and(crate::error::Refusal::is_missing) => continue,
                Err(e) => return Err(e),
            };
            if decision.allowed {
                out.push(Allowed { action: "use", target: format!("connector/{}", k.name), reason: decision.reason });
            }
        }
        for t in crate::store::teams::list(tx, s.org().id)? {
            let slug = crate::model::Slug::from_store(t.slug.clone());
            for (action, name) in Action::TEAM_ACTIONS {
                if let Ok((_, decision)) = scope.team_decision(tx, &slug, *action) {
                    if decision.allowed {
                        out.push(Allowed { action: name, target: format!("team/{}", t.slug), reason: decision.reason });
                    }
                }
            }
        }
        for chat in crate::store::chats::list(tx, s.org().id, s.actor().id)? {
            for (action, name) in Action::TARGET_ACTIONS {
                let (_, decision) = scope.chat_decision(tx, chat.id, *action)?;
                if decision.allowed {
                    out.push(Allowed { action: name, target: format!("chat/{}", chat.id), reason: decision.reason });
                }
            }
        }
        Ok(out)
    })
}

/// One row of `access review --expiring`: what ends, for whom, and when.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ending {
    pub kind: String,
    /// The member's email, or `team/SLUG` for a team's grant.
    pub email: String,
    pub target: String,
    pub expires: String,
    pub reason: Option<String>,
}

/// `access review --expiring DURATION` (admins): the memberships, temporary
/// roles, team memberships and grants that end within `within`.
pub fn expiring(store: &mut Store, who: &Who, within: crate::model::Duration) -> Result<Vec<Ending>> {
    crate::ops::scope::read_as(store, who, Action::ReviewAccess, |tx, scope| {
        let rows = lifecycle::ending(tx, scope.org_id(), now() + within.seconds)?;
        Ok(rows
            .into_iter()
            .map(|(kind, email, target, at, reason)| Ending { kind, email, target, expires: rfc3339(at), reason })
            .collect())
    })
}

/// Brings a member's `expires`, `reason` and `state` to what a manifest
/// says (the core `apply` uses): an absolute expiry is kept as written, a
/// duration counts from now; a state is reached as `member suspend` and
/// `member reactivate` reach it.
pub fn reconcile_terms(
    c: &Permit,
    s: &Session,
    user_id: crate::store::UserId,
    email: &Email,
    terms: &crate::manifest::MemberTerms,
) -> Result<Audited<()>> {
    let mut steps = Vec::new();
    let current = members::get(c, s.org().id, user_id)?.ok_or_else(members::vanished)?;
    if terms.expires.is_some() || terms.reason.is_some() {
        let expires = match terms.expires {
            Some(crate::model::Expiry::At(t)) if current.expires.as_deref() == Some(rfc3339(t).as_str()) => Some(t),
            other => resolve_expiry(c, s, other, &format!("{email}'s membership"))?,
        };
        if members::set_expiry(c, s.org().id, user_id, expires, terms.reason.as_deref())? {
            let shown = expires.map_or_else(|| "none".to_string(), rfc3339);
            steps.push((AuditAction::MemberAdd, email.to_string(), format!("expires={shown}")));
        }
    }
    match (terms.state, current.state) {
        (Some(MemberState::Suspended), MemberState::Active) => {
            if current.role == Role::Admin {
                crate::ops::guard::keep_an_admin(c, s, email.as_str(), "suspend them")?;
            }
            members::suspend(c, s.org().id, user_id, now(), s.actor().email.as_str(), terms.reason.as_deref(), None)?;
            steps.push((AuditAction::MemberSuspend, email.to_string(), "via apply".to_string()));
        }
        (Some(MemberState::Active), MemberState::Suspended) => {
            members::reactivate(c, s.org().id, user_id)?;
            steps.push((AuditAction::MemberReactivate, email.to_string(), String::new()));
        }
        _ => {}
    }
    Ok(Audited::of_steps(Outcome::Updated, (), steps))
}
