//! The terms of access given on the command line or in a manifest: when it
//! ends (`--expires`, bounded by the org's `grant-max-lifetime`) and why
//! (`--reason`). A leaf: the verbs that grant access share it.

use crate::error::{Invalid, Refusal, Result};
use crate::model::{now, rfc3339, Expiry};
use crate::ops::Session;
use crate::store::Tx;

/// When access given on the command line ends (`--expires`), and why (`--reason`).
#[derive(Debug, Clone, Default)]
pub struct Terms {
    pub expires: Option<crate::model::Expiry>,
    pub reason: Option<String>,
}

impl Terms {
    pub fn is_empty(&self) -> bool {
        self.expires.is_none() && self.reason.is_none()
    }
}

/// When something given on the command line ends: a time or a duration
/// from now, in the future (a past time is exit 2), within the org's
/// `grant-max-lifetime` (beyond it: exit 4, the setting does not allow it).
pub fn resolve_expiry(c: &Tx, s: &Session, expiry: Option<Expiry>, what: &str) -> Result<Option<i64>> {
    let Some(expiry) = expiry else {
        return Ok(None);
    };
    let now = now();
    let seconds = expiry.seconds_from(now);
    if seconds <= 0 {
        let (what, at) = (format!("expiry for {what}"), rfc3339(now + seconds));
        return Err(Invalid::InThePast { what, at, example: "30d" }.into());
    }
    let settings = crate::store::security::get(c, s.org().id)?;
    if let Some(max) = settings.grant_max_lifetime {
        if seconds > max {
            let (org, max) = (s.slug().to_string(), crate::model::security::format_duration(max));
            let (what, asked) = (what.to_string(), rfc3339(now + seconds));
            return Err(Refusal::GrantTooLong { org, max, what, asked }.into());
        }
    }
    Ok(Some(now + seconds))
}

/// The expiry of a dashboard or connector grant: as given, or, when the
/// org sets `grant-max-lifetime` and none was given, that lifetime from now
/// (so that no grant outlives the bound).
pub fn grant_expiry(c: &Tx, s: &Session, expiry: Option<Expiry>, what: &str) -> Result<Option<i64>> {
    if expiry.is_some() {
        return resolve_expiry(c, s, expiry, what);
    }
    Ok(crate::store::security::get(c, s.org().id)?.grant_max_lifetime.map(|max| now() + max))
}

