//! `org create | list | show | switch | edit | delete | leave`, and `login`'s membership check.

use crate::ops::scope::{read_personal, read_store};
use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::{Invalid, Refusal, Result};
use crate::model::audit::AuditAction;
use crate::model::{now, rfc3339, Name, Role, Slug};
use crate::ops::scope::{read_in, write_closing, write_in_then, write_into, Audited};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::orgs::{self, Org};
use crate::store::users::User;
use crate::store::{members, Store};

/// An org as shown to one of its members.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct OrgView {
    pub slug: String,
    pub name: String,
    pub role: Role,
    pub current: bool,
    /// Billing is for admins: members see no plan (as `billing show` refuses them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    pub created_at: String,
}

fn view(org: &Org, role: Role, who: &Who) -> OrgView {
    OrgView {
        slug: org.slug.clone(),
        name: org.name.clone(),
        role,
        current: who.org.as_ref().is_some_and(|o| o.value.as_str() == org.slug),
        plan: crate::policy::sees(Some(role), crate::policy::Sight::Plan).then(|| org.plan.clone()),
        created_at: rfc3339(org.created_at),
    }
}

/// Founds the org `slug` with `founder` as its admin, named `name` or after
/// its slug: the core of `org create` and of `apply`.
pub fn found(c: &Permit, founder: &User, slug: &Slug, name: Option<&Name>) -> Result<Audited<Org>> {
    let name = match name {
        Some(n) => n.clone(),
        None => Name::parse(slug.as_str())?,
    };
    let t = now();
    let org = orgs::insert(c, slug, &name, t)?;
    members::insert(c, org.id, founder.id, Role::Admin, t)?;
    Ok(Audited::changed(Outcome::Created, org, AuditAction::OrgCreate, slug.as_str(), &format!("name={name}")))
}

/// Creates an org with the acting user as its admin.
pub fn create(store: &mut Store, who: &Who, slug: &Slug, name: Option<&Name>) -> Result<Change<OrgView>> {
    // Any user may found an org: the policy is asked once they are its admin.
    write_into(store, who, Action::ManageOrg, |tx, me| {
        if orgs::id_of(tx, slug)?.is_some() {
            return Err(Refusal::OrgExists { slug: slug.to_string() }.into());
        }
        let done = found(tx, me, slug, name)?.map(|org| view(&org, Role::Admin, who));
        Ok((slug.clone(), done))
    })
}

/// The acting user's orgs with their role in each.
pub fn list(store: &mut Store, who: &Who) -> Result<Vec<OrgView>> {
    read_personal(store, who, |tx, me| Ok(orgs::of_user(tx, me.id)?.iter().map(|(o, r)| view(o, *r, who)).collect()))
}

/// One org the acting user belongs to (the current one by default).
pub fn show(store: &mut Store, who: &Who, slug: Option<&Slug>) -> Result<OrgView> {
    read_in(store, who, slug, Action::ViewOrg, |_, scope| {
        Ok(view(scope.org(), scope.role().unwrap_or(Role::Member), who))
    })
}

/// Checks that the acting user may switch to the org; the caller writes the context.
pub fn switch(store: &mut Store, who: &Who, slug: &Slug) -> Result<OrgView> {
    show(store, who, Some(slug))
}

/// Renames an org (admins).
pub fn edit(store: &mut Store, who: &Who, slug: Option<&Slug>, name: &Name) -> Result<Change<OrgView>> {
    write_in_then(store, who, slug, Action::ManageOrg, true, |tx, scope| {
        let role = scope.role().unwrap_or(Role::Admin);
        Ok(rename_in(tx, scope.org().clone(), name)?.map(|org| view(&org, role, who)))
    })
}

/// Renames an org (the core of `org edit` and of `apply`); the same name is unchanged.
pub fn rename_in(c: &Permit, mut org: Org, name: &Name) -> Result<Audited<Org>> {
    if org.name == name.as_str() {
        return Ok(Audited::unchanged(org));
    }
    orgs::set_name(c, org.id, name)?;
    let diff = crate::ops::Diff::new().field("name", Some(&org.name), Some(name.as_str()));
    org.name = name.to_string();
    let slug = org.slug.clone();
    Ok(Audited::changed(Outcome::Updated, org, AuditAction::OrgEdit, &slug, &diff.text()))
}

