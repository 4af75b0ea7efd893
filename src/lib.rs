//! orgctl: administer organizations, their members, teams, invites,
//! dashboards, connectors and private chats in one store: a local SQLite
//! file or a shared PostgreSQL database.
//!
//! Data flows one way: command line (`cli`) → use case (`ops`) → policy and
//! store → output. The domain (`model`, `policy`, `ops`, `store`) knows
//! nothing of clap, terminals or formats.

/// Declares modules that are public only because orgctl's own in-process
/// tests and development tools (`xtask`) reach into them. Built with `--cfg
/// orgctl_private` (as `.ci/run` does), they are crate-private, so the
/// compiler reports every item nothing in orgctl itself uses.
macro_rules! reachable_by_tests {
    ($($name:ident),+) => {
        $(
            #[cfg(not(orgctl_private))]
            pub mod $name;
            #[cfg(orgctl_private)]
            pub(crate) mod $name;
        )+
    };
}

pub mod cli;
reachable_by_tests!(directory, error, manifest, model, ops, policy, store);
pub(crate) mod context;
pub(crate) mod files;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::args::ColorChoice;
use crate::cli::env::Env;
use crate::cli::output::Output;
use crate::cli::Cli;

/// Parses the arguments, runs the command, reports any error; returns the exit code.
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    // A write past `ulimit -f` fails with EFBIG and is reported (the store:
    // exit 6; stdout: exit 1), instead of killing the process by SIGXFSZ.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_IGN installs no handler
    // and runs before any other thread exists.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    forget_empty_variables();
    let json = wants_json(&args);
    let verbose = args.iter().any(|a| a == "--verbose");
    let color_err = stderr_color(&args);
    let matches = match parse(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind as K;
            if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand) {
                let _ = e.print();
                return if e.kind() == K::DisplayHelpOnMissingArgumentOrSubcommand { 2 } else { 0 };
            }
            return cli::error::report(&cli::parse_error::from_clap(&e, &args), json, color_err, verbose);
        }
    };
    let parsed = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return cli::error::report(&cli::parse_error::from_clap(&e, &args), json, color_err, verbose),
    };
    let g = &parsed.global;
    if let Some(e) = jsonl_elsewhere(g, &parsed.command) {
        return cli::error::report(&e, json, color_err, verbose);
    }
    let color = match g.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let out = Output::new(g.output, g.json, g.quiet, color);
    let json = out.is_json();
    let err_color = color && std::io::IsTerminal::is_terminal(&std::io::stderr()) && !json;
    let result = Env::new(g, &matches, out).and_then(|mut env| {
        let code = cli::dispatch(&mut env, parsed.command);
        let committed = env.committed();
        env.close();
        code.map_err(|e| if committed { cli::output::after_commit(e) } else { e })
    });
    match result {
        Ok(code) => code,
        Err(e) => cli::error::report(&e, json, err_color, verbose),
    }
}

/// clap's parse of the arguments, with a root that holds only the
/// subcommand they name when that parses (see [`cli::visible::root_for`]),
/// else with the whole tree, whose errors and help are the ones users see.
fn parse(args: &[OsString]) -> Result<clap::ArgMatches, clap::Error> {
    let full = Cli::command();
    if let Some(root) = cli::visible::root_for(&full, args) {
        if let Ok(matches) = root.try_get_matches_from(args) {
            return Ok(matches);
        }
    }
    full.try_get_matches_from(args)
}

/// `-o jsonl` is a stream of entries: only `audit list` has one. Anywhere
/// else it is a usage error (exit 2) rather than a silent `-o json`, so a
/// script never parses one JSON value as lines.
fn jsonl_elsewhere(g: &cli::args::GlobalArgs, command: &cli::Command) -> Option<error::Error> {
    use cli::audit::AuditCommand;
    let is_audit_list = matches!(command, cli::Command::Audit(v) if matches!(v.verb, AuditCommand::List(_)));
    (g.output == Some(cli::args::Format::Jsonl) && !g.json && !is_audit_list).then(|| {
        error::Error::usage("`-o jsonl` is for `audit list` only").with_hint("pass `-o json` for one JSON value")
    })
}

/// Whether the raw arguments ask for JSON, so that even an argument error is reported as JSON.
fn wants_json(args: &[OsString]) -> bool {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().any(|(i, a)| {
        *a == "--json"
            || *a == "-ojson"
            || *a == "--output=json"
            || ((*a == "-o" || *a == "--output") && args.get(i + 1) == Some(&"json"))
    })
}

/// Whether an error found while parsing may be coloured: `--color` read from
/// the raw arguments (either spelling), else `NO_COLOR` and a terminal.
fn stderr_color(args: &[OsString]) -> bool {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let choice = args.iter().enumerate().rev().find_map(|(i, a)| match a.strip_prefix("--color") {
        Some(v) if v.starts_with('=') => Some(&v[1..]),
        Some("") => args.get(i + 1).copied(),
        _ => None,
    });
    match choice {
        Some("never") => false,
        Some("always") => true,
        _ => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::IsTerminal::is_terminal(&std::io::stderr())
        }
    }
}

/// An orgctl variable set to the empty string counts as unset, as CI
/// templates often leave them (`ORGCTL_DB=` would otherwise be "a value is
/// required for --db", `ORGCTL_NO_INPUT=` "not a boolean").
fn forget_empty_variables() {
    for name in ["ORGCTL_DB", "ORGCTL_CONTEXT", "ORGCTL_USER", "ORGCTL_ORG", "ORGCTL_NO_INPUT"] {
        if std::env::var_os(name).is_some_and(|v| v.is_empty()) {
            // Edition 2021, one thread so far: nothing else reads the environment now.
            std::env::remove_var(name);
        }
    }
}
