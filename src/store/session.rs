//! Who is acting, and in which org: resolved and checked inside the command's transaction.

use super::OrgId;
use super::Tx;

use crate::error::{Error, Refusal, Result, Staleness};
use crate::model::security::Rules;
use crate::model::{Email, Role, Slug};
use crate::policy::Standing;
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::sql::params;
use crate::store::{members, orgs, security, users, UserId};

/// Where a setting came from; a flag beats the environment, which beats the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Flag,
    Env,
    File,
    /// PostgreSQL: no user was named, and the login's linked user acts.
    Login,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "env",
            Source::File => "file",
            Source::Login => "login",
        }
    }
}

impl Who {
    /// How the acting user was named, for the audit trail.
    pub fn user_source(&self) -> Option<Source> {
        self.user.as_ref().map(|u| u.source)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The identity a command runs as, before it is checked against the store.
#[derive(Debug, Clone, Default)]
pub struct Who {
    pub user: Option<Sourced<Email>>,
    pub org: Option<Sourced<Slug>>,
    /// The org id the context file recorded with its org, if any.
    pub org_id: Option<OrgId>,
}

/// A checked identity inside an org.
#[derive(Debug, Clone)]
/// Made only by the store, from what it holds (its fields are private to
/// it): a use case cannot claim a role or an org it does not have.
pub struct Session {
    pub(in crate::store) actor: User,
    pub(in crate::store) org: Org,
    /// `None` only for a scope asked in an org the actor holds no active role in.
    pub(in crate::store) role: Option<Role>,
    /// The org's security settings that bound what members may do.
    pub(in crate::store) rules: Rules,
    /// How the acting user was named (flag, env, file), for the audit trail.
    pub(in crate::store) actor_source: Option<Source>,
}

impl Session {
    /// The acting user.
    pub fn actor(&self) -> &User {
        &self.actor
    }

    /// The org.
    pub fn org(&self) -> &Org {
        &self.org
    }

    /// The acting user's role in the org.
    pub fn role(&self) -> Option<Role> {
        self.role
    }

    /// Whether the acting user has `sight` in the org (the policy's sight table).
    pub fn sees(&self, sight: crate::policy::Sight) -> bool {
        crate::policy::sees(self.role, sight)
    }

    /// The org's security settings that bound what members may do.
    pub fn rules(&self) -> Rules {
        self.rules
    }

    pub fn slug(&self) -> &str {
        &self.org.slug
    }
}

/// The acting user's email, which must be set (exit 4 with how to set it otherwise).
pub fn user_email(who: &Who) -> Result<&Sourced<Email>> {
    who.user.as_ref().ok_or_else(|| Refusal::NoCurrentUser.into())
}

/// The acting user if they exist, declared to the store as the one acting.
/// On PostgreSQL the login is who you are: a linked login acts as its user
/// (named or not; naming another is refused, exit 4), an impersonating one
/// as the user named.
pub fn find_actor(c: &Tx, who: &Who) -> Result<Option<User>> {
    match acting_email(c, who)? {
        Some(e) => users::find_acting(c, &e),
        None => Ok(None),
    }
}

/// The email of the user who acts (see [`find_actor`]), if one is named.
fn acting_email(c: &Tx, who: &Who) -> Result<Option<Email>> {
    let named = who.user.as_ref().map(|u| u.value.clone());
    Ok(match c.login() {
        Some(login) => {
            login.may_act_as(named.as_ref().map(Email::as_str))?;
            named.or_else(|| login.linked_email().map(|e| Email::from_store(e.to_string())))
        }
        None => named,
    })
}

/// The acting user, who must exist.
pub fn actor(c: &Tx, who: &Who) -> Result<User> {
    match find_actor(c, who)? {
        Some(u) => Ok(u),
        None => Err(no_actor(who)),
    }
}

/// Why there is no acting user: none was named, or the one named does not exist.
fn no_actor(who: &Who) -> Error {
    let user = match user_email(who) {
        Ok(user) => user,
        Err(e) => return e,
    };
    if user.source == Source::File {
        Refusal::Stale(Staleness::UserGone { email: user.value.to_string() }).into()
    } else {
        Refusal::NoSuchUser { email: user.value.to_string() }.into()
    }
}

/// The acting user in the current org, who must be a member of it.
pub fn in_org(c: &Tx, who: &Who) -> Result<Session> {
    let Some(org) = &who.org else {
        actor(c, who)?;
        return Err(Refusal::NoCurrentOrg.into());
    };
    let user_from_file = who.user.as_ref().is_some_and(|u| u.source == Source::File);
    let org_from_file = org.source == Source::File;
    let expected_id = who.org_id.filter(|_| org_from_file);
    let s = named(c, who, &org.value, Origin { org_from_file, user_from_file, expected_id })?;
    Ok(Session { actor_source: who.user_source(), ..s })
}

/// Where the org of a session was named, and the user: together they tell a
/// stale context file from a wrong flag.
#[derive(Clone, Copy)]
struct Origin {
    org_from_file: bool,
    user_from_file: bool,
    /// The id the context file recorded for its org.
    expected_id: Option<OrgId>,
}

/// The acting user in the org named on the command line (as with
/// `org show SLUG`), or in the current org when none is named.
pub fn in_org_or(c: &Tx, who: &Who, slug: Option<&Slug>) -> Result<Session> {
    match slug {
        Some(slug) => {
            let s = named(c, who, slug, Origin { org_from_file: false, user_from_file: false, expected_id: None })?;
            Ok(Session { actor_source: who.user_source(), ..s })
        }
        None => in_org(c, who),
    }
}

/// An org that does not exist and one the user is not a member of answer
/// alike, so that nobody learns which slugs other tenants use.
pub fn no_such_org(slug: &Slug) -> Error {
    Refusal::NoSuchOrg { slug: slug.to_string() }.into()
}

/// The acting user in the org `slug`: on PostgreSQL, when no org is
/// entered yet, in two statements (see [`pg_named`]); else looked up step
/// by step.
fn named(c: &Tx, who: &Who, slug: &Slug, origin: Origin) -> Result<Session> {
    if let Some((write, None)) = c.pg_state() {
        return pg_named(c, who, slug, origin, write);
    }
    in_named(c, actor(c, who)?, slug, origin)
}

fn in_named(c: &Tx, actor: User, slug: &Slug, origin: Origin) -> Result<Session> {
    // On PostgreSQL an org whose row the acting user may not see exists all
    // the same (its slug is taken): it is an org they are not a member of.
    let (org, id) = match orgs::find(c, slug)? {
        Some(org) => {
            let id = org.id;
            (Some(org), Some(id))
        }
        None => (None, orgs::id_of(c, slug)?.filter(|_| c.is_postgres())),
    };
    let actor_id = actor.id;
    decide(slug, actor, origin, org, id, |id| standing_in(c, id, actor_id), |id| rules(c, id))
}

/// [`in_named`] on PostgreSQL, in two statements where it takes five: the
/// acting user found and the org entered by their lookup functions in the
/// first (`app.user_id` and `app.org_id` set, the org locked in a write,
/// as [`users::find_acting`] and [`Tx::enter_org_by_slug`] do); the org's
/// row, the user's membership and the org's settings read in the second,
/// under the same row-level security as the three statements it replaces.
/// The reads are then judged in the order [`in_named`] makes them.
fn pg_named(c: &Tx, who: &Who, slug: &Slug, origin: Origin, write: bool) -> Result<Session> {
    let Some(email) = acting_email(c, who)? else { return Err(no_actor(who)) };
    let enter = if write {
        "SELECT u.id, u.email, u.name, o.id, \
                CASE WHEN u.id IS NOT NULL THEN set_config('app.user_id', u.id::text, true) END, \
                CASE WHEN u.id IS NOT NULL AND o.id IS NOT NULL THEN set_config('app.org_id', o.id::text, true) END, \
                CASE WHEN u.id IS NOT NULL AND o.id IS NOT NULL THEN pg_advisory_xact_lock(o.id) END \
         FROM (SELECT orgctl_org_by_slug(?2) AS id OFFSET 0) o LEFT JOIN orgctl_user_by_email(?1) u ON true"
    } else {
        "SELECT u.id, u.email, u.name, o.id, \
                CASE WHEN u.id IS NOT NULL THEN set_config('app.user_id', u.id::text, true) END, \
                CASE WHEN u.id IS NOT NULL AND o.id IS NOT NULL THEN set_config('app.org_id', o.id::text, true) END \
         FROM (SELECT orgctl_org_by_slug(?2) AS id OFFSET 0) o LEFT JOIN orgctl_user_by_email(?1) u ON true"
    };
    let (actor, id) = c.query_row(enter, [email.as_str(), slug.as_str()], |r| {
        let user = match r.get::<Option<UserId>>(0)? {
            Some(id) => Some(User { id, email: r.get(1)?, name: r.get(2)? }),
            None => None,
        };
        Ok((user, r.get::<Option<OrgId>>(3)?))
    })?;
    let Some(actor) = actor else { return Err(no_actor(who)) };
    let Some(id) = id else { return decide(slug, actor, origin, None, None, |_| unreachable_read(), |_| unreachable_read()) };
    c.entered(id);
    let (org, membership, settings) = c.query_row(PG_SESSION, params![id, actor.id], |r| {
        let org = match r.get::<Option<OrgId>>(0)? {
            Some(_) => Some(orgs::from_row(r)?),
            None => None,
        };
        Ok((org, members::membership_at(r, 6)?, security::stored_at(r, 14)?))
    })?;
    let standing = crate::policy::standing(membership.as_ref(), crate::model::now());
    decide(slug, actor, origin, org, Some(id), |_| Ok(standing), |_| Ok(rules_of(&settings)))
}

/// The second statement of [`pg_named`]: the org's row (as `orgs::find`
/// reads it), the acting user's membership, the org's settings; each
/// NULL where row-level security shows none. Its SQL is the function
/// `orgctl_session` (access.sql), which runs it as the login, so that a
/// server process plans it once.
const PG_SESSION: &str = "SELECT * FROM orgctl_session(?1, ?2)";

/// A read [`decide`] never asks for: it refuses before (no such org).
fn unreachable_read<T>() -> Result<T> {
    Err(Error::internal("a session read after its org was not found"))
}

/// The session, or why there is none, from what was read of the org:
/// its row (`None`: not there, or not visible), its id (`None`: no org
/// has the slug), and, asked only when the checks before pass, where the
/// actor stands in it and its rules.
fn decide(
    slug: &Slug,
    actor: User,
    origin: Origin,
    org: Option<Org>,
    id: Option<OrgId>,
    standing: impl FnOnce(OrgId) -> Result<Standing>,
    rules: impl FnOnce(OrgId) -> Result<Rules>,
) -> Result<Session> {
    let Some(id) = id else {
        return Err(if origin.org_from_file {
            Refusal::Stale(Staleness::OrgGone { slug: slug.to_string() }).into()
        } else {
            no_such_org(slug)
        });
    };
    if origin.expected_id.is_some_and(|expected| expected != id) {
        return Err(Refusal::Stale(Staleness::OrgReplaced { slug: slug.to_string() }).into());
    }
    // A suspended member is told so, though on PostgreSQL the database then
    // shows them nothing of the org but their own membership.
    let role = match standing(id)? {
        Standing::Active(role) => org.as_ref().map(|_| role),
        Standing::Suspended { since, reason } => return Err(suspended(slug, &actor, since, reason.as_deref())),
        Standing::Outside => None,
    };
    match (org, role) {
        (Some(org), Some(role)) => {
            let rules = rules(org.id)?;
            Ok(Session { actor, org, role: Some(role), actor_source: None, rules })
        }
        // The file named both and they no longer fit: the file is stale.
        _ if origin.org_from_file && origin.user_from_file => {
            Err(Refusal::Stale(Staleness::NoLongerMember { email: actor.email, slug: slug.to_string() }).into())
        }
        // Another user (`--as`) in the file's org: the file is fine, the pair is not.
        _ if origin.org_from_file => {
            Err(Refusal::NotInContextOrg { slug: slug.to_string(), email: actor.email }.into())
        }
        _ => Err(no_such_org(slug)),
    }
}

/// Where a user stands in an org now (the lifecycle predicate of the policy).
pub fn standing_in(c: &Tx, org_id: OrgId, user_id: crate::store::UserId) -> Result<Standing> {
    let m = members::membership(c, org_id, user_id)?;
    Ok(crate::policy::standing(m.as_ref(), crate::model::now()))
}

/// What a suspended member is told, whatever they try in the org (exit 4).
pub fn suspended(slug: &Slug, actor: &User, since: Option<i64>, reason: Option<&str>) -> Error {
    let since = since.map_or_else(|| "an unknown time".to_string(), crate::model::rfc3339);
    let reason = reason.unwrap_or("no reason given");
    Refusal::Suspended { org: slug.to_string(), email: actor.email.clone(), since, reason: reason.to_string() }.into()
}

/// The settings the policy reads.
pub fn rules(c: &Tx, org_id: OrgId) -> Result<Rules> {
    Ok(rules_of(&security::get(c, org_id)?))
}

/// The settings the policy reads, from those stored.
fn rules_of(s: &security::Stored) -> Rules {
    let d = Rules::default();
    Rules {
        member_dashboards: s.member_dashboards.unwrap_or(d.member_dashboards),
        connector_access: s.connector_access.unwrap_or(d.connector_access),
    }
}
