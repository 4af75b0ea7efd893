//! `orgctl integration add | list | show | edit | remove | test`.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::{joined, opt, Row};
use crate::error::{Error, Result};
use crate::model::security::{expected, parse_channel, parse_events, parse_url, shape, IntegrationKind};
use crate::model::Slug;
use crate::ops::integration::{IntegrationEdit, IntegrationView, NewIntegration, TestResult};
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum IntegrationCommand {
    /// Add a notification target (admins); the same values again are no error
    #[command(
        after_help = "Examples:\n  orgctl integration add alerts --kind slack --url https://hooks.slack.com/services/T000/B000/XXXX --channel '#ops' --events member.add,invite.accept\n  orgctl integration add oncall --kind pagerduty --url 0123456789abcdef0123456789abcdef --events org.security\n\nKinds and what their --url takes:\n  slack      a Slack incoming-webhook URL https://hooks.slack.com/services/T…/B…/…\n  teams      a Microsoft Teams webhook URL (https)\n  webhook    an https URL\n  pagerduty  a PagerDuty routing key (32 letters and digits)\n\nEvents are audit action names, such as member.add, invite.accept, dashboard.share.\nThe URL or key is a secret: it is shown masked everywhere and written out only by `export`."
    )]
    Add(IntegrationAddArgs),
    /// List the org's integrations by name (members see names, kinds and events)
    #[command(after_help = "Example:\n  orgctl integration list")]
    List(IntegrationListArgs),
    /// Show an integration, its URL masked (admins)
    #[command(after_help = "Example:\n  orgctl integration show alerts --json")]
    Show(IntegrationNameArg),
    /// Change an integration's URL, channel or events (admins)
    #[command(
        after_help = "Example:\n  orgctl integration edit alerts --channel '#alerts' --events member.add,member.remove"
    )]
    Edit(IntegrationEditArgs),
    /// Remove an integration (admins; asks first)
    #[command(
        after_help = "Examples:\n  orgctl integration remove alerts --dry-run\n  orgctl integration remove alerts --yes"
    )]
    Remove(IntegrationRemoveArgs),
    /// Check that an integration's URL or key has the shape its kind needs (admins); sends nothing
    #[command(
        after_help = "Exit status: 0 when the shape is valid, 2 (with the reason) when it is not.\nNo network is used: nothing is sent.\n\nExample:\n  orgctl integration test alerts"
    )]
    Test(IntegrationTestArgs),
}

fn kind() -> impl TypedValueParser<Value = IntegrationKind> {
    PossibleValuesParser::new(IntegrationKind::NAMES).try_map(|s| s.parse::<IntegrationKind>().map_err(|e| e.message))
}

#[derive(Debug, Args)]
pub struct IntegrationAddArgs {
    /// The integration's name, unique in the org (a slug)
    pub name: Slug,
    /// Where it sends: slack, teams, webhook or pagerduty
    #[arg(long, value_parser = kind())]
    pub kind: IntegrationKind,
    /// The webhook URL, or the PagerDuty routing key: a secret, stored but never printed
    #[arg(long)]
    pub url: String,
    /// The channel to post in, such as #ops
    #[arg(long)]
    pub channel: Option<String>,
    /// The events it is told about, comma-separated audit action names (member.add,invite.accept)
    #[arg(long, value_name = "EVENT,...")]
    pub events: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IntegrationNameArg {
    /// The integration's name
    pub name: Slug,
}

#[derive(Debug, Args)]
pub struct IntegrationTestArgs {
    /// The integration's name
    pub name: Slug,
    /// Accepted for clarity: the test never sends anything
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct IntegrationEditArgs {
    /// The integration's name
    pub name: Slug,
    /// The new URL or routing key
    #[arg(long)]
    pub url: Option<String>,
    /// The new channel (an empty one clears it)
    #[arg(long)]
    pub channel: Option<String>,
    /// The new events, comma-separated (an empty list clears them)
    #[arg(long, value_name = "EVENT,...")]
    pub events: Option<Vec<String>>,
}

impl Row for IntegrationView {
    const HEADERS: &'static [&'static str] = &["name", "kind", "url", "channel", "events"];
    fn cells(&self) -> Vec<String> {
        vec![self.name.clone(), self.kind.to_string(), opt(&self.url), opt(&self.channel), joined(&self.events)]
    }
}

impl Row for TestResult {
    const HEADERS: &'static [&'static str] = &["name", "kind", "url", "valid", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.name.clone(), self.kind.to_string(), self.url.clone(), self.valid.to_string(), self.reason.clone()]
    }
}

