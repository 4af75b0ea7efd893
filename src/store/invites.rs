//! SQL for invites. Tokens are never stored, only their SHA-256 hash.

use super::permit::Permit;
use super::ids::{InviteId, OrgId, TeamId, UserId};
use super::sql::{params, Row, Tx};

use crate::error::Result;
use crate::model::{InviteState, Role};

/// An invite as stored; `state` is the stored state, before expiry is derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The row id, for the invite's teams; never shown.
    pub id: InviteId,
    /// The id users see: its number in the org (see [`super::orgs::next_number`]).
    pub number: i64,
    pub org_id: OrgId,
    pub email: String,
    pub role: Role,
    pub state: InviteState,
    pub created_at: i64,
    pub expires_at: i64,
}

impl Invite {
    /// The state users see: a pending invite past its expiry is `expired`.
    pub fn state_at(&self, now: i64) -> InviteState {
        if self.state == InviteState::Pending && self.expires_at <= now {
            InviteState::Expired
        } else {
            self.state
        }
    }
}

const COLUMNS: &str = "id, org_id, email, role, state, created_at, expires_at, number";

type Raw = (InviteId, OrgId, String, String, String, i64, i64, i64);

fn from_row(r: &Row) -> Result<Raw> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
}

fn build(raw: Raw) -> Result<Invite> {
    let (id, org_id, email, role, state, created_at, expires_at, number) = raw;
    Ok(Invite { id, number, org_id, email, role: role.parse()?, state: state.parse()?, created_at, expires_at })
}

#[allow(clippy::too_many_arguments)]
pub fn insert(
    c: &Permit,
    org_id: OrgId,
    email: &str,
    role: Role,
    token_hash: &[u8],
    now: i64,
    expires_at: i64,
    invited_by: UserId,
) -> Result<Invite> {
    let number = super::orgs::next_number(c, org_id, super::orgs::Numbered::Invite)?;
    let id = c.write_row(
        "INSERT INTO invites (org_id, email, role, token_hash, state, created_at, expires_at, invited_by, number) \
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6, ?7, ?8) RETURNING id",
        params![org_id, email, role.as_str(), token_hash, now, expires_at, invited_by, number],
        |r| r.get(0),
    )?;
    Ok(Invite {
        id,
        number,
        org_id,
        email: email.to_string(),
        role,
        state: InviteState::Pending,
        created_at: now,
        expires_at,
    })
}

pub fn add_team(c: &Permit, org_id: OrgId, invite_id: InviteId, team_id: TeamId) -> Result<()> {
    c.execute(
        "INSERT INTO invite_teams (org_id, invite_id, team_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![org_id, invite_id, team_id],
    )?;
    Ok(())
}

