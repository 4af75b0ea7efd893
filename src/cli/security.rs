//! `orgctl org security` (show) and `orgctl org security set`.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::Result;
use crate::model::security::{check_lifetime, SecuritySet};
use crate::model::security::{parse_domains, parse_switch, ConnectorAccess};
use crate::model::Duration;
use crate::ops::security::SecurityView;
use crate::ops::{self, Outcome};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct OrgSecurityArgs {
    #[command(subcommand)]
    pub command: Option<SecurityCommand>,
}

#[derive(Debug, Subcommand)]
pub enum SecurityCommand {
    /// Change security settings (admins); settings not named stay as they are
    #[command(
        after_help = "Examples:\n  orgctl org security set --allowed-domains example.com,example.org\n  orgctl org security set --allowed-domains \"\"          # any domain again\n  orgctl org security set --invite-max-lifetime 30d --member-dashboards off\n  orgctl org security set --connector-access granted\n  orgctl org security set --audit-retention 365      # then `orgctl audit prune`\n\nallowed-domains governs who joins (invite create and accept, member add, apply);\ncurrent members outside it are listed in the receipt and stay."
    )]
    Set(SecuritySetArgs),
}

#[derive(Debug, Args)]
pub struct SecuritySetArgs {
    /// Email domains allowed to join, comma-separated; "" allows any
    #[arg(long, value_name = "DOMAIN,...")]
    pub allowed_domains: Option<String>,
    /// The longest `--expires` an invite may have (at most 365d)
    #[arg(long, value_name = "DURATION")]
    pub invite_max_lifetime: Option<Duration>,
    /// Whether members (not only admins) may create dashboards
    #[arg(long, value_name = "on|off", value_parser = switch())]
    pub member_dashboards: Option<bool>,
    /// open: every member may use every connector; granted: admins and those granted use
    #[arg(long, value_parser = access())]
    pub connector_access: Option<ConnectorAccess>,
    /// Email domains guests may come from, comma-separated; "" allows any (allowed-domains applies to members and admins only)
    #[arg(long, value_name = "DOMAIN,...")]
    pub guest_domains: Option<String>,
    /// The longest any expiry may reach (memberships, team memberships, grants, temporary roles); "none" lifts the bound
    #[arg(long, value_name = "DURATION|none")]
    pub grant_max_lifetime: Option<String>,
    /// Days of audit log `orgctl audit prune` keeps (0, the default: keep everything)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(i64).range(0..=36_500))]
    pub audit_retention: Option<i64>,
}

fn switch() -> impl TypedValueParser<Value = bool> {
    PossibleValuesParser::new(["on", "off"]).try_map(|s| parse_switch(&s).map_err(|e| e.message))
}

fn access() -> impl TypedValueParser<Value = ConnectorAccess> {
    PossibleValuesParser::new(ConnectorAccess::NAMES).try_map(|s| s.parse::<ConnectorAccess>().map_err(|e| e.message))
}

/// One setting as a table row: its name as a flag, value and source.
#[derive(serde::Serialize)]
struct SettingRow {
    setting: &'static str,
    value: String,
    source: &'static str,
}

impl Row for SettingRow {
    const HEADERS: &'static [&'static str] = &["setting", "value", "source"];
    fn cells(&self) -> Vec<String> {
        vec![self.setting.to_string(), self.value.clone(), self.source.to_string()]
    }
}

fn rows(v: &SecurityView) -> Vec<SettingRow> {
    let domains = if v.allowed_domains.is_empty() { "(any)".to_string() } else { v.allowed_domains.join(",") };
    vec![
        SettingRow { setting: "allowed-domains", value: domains, source: v.allowed_domains_source.as_str() },
        SettingRow {
            setting: "invite-max-lifetime",
            value: v.invite_max_lifetime.clone(),
            source: v.invite_max_lifetime_source.as_str(),
        },
        SettingRow {
            setting: "member-dashboards",
            value: if v.member_dashboards { "on" } else { "off" }.to_string(),
            source: v.member_dashboards_source.as_str(),
        },
        SettingRow {
            setting: "connector-access",
            value: v.connector_access.to_string(),
            source: v.connector_access_source.as_str(),
        },
        SettingRow {
            setting: "guest-domains",
            value: if v.guest_domains.is_empty() { "(any)".to_string() } else { v.guest_domains.join(",") },
            source: v.guest_domains_source.as_str(),
        },
        SettingRow {
            setting: "grant-max-lifetime",
            value: v.grant_max_lifetime.clone().unwrap_or_else(|| "(none)".to_string()),
            source: v.grant_max_lifetime_source.as_str(),
        },
        SettingRow {
            setting: "audit-retention",
            value: v.audit_retention.to_string(),
            source: v.audit_retention_source.as_str(),
        },
    ]
}

impl crate::cli::output::Receipted for crate::ops::security::SecurityChange {
    const KIND: &'static str = "security";
    fn receipts(&self, action: Outcome, org: Option<&str>) -> Vec<crate::cli::output::Receipt> {
        vec![crate::cli::output::Receipt::new(action, "security", org, org.unwrap_or_default(), "")]
    }
}

pub fn run(env: &mut Env, a: OrgSecurityArgs) -> Result<()> {
    match a.command {
        None => security_show(env),
        Some(SecurityCommand::Set(a)) => security_set(env, a),
    }
}

fn security_show(env: &mut Env) -> Result<()> {
    let who = env.who()?;
    let v = ops::security::show(env.store()?, &who)?;
    if env.out.is_json() {
        return env.out.json(&v);
    }
    env.out.list(&rows(&v))
}

fn security_set(env: &mut Env, a: SecuritySetArgs) -> Result<()> {
    if a.allowed_domains.is_none()
        && a.invite_max_lifetime.is_none()
        && a.member_dashboards.is_none()
        && a.connector_access.is_none()
        && a.guest_domains.is_none()
        && a.grant_max_lifetime.is_none()
        && a.audit_retention.is_none()
    {
        return Err(crate::cli::error::nothing_to_change(
            "`--allowed-domains`, `--invite-max-lifetime`, `--member-dashboards`, `--connector-access`, \
             `--guest-domains`, `--grant-max-lifetime` or `--audit-retention`",
        ));
    }
    let grant_max_lifetime = match a.grant_max_lifetime.as_deref() {
        None => None,
        Some("none") => Some(None),
        Some(d) => Some(Some(Duration::parse(d)?.seconds)),
    };
    let set = SecuritySet {
        allowed_domains: a.allowed_domains.as_deref().map(parse_domains).transpose()?,
        invite_max_lifetime: a.invite_max_lifetime.map(|d| check_lifetime(d.seconds)).transpose()?,
        member_dashboards: a.member_dashboards,
        connector_access: a.connector_access,
        guest_domains: a.guest_domains.as_deref().map(parse_domains).transpose()?,
        grant_max_lifetime,
        audit_retention: a.audit_retention,
    };
    let who = env.who()?;
    let c = ops::security::set(env.store()?, &who, &set)?;
    let org = c.org.clone().unwrap_or_default();
    let mut msg = match c.outcome {
        Outcome::Unchanged => format!("The security settings of {org} are unchanged"),
        _ => format!("Updated the security settings of {org}"),
    };
    if !c.item.members_outside.is_empty() {
        msg.push_str(&format!("; current members outside allowed-domains stay: {}", c.item.members_outside.join(", ")));
    }
    env.out.change(&c, &msg)
}
