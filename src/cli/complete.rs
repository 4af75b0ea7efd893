//! `orgctl completions SHELL`, and the hidden `__complete` that the scripts call for real slugs.

use clap::Args;
use clap_complete::Shell;

use crate::cli::env::Env;
use crate::error::Result;
use crate::ops;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: Shell,
}

/// What `orgctl __complete` can list (the completion scripts' tests check each kind they ask for).
#[cfg(test)]
pub const KINDS: [&str; 8] =
    ["orgs", "teams", "dashboards", "connectors", "integrations", "members", "invites", "targets"];

#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// What to list: orgs, teams, dashboards, connectors, integrations, members, invites, targets
    pub what: String,
}

/// Prints the same script as the committed `completions/` file for that shell.
pub fn completions(a: CompletionsArgs, tree: clap::Command) -> Result<()> {
    let text = crate::cli::completion::completion(a.shell, tree);
    crate::cli::output::Output::new(None, false, false, false).data(text.trim_end())
}

/// Prints candidate values one per line; prints nothing (and succeeds) when
/// there is no store, no context or no permission, so a shell never shows an error.
pub fn complete(env: &mut Env, a: CompleteArgs) -> Result<()> {
    // Completion never creates a store.
    if !env.db_path.is_file() && env.postgres_url().is_none() {
        return Ok(());
    }
    for v in candidates(env, &a.what).unwrap_or_default() {
        env.out.data(&v)?;
    }
    Ok(())
}

fn candidates(env: &mut Env, what: &str) -> Result<Vec<String>> {
    let who = env.who()?;
    let store = env.store()?;
    Ok(match what {
        "orgs" => ops::org::list(store, &who)?.into_iter().map(|o| o.slug).collect(),
        "teams" => ops::team::list(store, &who)?.into_iter().map(|t| t.slug).collect(),
        "connectors" => ops::connector::list(store, &who)?.into_iter().map(|c| c.name).collect(),
        "integrations" => ops::integration::list(store, &who)?.into_iter().map(|i| i.name).collect(),
        "dashboards" => {
            let mut out = Vec::new();
            ops::dashboard::list(store, &who, &mut |d| {
                out.push(d.slug);
                Ok(())
            })?;
            out
        }
        // `invite revoke|resend <TAB>`: pending invites' ids and emails.
        "invites" => {
            let pending = ops::invite::list(store, &who, Some(crate::model::InviteState::Pending))?;
            let mut out: Vec<String> = pending.iter().map(|i| i.id.to_string()).collect();
            out.extend(pending.into_iter().map(|i| i.email));
            out
        }
        // `can-i ACTION <TAB>`: the dashboards and chats you can see.
        "targets" => {
            let mut out = Vec::new();
            ops::dashboard::list(store, &who, &mut |d| {
                out.push(format!("dashboard/{}", d.slug));
                Ok(())
            })?;
            out.extend(ops::chat::list(store, &who)?.into_iter().map(|c| format!("chat/{}", c.id)));
            out
        }
        "members" => {
            let mut out = Vec::new();
            ops::member::list(store, &who, None, None, &mut |m| {
                out.push(m.email);
                Ok(())
            })?;
            out
        }
        _ => Vec::new(),
    })
}
