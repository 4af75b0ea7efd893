//! Domain values parsed once at the edge: emails, slugs, names, roles and the other small types.
//!
//! Each type's `parse` is the only place its rules live; everything past the
//! command line holds the parsed type, so nothing validates twice.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Invalid, Value};

/// A value that does not parse (exit 2): `shown` as printed, `why` without a closing full stop.
pub(crate) fn invalid(what: Value, shown: String, why: &str) -> Error {
    Invalid::Value { what, shown, why: why.trim_end_matches('.').to_string() }.into()
}

/// How much of a bad value an error message echoes, in characters.
pub const ECHO_MAX: usize = 100;

/// At most the first [`ECHO_MAX`] characters of `raw`, with `…` when cut:
/// an error about a megabyte-long value should not print the megabyte.
pub fn shorten(raw: &str) -> std::borrow::Cow<'_, str> {
    match raw.char_indices().nth(ECHO_MAX) {
        Some((cut, _)) => format!("{}…", &raw[..cut]).into(),
        None => raw.into(),
    }
}

/// Surrounding whitespace dropped the same way for every identifier (email,
/// slug, name): ASCII spaces, tabs and line ends, including the `\r` a CRLF
/// file leaves behind. Unicode spaces (a non-breaking space) are not
/// whitespace to trim: the value is then refused or kept as typed.
pub fn trim_identifier(raw: &str) -> &str {
    raw.trim_matches(|c: char| c.is_ascii_whitespace())
}

/// Unicode's `Default_Ignorable_Code_Point` set: characters that render as
/// nothing (soft hyphen, Hangul fillers, zero-width spaces and joiners, bidi
/// controls, variation selectors, tag characters, the byte-order mark), so
/// a name holding one can look like another name. From
/// DerivedCoreProperties.txt of Unicode 16.0.0 (unchanged since 6.3 but for
/// its bidi isolates), ranges inclusive.
const DEFAULT_IGNORABLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFF8}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

