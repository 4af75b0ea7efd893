//! Connection URLs: checked on the way in, and shown with their secrets
//! masked on the way out (connectors, integrations, the `--db` URL, and any
//! text that echoes a value).

use crate::error::{Result, Value};

/// The longest connection URL accepted, in characters.
pub const URL_MAX: usize = 2048;

/// A connection URL, checked: at most [`URL_MAX`] characters, no control
/// characters, and `scheme://host` (a URL such as `postgres:/user:pw@db/x`
/// has no host: its "password" would be a path and shown in clear).
pub fn parse_url(raw: &str) -> Result<url::Url> {
    let bad = |why: String| {
        crate::model::invalid(Value::ConnectorUrl, format!("{:?}", crate::model::shorten(&mask(raw))), &why)
    };
    let raw = raw.trim();
    if raw.chars().count() > URL_MAX {
        return Err(bad(format!("it is longer than {URL_MAX} characters")));
    }
    if raw.chars().any(char::is_control) {
        return Err(bad("it contains control characters".into()));
    }
    let url = url::Url::parse(raw).map_err(|e| bad(e.to_string()))?;
    if url.cannot_be_a_base() || !has_authority(raw, &url) || !url.has_host() {
        return Err(bad("it needs `scheme://` and a host".into()));
    }
    Ok(url)
}

/// Whether `raw` spells `scheme://` (the parser also takes `scheme:/x` and `scheme:x`).
fn has_authority(raw: &str, u: &url::Url) -> bool {
    raw.trim_start().get(u.scheme().len()..).is_some_and(|rest| rest.starts_with("://"))
}

/// Whether a query or fragment parameter carries a secret, by its name,
/// case-insensitively: names containing `pass`, `pwd`, `secret`, `token`,
/// `credential` or `signature` (`sslpassword`, `client_secret`,
/// `X-Amz-Signature`, `X-Amz-Credential`), names ending in `key` (`key`,
/// `apikey`, `api-key`, `api_key`, `access_key`, `sslkey`), and names with a
/// word `auth` or `sig` (`auth`, `x-auth`, `sig`).
pub fn is_secret_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    const STEMS: &[&str] = &["pass", "pwd", "secret", "token", "credential", "signature", "authorization"];
    const WORDS: &[&str] = &["auth", "sig", "key"];
    STEMS.iter().any(|s| key.contains(s))
        || key.ends_with("key")
        || key.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| WORDS.contains(&w))
}

/// `text` (a query string or a fragment) with each secret parameter's value
/// replaced (`Some`) or the parameter dropped (`None`); `None` when nothing
/// in it is secret, so that harmless text stays exactly as typed.
fn scrub_params(text: &str, with: Option<&str>) -> Option<String> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(text.as_bytes()).into_owned().collect();
    if !pairs.iter().any(|(k, _)| is_secret_param(k)) {
        return None;
    }
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in &pairs {
        match (is_secret_param(k), with) {
            (false, _) => {
                out.append_pair(k, v);
            }
            (true, Some(w)) => {
                out.append_pair(k, w);
            }
            (true, None) => {}
        }
    }
    Some(out.finish())
}

/// Replaces (`Some`) or drops (`None`) the password and every secret query
/// or fragment parameter of `u`. When showing (`Some`), a user-info without
/// a password is hidden too: `https://TOKEN@github.com/...` carries its
/// secret as the user name. (Dropping keeps the user name: export must
/// round-trip `postgres://reader@db/x`.)
fn scrub(u: &mut url::Url, with: Option<&str>) {
    if u.password().is_some() {
        let _ = u.set_password(with);
    } else if let (false, Some(w)) = (u.username().is_empty(), with) {
        let _ = u.set_username(w);
    }
    if let Some(q) = u.query().and_then(|q| scrub_params(q, with)) {
        u.set_query(if q.is_empty() { None } else { Some(&q) });
    }
    if let Some(f) = u.fragment().and_then(|f| scrub_params(f, with)) {
        u.set_fragment(if f.is_empty() { None } else { Some(&f) });
    }
}

