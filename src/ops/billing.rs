//! `billing show | set` (admins).

use crate::ops::scope::Permit;
use serde::Serialize;

use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::{now, Email, Plan};
use crate::ops::scope::{read_as, write_as, Audited};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::orgs::{self, Org};
use crate::store::Store;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Billing {
    pub org: String,
    pub plan: String,
    pub billing_email: Option<String>,
    pub usage: crate::ops::views::UsageView,
}

pub fn show(store: &mut Store, who: &Who) -> Result<Billing> {
    read_as(store, who, Action::ManageBilling, |tx, scope| {
        let org = scope.org();
        let usage = orgs::usage(tx, org.id, now())?;
        Ok(Billing { org: org.slug.clone(), plan: org.plan.clone(), billing_email: org.billing_email.clone(), usage: usage.into() })
    })
}

pub fn set(store: &mut Store, who: &Who, plan: Option<Plan>, email: Option<&Email>) -> Result<Change<Billing>> {
    write_as(store, who, Action::ManageBilling, |tx, scope| {
        let org = scope.org();
        let new_email = email.map(|e| e.to_string()).or(org.billing_email.clone());
        let done = set_in(tx, org, plan.unwrap_or(org.plan.parse()?), new_email.as_deref())?;
        let usage = orgs::usage(tx, org.id, now())?;
        Ok(done.map(|(plan, billing_email)| Billing {
            org: org.slug.clone(),
            plan: plan.to_string(),
            billing_email,
            usage: usage.into(),
        }))
    })
}

/// Sets an org's plan and billing email (the core of `billing set` and of
/// `apply`); the same values are unchanged. The new values are returned.
pub fn set_in(c: &Permit, org: &Org, plan: Plan, email: Option<&str>) -> Result<Audited<(Plan, Option<String>)>> {
    let after = (plan, email.map(str::to_string));
    if org.plan == plan.to_string() && org.billing_email.as_deref() == email {
        return Ok(Audited::unchanged(after));
    }
    orgs::set_billing(c, org.id, plan, email)?;
    let details = format!("plan={plan} billing_email={}", email.unwrap_or(""));
    Ok(Audited::changed(Outcome::Updated, after, AuditAction::BillingSet, &org.slug, &details))
}
