//! The command line's global options and the value parsers of the model types. Doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::builder::{
    BoolishValueParser, PossibleValuesParser, StringValueParser, TryMapValueParser, TypedValueParser,
    ValueParserFactory,
};
use clap::{Args, ValueEnum};

use crate::model::{Duration, Email, Name, Permission, Plan, Role, Slug, Visibility};

/// The options every command takes; `--help` and the man pages list them in
/// a section of their own, after the command's own arguments and flags.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The store: a SQLite file [default: orgctl.db in the user's data directory], or a postgresql:// URL
    #[arg(long, env = "ORGCTL_DB", value_name = "PATH|URL", global = true)]
    pub db: Option<PathBuf>,

    /// The context file [default: context.toml in the user's config directory]
    #[arg(long, env = "ORGCTL_CONTEXT", value_name = "PATH", global = true)]
    pub context: Option<PathBuf>,

    /// Use this named context (`orgctl context list`) for this one invocation
    #[arg(long = "context-name", env = "ORGCTL_CONTEXT_NAME", value_name = "NAME", global = true)]
    pub context_name: Option<String>,

    /// Act as this user for this one invocation
    #[arg(long = "as", env = "ORGCTL_USER", value_name = "EMAIL", global = true)]
    pub as_user: Option<String>,

    /// Use this org for this one invocation (`export` takes it more than once)
    #[arg(long, env = "ORGCTL_ORG", value_name = "SLUG", global = true, action = clap::ArgAction::Append)]
    pub org: Vec<String>,

    /// Output format [default: table on a terminal, tsv otherwise]; jsonl: `audit list` only
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT", global = true)]
    pub output: Option<Format>,

    /// Short for `-o json`
    #[arg(long, global = true)]
    pub json: bool,

    /// Print nothing on success except the data a command exists to print
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// On an error, also print what caused it (the driver's or the system's own error), a `caused by:` line each
    #[arg(long, global = true)]
    pub verbose: bool,

    /// Answer yes to every confirmation
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Never prompt (implied when stdin is not a terminal)
    #[arg(long, env = "ORGCTL_NO_INPUT", value_parser = BoolishValueParser::new(), global = true)]
    pub no_input: bool,

    /// When to use colour (`NO_COLOR` turns it off)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Tsv,
    Json,
    /// One compact JSON object a line (`audit list` only)
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

// Value parsers: each model type says how clap parses it (so a field of
// that type needs no `value_parser`); clap reports a bad value as a usage
// error (exit 2) and lists the possible values in help and completion.

/// Text checked by the model type's own `parse`.
macro_rules! parsed_text {
    ($($t:ty),+) => {$(
        impl ValueParserFactory for $t {
            type Parser = TryMapValueParser<StringValueParser, fn(String) -> Result<$t, crate::error::Error>>;
            fn value_parser() -> Self::Parser {
                StringValueParser::new().try_map(|s| <$t>::parse(&s))
            }
        }
    )+};
}
parsed_text!(Email, Slug, Name, Duration);

/// One of a model type's names, listed in help and completion, after the
/// surrounding whitespace every identifier loses (`member\r` from a CRLF file).
#[derive(Clone)]
pub struct Named<T>(NamedParser<T>);

/// The parser [`Named`] trims for: the names, then the model type's parse.
type NamedParser<T> = TryMapValueParser<PossibleValuesParser, fn(String) -> Result<T, String>>;

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Named<T> {
    type Value = T;
    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let trimmed = value.to_str().map(crate::model::trim_identifier).map(std::ffi::OsStr::new);
        self.0.parse_ref(cmd, arg, trimmed.unwrap_or(value))
    }
    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

macro_rules! named_values {
    ($($t:ty),+) => {$(
        impl ValueParserFactory for $t {
            type Parser = Named<$t>;
            fn value_parser() -> Self::Parser {
                Named(PossibleValuesParser::new(<$t>::NAMES).try_map(|s| s.parse::<$t>().map_err(|e| e.message)))
            }
        }
    )+};
}
named_values!(Role, Visibility, Permission, Plan);

/// `--limit N`: a whole number of at least 1.
pub fn limit() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..)
}