/// The URL with its user-info secret (the password, or a lone user name)
/// and its secret query and fragment parameters shown as `****`. Text that
/// is not a `scheme://host` URL is masked by its shape instead: whatever
/// precedes an `@`, and every secret-named `name=value`.
pub fn mask(raw: &str) -> String {
    if let Some(shown) = broken_user_info(raw, Some("****")) {
        return named_values(&shown, Some("****"));
    }
    let shown = match url::Url::parse(raw) {
        Ok(u) if !u.cannot_be_a_base() && has_authority(raw, &u) && u.has_host() => scrubbed(raw, u, Some("****")),
        _ => mask_text(raw),
    };
    named_values(&shown, Some("****"))
}

/// A user-info whose password holds an unencoded `#` or `?`
/// (`postgres://reader:2024#S@db/x`) ends the authority early for a URL
/// parser, which then reads `reader:2024` as a host and port and the rest
/// as a fragment: the password would show in clear. When the text from
/// `scheme://` to its last `@` holds `#` or `?` after a `:`, everything
/// between that `:` and the `@` is the password: replaced (`Some`) or dropped (`None`).
fn broken_user_info(raw: &str, with: Option<&str>) -> Option<String> {
    let start = raw.find("://")? + 3;
    let rest = &raw[start..];
    let at = rest.rfind('@')?;
    let user_info = &rest[..at];
    let cut = user_info.find(['#', '?'])?;
    let colon = user_info.find(':').filter(|&c| c < cut && !user_info[..c].contains('/'))?;
    let password = with.map(|w| format!(":{w}")).unwrap_or_default();
    Some(format!("{}{}{password}{}", &raw[..start], &user_info[..colon], &rest[at..]))
}

/// Every `name=value` after a `;`, `&`, `?` or `#` whose name is a secret
/// one ([`is_secret_param`]) with its value, up to the next `;` or `&`,
/// replaced by `with` (or dropped with its separator, `None`): the ODBC and
/// JDBC spelling `;password=S` or `;PWD=S` (`sqlserver://db;user=sa;password=S`,
/// `postgres://db/x?sslmode=require;password=S`), which a query parser reads
/// as part of another parameter's value.
fn named_values(text: &str, with: Option<&str>) -> String {
    let is_sep = |c: char| matches!(c, ';' | '&' | '?' | '#');
    let mut out = String::with_capacity(text.len());
    let mut in_secret = false;
    let mut rest = text;
    loop {
        let end = rest.find(is_sep).unwrap_or(rest.len());
        let (piece, tail) = rest.split_at(end);
        if !in_secret {
            match piece.split_once('=') {
                Some((name, _)) if !out.is_empty() && is_secret_param(name.trim()) => {
                    match with {
                        Some(w) => {
                            out.push_str(name);
                            out.push('=');
                            out.push_str(w);
                        }
                        None if out.ends_with([';', '&']) => {
                            out.pop();
                        }
                        None => {}
                    }
                    in_secret = true;
                }
                _ => out.push_str(piece),
            }
        }
        let Some(sep) = tail.chars().next() else { break };
        let ends_value = matches!(sep, ';' | '&');
        let dropped_first = in_secret && with.is_none() && out.ends_with(['?', '#']);
        if ends_value {
            in_secret = false;
        }
        let keep_sep = !(in_secret || ends_value && dropped_first);
        if keep_sep {
            out.push(sep);
        }
        rest = &tail[sep.len_utf8()..];
    }
    out
}

