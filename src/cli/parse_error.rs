//! Errors clap found in the arguments, in orgctl's words: the usage error
//! (exit 2) with the corrected command where clap has a suggestion, and
//! whatever looks like a secret masked. Apart from `error.rs` because it
//! reads the command tree.

use super::error::{escape_controls, mask_secrets};
use crate::error::Error;

/// Turns a clap parse error into a usage error (exit 2) with its first line
/// as the message and, as the hint, the corrected command line when clap
/// suggests one for a typo, else the value parser's own hint, else clap's usage line.
///
/// Values that hold secrets (a `--url`, an invite token) are masked in both,
/// and a long value is cut to its first characters.
pub fn from_clap(e: &clap::Error, args: &[std::ffi::OsString]) -> Error {
    let mut out = parsed(e, args);
    if let Some(corrected) = corrected_command(e, args) {
        out.hint = Some(format!("did you mean `orgctl {corrected}`?"));
        // The hint now carries clap's tip.
        if let Some((head, _)) = out.message.split_once(": tip:") {
            out.message = head.to_string();
        }
    }
    for (raw, shown) in secret_args(args) {
        out.message = out.message.replace(&raw, &shown);
        out.hint = out.hint.map(|h| h.replace(&raw, &shown));
    }
    out
}

/// The arguments that carry a secret, each with how to show it: the value
/// of `--url` (masked as a connector URL, or whole for an integration; `-` is no secret) and the token of
/// `invite accept|decline` (every word of 8 characters or more after the
/// verb that is not a flag: shorter ones are no token, and replacing them in
/// the text would garble it).
fn secret_args(args: &[std::ffi::OsString]) -> Vec<(String, String)> {
    let words: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    // An integration's whole URL (or PagerDuty key) is the secret, not only its password.
    let integration = words.iter().any(|w| w == "integration");
    let mask = |v: &str| {
        if integration {
            crate::model::security::mask_integration_url(v)
        } else {
            crate::model::url::mask(v)
        }
    };
    let mut out = Vec::new();
    let mut after_token_verb = false;
    for (i, w) in words.iter().enumerate() {
        if integration && (w.contains("://") || is_routing_key(w)) {
            // A webhook URL or a key where clap did not expect it.
            out.push((w.clone(), mask(w)));
        } else if let Some(v) = w.strip_prefix("--url=") {
            out.push((v.to_string(), mask(v)));
        } else if w == "--url" {
            if let Some(v) = words.get(i + 1).filter(|v| *v != "-") {
                out.push((v.clone(), mask(v)));
            }
        } else if after_token_verb && !w.starts_with('-') && w.len() >= 8 {
            out.push((w.clone(), "TOKEN".to_string()));
        }
        if (w == "accept" || w == "decline") && words[..i].iter().any(|x| x == "invite") {
            after_token_verb = true;
        }
    }
    // The longest first, so that a value inside another is not masked twice.
    out.retain(|(raw, shown)| raw != shown && !raw.is_empty());
    out.sort_by_key(|(raw, _)| std::cmp::Reverse(raw.len()));
    out
}

/// A word shaped like a PagerDuty routing key: 32 letters and digits.
fn is_routing_key(w: &str) -> bool {
    w.len() == 32 && w.bytes().all(|b| b.is_ascii_alphanumeric()) && w.bytes().any(|b| b.is_ascii_digit())
}

fn parsed(e: &clap::Error, args: &[std::ffi::OsString]) -> Error {
    let mut text = e.to_string();
    // A value with a line break would cut the message in two below, and a
    // megabyte-long one should not be echoed whole: whatever clap quotes of
    // an argument (the bad value, an unexpected word) is shown masked, then
    // cut to its first characters.
    let mut values: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .flat_map(|w| {
            let value = w.strip_prefix("--").and_then(|f| f.split_once('=')).map(|(_, v)| v.to_string());
            [Some(w), value]
        })
        .flatten()
        .filter(|v| v.chars().any(char::is_control) || v.chars().count() > crate::model::ECHO_MAX)
        .collect();
    if let Some(clap::error::ContextValue::String(v)) = e.get(clap::error::ContextKind::InvalidValue) {
        values.push(v.clone());
    }
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for v in values {
        // clap quotes a value with its control characters dropped.
        let quoted: String = v.chars().filter(|c| !c.is_control()).collect();
        // A short one without them is harmless, and may be a possible value too.
        let quoted = if quoted.chars().count() > crate::model::ECHO_MAX { quoted } else { String::new() };
        for seen in [v.as_str(), quoted.as_str()] {
            if !seen.is_empty() && text.contains(seen) {
                let shown = escape_controls(&crate::model::shorten(&mask_secrets(&v))).into_owned();
                text = text.replace(seen, &shown);
            }
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
    let suggestion = match e.get(K::InvalidSubcommand) {
        Some(_) => closest_subcommand(typo, args).unwrap_or(suggestion),
        None => suggestion,
    };
    let mut words: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    *words.iter_mut().find(|w| *w == typo)? = suggestion;
    let shown: Vec<String> =
        words.iter().map(|w| if w.contains(char::is_whitespace) { format!("{w:?}") } else { w.clone() }).collect();
    Some(shown.join(" "))
}

/// The sibling subcommand nearest to `typo` by edit distance, a swap of two
/// neighbouring letters counting as one edit: clap's own similarity ranks
/// `unshare` before `share` for `shrae`. Ties go to the shorter name.
fn closest_subcommand(typo: &str, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    cmd.build();
    for word in args.iter().skip(1).map(|a| a.to_string_lossy()) {
        if word == typo {
            break;
        }
        if let Some(sub) = cmd.find_subcommand(word.as_ref()) {
            cmd = sub.clone();
        }
    }
    cmd.get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| (edit_distance(typo, c.get_name()), c.get_name().len(), c.get_name().to_string()))
        .filter(|(d, _, _)| *d <= 2.max(typo.chars().count() / 3))
        .min()
        .map(|(_, _, name)| name)
}

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbouring characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swapped_pair_of_letters_is_one_edit() {
        assert_eq!(edit_distance("shrae", "share"), 1);
        assert_eq!(edit_distance("shrae", "unshare"), 3);
        let args: Vec<std::ffi::OsString> = ["orgctl", "dashboard", "shrae"].iter().map(Into::into).collect();
        assert_eq!(closest_subcommand("shrae", &args).as_deref(), Some("share"));
        let args: Vec<std::ffi::OsString> = ["orgctl", "dashboard", "unshrae"].iter().map(Into::into).collect();
        assert_eq!(closest_subcommand("unshrae", &args).as_deref(), Some("unshare"));
    }
}
