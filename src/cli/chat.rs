//! `orgctl chat create | list | show | delete`: private to you.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::{Error, Result};
use crate::model::Name;
use crate::ops;
use crate::store::chats::Chat;

#[derive(Debug, Subcommand)]
pub enum ChatCommand {
    /// Start a chat (only you will ever see it)
    #[command(after_help = "Example:\n  orgctl chat create \"Why did signups drop?\"")]
    Create(ChatCreateArgs),
    /// List your chats in the current org
    #[command(after_help = "Example:\n  orgctl chat list")]
    List,
    /// Show one of your chats
    #[command(after_help = "Example:\n  orgctl chat show 3")]
    Show(ChatIdArg),
    /// Delete one of your chats
    #[command(after_help = "Example:\n  orgctl chat delete 3")]
    Delete(ChatIdArg),
}

#[derive(Debug, Args)]
pub struct ChatCreateArgs {
    /// The chat's title
    #[arg(value_parser = args::name())]
    pub title: Name,
}

#[derive(Debug, Args)]
pub struct ChatIdArg {
    /// The chat's id (see `orgctl chat list`)
    pub id: String,
}

impl Row for Chat {
    const HEADERS: &'static [&'static str] = &["id", "title", "created_at"];
    fn cells(&self) -> Vec<String> {
        vec![self.id.to_string(), self.title.clone(), self.created_at.clone()]
    }
}

fn parse_id(raw: &str) -> Result<i64> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        Error::usage(format!("invalid chat id {raw:?}: expected a positive number")).with_hint("see `orgctl chat list`")
    })
}

pub fn run(env: &mut Env, cmd: ChatCommand) -> Result<()> {
    match cmd {
        ChatCommand::Create(a) => {
            let who = env.who()?;
            let c = ops::chat::create(env.store()?, &who, &a.title)?;
            let org = c.org.clone().unwrap_or_default();
            // The id is made here and needed for `chat show`/`delete`: `-q` still prints it.
            if env.out.quiet && !env.out.is_json() {
                return env.out.data(&c.item.id.to_string());
            }
            env.out.change(&c, &format!("Created chat {} in {org}", c.item.id))
        }
        ChatCommand::List => {
            let who = env.who()?;
            let chats = ops::chat::list(env.store()?, &who)?;
            env.out.list(&chats)
        }
        ChatCommand::Show(a) => {
            let id = parse_id(&a.id)?;
            let who = env.who()?;
            let chat = ops::chat::show(env.store()?, &who, id)?;
            env.out.item(&chat)
        }
        ChatCommand::Delete(a) => {
            let id = parse_id(&a.id)?;
            let who = env.who()?;
            let c = ops::chat::delete(env.store()?, &who, id)?;
            let org = c.org.clone().unwrap_or_default();
            env.out.change(&c, &format!("Deleted chat {id} from {org}"))
        }
    }
}
