//! `orgctl can-i ACTION [TARGET]`.

use clap::builder::TypedValueParser;
use clap::Args;

use crate::cli::env::Env;
use crate::error::Result;
use crate::ops::can_i::Subject;
use crate::ops::{self};
use crate::policy::Action;

#[derive(Debug, Args)]
pub struct CanIArgs {
    /// The action (see below)
    #[arg(value_parser = action(), hide_possible_values = true, required_unless_present = "list")]
    pub action: Option<Action>,
    /// dashboard/SLUG or chat/ID, for view, edit, share and delete; connector/NAME, for use; team/SLUG, for view and edit
    pub target: Option<String>,
    /// Every action and target you (or `--as EMAIL`) may take, with the reason (rows `action, target, reason`)
    #[arg(long, conflicts_with_all = ["action", "target"])]
    pub list: bool,
}

impl crate::cli::output::Row for crate::ops::lifecycle::Allowed {
    const HEADERS: &'static [&'static str] = &["action", "target", "reason"];
    fn cells(&self) -> Vec<String> {
        vec![self.action.to_string(), self.target.clone(), self.reason.clone()]
    }
}

/// The action names, which the completion scripts offer too.
fn action() -> impl TypedValueParser<Value = Action> {
    let names = Action::all().map(|(_, n)| *n);
    clap::builder::PossibleValuesParser::new(names).try_map(|s| s.parse::<Action>())
}

/// Prints `yes: REASON` (exit 0) or `no: REASON` (exit 4).
pub fn run(env: &mut Env, a: CanIArgs) -> Result<i32> {
    let Some(action) = a.action.filter(|_| !a.list) else {
        let who = env.who()?;
        let rows = ops::lifecycle::allowed(env.store()?, &who)?;
        env.out.list(&rows)?;
        return Ok(0);
    };
    let subject = a.target.as_deref().map(Subject::parse).transpose()?.unwrap_or(Subject::Org);
    let who = env.who()?;
    let d = ops::can_i::check(env.store()?, &who, action, &subject)?;
    if env.out.is_json() {
        env.out.json(&d)?;
    } else {
        env.out.data(&format!("{}: {}", if d.allowed { "yes" } else { "no" }, d.reason))?;
    }
    Ok(if d.allowed { 0 } else { 4 })
}
