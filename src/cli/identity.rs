//! `init`, `login`, `logout`, `whoami`: the store and who you are.

use serde::Serialize;

use crate::cli::env::Env;
use crate::cli::output::{opt, Row};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::Email;
use crate::ops::{self, Change, Source, Sourced, Who};

pub fn init(env: &mut Env) -> Result<()> {
    if let Some(url) = env.postgres_url() {
        return init_postgres(env, url);
    }
    let path = env.store_created()?.path().display().to_string();
    if env.out.is_json() {
        return env.out.json(&serde_json::json!({ "path": path }));
    }
    env.out.data(&path)
}

/// `orgctl init` on PostgreSQL: the schema, the `orgctl_app` role and the
/// policies in an empty database, or a migration of an older schema; a
/// current one is left as it is ("nothing to do").
fn init_postgres(env: &Env, url: &str) -> Result<()> {
    use crate::store::pg::{self, InitOutcome};
    let target = env.pg_target(url)?;
    if target.database() == Some("postgres") {
        // The maintenance database every tool connects to first: usually a
        // mistake, though not always one (a server of its own for orgctl).
        crate::cli::error::warn(
            &Error::usage(format!(
                "{} is the server's `postgres` maintenance database; orgctl's schema, role and policies go in it",
                target.shown()
            ))
            .with_hint(
                "a database of its own is better: `createdb orgctl`, then `orgctl --db postgresql://HOST/orgctl init`",
            ),
        );
    }
    let outcome = pg::init(&target)?;
    let shown = target.shown();
    let version = crate::store::latest_schema();
    let (action, message) = match outcome {
        InitOutcome::Created => (
            "created",
            format!(
                "Created the orgctl schema {version}, the role {} and its row-level security in {shown}",
                pg::APP_ROLE
            ),
        ),
        InitOutcome::Migrated { from } if from == version => (
            "updated",
            format!("Set up the role {} and its row-level security again in {shown} (schema {version})", pg::APP_ROLE),
        ),
        InitOutcome::Migrated { from } => ("updated", format!("Migrated {shown} from schema {from} to {version}")),
        InitOutcome::Unchanged => {
            ("unchanged", format!("Nothing to do: {shown} already holds orgctl schema {version}"))
        }
    };
    if env.out.is_json() {
        return env.out.json(&serde_json::json!({ "path": shown, "action": action, "schema": version }));
    }
    env.out.data(shown)?;
    env.out.message(&message)
}

pub fn login(env: &mut Env, a: crate::cli::LoginArgs) -> Result<()> {
    let email = Email::parse(&a.email)?;
    // A damaged context is what `login` repairs, so it starts from what can be read.
    let old = env.context().unwrap_or_default();
    let keep = old.org.as_deref().and_then(|o| crate::model::Slug::parse(o).ok());
    let who = Who { user: Some(Sourced { value: email, source: Source::Flag }), org: None, org_id: None };
    let (user, org) = ops::org::login_target(env.store()?, &who, keep.as_ref())?;
    let org_id = match &org {
        Some(o) => env.org_id(o)?,
        None => None,
    };
    let outcome =
        env.replace_context(&old, &Context { db: old.db.clone(), user: Some(user.clone()), org: org.clone(), org_id })?;
    let message = match &org {
        Some(o) => format!("Logged in as {user} in {o}"),
        None => format!(
            "Logged in as {user}; no current org (pick one with `orgctl org switch SLUG`, or create one with `orgctl org create SLUG`)"
        ),
    };
    env.out.change(&Change::new(outcome, None, ContextChange { user: Some(user), org }), &message)
}

pub fn logout(env: &mut Env) -> Result<()> {
    let old = env.context().unwrap_or_default();
    let outcome = env.replace_context(&old, &Context { db: old.db.clone(), ..Context::default() })?;
    env.out.change(&Change::new(outcome, None, ContextChange { user: None, org: None }), "Logged out")
}

/// What `login` and `logout` leave in the context file.
#[derive(Serialize)]
pub struct ContextChange {
    pub user: Option<String>,
    pub org: Option<String>,
}

