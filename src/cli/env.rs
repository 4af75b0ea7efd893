//! The command environment: resolved paths, the store (opened on first use),
//! the context file, and who is acting in which org.

use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::ArgMatches;

use crate::cli::args::GlobalArgs;
use crate::cli::output::Output;
use crate::cli::prompt::Prompter;
use crate::context::{self, Context, ContextFile};
use crate::error::{Error, Result};
use crate::model::{Email, Slug};
use crate::ops::{Outcome, Source, Sourced, Who};
use crate::store::Store;

pub struct Env {
    pub db_path: PathBuf,
    pub context_path: PathBuf,
    /// Where the store came from: `flag`, `env`, `context` or `default`.
    pub db_source: &'static str,
    /// The context named by `--context-name` or ORGCTL_CONTEXT_NAME.
    context_name: Option<String>,
    pub out: Output,
    pub prompt: Prompter,
    /// Every `--org` given on the command line (`export` takes several).
    pub org_flags: Vec<String>,
    user_arg: Option<Sourced<String>>,
    org_arg: Option<Sourced<String>>,
    store: Option<Store>,
}

fn source_of(m: &ArgMatches, id: &str) -> Source {
    match m.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env,
        _ => Source::Flag,
    }
}

/// The context `name` of `file`, or the file's current one.
fn active(file: &ContextFile, name: Option<&str>) -> Result<Context> {
    let name = name.unwrap_or_else(|| file.current_name());
    file.get(name).ok_or_else(|| missing_context(name))
}

pub fn missing_context(name: &str) -> Error {
    Error::not_found(format!("context {name} does not exist"))
        .with_hint("see the contexts with `orgctl context list`; make one with `orgctl context set NAME --db ...`")
}

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "orgctl").ok_or_else(|| {
        Error::store("cannot find your home directory for the default store and context")
            .with_hint("pass `--db PATH` and `--context PATH` (or set ORGCTL_DB and ORGCTL_CONTEXT)")
    })
}

impl Env {
    /// Whether the command has committed a change to the store.
    pub fn committed(&self) -> bool {
        self.store.as_ref().is_some_and(Store::committed)
    }

    /// Ends the command: the store, if one was opened, is closed (see [`Store::close`]).
    pub fn close(mut self) {
        if let Some(store) = self.store.take() {
            store.close();
        }
    }

    pub fn new(g: &GlobalArgs, m: &ArgMatches, out: Output) -> Result<Env> {
        let context_path = match &g.context {
            Some(p) => p.clone(),
            None => project_dirs()?.config_dir().join("context.toml"),
        };
        if source_of(m, "context_name") == Source::Flag
            && g.context_name.as_deref().is_some_and(|n| n.trim().is_empty())
        {
            return Err(Error::usage("`--context-name` was given an empty value")
                .with_hint("pass `--context-name NAME` (see them with `orgctl context list`), or leave it out"));
        }
        let context_name = g.context_name.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(String::from);
        // The store: the flag or variable, else the context in use, else the
        // default file. A context named on the command line must exist; the
        // file's own choice is read leniently here (a damaged file is
        // reported by the commands that need a user or org).
        let (db_path, db_source) = match &g.db {
            Some(p) => {
                refuse_mistyped_db(p)?;
                (p.clone(), if source_of(m, "db") == Source::Env { "env" } else { "flag" })
            }
            None => {
                let from_context = if context_name.is_some() {
                    active(&ContextFile::load(&context_path)?, context_name.as_deref())?.db
                } else {
                    ContextFile::load(&context_path).ok().and_then(|f| active(&f, None).ok()).and_then(|c| c.db)
                };
                match from_context {
                    Some(db) => {
                        let db = PathBuf::from(db);
                        refuse_mistyped_db(&db)?;
                        (db, "context")
                    }
                    None => (project_dirs()?.data_dir().join("orgctl.db"), "default"),
                }
            }
        };
        // An empty variable counts as unset (CI templates leave them so); an
        // empty flag is a mistake worth stopping for: `--as "$USER_EMAIL"`
        // with the variable unset must not quietly act as the file's user.
        let user_source = source_of(m, "as_user");
        let org_source = source_of(m, "org");
        let empty_flag = |flag: &str, what: &str| {
            Error::usage(format!("`{flag}` was given an empty value"))
                .with_hint(format!("pass `{flag} {what}`, or leave the flag out to use the context file"))
        };
        if user_source == Source::Flag && g.as_user.as_deref().is_some_and(|u| u.trim().is_empty()) {
            return Err(empty_flag("--as", "EMAIL"));
        }
        if org_source == Source::Flag && g.org.iter().any(|o| o.trim().is_empty()) {
            return Err(empty_flag("--org", "SLUG"));
        }
        let non_empty = |s: &String| !s.trim().is_empty();
        let user_arg = g.as_user.clone().filter(non_empty).map(|value| Sourced { value, source: user_source });
        let org_flags: Vec<String> = if org_source == Source::Flag { g.org.clone() } else { Vec::new() };
        let org_arg = g.org.last().cloned().filter(non_empty).map(|value| Sourced { value, source: org_source });
        Ok(Env {
            db_path,
            db_source,
            context_name,
            context_path,
            prompt: Prompter::new(g.yes, g.no_input),
            out,
            org_flags,
            user_arg,
            org_arg,
            store: None,
        })
    }

