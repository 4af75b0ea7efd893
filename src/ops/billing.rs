//! `billing show | set` (admins).

use serde::Serialize;

use crate::error::Result;
use crate::model::audit::AuditAction;
use crate::model::{now, Email, Plan};
use crate::ops::scope::{read_as, write_as, Audited};
use crate::ops::{Change, Outcome, Who};
use crate::policy::Action;
use crate::store::orgs::{self, Usage};
use crate::store::Store;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Billing {
    pub org: String,
    pub plan: String,
    pub billing_email: Option<String>,
    pub usage: Usage,
}

pub fn show(store: &mut Store, who: &Who) -> Result<Billing> {
    read_as(store, who, Action::ManageBilling, |tx, scope| {
        let org = scope.org();
        let usage = orgs::usage(tx, org.id, now())?;
        Ok(Billing { org: org.slug.clone(), plan: org.plan.clone(), billing_email: org.billing_email.clone(), usage })
    })
}

pub fn set(store: &mut Store, who: &Who, plan: Option<Plan>, email: Option<&Email>) -> Result<Change<Billing>> {
    write_as(store, who, Action::ManageBilling, |tx, scope| {
        let org = scope.org();
        let old_plan: Plan = org.plan.parse()?;
        let new_plan = plan.unwrap_or(old_plan);
        let new_email = email.map(|e| e.to_string()).or(org.billing_email.clone());
        let usage = orgs::usage(tx, org.id, now())?;
        let billing =
            Billing { org: org.slug.clone(), plan: new_plan.to_string(), billing_email: new_email.clone(), usage };
        if new_plan == old_plan && new_email == org.billing_email {
            return Ok(Audited::unchanged(billing));
        }
        orgs::set_billing(tx, org.id, new_plan, new_email.as_deref())?;
        let details = format!("plan={new_plan} billing_email={}", new_email.as_deref().unwrap_or(""));
        Ok(Audited::changed(Outcome::Updated, billing, AuditAction::BillingSet, scope.slug(), &details))
    })
}