impl crate::cli::output::Receipted for ContextChange {
    const KIND: &'static str = "context";
    fn key(&self) -> String {
        self.user.clone().unwrap_or_else(|| "-".to_string())
    }
    fn details(&self) -> String {
        format!("org={}", self.org.as_deref().unwrap_or("-"))
    }
}

#[derive(Serialize)]
pub struct WhoAmI {
    pub user: String,
    pub name: String,
    pub org: Option<String>,
    pub role: Option<String>,
    pub user_source: Source,
    pub org_source: Option<Source>,
    /// The context names a user or org that is gone, or a membership that ended.
    pub stale: bool,
    /// Why it is stale, and the command that repairs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repair: Option<String>,
    /// The context in use (`default` or a named one).
    pub context: String,
    /// The store, a URL's password masked, and where it came from (`flag`,
    /// `env`, `context` or `default`).
    pub store: String,
    pub store_source: &'static str,
}

fn source_name(s: Source) -> &'static str {
    match s {
        Source::Flag => "flag",
        Source::Env => "env",
        Source::File => "file",
        Source::Login => "login",
    }
}

impl Row for WhoAmI {
    const HEADERS: &'static [&'static str] =
        &["user", "name", "org", "role", "user_source", "org_source", "stale", "context", "store", "store_source"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.user.clone(),
            self.name.clone(),
            opt(&self.org),
            opt(&self.role),
            source_name(self.user_source).to_string(),
            self.org_source.map(source_name).unwrap_or_default().to_string(),
            match &self.problem {
                Some(p) => format!("yes: {p}"),
                None => "no".to_string(),
            },
            self.context.clone(),
            self.store.clone(),
            self.store_source.to_string(),
        ]
    }
}

/// Whether an error says the context file is stale (its user or org gone,
/// or its user no longer a member of its org).
fn is_stale(e: &Error) -> bool {
    matches!(e.refusal.as_deref(), Some(crate::error::Refusal::Stale(_)))
}

/// Who you are; on a stale context it still answers (exit 0): the user, the
/// org, that the context is stale and the command that repairs it, since
/// this is the command people run to find out what is wrong.
pub fn whoami(env: &mut Env) -> Result<()> {
    let who = env.who()?;
    let (context, shown, store_source) = (env.context_name(), env.db_shown(), env.db_source);
    let store = env.store()?;
    let user_source = who.user.as_ref().map(|u| u.source);
    let found = ops::user::identify(store, &who).map(|(user, s)| {
        let org =
            who.org.as_ref().zip(s).map(|(o, s)| (o.value.to_string(), s.role().map(|r| r.to_string()), o.source));
        (user, org)
    });
    let (user, org) = match found {
        Ok(found) => found,
        Err(e) if is_stale(&e) => {
            let user = who.user.as_ref().ok_or_else(|| Error::internal("a stale context without a user"))?;
            let name = ops::user::name_of(store, &user.value)?.unwrap_or_default();
            let me = WhoAmI {
                user: user.value.to_string(),
                name,
                org: who.org.as_ref().map(|o| o.value.to_string()),
                role: None,
                user_source: user.source,
                org_source: who.org.as_ref().map(|o| o.source),
                stale: true,
                problem: Some(e.message.clone()),
                repair: e.hint.clone(),
                context,
                store: shown,
                store_source,
            };
            if !env.out.is_json() {
                crate::cli::error::warn(&e);
            }
            return env.out.item(&me);
        }
        Err(e) => return Err(e),
    };
    let me = WhoAmI {
        user: user.email,
        name: user.name,
        org: org.as_ref().map(|o| o.0.clone()),
        role: org.as_ref().and_then(|o| o.1.clone()),
        user_source: user_source.ok_or_else(|| Error::internal("user without a source"))?,
        org_source: org.as_ref().map(|o| o.2),
        stale: false,
        problem: None,
        repair: None,
        context,
        store: shown,
        store_source,
    };
    env.out.item(&me)
}