/// The invite's teams that still exist, as (id, slug), by slug.
pub fn teams(c: &Tx, invite_id: InviteId) -> Result<Vec<(TeamId, String)>> {
    let rows = c.query_map(TEAMS, [invite_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows)
}

/// [`teams`]' statement (kept planned: store::pg::hot).
pub(in crate::store) const TEAMS: &str =
    "SELECT t.id, t.slug FROM invite_teams it JOIN teams t ON t.id = it.team_id WHERE it.invite_id = ?1 ORDER BY t.slug";

pub fn find(c: &Tx, org_id: OrgId, id: i64) -> Result<Option<Invite>> {
    let raw = c.query_opt(
        &format!("SELECT {COLUMNS} FROM invites WHERE org_id = ?1 AND number = ?2"),
        params![org_id, id],
        from_row,
    )?;
    raw.map(build).transpose()
}

/// The invite with this token hash, in any org (on PostgreSQL, entering its org).
pub fn find_by_hash(c: &Tx, token_hash: &[u8]) -> Result<Option<Invite>> {
    if c.is_postgres() {
        let found: Option<(OrgId, InviteId)> =
            c.query_opt("SELECT org_id, invite_id FROM orgctl_invite_by_token(?1)", [token_hash], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let Some((org_id, id)) = found else { return Ok(None) };
        c.enter_org(org_id)?;
        let raw = c.query_opt(&format!("SELECT {COLUMNS} FROM invites WHERE id = ?1"), [id], from_row)?;
        return raw.map(build).transpose();
    }
    let raw = c.query_opt(&format!("SELECT {COLUMNS} FROM invites WHERE token_hash = ?1"), [token_hash], from_row)?;
    raw.map(build).transpose()
}

/// The email an invite with this token hash is for, in any org, without
/// reading the invite itself (which, on PostgreSQL, only its invitee and the
/// org's members may).
pub fn email_by_hash(c: &Tx, token_hash: &[u8]) -> Result<Option<String>> {
    let sql = if c.is_postgres() {
        "SELECT email FROM orgctl_invite_by_token(?1)"
    } else {
        "SELECT email FROM invites WHERE token_hash = ?1"
    };
    c.query_opt(sql, [token_hash], |r| r.get(0))
}

/// The newest invite for this email in the org that is pending and not yet expired.
pub fn pending_for(c: &Tx, org_id: OrgId, email: &str, now: i64) -> Result<Option<Invite>> {
    let raw = c.query_opt(
        &format!(
            "SELECT {COLUMNS} FROM invites WHERE org_id = ?1 AND email = ?2 AND state = 'pending' AND expires_at > ?3 \
             ORDER BY id DESC LIMIT 1"
        ),
        params![org_id, email, now],
        from_row,
    )?;
    raw.map(build).transpose()
}

/// The org's invites in the given user-visible state (all with `None`), by id.
pub fn list(c: &Tx, org_id: OrgId, state: Option<InviteState>, now: i64) -> Result<Vec<Invite>> {
    let raw =
        c.query_map(&format!("SELECT {COLUMNS} FROM invites WHERE org_id = ?1 ORDER BY id"), [org_id], from_row)?;
    let all = raw.into_iter().map(build).collect::<Result<Vec<_>>>()?;
    Ok(all.into_iter().filter(|i| state.is_none_or(|s| i.state_at(now) == s)).collect())
}

/// Takes the invite as found (never a bare number: the number users type
/// and the row id are different things), and names its org as well.
pub fn set_state(c: &Permit, i: &Invite, state: InviteState) -> Result<()> {
    c.execute("UPDATE invites SET state = ?3 WHERE org_id = ?1 AND id = ?2", params![i.org_id, i.id, state.as_str()])?;
    Ok(())
}

/// Accepts the pending invite with this token hash for `user` (already
/// checked to be its invitee): they join with its role unless `member`
/// (already a member with that role), join its teams, and the invite becomes
/// accepted. On PostgreSQL the database does it all and checks the token
/// itself (`orgctl_accept_invite`): no policy lets an invited user insert a
/// membership.
pub fn accept(c: &Permit, i: &Invite, token_hash: &[u8], user: UserId, member: bool, now: i64) -> Result<()> {
    if c.is_postgres() {
        return c.write_row("SELECT orgctl_accept_invite(?1, ?2)", params![token_hash, now], |_| Ok(()));
    }
    if !member {
        super::members::insert(c, i.org_id, user, i.role, now)?;
    }
    for (team_id, _) in teams(c, i.id)? {
        super::teams::add_member(c, i.org_id, team_id, user)?;
    }
    set_state(c, i, InviteState::Accepted)
}

/// A new token and expiry; the invite becomes pending again.
pub fn renew(c: &Permit, i: &Invite, token_hash: &[u8], expires_at: i64) -> Result<()> {
    c.execute(
        "UPDATE invites SET token_hash = ?3, expires_at = ?4, state = 'pending' WHERE org_id = ?1 AND id = ?2",
        params![i.org_id, i.id, token_hash, expires_at],
    )?;
    Ok(())
}

/// Revokes every pending invite (expired or not) that `inviter` sent in the
/// org, as when the inviter loses the authority behind them; returns them as
/// (the id users see, email), by id.
pub fn revoke_sent_by(c: &Permit, org_id: OrgId, inviter: UserId) -> Result<Vec<(i64, String)>> {
    let rows: Vec<(i64, String)> = c.query_map(
        "SELECT number, email FROM invites WHERE org_id = ?1 AND invited_by = ?2 AND state = 'pending' ORDER BY number",
        params![org_id, inviter],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    c.execute(
        "UPDATE invites SET state = 'revoked' WHERE org_id = ?1 AND invited_by = ?2 AND state = 'pending'",
        params![org_id, inviter],
    )?;
    Ok(rows)
}

/// The email of the user who sent the invite, if known.
pub fn inviter_email(c: &Tx, invite_id: InviteId) -> Result<Option<String>> {
    c.query_opt(INVITER, [invite_id], |r| r.get(0))
}

/// [`inviter_email`]'s statement (kept planned: store::pg::hot).
pub(in crate::store) const INVITER: &str =
    "SELECT u.email FROM invites i JOIN users u ON u.id = i.invited_by WHERE i.id = ?1";

/// The newest invite for this email in the org whose stored state is pending
/// (expired or not): what `invite revoke EMAIL` and `invite resend EMAIL` act on.
pub fn latest_open_for(c: &Tx, org_id: OrgId, email: &str) -> Result<Option<Invite>> {
    let raw = c.query_opt(&format!(
            "SELECT {COLUMNS} FROM invites WHERE org_id = ?1 AND email = ?2 AND state = 'pending' ORDER BY id DESC LIMIT 1"
        ), params![org_id, email], from_row)?;
    raw.map(build).transpose()
}