    /// The PostgreSQL URL given as the store (`--db postgres://...`), if it is one.
    pub fn postgres_url(&self) -> Option<&str> {
        self.db_path.to_str().filter(|db| crate::store::pg::is_url(db))
    }

    /// The store as it may be shown: its path, or its URL with the password masked.
    pub fn db_shown(&self) -> String {
        match self.postgres_url() {
            Some(url) => crate::model::url::mask(url),
            None => self.db_path.display().to_string(),
        }
    }

    /// The PostgreSQL store `url` names, with what the URL leaves out read as
    /// libpq's tools read it (service file, `PG*` variables, `~/.pgpass`); a
    /// password file it would not use is said on stderr.
    pub fn pg_target(&self, url: &str) -> Result<crate::store::pg::Target> {
        let target = crate::store::pg::Target::parse(url, &self.db_shown())?;
        for warning in target.warnings() {
            self.out.warn(warning)?;
        }
        Ok(target)
    }

    /// The store, opened (and created or migrated) on first use. A
    /// PostgreSQL store is connected to and checked (schema current, login
    /// granted `orgctl_app` and unable to bypass row-level security).
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            self.store = Some(match self.postgres_url() {
                Some(url) => Store::open_postgres(self.pg_target(url)?)?,
                None => Store::open_for_command(&self.db_path)?,
            });
        }
        self.store.as_mut().ok_or_else(|| Error::internal("store not open"))
    }

    /// The SQLite store, created now if it does not exist (`orgctl init`).
    pub fn store_created(&mut self) -> Result<&mut Store> {
        if self.store.is_none() && self.postgres_url().is_none() {
            self.store = Some(Store::open(&self.db_path)?);
        }
        self.store()
    }

    /// The store, or, when it does not exist yet, an empty one in memory
    /// that is never written to disk (for `apply --dry-run`).
    pub fn store_or_scratch(&mut self) -> Result<&mut Store> {
        if self.store.is_none() && !self.db_path.exists() && self.postgres_url().is_none() {
            self.store = Some(Store::in_memory(&self.db_path)?);
        }
        self.store()
    }

    /// The store and the output together, for commands that stream rows from one to the other.
    pub fn store_and_out(&mut self) -> Result<(&mut Store, &Output)> {
        self.store()?;
        match &mut self.store {
            Some(store) => Ok((store, &self.out)),
            None => Err(Error::internal("store not open")),
        }
    }

    /// The store, user and org given as flags on the command line (not from
    /// variables or the context), for `context set`.
    pub fn flags(&self) -> (Option<String>, Option<String>, Option<String>) {
        let db = (self.db_source == "flag").then(|| self.db_path.display().to_string());
        let flag =
            |a: &Option<Sourced<String>>| a.as_ref().filter(|s| s.source == Source::Flag).map(|s| s.value.clone());
        (db, flag(&self.user_arg), flag(&self.org_arg))
    }

    /// The context in use: the one `--context-name` or ORGCTL_CONTEXT_NAME
    /// names, else the file's current one, else the default one.
    pub fn context(&self) -> Result<Context> {
        active(&self.contexts()?, self.context_name.as_deref())
    }

    /// The name of the context in use.
    pub fn context_name(&self) -> String {
        match &self.context_name {
            Some(n) => n.clone(),
            None => self.contexts().map_or_else(|_| context::DEFAULT.to_owned(), |f| f.current_name().to_owned()),
        }
    }

    /// The whole context file.
    pub fn contexts(&self) -> Result<ContextFile> {
        ContextFile::load(&self.context_path)
    }

    pub fn save_contexts(&self, file: &ContextFile) -> Result<()> {
        file.save(&self.context_path)
    }

    /// Writes `ctx` as the user and org of the context in use (its store
    /// stays). A damaged file is replaced by one holding `ctx` alone.
    pub fn save_context(&self, ctx: &Context) -> Result<()> {
        let mut file = self.contexts().unwrap_or_default();
        let name = self.context_name.clone().unwrap_or_else(|| file.current_name().to_owned());
        let db = match file.get(&name) {
            Some(old) => old.db,
            None if name == context::DEFAULT => None,
            None => return Err(missing_context(&name)),
        };
        file.set(&name, Context { db, ..ctx.clone() });
        self.save_contexts(&file)
    }

    /// Writes `new` in place of `old` (the context as read before); the
    /// outcome a receipt reports: `unchanged` when they are the same.
    pub fn replace_context(&self, old: &Context, new: &Context) -> Result<Outcome> {
        self.save_context(new)?;
        Ok(if new == old { Outcome::Unchanged } else { Outcome::Updated })
    }

    /// Who is acting, and in which org: flag, then environment, then the
    /// context file (read only when a flag or variable does not say).
    ///
    /// On PostgreSQL, when no flag, variable or context file names the
    /// user, the login's linked user acts, and is named here with the source
    /// `login` (so `access review --user SELF`, `apply` and the receipts know
    /// who acts, and the audit records how).
    pub fn who(&mut self) -> Result<Who> {
        let mut who = self.resolve(false)?;
        if who.user.is_none() && self.postgres_url().is_some() {
            let linked = crate::ops::user::linked_to_login(self.store()?)?;
            who.user = linked.map(|e| Sourced { value: Email::from_store(e), source: Source::Login });
        }
        Ok(who)
    }

    /// The identity for `export`, which takes `--org` several times.
    pub fn who_for_export(&self) -> Result<Who> {
        self.resolve(true)
    }

    fn resolve(&self, many_orgs: bool) -> Result<Who> {
        if !many_orgs && self.org_flags.len() > 1 {
            return Err(Error::usage("`--org` may be given only once here (only `export` takes several)"));
        }
        let need_file = self.user_arg.is_none() || self.org_arg.is_none();
        let ctx = if need_file { self.context()? } else { Context::default() };
        let user = match &self.user_arg {
            Some(u) => Some(Sourced { value: Email::parse(&u.value)?, source: u.source }),
            None => match &ctx.user {
                Some(u) => Some(Sourced {
                    value: Email::parse(u).map_err(|e| self.bad_file("user", e))?,
                    source: Source::File,
                }),
                None => None,
            },
        };
        let org = match &self.org_arg {
            Some(o) => Some(Sourced { value: Slug::parse(&o.value)?, source: o.source }),
            None => match &ctx.org {
                Some(o) => {
                    Some(Sourced { value: Slug::parse(o).map_err(|e| self.bad_file("org", e))?, source: Source::File })
                }
                None => None,
            },
        };
        let org_id = if self.org_arg.is_none() { ctx.org_id } else { None };
        Ok(Who { user, org, org_id })
    }

    /// Like [`Env::who`], but a damaged context file counts as empty (for
    /// commands that only record who acted, such as `user add`).
    pub fn who_lenient(&self) -> Who {
        self.resolve(false).unwrap_or_default()
    }

    fn bad_file(&self, key: &str, e: Error) -> Error {
        Error::usage(format!(
            "the context file {} is damaged: its {key} is invalid ({})",
            self.context_path.display(),
            e.message
        ))
        .with_hint("run `orgctl logout` to reset it, then `orgctl login EMAIL`")
    }

    /// Makes `org` the current org in the context file if it has none, and the
    /// file's user (if any) is the one acting.
    pub fn adopt_org_if_none(&mut self, actor: &str, org: &str) -> Result<bool> {
        let Ok(mut ctx) = self.context() else { return Ok(false) };
        if ctx.org.is_some() || ctx.user.as_deref().is_some_and(|u| !u.eq_ignore_ascii_case(actor)) {
            return Ok(false);
        }
        ctx.org_id = self.org_id(org)?;
        ctx.org = Some(org.to_string());
        self.save_context(&ctx)?;
        Ok(true)
    }

    /// The immutable id of the org `slug`, recorded in the context beside it.
    pub fn org_id(&mut self, slug: &str) -> Result<Option<crate::store::OrgId>> {
        crate::ops::org::id_of(self.store()?, slug)
    }

    /// Clears the current org in the context file if it is `org` and the
    /// file's user is the one acting (after they deleted or left it).
    pub fn forget_org(&self, actor: &str, org: &str) -> Result<()> {
        if let Ok(mut ctx) = self.context() {
            let same_user = ctx.user.as_deref().is_none_or(|u| u.eq_ignore_ascii_case(actor));
            if same_user && ctx.org.as_deref() == Some(org) {
                ctx.org = None;
                ctx.org_id = None;
                self.save_context(&ctx)?;
            }
        }
        Ok(())
    }
}

