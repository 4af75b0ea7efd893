//! `access review`: who can see what in the whole org, and why.
//!
//! Every (member, dashboard) pair is decided by the same policy table that
//! the commands and `can-i` use, from the same facts: the member's role,
//! whether they own the dashboard, its visibility and their strongest grant
//! (edit over view, a direct grant over a team's, then teams by slug).
//! Members stream from the store one at a time and dashboards are held once,
//! so memory stays flat however many rows come out.

use std::collections::HashMap;

use serde::Serialize;

use crate::error::Result;
use crate::model::{Email, Permission, Slug};
use crate::ops::scope::read_as;
use crate::ops::Who;
use crate::policy::{self, Action, Facts, Target, Via};
use crate::store::{dashboards, members, Store};

/// One row: a member, a dashboard they can view, their permission and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AccessRow {
    pub email: String,
    pub dashboard: String,
    pub permission: Permission,
    pub reason: String,
}

/// What to review; every filter narrows the rows.
#[derive(Debug, Clone, Default)]
pub struct ReviewFilter {
    pub user: Option<Email>,
    pub dashboard: Option<Slug>,
    /// Only members of this team.
    pub team: Option<Slug>,
    /// Only rows with exactly this permission.
    pub permission: Option<Permission>,
}

/// Of the grants a user holds on one dashboard, the one that explains their
/// access: edit over view; at the same permission a direct grant over a
/// team's, and then the team first by slug (the order `can-i` uses).
pub fn strongest(grants: impl IntoIterator<Item = (Option<String>, Permission)>) -> Option<(Permission, Via)> {
    let rank = |(team, p): &(Option<String>, Permission)| (std::cmp::Reverse(*p), team.is_some(), team.clone());
    grants.into_iter().min_by_key(rank).map(|(team, p)| (p, team.map_or(Via::Direct, Via::Team)))
}

/// Streams the rows, by member email then dashboard slug, to `each`, which
/// returns whether it wants more. Admins review everyone; any member may
/// review themselves (`--user` their own email).
pub fn review(
    store: &mut Store,
    who: &Who,
    f: &ReviewFilter,
    each: &mut dyn FnMut(AccessRow) -> Result<bool>,
) -> Result<()> {
    // Any member may review their own access; the whole org's needs the right to.
    let themselves = f.user.as_ref().is_some_and(|u| who.user.as_ref().is_some_and(|me| me.value == *u));
    let action = if themselves { Action::ViewOrg } else { Action::ReviewAccess };
    read_as(store, who, action, |tx, scope| {
        let s = scope.session();
        let user_id = match &f.user {
            Some(email) => Some(crate::ops::lookup::existing_member(tx, s, email)?.0.id),
            None => None,
        };
        let team_id = match &f.team {
            Some(slug) => Some(crate::ops::lookup::team(tx, s, slug)?.id),
            None => None,
        };
        let all = match &f.dashboard {
            // A dashboard the reviewer cannot view is not found, like everywhere else.
            Some(slug) => vec![scope.dashboard(tx, slug, Action::View)?],
            None => dashboards::list(tx, s.org().id)?,
        };
        let mut more = true;
        members::for_each_id(tx, s.org().id, team_id, user_id, &mut |id, email, role| {
            if !more {
                return Ok(());
            }
            let mut held: HashMap<crate::store::DashboardId, Vec<(Option<String>, Permission)>> = HashMap::new();
            for (dashboard, team, p) in dashboards::grants_held_by(tx, s.org().id, id)? {
                held.entry(dashboard).or_default().push((team, p));
            }
            for d in &all {
                let grant = strongest(held.remove(&d.id).unwrap_or_default());
                let facts = Facts {
                    org: s.slug(),
                    role: Some(role),
                    target: Target::Dashboard { visibility: d.visibility, is_owner: d.owner_id == Some(id), grant },
                    rules: s.rules(),
                };
                let edit = policy::decide(Action::Edit, &facts);
                let (permission, reason) = if edit.allowed {
                    (Permission::Edit, edit.reason)
                } else {
                    let view = policy::decide(Action::View, &facts);
                    if !view.allowed {
                        continue;
                    }
                    (Permission::View, view.reason)
                };
                if f.permission.is_some_and(|p| p != permission) {
                    continue;
                }
                let row = AccessRow { email: email.to_string(), dashboard: d.slug.clone(), permission, reason };
                if !each(row)? {
                    more = false;
                    return Ok(());
                }
            }
            Ok(())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strongest_grant_wins_as_can_i_orders_them() {
        use Permission::{Edit, View};
        let t = |s: &str| Some(s.to_string());
        assert_eq!(strongest(vec![(None, View), (t("ops"), Edit)]), Some((Edit, Via::Team("ops".into()))));
        assert_eq!(strongest(vec![(t("eng"), View), (None, View)]), Some((View, Via::Direct)));
        assert_eq!(strongest(vec![(t("ops"), Edit), (t("eng"), Edit)]), Some((Edit, Via::Team("eng".into()))));
        assert_eq!(strongest(vec![]), None);
    }
}
