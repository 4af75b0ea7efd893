//! Access that changes over time: suspension and reactivation, and the
//! sweep that records what ended (a membership, a temporary role, a
//! suspension's `--until`, a team membership, a grant) at the first write
//! in the org afterwards. Whether access holds is decided when it is read,
//! by the policy's lifecycle predicate ([`crate::policy::standing`]) and its
//! SQL twin (`store::lifecycle`); nothing here runs on a schedule.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, rfc3339, Email, Expiry, MemberState, Role};
use crate::ops::lookup::existing_member;
use crate::ops::scope::{write_as, Audited, Step};
use crate::ops::{Change, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::members::{self, Member};
use crate::store::{lifecycle, Store, Tx};

/// The actor recorded for what ends on its own.
pub const SYSTEM_ACTOR: &str = "orgctl";

/// Records and clears what has ended in the session's org; returns the
/// audit entries (recorded by the door, with actor `orgctl`).
pub fn sweep(c: &Tx, s: &Session) -> Result<Vec<Step>> {
    let first = lifecycle::expired(c, s.org.id)?;
    if first.is_empty() {
        return Ok(Vec::new());
    }
    let mut steps = Vec::new();
    for (user_id, email, role, fallback) in &first.roles {
        lifecycle::fall_back(c, s.org.id, *user_id)?;
        steps.push((AuditAction::RoleExpire, email.clone(), format!("role={role}->{fallback}")));
    }
    for (user_id, email) in &first.suspensions {
        members::reactivate(c, s.org.id, *user_id)?;
        steps.push((AuditAction::MemberReactivate, email.clone(), "suspension ended (--until)".to_string()));
    }
    for (user_id, _) in &first.members {
        let (_, cascade) = crate::ops::member::remove_in(c, s, *user_id, AuditAction::MemberExpire, None)?;
        steps.extend(cascade);
    }
    // Memberships that ended took their team memberships and grants with them.
    let rest = if first.members.is_empty() { first } else { lifecycle::expired(c, s.org.id)? };
    for (team_id, slug, user_id, email) in &rest.team_members {
        lifecycle::delete_team_member(c, *team_id, *user_id)?;
        steps.push((AuditAction::TeamExpire, slug.clone(), format!("member={email}")));
    }
    for (id, slug, grantee, permission) in &rest.dashboard_grants {
        lifecycle::delete_dashboard_grant(c, *id)?;
        steps.push((AuditAction::GrantExpire, format!("dashboard/{slug}"), format!("{grantee} permission={permission}")));
    }
    for (id, name, grantee) in &rest.connector_grants {
        lifecycle::delete_connector_grant(c, *id)?;
        steps.push((AuditAction::GrantExpire, format!("connector/{name}"), grantee.clone()));
    }
    Ok(steps)
}

/// When something given on the command line ends: a time or a duration
/// from now, in the future (a past time is exit 2), within the org's
/// `grant-max-lifetime` (beyond it: exit 4, the setting does not allow it).
pub fn resolve_expiry(c: &Tx, s: &Session, expiry: Option<Expiry>, what: &str) -> Result<Option<i64>> {
    let Some(expiry) = expiry else {
        return Ok(None);
    };
    let now = now();
    let seconds = expiry.seconds_from(now);
    if seconds <= 0 {
        return Err(Error::usage(format!("invalid expiry for {what}: {} is in the past", rfc3339(now + seconds)))
            .with_hint("give a future time or a duration such as `30d`"));
    }
    let settings = crate::store::security::get(c, s.org.id)?;
    if let Some(max) = settings.grant_max_lifetime {
        if seconds > max {
            return Err(Error::forbidden(format!(
                "grant-max-lifetime of {} allows expiries up to {}; {what} asked for {}",
                s.slug(),
                crate::model::security::format_duration(max),
                rfc3339(now + seconds)
            ))
            .with_hint("give a shorter `--expires`, or ask an admin to change `org security set --grant-max-lifetime`"));
        }
    }
    Ok(Some(now + seconds))
}

/// The expiry of a dashboard or connector grant: as given, or, when the
/// org sets `grant-max-lifetime` and none was given, that lifetime from now
/// (so that no grant outlives the bound).
pub fn grant_expiry(c: &Tx, s: &Session, expiry: Option<Expiry>, what: &str) -> Result<Option<i64>> {
    if expiry.is_some() {
        return resolve_expiry(c, s, expiry, what);
    }
    Ok(crate::store::security::get(c, s.org.id)?.grant_max_lifetime.map(|max| now() + max))
}

/// The members a `member suspend` or `member reactivate` acted on; with
/// one member (the common case), their fields also sit at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChanges {
    pub members: Vec<Member>,
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
                    return Err(Error::usage(format!("invalid --until: {} is in the past", rfc3339(at)))
                        .with_hint("give a future time or a duration such as `7d`"));
                }
                Some(at)
            }
            None => None,
        };
        let mut steps = Vec::new();
        let mut out = Vec::new();
        for email in dedup(emails) {
            let (user, _) = existing_member(tx, s, email)?;
            let m = members::get(tx, s.org.id, user.id)?.ok_or_else(|| Error::internal("member vanished"))?;
            if m.state == MemberState::Suspended {
                out.push(m);
                continue;
            }
            if m.role == Role::Admin && members::count_admins(tx, s.org.id)? <= 1 {
                return Err(Error::conflict(format!("{email} is the last active admin of {}; cannot suspend them", s.slug()))
                    .with_hint("promote someone first with `orgctl member set-role EMAIL admin`"));
            }
            members::suspend(tx, s.org.id, user.id, now(), s.actor.email.as_str(), reason, until)?;
            let mut details = String::new();
            if let Some(r) = reason {
                details.push_str(&format!("reason={r}"));
            }
            if let Some(u) = until {
                details.push_str(&format!("{}until={}", if details.is_empty() { "" } else { " " }, rfc3339(u)));
            }
            steps.push((AuditAction::MemberSuspend, email.to_string(), details));
            out.push(members::get(tx, s.org.id, user.id)?.ok_or_else(|| Error::internal("member vanished"))?);
        }
        Ok(Audited::of_steps(Outcome::Updated, StateChanges { members: out }, steps))
    })
}

/// `member reactivate EMAIL...` (admins): gives everything back.
pub fn reactivate(store: &mut Store, who: &Who, emails: &[Email]) -> Result<Change<StateChanges>> {
    write_as(store, who, Action::SuspendMembers, |tx, scope| {
        let s = scope.session();
        let mut steps = Vec::new();
        let mut out = Vec::new();
        for email in dedup(emails) {
            let (user, _) = existing_member(tx, s, email)?;
            let m = members::get(tx, s.org.id, user.id)?.ok_or_else(|| Error::internal("member vanished"))?;
            if m.state == MemberState::Suspended {
                members::reactivate(tx, s.org.id, user.id)?;
                steps.push((AuditAction::MemberReactivate, email.to_string(), String::new()));
            }
            out.push(members::get(tx, s.org.id, user.id)?.ok_or_else(|| Error::internal("member vanished"))?);
        }
        Ok(Audited::of_steps(Outcome::Updated, StateChanges { members: out }, steps))
    })
}

fn dedup(emails: &[Email]) -> Vec<&Email> {
    let mut seen = std::collections::HashSet::new();
    emails.iter().filter(|e| seen.insert(e.as_str())).collect()
}