/// Whether `c` is a default-ignorable code point (see [`DEFAULT_IGNORABLE`]).
fn is_default_ignorable(c: char) -> bool {
    DEFAULT_IGNORABLE.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Variation selectors: default-ignorable, but `❤️` needs one after its symbol.
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether `s` holds an invisible or text-reordering character: any
/// default-ignorable code point, except a variation selector right after a
/// visible non-ASCII character (the emoji presentation of `❤️`), and the
/// braille blank U+2800, which is not default-ignorable but shows as nothing.
fn has_invisible(s: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in s.chars() {
        let lone_selector = || {
            previous.is_none_or(|p| p.is_ascii() || p.is_whitespace() || is_default_ignorable(p) || p == '\u{2800}')
        };
        if c == '\u{2800}' || (is_default_ignorable(c) && (!is_variation_selector(c) || lone_selector())) {
            return true;
        }
        previous = Some(c);
    }
    false
}

/// A user's email, trimmed and lowercased (emails compare case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, Error> {
        let bad = |why: &str| {
            // The parser's own reasons end with a full stop; ours do not.
            let why = why.trim_end_matches('.');
            invalid(Value::Email, format!("{:?}", shorten(raw)), why)
        };
        let s = trim_identifier(raw);
        if s.is_empty() {
            return Err(bad("it is empty"));
        }
        if s.len() > 254 {
            return Err(bad("it is longer than 254 characters"));
        }
        // The RFC grammar allows quoted local parts, comments, domain literals
        // and non-ASCII; an account key wants none of those, so the parser runs
        // in its strict mode and plain ASCII is required on top. ASCII is
        // checked before lowercasing: Unicode case folding turns the Kelvin
        // sign (U+212A) into `k`, which would let two spellings name one account.
        if !s.is_ascii() || s.chars().any(|c| c.is_ascii_control() || c.is_whitespace()) {
            return Err(bad("only plain ASCII without spaces is accepted"));
        }
        let s = s.to_ascii_lowercase();
        if s.contains('"') || s.contains('(') || s.contains('[') || s.ends_with('.') {
            return Err(bad("quotes, comments, literals and trailing dots are not accepted"));
        }
        // `a@1.2.3.4`: an address, not a domain (no top-level domain is all digits).
        let domain = s.rsplit_once('@').map_or("", |(_, d)| d);
        if domain.rsplit('.').next().is_some_and(|tld| !tld.is_empty() && tld.bytes().all(|b| b.is_ascii_digit())) {
            return Err(bad("the domain must be a name, not an IP address"));
        }
        let options =
            email_address::Options::default().with_required_tld().without_display_text().without_domain_literal();
        email_address::EmailAddress::parse_with_options(&s, options).map_err(|e| bad(&e.to_string().to_lowercase()))?;
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Trusted construction from a value read back from the store.
    pub fn from_store(s: String) -> Email {
        Email(s)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Email {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Email::parse(s)
    }
}

/// Who manages a row written by a directory sync: `sync:NAME`, where NAME
/// (the `--source` of `orgctl sync`) is slug-shaped, like `okta`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ManagedBy(String);

impl ManagedBy {
    /// The marker of `orgctl sync --source NAME`.
    pub fn source(name: &str) -> Result<ManagedBy, Error> {
        let name = Slug::parse(name).map_err(|e| {
            invalid(Value::Source, format!("{:?}", shorten(name)), &e.message)
        })?;
        Ok(ManagedBy(format!("sync:{name}")))
    }

    /// A marker as a manifest spells it (`sync:okta`).
    pub fn parse(raw: &str) -> Result<ManagedBy, Error> {
        match raw.strip_prefix("sync:") {
            Some(name) => Self::source(name),
            None => Err(invalid(Value::ManagedBy, format!("{:?}", shorten(raw)), "expected `sync:NAME`")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ManagedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An org, team or dashboard slug: 1–40 of `a-z 0-9 -`, starting and ending with a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

impl Slug {
    pub const MAX: usize = 40;

    pub fn parse(raw: &str) -> Result<Slug, Error> {
        let bad = |why: &str| {
            invalid(Value::Slug, format!("{:?}", shorten(raw)), why)
        };
        let raw = trim_identifier(raw);
        if raw.is_empty() {
            return Err(bad("it is empty"));
        }
        if raw.len() > Self::MAX {
            return Err(bad("it is longer than 40 characters"));
        }
        if !raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(bad("only lowercase letters, digits and `-` are allowed"));
        }
        if raw.starts_with('-') || raw.ends_with('-') {
            return Err(bad("it must start and end with a letter or digit"));
        }
        Ok(Slug(raw.to_string()))
    }

    /// Derives a slug from a title (`Production health` → `production-health`),
    /// or `None` when the title has no letters or digits to build one from.
    pub fn from_title(title: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        out.truncate(Self::MAX);
        let trimmed = out.trim_matches('-');
        Slug::parse(trimmed).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn from_store(s: String) -> Slug {
        Slug(s)
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Slug {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Slug::parse(s)
    }
}

/// A display name or title: trimmed, 1–200 characters, no control
/// characters, no invisible or text-reordering characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(String);

impl Name {
    pub const MAX: usize = 200;

    pub fn parse(raw: &str) -> Result<Name, Error> {
        let s = trim_identifier(raw);
        let bad = |why: &str| {
            invalid(Value::Name, format!("{:?}", shorten(raw)), why)
        };
        if s.trim().is_empty() {
            return Err(bad("it is empty"));
        }
        if s.chars().count() > Self::MAX {
            return Err(bad("it is longer than 200 characters"));
        }
        if s.chars().any(char::is_control) {
            return Err(bad("it contains control characters"));
        }
        if has_invisible(s) {
            return Err(bad("it contains invisible or bidirectional-override characters"));
        }
        Ok(Name(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Name {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Name::parse(s)
    }
}

/// The longest description accepted, in characters.
pub const DESCRIPTION_MAX: usize = 2000;

/// How `invite revoke` and `invite resend` name an invite: by id, or by the
/// invited email (its newest open invite).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteRef {
    Id(i64),
    Email(Email),
}

/// A free-text description: trimmed, at most 2000 characters, no control
/// characters but newlines and tabs, no bidirectional overrides. An empty
/// description clears it.
pub fn parse_description(raw: &str) -> Result<Option<String>, Error> {
    let s = trim_identifier(raw);
    if s.chars().count() > DESCRIPTION_MAX {
        return Err(invalid(Value::Description, String::new(), "it is longer than 2000 characters"));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(invalid(Value::Description, String::new(), "it contains control characters"));
    }
    if s.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')) {
        return Err(invalid(Value::Description, String::new(), "it contains bidirectional-override characters"));
    }
    Ok(if s.is_empty() { None } else { Some(s.to_string()) })
}

/// Declares a closed set of lowercase words (a role, a plan, ...) with parsing and display.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            // Not every set is walked outside the tests.
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [&'static str] = &[$($word),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(|e: Error| serde::de::Error::custom(e.message))
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err(Error::from(crate::error::Invalid::Unknown {
                        what: $what,
                        shown: format!("{:?}", shorten(s)),
                        expected: Self::NAMES.join(", "),
                    })),
                }
            }
        }
    };
}

word_enum!(
    /// A member's role in an org.
    Role, "role", { Admin => "admin", Member => "member", Guest => "guest" }
);
word_enum!(
    /// Where a membership stands: active, or suspended (keeping everything).
    MemberState, "state", { Active => "active", Suspended => "suspended" }
);
word_enum!(
    /// A team member's role in the team: maintainers manage its membership and name.
    TeamRole, "team role", { Member => "member", Maintainer => "maintainer" }
);
word_enum!(
    /// Who can see a dashboard: every member, or only owner, admins and grantees.
    Visibility, "visibility", { Org => "org", Restricted => "restricted" }
);
word_enum!(
    /// What a dashboard grant allows.
    Permission, "permission", { View => "view", Edit => "edit" }
);
word_enum!(
    /// An org's billing plan.
    Plan, "plan", { Free => "free", Team => "team", Enterprise => "enterprise" }
);
word_enum!(
    /// An invite's state as shown to users (`expired` is derived from the clock).
    InviteState, "invite state", {
        Pending => "pending", Accepted => "accepted", Declined => "declined",
        Revoked => "revoked", Expired => "expired"
    }
);

/// The org security settings and the integration kinds: their values and parsing.
pub mod audit;
pub mod security;
pub mod url;

/// A length of time such as `90m` or `7d`: a positive whole number and one of `s m h d w`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    pub seconds: i64,
}

impl Duration {
    pub fn parse(raw: &str) -> Result<Duration, Error> {
        let bad = |why: &str| {
            invalid(Value::Duration, format!("{:?}", shorten(raw)), why)
        };
        let Some(unit) = raw.chars().last() else {
            return Err(bad("it is empty"));
        };
        let factor: i64 = match unit {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad("it must end with one of `s m h d w`")),
        };
        let number = &raw[..raw.len() - 1];
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("it must start with a whole number"));
        }
        let n: i64 = number.parse().map_err(|_| bad("the number is too large"))?;
        if n == 0 {
            return Err(bad("it must be greater than zero"));
        }
        // Ten years is far past any use and keeps every sum with a timestamp in range.
        let seconds = n.checked_mul(factor).filter(|s| *s <= 10 * 366 * 86_400).ok_or_else(|| bad("it is too long"))?;
        Ok(Duration { seconds })
    }
}

