//! `connector add | list | show | edit | remove`. Passwords in URLs are never shown.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{now, Slug};
use crate::ops::{audit_in, require, session, Change, Diff, Outcome, Session, Who};
use crate::policy::Action;
use crate::store::connectors::{self, Connector};
use crate::store::Store;

/// A connector as shown: the URL's password is `****`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConnectorView {
    pub name: String,
    pub kind: String,
    pub url: String,
}

/// A connection URL, checked: it must parse and have a scheme.
pub fn parse_url(raw: &str) -> Result<url::Url> {
    let bad = |why: String| {
        Error::usage(format!("invalid connector URL {:?}: {why}", mask(raw)))
            .with_hint("a URL looks like `postgres://user@host/db`")
    };
    let raw = raw.trim();
    if raw.chars().any(char::is_control) {
        return Err(bad("it contains control characters".into()));
    }
    let url = url::Url::parse(raw).map_err(|e| bad(e.to_string()))?;
    if url.cannot_be_a_base() {
        return Err(bad("it needs `scheme://`".into()));
    }
    Ok(url)
}

/// Whether a query parameter carries a secret (`?password=…`, `&sslpassword=…`,
/// `?token=…`, `?client_secret=…`, `?api_key=…`): masked like the password.
fn is_secret_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["pass", "pwd", "secret", "token", "apikey", "api_key", "credential", "private_key"].iter().any(|s| key.contains(s))
}

/// Replaces (`Some`) or drops (`None`) the password and every secret query
/// parameter of `u`; the query is rewritten only when it holds a secret.
fn scrub(u: &mut url::Url, with: Option<&str>) {
    if u.password().is_some() {
        let _ = u.set_password(with);
    }
    if u.query_pairs().any(|(k, _)| is_secret_param(&k)) {
        let kept: Vec<(String, String)> = u
            .query_pairs()
            .filter_map(|(k, v)| match (is_secret_param(&k), with) {
                (false, _) => Some((k.into_owned(), v.into_owned())),
                (true, Some(w)) => Some((k.into_owned(), w.to_string())),
                (true, None) => None,
            })
            .collect();
        if kept.is_empty() {
            u.set_query(None);
        } else {
            u.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
}

/// The URL with its password and secret query parameters replaced by `****`
/// (or, if it is not a URL, with whatever sits between `:` and `@` hidden).
pub fn mask(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(u) => scrubbed(raw, u, Some("****")),
        // Not a URL: hide whatever sits between `:` and `@`, to be safe.
        Err(_) => match (raw.find("://"), raw.rfind('@')) {
            (Some(start), Some(at)) if at > start => {
                let userinfo = &raw[start + 3..at];
                match userinfo.find(':') {
                    Some(colon) => format!("{}:****{}", &raw[..start + 3 + colon], &raw[at..]),
                    None => raw.to_string(),
                }
            }
            _ => raw.to_string(),
        },
    }
}

/// The URL without its password and secret query parameters (for `export`).
pub fn without_password(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(u) => scrubbed(raw, u, None),
        _ => raw.to_string(),
    }
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

fn view(c: &Connector) -> ConnectorView {
    ConnectorView { name: c.name.clone(), kind: c.kind.clone(), url: mask(&c.url) }
}

fn find(c: &Connection, s: &Session, name: &Slug) -> Result<Connector> {
    connectors::find(c, s.org.id, name.as_str())?.ok_or_else(|| {
        Error::not_found(format!("connector {name} does not exist in {}", s.slug()))
            .with_hint("see `orgctl connector list`")
    })
}

pub fn add(store: &mut Store, who: &Who, name: &Slug, kind: &Slug, url: &url::Url) -> Result<Change<ConnectorView>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageConnectors)?;
        // SPEC §6: creating something whose name is taken is a conflict.
        if connectors::find(tx, s.org.id, name.as_str())?.is_some() {
            return Err(Error::conflict(format!("connector {name} already exists in {}", s.slug()))
                .with_hint(format!("to change it, run `orgctl connector edit {name}`")));
        }
        connectors::insert(tx, s.org.id, name.as_str(), kind.as_str(), url.as_str(), now())?;
        audit_in(tx, &s, "connector.add", name.as_str(), &format!("kind={kind} url={}", mask(url.as_str())))?;
        Ok(Change::new(
            Outcome::Created,
            Some(s.slug()),
            ConnectorView { name: name.to_string(), kind: kind.to_string(), url: mask(url.as_str()) },
        ))
    })
}

pub fn list(store: &mut Store, who: &Who) -> Result<Vec<ConnectorView>> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        // Every member sees that a connector exists, whether or not they may use it.
        require(&s, Action::ViewOrg)?;
        Ok(connectors::list(tx, s.org.id)?.iter().map(view).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<ConnectorView> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        // Every member sees that a connector exists, whether or not they may use it.
        require(&s, Action::ViewOrg)?;
        Ok(view(&find(tx, &s, name)?))
    })
}

pub fn edit(
    store: &mut Store,
    who: &Who,
    name: &Slug,
    kind: Option<&Slug>,
    url: Option<&url::Url>,
) -> Result<Change<ConnectorView>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageConnectors)?;
        let mut c = find(tx, &s, name)?;
        let before = c.clone();
        if let Some(k) = kind {
            c.kind = k.to_string();
        }
        if let Some(u) = url {
            c.url = u.to_string();
        }
        if c == before {
            return Ok(Change::new(Outcome::Unchanged, Some(s.slug()), view(&c)));
        }
        connectors::update(tx, c.id, &c.kind, &c.url)?;
        let diff = Diff::new().field("kind", Some(&before.kind), Some(&c.kind)).field(
            "url",
            Some(&mask(&before.url)),
            Some(&mask(&c.url)),
        );
        audit_in(tx, &s, "connector.edit", name.as_str(), &diff.text())?;
        Ok(Change::new(Outcome::Updated, Some(s.slug()), view(&c)))
    })
}

pub fn remove(store: &mut Store, who: &Who, name: &Slug) -> Result<Change<ConnectorView>> {
    store.write(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::ManageConnectors)?;
        let c = find(tx, &s, name)?;
        connectors::delete(tx, c.id)?;
        audit_in(tx, &s, "connector.remove", name.as_str(), "")?;
        Ok(Change::new(Outcome::Deleted, Some(s.slug()), view(&c)))
    })
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
        assert_eq!(mask("postgres://reader@db.internal/analytics"), "postgres://reader@db.internal/analytics");
        assert!(!mask("weird://u:p@ss@host").contains("p@ss"));
        assert_eq!(without_password("postgres://u:pw@h/d"), "postgres://u@h/d");
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
    fn urls_need_a_scheme() {
        assert!(parse_url("postgres://u@h/d").is_ok());
        assert!(parse_url("not a url").is_err());
        assert!(parse_url("mailto:x@y.z").is_err());
        assert!(parse_url("postgres://h/\u{0}").is_err());
    }
}
