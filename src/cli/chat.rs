//! `orgctl chat create | list | show | delete`: private to you.

use clap::{Args, Subcommand};

use crate::cli::args;
use crate::cli::env::Env;
use crate::cli::output::Row;
use crate::error::{Error, Result};
use crate::model::Name;
use crate::ops;
use crate::ops::views::ChatView as Chat;

#[derive(Debug, Subcommand)]
pub enum ChatCommand {
    /// Start a chat (only you will ever see it)
    #[command(after_help = "Example:\n  orgctl chat create \"Why did signups drop?\"")]
    Create(ChatCreateArgs),
    /// List your chats in the current org, by id (oldest first)
    #[command(after_help = "Example:\n  orgctl chat list")]
    List(ChatListArgs),
    /// Show one of your chats
    #[command(after_help = "Example:\n  orgctl chat show 3")]
    Show(ChatIdArg),
    /// Delete one of your chats
    #[command(after_help = "Examples:\n  orgctl chat delete 3\n  orgctl chat delete 3 --dry-run")]
    Delete(ChatDeleteArgs),
}

#[derive(Debug, Args)]
pub struct ChatCreateArgs {
    /// The chat's title
    pub title: Name,
}

#[derive(Debug, Args)]
pub struct ChatIdArg {
    /// The chat's id (see `orgctl chat list`)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ChatDeleteArgs {
    /// The chat's id (see `orgctl chat list`)
    pub id: String,
    /// Print the chat that would be deleted and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ChatListArgs {
    /// At most this many chats
    #[arg(long, value_name = "N", value_parser = args::limit())]
    pub limit: Option<usize>,
}

impl crate::cli::output::Receipted for Chat {
    const KIND: &'static str = "chat";
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
        ChatCommand::List(a) => {
            let who = env.who()?;
            let chats = ops::chat::list(env.store()?, &who)?;
            env.out.list_limited(&chats, a.limit)
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
            let c = ops::chat::delete(env.store()?, &who, id, a.dry_run)?;
            let org = c.org.clone().unwrap_or_default();
            let verb = if a.dry_run { "Would delete" } else { "Deleted" };
            env.out.change(&c, &format!("{verb} chat {id} from {org}"))
        }
    }
}