impl FromStr for Duration {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Duration::parse(s)
    }
}

/// A point in time given on the command line (`audit list --since`): a
/// duration back from now (`90m`, `7d`), a date (`2026-11-01`, midnight UTC),
/// or an RFC 3339 time (`2026-11-01T09:30:00Z`, `2026-11-01T10:30:00+01:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    Ago(Duration),
    At(i64),
}

impl Since {
    pub fn parse(raw: &str) -> Result<Since, Error> {
        let raw = raw.trim();
        if let Ok(d) = Duration::parse(raw) {
            return Ok(Since::Ago(d));
        }
        use time::format_description::well_known::Rfc3339;
        if let Ok(t) = time::OffsetDateTime::parse(raw, &Rfc3339) {
            return Ok(Since::At(t.unix_timestamp()));
        }
        let date_format = time::macros::format_description!("[year]-[month]-[day]");
        if let Ok(d) = time::Date::parse(raw, &date_format) {
            return Ok(Since::At(d.midnight().assume_utc().unix_timestamp()));
        }
        Err(invalid(Value::Since, format!("{raw:?}"), "expected a duration, a date or an RFC 3339 time"))
    }

    /// The Unix time it names, counting a duration back from `now`.
    pub fn at(self, now: i64) -> i64 {
        match self {
            Since::Ago(d) => now - d.seconds,
            Since::At(t) => t,
        }
    }
}

