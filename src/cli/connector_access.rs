//! `orgctl connector grant | revoke | access`: who may use a connector.

use clap::Args;

use crate::cli::dashboard::{named, target};
use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::Result;
use crate::model::{Email, Slug};
use crate::ops::connector_access::UseAccess;
use crate::ops::{self, Outcome};

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("grantee").required(true).args(["team", "user"])))]
pub struct ConnectorGrantArgs {
    /// The connector's name
    pub name: Slug,
    /// This team
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// This member
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Email>,
    /// End the grant then: an RFC 3339 time or a duration from now (`30d`)
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<crate::model::Expiry>,
    /// Why the grant is given
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConnectorRevokeArgs {
    /// The connector's name
    pub name: Slug,
    /// This team
    #[arg(long, value_name = "SLUG")]
    pub team: Option<Slug>,
    /// This member
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Email>,
}

impl From<ConnectorRevokeArgs> for ConnectorGrantArgs {
    fn from(a: ConnectorRevokeArgs) -> Self {
        ConnectorGrantArgs { name: a.name, team: a.team, user: a.user, expires: None, reason: None }
    }
}

impl Row for UseAccess {
    const HEADERS: &'static [&'static str] = &["email", "permission", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.permission.to_string(), self.reason.clone()]
    }
}

/// `connector grant` (grant = true) or `connector revoke`.
pub fn connector_grant(env: &mut Env, a: ConnectorGrantArgs, grant: bool) -> Result<()> {
    let to = target(a.team.clone(), a.user.clone())?;
    let who = env.who()?;
    let store = env.store()?;
    let c = if grant {
        let terms = crate::ops::terms::Terms { expires: a.expires, reason: a.reason.clone() };
        ops::connector_access::grant(store, &who, &a.name, &to, &terms)?
    } else {
        ops::connector_access::revoke(store, &who, &a.name, &to)?
    };
    let org = c.org.clone().unwrap_or_default();
    let mut msg = match (grant, c.outcome) {
        (true, Outcome::Unchanged) => {
            format!("{} may already use connector {} in {org} (unchanged)", named(&to), a.name)
        }
        (true, _) => format!("Granted {} use of connector {} in {org}", named(&to), a.name),
        (false, Outcome::Unchanged) => {
            format!("{} had no grant on connector {} in {org} (unchanged)", named(&to), a.name)
        }
        (false, _) => format!("Revoked the grant of {} on connector {} in {org}", named(&to), a.name),
    };
    if c.item.connector_access == crate::model::security::ConnectorAccess::Open {
        msg.push_str(" (connector-access is open: every member may use it until it is set to granted)");
    }
    let grantee = match &to {
        crate::ops::dashboard::ShareTarget::Team(t) => format!("team {t}"),
        crate::ops::dashboard::ShareTarget::User(u) => format!("user {u}"),
    };
    env.out.change(&c.map(|grants| GrantReceipt { grants, grantee }), &msg)
}

/// A connector grant's change, with the grantee its receipt row names.
#[derive(serde::Serialize)]
struct GrantReceipt {
    #[serde(flatten)]
    grants: crate::ops::connector_access::ConnectorGrants,
    #[serde(skip)]
    grantee: String,
}

impl crate::cli::output::Receipted for GrantReceipt {
    const KIND: &'static str = "connector_grant";
    fn key(&self) -> String {
        format!("{}/{}", self.grants.name, self.grantee)
    }
}

pub fn connector_access(env: &mut Env, name: Slug, limit: Option<usize>) -> Result<()> {
    let who = env.who()?;
    let rows = ops::connector_access::access(env.store()?, &who, &name)?;
    env.out.list_limited(&rows, limit)
}
