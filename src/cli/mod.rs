//! Everything that knows about clap, terminals and output formats.

pub mod access;
pub mod args;
pub mod audit;
pub mod billing;
pub mod can_i;
pub mod chat;
pub mod complete;
pub mod completion;
pub mod connector;
pub mod connector_access;
pub mod dashboard;
pub mod db;
pub mod env;
pub mod error;
pub mod help;
pub mod identity;
pub mod integration;
pub mod invite;
pub mod manifest;
pub mod member;
pub mod org;
pub mod output;
pub mod prompt;
pub mod security;
pub mod team;
pub mod user;
pub mod visible;

use crate::cli::args::Command;
use crate::cli::env::Env;
use crate::error::Result;

/// Runs one command; returns the exit code of a success (`can-i` answers no with 4).
pub fn dispatch(env: &mut Env, command: Command) -> Result<i32> {
    match command {
        Command::Init => identity::init(env),
        Command::Login(a) => identity::login(env, a),
        Command::Logout => identity::logout(env),
        Command::Whoami => identity::whoami(env),
        Command::User(c) => user::run(env, c),
        Command::Org(c) => org::run(env, c),
        Command::Member(c) => member::run(env, c),
        Command::Invite(c) => invite::run(env, c),
        Command::Team(c) => team::run(env, c),
        Command::Dashboard(c) => dashboard::run(env, c),
        Command::Connector(c) => connector::run(env, c),
        Command::Integration(c) => integration::run(env, c),
        Command::Chat(c) => chat::run(env, c),
        Command::Billing(c) => billing::run(env, c),
        Command::Audit(c) => audit::run(env, c),
        Command::Access(c) => access::run(env, c),
        Command::CanI(a) => return can_i::run(env, a),
        Command::Apply(a) => manifest::apply(env, a),
        Command::Export => manifest::export(env),
        Command::Db(c) => db::run(env, c),
        Command::Completions(a) => complete::completions(a),
        Command::Complete(a) => complete::complete(env, a),
    }
    .map(|()| 0)
}
