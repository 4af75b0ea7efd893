//! Reporting errors: `error:` and `hint:` lines on stderr, or one JSON object with `--json`.

use std::io::Write;

use crate::error::Error;

/// Prints the error to stderr in the chosen style and returns its exit code.
pub fn report(e: &Error, json: bool, color: bool) -> i32 {
    let mut err = std::io::stderr().lock();
    if json {
        let mut inner = serde_json::Map::new();
        inner.insert("kind".into(), e.kind.as_str().into());
        inner.insert("message".into(), e.message.clone().into());
        if let Some(h) = &e.hint {
            inner.insert("hint".into(), h.clone().into());
        }
        let v = serde_json::json!({ "error": inner });
        let _ = writeln!(err, "{v}");
    } else {
        let (red, yellow, reset) = if color { ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m") } else { ("", "", "") };
        let _ = writeln!(err, "{red}error:{reset} {}", escape_controls(&e.message));
        if let Some(h) = &e.hint {
            let _ = writeln!(err, "{yellow}hint:{reset} {}", escape_controls(h));
        }
    }
    e.kind.exit_code()
}

/// Turns a clap parse error into a usage error (exit 2) with its first line
/// as the message and, as the hint, the corrected command line when clap
/// suggests one for a typo, else the value parser's own hint, else clap's usage line.
pub fn from_clap(e: &clap::Error, args: &[std::ffi::OsString]) -> Error {
    let mut out = parsed(e);
    if let Some(corrected) = corrected_command(e, args) {
        out.hint = Some(format!("did you mean `orgctl {corrected}`?"));
        // The hint now carries clap's tip.
        if let Some((head, _)) = out.message.split_once(": tip:") {
            out.message = head.to_string();
        }
    }
    out
}

fn parsed(e: &clap::Error) -> Error {
    let mut text = e.to_string();
    // A value with a line break would cut the message in two below.
    if let Some(clap::error::ContextValue::String(v)) = e.get(clap::error::ContextKind::InvalidValue) {
        if v.chars().any(char::is_control) {
            text = text.replace(v.as_str(), &escape_controls(v));
        }
    }
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("invalid arguments");
    let mut message = first.strip_prefix("error: ").unwrap_or(first).trim_end_matches(':').to_string();
    // Clap lists what is missing on the indented lines below the first.
    let details: Vec<&str> =
        lines.take_while(|l| l.starts_with(' ') && !l.trim_start().starts_with("Usage:")).map(str::trim).collect();
    if !details.is_empty() {
        message = format!("{message}: {}", details.join(", "));
    }
    // The usage line lists arguments that came from the environment too; leave those out.
    let usage = text.lines().find(|l| l.trim_start().starts_with("Usage:")).map(|l| {
        l.trim()
            .replace(" --db <PATH>", "")
            .replace(" --context <PATH>", "")
            .replace(" --as <EMAIL>", "")
            .replace(" --org <SLUG>", "")
    });
    let mut out = Error::usage(message);
    // The value parsers' own hint (what a slug, an email, a duration looks
    // like) says more than the usage line.
    let own_hint = std::error::Error::source(e).and_then(|s| s.downcast_ref::<Error>()).and_then(|s| s.hint.clone());
    out.hint = Some(match (own_hint, usage) {
        (Some(h), _) => h,
        (None, Some(u)) => format!("{u} (see `--help`)"),
        (None, None) => "see `orgctl --help`".to_string(),
    });
    out
}

/// The arguments with the typo clap found replaced by its suggestion.
fn corrected_command(e: &clap::Error, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue as V};
    let Some(V::String(typo)) = e.get(K::InvalidSubcommand).or_else(|| e.get(K::InvalidArg)) else {
        return None;
    };
    let suggestion = match e.get(K::SuggestedSubcommand).or_else(|| e.get(K::SuggestedArg))? {
        V::String(s) => s.clone(),
        V::Strings(list) => list.first()?.clone(),
        _ => return None,
    };
    let mut words: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    *words.iter_mut().find(|w| *w == typo)? = suggestion;
    mask_urls(&mut words);
    let shown: Vec<String> =
        words.iter().map(|w| if w.contains(char::is_whitespace) { format!("{w:?}") } else { w.clone() }).collect();
    Some(shown.join(" "))
}

/// A `--url` value is a secret (a connector's password, an integration's
/// webhook or key): the corrected command line shows it masked.
fn mask_urls(words: &mut [String]) {
    let integration = words.iter().any(|w| w == "integration");
    let mask = |v: &str| {
        if integration {
            crate::ops::integration::mask(v)
        } else {
            crate::ops::connector::mask(v)
        }
    };
    for i in 0..words.len() {
        if let Some(v) = words[i].strip_prefix("--url=") {
            words[i] = format!("--url={}", mask(v));
        } else if words[i] == "--url" && i + 1 < words.len() {
            words[i + 1] = mask(&words[i + 1]);
        }
    }
}

/// The error for an `edit` or `set` given nothing to change.
pub fn nothing_to_change(flags: &str) -> Error {
    Error::usage("nothing to change").with_hint(format!("pass at least one of {flags}"))
}

/// Control characters (a line break, an escape sequence) as visible escapes,
/// so that a hostile value can neither split an `error:` line nor drive the terminal.
fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}
