//! `billing show | set` (admins).

use serde::Serialize;

use crate::error::Result;
use crate::model::{now, Email, Plan};
use crate::ops::audited::AuditAction;
use crate::ops::{audit_in, require, session, Change, Outcome, Who};
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
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageBilling)?;
        let usage = orgs::usage(tx, s.org.id, now())?;
        Ok(Billing {
            org: s.org.slug.clone(),
            plan: s.org.plan.clone(),
            billing_email: s.org.billing_email.clone(),
            usage,
        })
    })
}

pub fn set(store: &mut Store, who: &Who, plan: Option<Plan>, email: Option<&Email>) -> Result<Change<Billing>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageBilling)?;
        let old_plan: Plan = s.org.plan.parse()?;
        let new_plan = plan.unwrap_or(old_plan);
        let new_email = email.map(|e| e.to_string()).or(s.org.billing_email.clone());
        let usage = orgs::usage(tx, s.org.id, now())?;
        let billing =
            Billing { org: s.org.slug.clone(), plan: new_plan.to_string(), billing_email: new_email.clone(), usage };
        if new_plan == old_plan && new_email == s.org.billing_email {
            return Ok(Change::new(Outcome::Unchanged, Some(s.slug()), billing));
        }
        orgs::set_billing(tx, s.org.id, new_plan, new_email.as_deref())?;
        audit_in(
            tx,
            &s,
            AuditAction::BillingSet,
            s.slug(),
            &format!("plan={new_plan} billing_email={}", new_email.as_deref().unwrap_or("")),
        )?;
        Ok(Change::new(Outcome::Updated, Some(s.slug()), billing))
    })
}
