//! `orgctl user add | show | edit`.

use clap::{Args, Subcommand};

use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::Result;
use crate::model::{Email, Name};
use crate::ops::views::UserView as User;
use crate::ops::{self, Outcome};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Register a user (anyone may); the same email and name again is no error
    #[command(after_help = "Example:\n  orgctl user add alice@example.com --name \"Alice Doe\"")]
    Add(UserAddArgs),
    /// Show yourself, or a user who shares an org with you
    #[command(after_help = "Examples:\n  orgctl user show\n  orgctl user show bob@example.com --json")]
    Show(UserShowArgs),
    /// Change your own display name
    #[command(after_help = "Example:\n  orgctl user edit --name \"Alice Smith\"")]
    Edit(UserEditArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The user's email (stored lowercase)
    pub email: Email,
    /// Display name [default: the part of the email before @]
    #[arg(long)]
    pub name: Option<Name>,
}

#[derive(Debug, Args)]
pub struct UserShowArgs {
    /// The user's email [default: yourself]
    pub email: Option<Email>,
}

#[derive(Debug, Args)]
pub struct UserEditArgs {
    /// Your new display name
    #[arg(long)]
    pub name: Name,
}

impl crate::cli::output::Receipted for User {
    const KIND: &'static str = "user";
    fn details(&self) -> String {
        format!("name={}", self.name)
    }
}

impl Row for User {
    const HEADERS: &'static [&'static str] = &["email", "name"];
    fn cells(&self) -> Vec<String> {
        vec![self.email.clone(), self.name.clone()]
    }
}

pub fn run(env: &mut Env, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add(a) => user_add(env, a),
        UserCommand::Show(a) => user_show(env, a),
        UserCommand::Edit(a) => user_edit(env, a),
    }
}

fn user_add(env: &mut Env, a: UserAddArgs) -> Result<()> {
    let who = env.who_lenient();
    let c = ops::user::add(env.store()?, &who, &a.email, a.name.as_ref())?;
    let msg = match c.outcome {
        Outcome::Unchanged => format!("User {} already exists (unchanged)", c.item.email),
        _ => format!("Added user {} ({})", c.item.email, c.item.name),
    };
    env.out.change(&c, &msg)
}

fn user_show(env: &mut Env, a: UserShowArgs) -> Result<()> {
    let who = env.who()?;
    let u = ops::user::show(env.store()?, &who, a.email.as_ref())?;
    env.out.item(&u)
}

fn user_edit(env: &mut Env, a: UserEditArgs) -> Result<()> {
    let who = env.who()?;
    let c = ops::user::edit(env.store()?, &who, &a.name)?;
    let msg = match c.outcome {
        Outcome::Unchanged => format!("{} is already named {} (unchanged)", c.item.email, c.item.name),
        _ => format!("Renamed {} to {}", c.item.email, c.item.name),
    };
    env.out.change(&c, &msg)
}