/// The closest of `names` to `typed` (edit distance), for a "did you mean" hint.
pub fn nearest<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }
    names.into_iter().min_by_key(|n| (distance(typed, n), n.len()))
}

/// Seconds since the Unix epoch, now.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Formats a Unix timestamp as RFC 3339 UTC (`2026-11-23T18:00:00Z`).
pub fn rfc3339(ts: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| ts.to_string())
}

/// Parses an RFC 3339 time (`2026-12-31T00:00:00Z`, any offset) as a Unix timestamp.
pub fn parse_rfc3339(s: &str) -> Result<i64, Error> {
    time::OffsetDateTime::parse(s.trim(), &time::format_description::well_known::Rfc3339)
        .map(|t| t.unix_timestamp())
        .map_err(|_| {
            invalid(Value::Time, format!("{:?}", shorten(s)), "expected RFC 3339 such as 2026-12-31T00:00:00Z")
        })
}

/// When something ends: after a duration from now, or at a fixed time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    In(Duration),
    At(i64),
}

impl Expiry {
    /// A duration (`7d`) or an RFC 3339 time.
    pub fn parse(s: &str) -> Result<Expiry, Error> {
        if s.trim().contains('T') {
            parse_rfc3339(s).map(Expiry::At)
        } else {
            Duration::parse(s).map(Expiry::In)
        }
    }

    /// The Unix time it names, a duration counted from `now`.
    pub fn at(self, now: i64) -> i64 {
        now + self.seconds_from(now)
    }

    /// Seconds from `now` until it ends.
    pub fn seconds_from(self, now: i64) -> i64 {
        match self {
            Expiry::In(d) => d.seconds,
            Expiry::At(t) => t - now,
        }
    }
}

impl FromStr for Expiry {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Expiry::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lowercased_and_strict() {
        assert_eq!(Email::parse(" Bob@Example.COM ").unwrap().as_str(), "bob@example.com");
        for bad in [
            "",
            "bob",
            "bob@",
            "@example.com",
            "bob@example",
            "bob@example.com.",
            "\"bob\"@example.com",
            "bób@example.com",
            "bob smith@example.com",
            "bob@[127.0.0.1]",
            "a@b@c.com",
            "'; DROP TABLE users;--@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        let long = format!("{}@example.com", "a".repeat(300));
        assert!(Email::parse(&long).is_err());
    }

