//! Who is acting, and in which org: resolved and checked inside the command's transaction.

use super::OrgId;
use super::Tx;

use crate::error::{Error, Refusal, Result, Staleness};
use crate::model::security::Rules;
use crate::model::{Email, Role, Slug};
use crate::policy::Standing;
use crate::store::orgs::Org;
use crate::store::users::User;
use crate::store::{members, orgs, users};

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
    let named = who.user.as_ref().map(|u| u.value.clone());
    let email = match c.login() {
        Some(login) => {
            login.may_act_as(named.as_ref().map(Email::as_str))?;
            named.or_else(|| login.linked_email().map(|e| Email::from_store(e.to_string())))
        }
        None => named,
    };
    match email {
        Some(e) => users::find_acting(c, &e),
        None => Ok(None),
    }
}

/// The acting user, who must exist.
pub fn actor(c: &Tx, who: &Who) -> Result<User> {
    if let Some(u) = find_actor(c, who)? {
        return Ok(u);
    }
    let user = user_email(who)?;
    Err(if user.source == Source::File {
        Refusal::Stale(Staleness::UserGone { email: user.value.to_string() }).into()
    } else {
        Refusal::NoSuchUser { email: user.value.to_string() }.into()
    })
}

/// The acting user in the current org, who must be a member of it.
pub fn in_org(c: &Tx, who: &Who) -> Result<Session> {
    let actor = actor(c, who)?;
    let Some(org) = &who.org else {
        return Err(Refusal::NoCurrentOrg.into());
    };
    let user_from_file = who.user.as_ref().is_some_and(|u| u.source == Source::File);
    let org_from_file = org.source == Source::File;
    let expected_id = who.org_id.filter(|_| org_from_file);
    let s = in_named(c, actor, &org.value, Origin { org_from_file, user_from_file, expected_id })?;
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
            let s = in_named(
                c,
                actor(c, who)?,
                slug,
                Origin { org_from_file: false, user_from_file: false, expected_id: None },
            )?;
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

fn in_named(c: &Tx, actor: User, slug: &Slug, origin: Origin) -> Result<Session> {
    // On PostgreSQL an org whose row the acting user may not see exists all
    // the same (its slug is taken): it is an org they are not a member of.
    let (org, id) = match orgs::find(c, slug)? {
        Some(org) => {
            let id = org.id;
            (Some(org), id)
        }
        None => match orgs::id_of(c, slug)?.filter(|_| c.is_postgres()) {
            Some(id) => (None, id),
            None => {
                return Err(if origin.org_from_file {
                    Refusal::Stale(Staleness::OrgGone { slug: slug.to_string() }).into()
                } else {
                    no_such_org(slug)
                })
            }
        },
    };
    if origin.expected_id.is_some_and(|expected| expected != id) {
        return Err(Refusal::Stale(Staleness::OrgReplaced { slug: slug.to_string() }).into());
    }
    // A suspended member is told so, though on PostgreSQL the database then
    // shows them nothing of the org but their own membership.
    let role = match standing_in(c, id, actor.id)? {
        Standing::Active(role) => org.as_ref().map(|_| role),
        Standing::Suspended { since, reason } => return Err(suspended(slug, &actor, since, reason.as_deref())),
        Standing::Outside => None,
    };
    match (org, role) {
        (Some(org), Some(role)) => {
            let rules = rules(c, org.id)?;
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
    let s = crate::store::security::get(c, org_id)?;
    let d = Rules::default();
    Ok(Rules {
        member_dashboards: s.member_dashboards.unwrap_or(d.member_dashboards),
        connector_access: s.connector_access.unwrap_or(d.connector_access),
    })
}