/// Masks what is not a URL (`postgres//reader:pw@db/x`, `mailto:user:pw@x`)
/// by its shape, never leaving a secret in clear to be safe.
fn mask_text(raw: &str) -> String {
    let split = raw.find(['?', '#']).unwrap_or(raw.len());
    let (head, tail) = raw.split_at(split);
    let mut out = String::new();
    match head.rfind('@') {
        Some(at) => {
            let keep = match head[..at].find("://") {
                Some(i) => i + 3,
                None => {
                    let scheme = head.find(':').filter(|&i| {
                        i > 0
                            && head[..i].starts_with(|c: char| c.is_ascii_alphabetic())
                            && head[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                    });
                    scheme.map_or(0, |i| i + 1 + head[i + 1..at].chars().take_while(|c| *c == '/').count())
                }
            };
            out.push_str(&head[..keep]);
            out.push_str("****");
            out.push_str(&head[at..]);
        }
        None => out.push_str(head),
    }
    // `name=value` pieces after `?` or `#`, split at `&` and `;`.
    let mut piece = String::new();
    let flush = |piece: &mut String, out: &mut String| {
        match piece.split_once('=') {
            Some((k, _)) if is_secret_param(k) => {
                out.push_str(k);
                out.push_str("=****");
            }
            _ => out.push_str(piece),
        }
        piece.clear();
    };
    for c in tail.chars() {
        if "?#&;".contains(c) {
            flush(&mut piece, &mut out);
            out.push(c);
        } else {
            piece.push(c);
        }
    }
    flush(&mut piece, &mut out);
    out
}

/// The URL without its password and secret query and fragment parameters
/// (for `export`, which keeps the user name).
pub fn without_password(raw: &str) -> String {
    if let Some(kept) = broken_user_info(raw, None) {
        return named_values(&kept, None);
    }
    let kept = match url::Url::parse(raw) {
        Ok(u) if !u.cannot_be_a_base() => scrubbed(raw, u, None),
        _ => raw.to_string(),
    };
    named_values(&kept, None)
}

/// `raw` itself when it holds no secret (so a stored URL is shown as typed),
/// otherwise the parsed URL with its secrets replaced or dropped.
fn scrubbed(raw: &str, mut u: url::Url, with: Option<&str>) -> String {
    let before = u.to_string();
    scrub(&mut u, with);
    if u.as_str() == before {
        raw.to_string()
    } else {
        u.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show() {
        assert_eq!(
            mask("postgres://reader:s3cret@db.internal/analytics"),
            "postgres://reader:****@db.internal/analytics"
        );
        assert_eq!(mask("postgres://db.internal/analytics"), "postgres://db.internal/analytics");
        assert!(!mask("weird://u:p@ss@host").contains("p@ss"));
        assert_eq!(without_password("postgres://u:pw@h/d"), "postgres://u@h/d");
    }

    #[test]
    fn a_lone_user_name_is_a_secret_when_shown() {
        assert_eq!(mask("https://ghp_TOKEN@github.com/o/r.git"), "https://****@github.com/o/r.git");
        assert_eq!(mask("postgres://reader@db.internal/a"), "postgres://****@db.internal/a");
        // Export keeps it: it cannot tell a token from a user name, and must round-trip.
        assert_eq!(without_password("https://ghp_TOKEN@github.com/o/r.git"), "https://ghp_TOKEN@github.com/o/r.git");
    }

    #[test]
    fn secret_query_parameters_never_show() {
        let url = "snowflake://u:pw@acct/db?warehouse=wh&password=hunter2&Client_Secret=s3&role=r";
        let shown = mask(url);
        assert!(!shown.contains("hunter2") && !shown.contains("s3&") && !shown.contains(":pw@"), "{shown}");
        assert!(
            shown.contains("warehouse=wh") && shown.contains("role=r") && shown.contains("password=****"),
            "{shown}"
        );
        assert_eq!(without_password(url), "snowflake://u@acct/db?warehouse=wh&role=r");
        assert_eq!(without_password("bigquery://p/d?token=t"), "bigquery://p/d");
        // Harmless parameters leave the URL exactly as typed.
        assert_eq!(mask("postgres://h/d?sslmode=require&x=a%20b"), "postgres://h/d?sslmode=require&x=a%20b");
    }

    #[test]
    fn every_common_secret_name_is_masked_in_query_and_fragment() {
        for name in [
            "password",
            "PASSWORD",
            "token",
            "access_token",
            "secret",
            "key",
            "Key",
            "api-key",
            "api_key",
            "apikey",
            "access_key",
            "auth",
            "sig",
            "signature",
            "X-Amz-Signature",
            "x-amz-credential",
            "sslpassword",
        ] {
            for sep in ['?', '#'] {
                let url = format!("https://h.example/p{sep}a=1&{name}=SEKRIT&b=2");
                let shown = mask(&url);
                assert!(
                    !shown.contains("SEKRIT") && shown.contains("a=1") && shown.contains("b=2"),
                    "{url} -> {shown}"
                );
                let exported = without_password(&url);
                assert!(!exported.contains("SEKRIT") && exported.contains("b=2"), "{url} -> {exported}");
            }
        }
        for harmless in ["keyspace", "author", "signal", "sslmode", "region"] {
            let url = format!("https://h.example/p?{harmless}=v");
            assert_eq!(mask(&url), url);
        }
    }

    #[test]
    fn odbc_style_and_broken_user_info_passwords_never_show() {
        for (raw, shown, kept) in [
            (
                "postgres://db/x?sslmode=require;password=S1",
                "postgres://db/x?sslmode=require;password=****",
                "postgres://db/x?sslmode=require",
            ),
            ("sqlserver://db;user=sa;password=S2", "sqlserver://db;user=sa;password=****", "sqlserver://db;user=sa"),
            ("sqlserver://db;PWD=S3;database=d", "sqlserver://db;PWD=****;database=d", "sqlserver://db;database=d"),
            ("jdbc:sqlserver://db;Password=S4#x", "jdbc:sqlserver://db;Password=****", "jdbc:sqlserver://db"),
            ("postgres://reader:2024#S5@db/x", "postgres://reader:****@db/x", "postgres://reader@db/x"),
            ("postgres://reader:20?S6@db/x", "postgres://reader:****@db/x", "postgres://reader@db/x"),
            ("postgres://u:p@S7#x@h/db", "postgres://u:****@h/db", "postgres://u@h/db"),
            ("https://h/p?email=a@b.c", "https://h/p?email=a@b.c", "https://h/p?email=a@b.c"),
        ] {
            assert_eq!(mask(raw), shown, "{raw}");
            assert_eq!(without_password(raw), kept, "{raw}");
        }
    }

    #[test]
    fn text_that_is_no_url_is_masked_by_its_shape() {
        for (raw, secret) in [
            ("postgres//reader:pw@db/x", "pw"),
            ("mailto:user:pw@x", "pw"),
            ("postgres:/reader:hunter2@db/x", "hunter2"),
            ("x?password=hunter2", "hunter2"),
        ] {
            let shown = mask(raw);
            assert!(!shown.contains(secret) && shown.contains("****"), "{raw} -> {shown}");
        }
        assert_eq!(mask("mailto:user:pw@x"), "mailto:****@x");
    }

    #[test]
    fn urls_need_a_scheme_and_a_host() {
        assert!(parse_url("postgres://u@h/d").is_ok());
        for bad in [
            "not a url",
            "mailto:x@y.z",
            "postgres://h/\u{0}",
            "postgres:/reader:hunter2@db/x",
            "postgres:reader:hunter2@db/x",
            "postgres//reader:pw@db/x",
        ] {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
        let long = format!("postgres://h/{}", "a".repeat(URL_MAX));
        let e = parse_url(&long).unwrap_err();
        assert!(e.message.contains("longer than 2048"), "{}", e.message);
        assert!(e.message.chars().count() < 300, "{}", e.message);
    }
}