/// A deleted org with everything that went with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct OrgDeleted {
    #[serde(flatten)]
    pub org: OrgView,
    pub members: Vec<String>,
    pub teams: Vec<String>,
    pub dashboards: Vec<String>,
    pub connectors: Vec<String>,
    /// Pending invites, by id and email.
    pub invites: Vec<crate::ops::member::RevokedInvite>,
    /// How many private chats (everybody's) went: a count only, chats being private.
    pub chats_deleted: i64,
}

/// Deletes an org and everything in it (admins); `dry_run` works it out and rolls back.
pub fn delete(store: &mut Store, who: &Who, slug: &Slug, dry_run: bool) -> Result<Change<OrgDeleted>> {
    let change = write_closing(store, who, slug, !dry_run, |tx, scope| {
        let org_id = scope.org_id();
        let t = now();
        let usage = orgs::usage(tx, org_id, t)?;
        let gone = OrgDeleted {
            org: view(scope.org(), Role::Admin, who),
            members: members::ids(tx, org_id)?.into_iter().map(|(_, e, _)| e).collect(),
            teams: crate::store::teams::list(tx, org_id)?.into_iter().map(|t| t.slug).collect(),
            dashboards: crate::store::dashboards::list(tx, org_id)?.into_iter().map(|d| d.slug).collect(),
            connectors: crate::store::connectors::list(tx, org_id)?.into_iter().map(|k| k.name).collect(),
            invites: crate::store::invites::list(tx, org_id, Some(crate::model::InviteState::Pending), t)?
                .into_iter()
                .map(|i| crate::ops::member::RevokedInvite { id: i.number, email: i.email })
                .collect(),
            chats_deleted: crate::store::chats::count_in_org(tx, org_id)?,
        };
        let details = format!(
            "members={} teams={} dashboards={} connectors={}",
            usage.members, usage.teams, usage.dashboards, usage.connectors
        );
        Ok(Audited::changed(Outcome::Deleted, gone, AuditAction::OrgDelete, slug.as_str(), &details))
    })?;
    Ok(change.dry(dry_run))
}

/// Leaves an org; the last admin cannot. The dashboards you own stay,
/// ownerless or handed to `transfer_to` (a member who stays). `dry_run`
/// works it out and rolls back.
pub fn leave(
    store: &mut Store,
    who: &Who,
    slug: Option<&Slug>,
    transfer_to: Option<&crate::model::Email>,
    dry_run: bool,
) -> Result<Change<crate::ops::member::Removed>> {
    let change = write_in_then(store, who, slug, Action::LeaveOrg, !dry_run, |tx, scope| {
        let s = scope.session();
        let to = match transfer_to {
            Some(email) if email.as_str() == s.actor().email => {
                return Err(Invalid::TransferToSelf.into())
            }
            Some(email) => Some((crate::ops::lookup::existing_member(tx, s, email)?.0.id, email.as_str())),
            None => None,
        };
        let (removed, steps) = crate::ops::member::remove_in(tx, s, s.actor().id, AuditAction::OrgLeave, to)?;
        Ok(Audited::of_steps(Outcome::Deleted, removed, steps))
    })?;
    Ok(change.dry(dry_run))
}

/// For `login`: whether the user exists, and whether they are still in `org`.
/// Returns the user's email and the org to keep: `org` if still a member,
/// otherwise their only org if they have exactly one.
pub fn login_target(store: &mut Store, who: &Who, org: Option<&Slug>) -> Result<(String, Option<String>)> {
    read_personal(store, who, |tx, me| {
        let mine = orgs::of_user(tx, me.id)?;
        let keep = match org {
            Some(slug) if mine.iter().any(|(o, _)| o.slug == slug.as_str()) => Some(slug.to_string()),
            _ if mine.len() == 1 => Some(mine[0].0.slug.clone()),
            _ => None,
        };
        Ok((me.email.clone(), keep))
    })
}

/// The immutable id of the org `slug`, for the context file.
pub fn id_of(store: &mut Store, slug: &str) -> Result<Option<crate::store::OrgId>> {
    read_store(store, |tx| orgs::id_of(tx, &Slug::from_store(slug.to_string())))
}
