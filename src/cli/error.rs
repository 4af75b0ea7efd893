//! Reporting errors: `error:` and `hint:` lines on stderr, or one JSON object with `--json`.

use std::io::Write;

use crate::error::Error;

/// Prints the error to stderr in the chosen style and returns its exit code.
/// Whatever looks like a secret (a URL's password or user-info, a secret
/// query parameter, an invite token) is masked first, whoever wrote the message.
/// With `verbose`, the chain of causes follows, one `caused by:` line each
/// (in JSON, `causes`), masked the same way.
pub fn report(e: &Error, json: bool, color: bool, verbose: bool) -> i32 {
    let mut err = std::io::stderr().lock();
    let mut e = e.clone();
    e.message = mask_secrets(&e.message);
    e.hint = e.hint.as_deref().map(mask_secrets);
    if json {
        let mut inner = serde_json::Map::new();
        inner.insert("kind".into(), e.kind.as_str().into());
        inner.insert("message".into(), e.message.clone().into());
        if let Some(h) = &e.hint {
            inner.insert("hint".into(), h.clone().into());
        }
        if !e.findings.is_empty() {
            inner.insert("findings".into(), serde_json::to_value(&e.findings).unwrap_or_default());
        }
        if verbose {
            inner.insert("causes".into(), causes(&e).into());
        }
        let v = serde_json::json!({ "error": inner });
        let _ = writeln!(err, "{v}");
    } else {
        let (red, yellow, reset) = if color { ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m") } else { ("", "", "") };
        // A message of several lines (a manifest's problems) keeps its line
        // breaks; every other control character is shown escaped.
        let lines: Vec<_> = e.message.split('\n').map(escape_controls).collect();
        let _ = writeln!(err, "{red}error:{reset} {}", lines.join("\n"));
        for f in &e.findings {
            let line = format!("{} {} {}: {}", f.org, f.kind, f.key, f.message);
            let _ = writeln!(err, "  {}", escape_controls(&mask_secrets(&line)));
        }
        if verbose {
            for cause in causes(&e) {
                let _ = writeln!(err, "caused by: {}", escape_controls(&cause));
            }
        }
        if let Some(h) = &e.hint {
            let _ = writeln!(err, "{yellow}hint:{reset} {}", escape_controls(h));
        }
    }
    e.kind.exit_code()
}

/// The error's causes, outermost first, each masked as its message is.
fn causes(e: &Error) -> Vec<String> {
    let mut out = Vec::new();
    let mut next = std::error::Error::source(e);
    while let Some(cause) = next {
        out.push(mask_secrets(&cause.to_string()));
        next = cause.source();
    }
    out
}

/// A problem that does not stop the command (`whoami` on a stale context):
/// `warning:` and `hint:` lines on stderr.
pub fn warn(e: &Error) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "warning: {}", escape_controls(&e.message));
    if let Some(h) = &e.hint {
        let _ = writeln!(err, "hint: {}", escape_controls(h));
    }
}

/// `text` with every word that looks like a secret masked: anything with
/// `scheme://` or a `user:password@` part goes through the connector URL
/// mask, and a word shaped like an invite token (43 characters of URL-safe
/// base64) shows as `TOKEN`. Words end at whitespace, quotes and backticks.
pub fn mask_secrets(text: &str) -> String {
    let is_break = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`');
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push_str(&mask_word(word));
            word.clear();
        }
    };
    for c in text.chars() {
        if is_break(c) {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn mask_word(word: &str) -> String {
    let user_info = word.find('@').is_some_and(|at| word[..at].contains(':'));
    let secret_param = word.contains(['?', '#', '&', ';']) && word.contains('=');
    if word.contains("://") || user_info || secret_param {
        // Keep trailing punctuation of the sentence outside the URL.
        let body = word.trim_end_matches(['.', ',', ';', ')', '?']);
        return format!("{}{}", crate::model::url::mask(body), &word[body.len()..]);
    }
    let token_like = word.len() == 43 && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if token_like && word.bytes().any(|b| b.is_ascii_uppercase()) && word.bytes().any(|b| b.is_ascii_lowercase()) {
        return "TOKEN".to_string();
    }
    word.to_string()
}

/// The error for an `edit` or `set` given nothing to change.
pub fn nothing_to_change(flags: &str) -> Error {
    Error::usage("nothing to change").with_hint(format!("pass at least one of {flags}"))
}

/// Control characters (a line break, an escape sequence) as visible escapes,
/// so that a hostile value can neither split an `error:` line nor drive the terminal.
pub(crate) fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}