/// A `--db` that is no PostgreSQL URL yet is not meant as a file either: `-`
/// (there is no store on stdin), any other `scheme://...`
/// (`postgresq://...`, `file://...`), and `postgres:`/`postgresql:` without
/// `//` (`postgres:/u:pw@h/db`, `postgres:u:pw@h`). Each would otherwise
/// become a SQLite file, named after the password in the mistyped URLs.
fn refuse_mistyped_db(path: &std::path::Path) -> Result<()> {
    let Some(raw) = path.to_str() else { return Ok(()) };
    if crate::store::pg::is_url(raw) {
        return Ok(());
    }
    let lower = raw.to_ascii_lowercase();
    let scheme_len = lower
        .find(':')
        .filter(|&i| {
            i > 0
                && lower.starts_with(|c: char| c.is_ascii_alphabetic())
                && lower[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
        .unwrap_or(0);
    let url_like = scheme_len > 0 && lower[scheme_len..].starts_with("://");
    let postgres_like = lower.starts_with("postgres:") || lower.starts_with("postgresql:");
    if raw == "-" {
        return Err(Error::usage("`--db -` names no store: a store cannot be read from stdin")
            .with_hint("pass `--db PATH` with the path of a SQLite file, or `--db postgresql://HOST/DB`"));
    }
    if url_like || postgres_like {
        return Err(Error::usage(format!(
            "`--db {}` is neither a PostgreSQL URL nor a file path",
            crate::model::shorten(&crate::model::url::mask(raw))
        ))
        .with_hint(
            "a PostgreSQL store is `postgresql://HOST:5432/DB` with `USER@` before the host; a SQLite file whose name starts like a \
             URL is `--db ./NAME`",
        ));
    }
    Ok(())
}