    #[test]
    fn emails_are_ascii_before_any_folding_and_name_a_domain() {
        // U+212A KELVIN SIGN lowercases to `k`: refused, never folded.
        assert!(Email::parse("\u{212A}im@example.com").is_err());
        assert!(Email::parse("kim@example.com").is_ok());
        for bad in
            ["a@1.2.3.4", "a@127.0.0.1", "a@[::1]", "a@example.123", "\u{a0}a@example.com", "a@example.com\u{a0}"]
        {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(Email::parse("a@example.com\r").unwrap().as_str(), "a@example.com");
    }

    #[test]
    fn every_identifier_is_trimmed_alike() {
        for raw in [" x ", "x\r", "\tx\r\n"] {
            assert_eq!(Slug::parse(&raw.replace('x', "acme")).unwrap().as_str(), "acme");
            assert_eq!(Name::parse(&raw.replace('x', "Acme")).unwrap().as_str(), "Acme");
            assert_eq!(Email::parse(&raw.replace('x', "a@b.io")).unwrap().as_str(), "a@b.io");
        }
        // A non-breaking space is not trimmed: a slug or email refuses it.
        assert!(Slug::parse("acme\u{a0}").is_err());
    }

    #[test]
    fn names_refuse_every_default_ignorable_character() {
        for bad in [
            "Bo\u{AD}b",
            "\u{3164}",
            "Bob\u{3164}",
            "\u{115F}Bob",
            "Bob\u{E0041}\u{E007F}",
            "Bo\u{34F}b",
            "Bob\u{FE0F}",
            "\u{FE0F}",
            "\u{2800}",
            "Bo\u{2800}b",
            "Bob\u{FFA0}",
            "A\u{1D173}",
        ] {
            assert!(Name::parse(bad).is_err(), "{bad:?}");
        }
        for good in ["\u{2764}\u{FE0F} team", "Zoë", "東京", "Ali Baba"] {
            assert!(Name::parse(good).is_ok(), "{good:?}");
        }
    }

    #[test]
    fn names_refuse_invisible_and_reordering_characters() {
        for bad in ["Al\u{202E}ice", "Al\u{200B}ice", "\u{2066}Alice", "Ali\u{FEFF}ce", "A\u{200D}b", "\u{a0}"] {
            assert!(Name::parse(bad).is_err(), "{bad:?}");
        }
        assert!(parse_description("a\u{202E}b").is_err());
    }

    #[test]
    fn errors_echo_at_most_the_start_of_a_bad_value() {
        let huge = format!("{}\u{0}", "x".repeat(1_000_000));
        for e in [Name::parse(&huge).unwrap_err(), Slug::parse(&huge).unwrap_err(), Email::parse(&huge).unwrap_err()] {
            assert!(e.message.chars().count() < 250, "{}", e.message.len());
        }
    }

    #[test]
    fn slugs_follow_the_contract() {
        for good in ["a", "acme", "data-team", "x1", &"a".repeat(40)] {
            assert!(Slug::parse(good).is_ok(), "{good:?}");
        }
        for bad in ["", "Acme", "a b", "-a", "a-", "--", &"a".repeat(41), "ümlaut", "../etc", "a_b"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slugs_derive_from_titles() {
        assert_eq!(Slug::from_title("Production health!").unwrap().as_str(), "production-health");
        assert_eq!(Slug::from_title("  Q3 -- Revenue  ").unwrap().as_str(), "q3-revenue");
        assert!(Slug::from_title("!!!").is_none());
        assert!(Slug::from_title(&"x".repeat(100)).unwrap().as_str().len() <= 40);
    }

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(Name::parse("  Alice  ").unwrap().as_str(), "Alice");
        assert!(Name::parse("   ").is_err());
        assert!(Name::parse("a\u{0}b").is_err());
        assert!(Name::parse("a\nb").is_err());
        assert!(Name::parse(&"x".repeat(201)).is_err());
        assert!(Name::parse(&"é".repeat(200)).is_ok());
    }

    #[test]
    fn durations_parse_units_and_refuse_nonsense() {
        assert_eq!(Duration::parse("90m").unwrap().seconds, 5400);
        assert_eq!(Duration::parse("7d").unwrap().seconds, 604_800);
        assert_eq!(Duration::parse("2w").unwrap().seconds, 1_209_600);
        for bad in ["", "0s", "-1d", "7 days", "7", "d", "1.5h", "99999999999999999999d", "99999d"] {
            assert!(Duration::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn word_enums_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().unwrap(), *r);
        }
        assert!("owner".parse::<Role>().is_err());
        assert!("Admin".parse::<Role>().is_err());
    }

    #[test]
    fn since_takes_durations_dates_and_times() {
        assert_eq!(Since::parse("90m").unwrap(), Since::Ago(Duration { seconds: 5400 }));
        assert_eq!(Since::parse("1970-01-02").unwrap(), Since::At(86_400));
        assert_eq!(Since::parse("1970-01-01T01:00:00Z").unwrap(), Since::At(3600));
        assert_eq!(Since::parse("1970-01-01T02:00:00+01:00").unwrap(), Since::At(3600));
        for bad in ["", "yesterday", "2026-13-01", "2026-11-01 10:00"] {
            assert!(Since::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn nearest_finds_the_closest_name() {
        assert_eq!(nearest("membr", ["member", "team", "dashboard"]), Some("member"));
        assert_eq!(nearest("team.ad", ["team.add", "team.edit"]), Some("team.add"));
    }

    #[test]
    fn rfc3339_is_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
