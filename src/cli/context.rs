//! `orgctl context list | show | use | set | rename | delete`: named contexts,
//! as kubectl's, each bundling a store with a user and an org, so that moving
//! between the local store and the team's server is one command.
//!
//! Contexts live in the context file (src/context.rs); the default context is
//! the file's top-level user and org, with the store from `--db`, ORGCTL_DB or
//! the default path. A context never holds a password: a URL with one is
//! refused, and the password comes from PGPASSWORD or ~/.pgpass.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::env::{missing_context, Env};
use crate::cli::output::{opt, Receipted, Row};
use crate::context::{Context, DEFAULT};
use crate::error::{Error, Result};
use crate::model::{Email, Slug};
use crate::ops::{Change, Outcome};

#[derive(Debug, Subcommand)]
pub enum ContextCommand {
    /// List the contexts, the one in use marked
    #[command(after_help = "Examples:\n  orgctl context list\n  orgctl context list --json")]
    List,
    /// Show a context (default: the one in use)
    #[command(after_help = "Example:\n  orgctl context show team")]
    Show(ContextShowArgs),
    /// Make a context the one in use (`default` for the top-level one)
    #[command(after_help = "Examples:\n  orgctl context use team\n  orgctl context use default")]
    Use(ContextNameArg),
    /// Create or update a named context from the `--db`, `--as` and `--org` given with it
    #[command(
        after_help = "Examples:\n  orgctl --db 'postgresql://alice@db.internal/orgctl?sslmode=verify-full' --as alice@example.com --org acme context set team\n  orgctl --db ~/.local/share/orgctl/orgctl.db context set local\n  orgctl --org beta context set team"
    )]
    Set(ContextSetArgs),
    /// Rename a named context
    #[command(after_help = "Example:\n  orgctl context rename team prod")]
    Rename(ContextRenameArgs),
    /// Delete a named context (the store and everything in it stay)
    #[command(after_help = "Example:\n  orgctl context delete team")]
    Delete(ContextNameArg),
}

#[derive(Debug, Args)]
pub struct ContextNameArg {
    /// The context's name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ContextShowArgs {
    /// The context's name [default: the one in use]
    pub name: Option<String>,
}

/// The store, user and org come from the global `--db`, `--as` and `--org`
/// flags given with the command (not from variables): what is not given
/// stays as it was.
#[derive(Debug, Args)]
pub struct ContextSetArgs {
    /// The context's name: 1-40 of a-z 0-9 -, not `default`
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ContextRenameArgs {
    /// The context's name now
    pub old: String,
    /// Its new name
    pub new: String,
}

/// A context as listed and shown.
#[derive(Debug, Serialize)]
pub struct ContextView {
    pub name: String,
    pub current: bool,
    /// The store, a URL's password masked; none for the default context,
    /// whose store comes from `--db`, ORGCTL_DB or the default path.
    pub db: Option<String>,
    pub user: Option<String>,
    pub org: Option<String>,
}

impl ContextView {
    fn of(name: &str, ctx: &Context, current: &str) -> ContextView {
        ContextView {
            name: name.to_owned(),
            current: name == current,
            db: ctx.db.as_deref().map(crate::model::url::mask),
            user: ctx.user.clone(),
            org: ctx.org.clone(),
        }
    }
}

impl Row for ContextView {
    const HEADERS: &'static [&'static str] = &["name", "current", "db", "user", "org"];
    fn cells(&self) -> Vec<String> {
        let current = if self.current { "*" } else { "" };
        vec![self.name.clone(), current.to_owned(), opt(&self.db), opt(&self.user), opt(&self.org)]
    }
}

impl Receipted for ContextView {
    const KIND: &'static str = "context";
    fn key(&self) -> String {
        self.name.clone()
    }
    fn details(&self) -> String {
        format!("db={} user={} org={}", opt(&self.db), opt(&self.user), opt(&self.org))
    }
}

/// A name a new context may take: a slug, and not the default one's.
fn new_name(raw: &str) -> Result<String> {
    let name = Slug::parse(raw).map_err(|e| Error::usage(format!("invalid context name: {}", e.message)))?;
    if name.as_str() == DEFAULT {
        return Err(Error::usage("`default` is the top-level context's name; pick another")
            .with_hint("change the default context with `orgctl login` and `orgctl org switch`"));
    }
    Ok(name.to_string())
}

/// A store for a context: a PostgreSQL URL without a password, or a path.
fn store_of(raw: &str) -> Result<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Error::usage("`--db` was given an empty value").with_hint("pass `--db PATH|URL`"));
    }
    if crate::store::pg::is_url(raw) && holds_secret(raw) {
        return Err(Error::usage(format!(
            "a context never stores a password, and {} has one",
            crate::model::url::mask(raw)
        ))
        .with_hint("leave the password out of the URL: orgctl reads it from PGPASSWORD or ~/.pgpass (mode 0600)"));
    }
    Ok(raw.to_owned())
}

