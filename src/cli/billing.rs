//! `orgctl billing show | set`.

use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::cli::output::Receipted;
use crate::cli::output::{opt, Row};
use crate::error::Result;
use crate::model::{Email, Plan};
use crate::ops::billing::Billing;

impl Receipted for Billing {
    const KIND: &'static str = "billing";
    fn key(&self) -> String {
        self.org.clone()
    }
    fn details(&self) -> String {
        format!("plan={} email={}", self.plan, self.billing_email.as_deref().unwrap_or("-"))
    }
}
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum BillingCommand {
    /// The plan, billing email and usage (admins)
    #[command(after_help = "Example:\n  orgctl billing show --json")]
    Show,
    /// Change the plan or billing email (admins)
    #[command(after_help = "Example:\n  orgctl billing set --plan team --email billing@acme.test")]
    Set(BillingSetArgs),
}

#[derive(Debug, Args)]
pub struct BillingSetArgs {
    /// free, team or enterprise
    #[arg(long)]
    pub plan: Option<Plan>,
    /// Where invoices go
    #[arg(long)]
    pub email: Option<Email>,
}

impl Row for Billing {
    const HEADERS: &'static [&'static str] = &[
        "org",
        "plan",
        "billing_email",
        "members",
        "teams",
        "dashboards",
        "connectors",
        "pending_invites",
        "suspended_members",
    ];
    fn cells(&self) -> Vec<String> {
        let u = &self.usage;
        vec![
            self.org.clone(),
            self.plan.clone(),
            opt(&self.billing_email),
            u.members.to_string(),
            u.teams.to_string(),
            u.dashboards.to_string(),
            u.connectors.to_string(),
            u.pending_invites.to_string(),
            u.suspended_members.to_string(),
        ]
    }
}

pub fn run(env: &mut Env, cmd: BillingCommand) -> Result<()> {
    match cmd {
        BillingCommand::Show => {
            let who = env.who()?;
            let b = ops::billing::show(env.store()?, &who)?;
            env.out.item(&b)
        }
        BillingCommand::Set(a) => {
            if a.plan.is_none() && a.email.is_none() {
                return Err(crate::cli::error::nothing_to_change("`--plan` or `--email`"));
            }
            let who = env.who()?;
            let c = ops::billing::set(env.store()?, &who, a.plan, a.email.as_ref())?;
            let msg = match c.outcome {
                Outcome::Unchanged => format!("Billing of {} is unchanged", c.item.org),
                _ => format!(
                    "Billing of {}: plan {}, billing email {}",
                    c.item.org,
                    c.item.plan,
                    c.item.billing_email.as_deref().unwrap_or("none")
                ),
            };
            env.out.change(&c, &msg)
        }
    }
}
