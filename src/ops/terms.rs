//! The terms of access given on the command line or in a manifest: when it
//! ends (`--expires`, bounded by the org's `grant-max-lifetime`) and why
//! (`--reason`). A leaf: the verbs that grant access share it.

use crate::error::{Error, Result};
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
        return Err(Error::usage(format!("invalid expiry for {what}: {} is in the past", rfc3339(now + seconds)))
            .with_hint("give a future time or a duration such as `30d`"));
    }
    let settings = crate::store::security::get(c, s.org().id)?;
    if let Some(max) = settings.grant_max_lifetime {
        if seconds > max {
            return Err(Error::forbidden(format!(
                "grant-max-lifetime of {} allows expiries up to {}; {what} asked for {}",
                s.slug(),
                crate::model::security::format_duration(max),
                rfc3339(now + seconds)
            ))
            .with_hint("give a shorter `--expires`, or ask an admin to change `org security set --grant-max-lifetime`"));
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

