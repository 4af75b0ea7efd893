//! `connector add | list | show | edit | remove`. Passwords in URLs are never shown.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{now, Slug};
use crate::ops::{audit_in, require, session, Change, Outcome, Session, Who};
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

/// The URL with its password replaced by `****` (or the text unchanged if it is not a URL).
pub fn mask(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        Ok(_) => raw.to_string(),
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

/// The URL without its password (for `export`).
pub fn without_password(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(None);
            u.to_string()
        }
        _ => raw.to_string(),
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
        require(&s, Action::UseConnectors)?;
        Ok(connectors::list(tx, s.org.id)?.iter().map(view).collect())
    })
}

pub fn show(store: &mut Store, who: &Who, name: &Slug) -> Result<ConnectorView> {
    store.read(|tx| {
        let s = session::in_org(tx, who)?;
        require(&s, Action::UseConnectors)?;
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
        audit_in(tx, &s, "connector.edit", name.as_str(), &format!("kind={} url={}", c.kind, mask(&c.url)))?;
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
    fn urls_need_a_scheme() {
        assert!(parse_url("postgres://u@h/d").is_ok());
        assert!(parse_url("not a url").is_err());
        assert!(parse_url("mailto:x@y.z").is_err());
        assert!(parse_url("postgres://h/\u{0}").is_err());
    }
}