/// Whether a PostgreSQL URL holds something masking would hide. A user
/// name alone (`postgresql://alice@db/orgctl`) is no secret, though masking
/// hides a user-info without a password whole: it is left out first.
fn holds_secret(raw: &str) -> bool {
    let start = raw.find("://").map_or(0, |i| i + 3);
    let authority = &raw[start..raw[start..].find(['/', '?', '#']).map_or(raw.len(), |i| start + i)];
    let shown = match authority.rfind('@') {
        Some(at) if !authority[..at].contains(':') => format!("{}{}", &raw[..start], &raw[start + at + 1..]),
        _ => raw.to_owned(),
    };
    crate::model::url::mask(&shown) != shown
}

pub fn run(env: &mut Env, cmd: ContextCommand) -> Result<()> {
    match cmd {
        ContextCommand::List => {
            let file = env.contexts()?;
            let current = env.context_name();
            let rows: Vec<ContextView> =
                file.names().iter().filter_map(|n| file.get(n).map(|c| ContextView::of(n, &c, &current))).collect();
            env.out.list(&rows)
        }
        ContextCommand::Show(a) => {
            let file = env.contexts()?;
            let current = env.context_name();
            let name = a.name.unwrap_or_else(|| current.clone());
            let ctx = file.get(&name).ok_or_else(|| missing_context(&name))?;
            env.out.item(&ContextView::of(&name, &ctx, &current))
        }
        ContextCommand::Use(a) => {
            let mut file = env.contexts()?;
            let ctx = file.get(&a.name).ok_or_else(|| missing_context(&a.name))?;
            let was = file.current.clone();
            file.current = if a.name == DEFAULT { None } else { Some(a.name.clone()) };
            let outcome = if was == file.current { Outcome::Unchanged } else { Outcome::Updated };
            env.save_contexts(&file)?;
            let view = ContextView::of(&a.name, &ctx, &a.name);
            env.out.change(&Change::new(outcome, None, view), &format!("Switched to context {}", a.name))
        }
        ContextCommand::Set(a) => {
            let name = new_name(&a.name)?;
            let (db, user, org) = env.flags();
            let db = db.as_deref().map(store_of).transpose()?;
            let user = user.as_deref().map(Email::parse).transpose()?;
            let org = org.as_deref().map(Slug::parse).transpose()?;
            let mut file = env.contexts()?;
            let old = file.get(&name);
            let mut ctx = old.clone().unwrap_or_default();
            if let Some(db) = db {
                ctx.db = Some(db);
            }
            if let Some(user) = user {
                ctx.user = Some(user.to_string());
            }
            if let Some(org) = org {
                if ctx.org.as_deref() != Some(org.as_str()) {
                    ctx.org_id = None;
                }
                ctx.org = Some(org.to_string());
            }
            if ctx.db.is_none() {
                return Err(Error::usage(format!("context {name} needs a store"))
                    .with_hint(format!("pass `orgctl --db PATH|URL context set {name}`")));
            }
            let outcome = match &old {
                None => Outcome::Created,
                Some(o) if *o == ctx => Outcome::Unchanged,
                Some(_) => Outcome::Updated,
            };
            file.set(&name, ctx.clone());
            env.save_contexts(&file)?;
            let view = ContextView::of(&name, &ctx, file.current_name());
            let message = match outcome {
                Outcome::Created => format!("Created context {name}; use it with `orgctl context use {name}`"),
                Outcome::Unchanged => format!("Context {name} is unchanged"),
                _ => format!("Updated context {name}"),
            };
            env.out.change(&Change::new(outcome, None, view), &message)
        }
        ContextCommand::Rename(a) => {
            let new = new_name(&a.new)?;
            let mut file = env.contexts()?;
            if a.old == DEFAULT {
                return Err(Error::usage("the default context cannot be renamed"));
            }
            let ctx = file.contexts.remove(&a.old).ok_or_else(|| missing_context(&a.old))?;
            if file.contexts.contains_key(&new) {
                return Err(Error::conflict(format!("context {new} already exists"))
                    .with_hint(format!("delete it first with `orgctl context delete {new}`")));
            }
            if file.current.as_deref() == Some(a.old.as_str()) {
                file.current = Some(new.clone());
            }
            file.contexts.insert(new.clone(), ctx.clone());
            env.save_contexts(&file)?;
            let view = ContextView::of(&new, &ctx, file.current_name());
            env.out.change(&Change::new(Outcome::Updated, None, view), &format!("Renamed context {} to {new}", a.old))
        }
        ContextCommand::Delete(a) => {
            if a.name == DEFAULT {
                return Err(Error::usage("the default context cannot be deleted")
                    .with_hint("clear its user and org with `orgctl logout`"));
            }
            let mut file = env.contexts()?;
            let ctx = file.contexts.remove(&a.name).ok_or_else(|| missing_context(&a.name))?;
            let view = ContextView::of(&a.name, &ctx, file.current_name());
            if file.current.as_deref() == Some(a.name.as_str()) {
                file.current = None;
            }
            env.save_contexts(&file)?;
            env.out.change(
                &Change::new(Outcome::Deleted, None, view),
                &format!("Deleted context {} (its store is untouched)", a.name),
            )
        }
    }
}