#[derive(Debug, Args)]
pub struct IntegrationListArgs {
    /// At most this many integrations
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct IntegrationRemoveArgs {
    /// The integration's name
    pub name: Slug,
    /// Print what would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl crate::cli::output::Receipted for crate::ops::integration::IntegrationView {
    const KIND: &'static str = "integration";
    fn details(&self) -> String {
        format!("kind={}", self.kind)
    }
}

pub fn run(env: &mut Env, cmd: IntegrationCommand) -> Result<()> {
    match cmd {
        IntegrationCommand::Add(a) => integration_add(env, a),
        IntegrationCommand::List(a) => integration_list(env, a),
        IntegrationCommand::Show(a) => integration_show(env, a),
        IntegrationCommand::Edit(a) => integration_edit(env, a),
        IntegrationCommand::Remove(a) => integration_remove(env, a),
        IntegrationCommand::Test(a) => integration_test(env, a),
    }
}

/// Warns (the change stands) when the URL does not have its kind's shape.
fn warn_shape(env: &Env, name: &Slug, kind: IntegrationKind, url: &str) -> Result<()> {
    match shape(kind, url) {
        Ok(_) => Ok(()),
        Err(why) => env.out.warn(&format!(
            "the URL of integration {name} is not {}: {why}; `orgctl integration test {name}` will fail",
            expected(kind)
        )),
    }
}

fn integration_add(env: &mut Env, a: IntegrationAddArgs) -> Result<()> {
    let new = NewIntegration {
        url: parse_url(a.kind, &a.url)?,
        channel: a.channel.as_deref().map(parse_channel).transpose()?.flatten(),
        events: parse_events(&a.events)?,
        name: a.name,
        kind: a.kind,
    };
    let who = env.who()?;
    let c = ops::integration::add(env.store()?, &who, &new)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Integration {} in {org} is already there (unchanged)", new.name),
        _ => format!("Added integration {} ({}) to {org}", new.name, new.kind),
    };
    env.out.change(&c, &msg)?;
    warn_shape(env, &new.name, new.kind, &new.url)
}

fn integration_list(env: &mut Env, a: IntegrationListArgs) -> Result<()> {
    let who = env.who()?;
    let list = ops::integration::list(env.store()?, &who)?;
    env.out.list_limited(&list, a.limit)
}

fn integration_show(env: &mut Env, a: IntegrationNameArg) -> Result<()> {
    let who = env.who()?;
    let i = ops::integration::show(env.store()?, &who, &a.name)?;
    env.out.item(&i)
}

fn integration_edit(env: &mut Env, a: IntegrationEditArgs) -> Result<()> {
    if a.url.is_none() && a.channel.is_none() && a.events.is_none() {
        return Err(crate::cli::error::nothing_to_change("`--url`, `--channel` or `--events`"));
    }
    let e = IntegrationEdit {
        url: a.url.clone(),
        channel: a.channel.as_deref().map(parse_channel).transpose()?,
        events: a.events.as_deref().map(parse_events).transpose()?,
    };
    let who = env.who()?;
    let c = ops::integration::edit(env.store()?, &who, &a.name, &e)?;
    let org = c.org.clone().unwrap_or_default();
    let msg = match c.outcome {
        Outcome::Unchanged => format!("Integration {} in {org} is unchanged", a.name),
        _ => format!("Updated integration {} in {org}", a.name),
    };
    env.out.change(&c, &msg)?;
    match &a.url {
        Some(u) => warn_shape(env, &a.name, c.item.kind, u.trim()),
        None => Ok(()),
    }
}

fn integration_remove(env: &mut Env, a: IntegrationRemoveArgs) -> Result<()> {
    let who = env.who()?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if a.dry_run {
        let c = ops::integration::remove(env.store()?, &who, &a.name, true)?;
        return env.out.change(&c, &format!("Would remove integration {} from {org}", a.name));
    }
    ops::integration::precheck(env.store()?, &who, &a.name)?;
    env.prompt
        .confirm(&format!("removing integration {}", a.name), &format!("Remove integration {} from {org}?", a.name))?;
    let c = ops::integration::remove(env.store()?, &who, &a.name, false)?;
    env.out.change(&c, &format!("Removed integration {} from {org}", a.name))
}

fn integration_test(env: &mut Env, a: IntegrationTestArgs) -> Result<()> {
    let who = env.who()?;
    let r = ops::integration::test(env.store()?, &who, &a.name)?;
    let org = who.org.as_ref().map(|o| o.value.to_string()).unwrap_or_default();
    if !r.valid {
        return Err(Error::usage(format!(
            "integration {} in {org} is not valid: its URL {} is not {}: {}",
            r.name,
            r.url,
            expected(r.kind),
            r.reason
        ))
        .with_hint(format!("set a valid one with `orgctl integration edit {} --url URL`", r.name)));
    }
    if env.out.is_json() {
        return env.out.json(&r);
    }
    // The answer is what the command exists to print (as `can-i`'s): data, even in a pipe.
    env.out.data(&format!("Integration {} in {org} is valid: {}", r.name, r.reason))
}
