//! SQL for the audit log.

use super::permit::Permit;
use super::ids::OrgId;
use super::sql::{params, Tx};
use serde::Serialize;

use crate::error::Result;
use crate::model::rfc3339;

/// One audit entry as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entry's number in its org.
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub org: Option<String>,
    pub action: String,
    pub target: String,
    pub details: String,
    /// How the acting identity was established: `flag`, `env` or `file`.
    pub actor_source: Option<String>,
    /// The operating-system account that ran the command.
    pub os_user: Option<String>,
    /// The database login that wrote the entry (PostgreSQL; absent on SQLite).
    pub login: Option<String>,
    /// The entry's link in its org's hash chain ([`chain_hash`]); absent
    /// (null) only for entries that belong to no org (`user add`).
    pub hash: Option<String>,
}

/// What every change records, in the transaction that makes the change.
pub(in crate::store) struct Record<'a> {
    pub actor: Option<&'a str>,
    pub actor_source: Option<&'a str>,
    pub org: Option<(OrgId, &'a str)>,
    pub action: &'a str,
    pub target: &'a str,
    pub details: &'a str,
}

/// The operating-system account running this process, looked up once.
pub(super) fn os_user() -> Option<&'static str> {
    static USER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    USER.get_or_init(|| whoami::username().ok()).as_deref()
}

/// The fields of an entry that its hash covers, in the order the canonical
/// JSON lists them.
#[derive(Serialize)]
pub struct Canon<'a> {
    pub number: i64,
    /// RFC 3339, UTC, whole seconds (`2026-12-04T15:30:00Z`).
    pub at: &'a str,
    pub actor: Option<&'a str>,
    pub login: Option<&'a str>,
    pub action: &'a str,
    pub target: &'a str,
    pub details: &'a str,
}

/// An entry's link in its org's hash chain: the lowercase hex SHA-256 of
/// the previous entry's hash (in the same org, by number; the empty string
/// before an org's first entry, or the hash an `audit.prune` entry says the
/// remaining chain starts from) followed by the entry's canonical JSON:
/// compact, keys in [`Canon`]'s order, strings escaped as serde_json
/// escapes them. The one definition: writing an entry and `db check` both
/// call this (and the PostgreSQL migration that fills the chain of older
/// entries computes the same bytes in SQL: see `pg/v7.sql`).
pub fn chain_hash(prev: &str, canon: &Canon) -> String {
    use sha2::{Digest, Sha256};
    // Serialising a struct of strings, integers and options cannot fail.
    let json = serde_json::to_string(canon).unwrap_or_default();
    let digest = Sha256::new().chain_update(prev.as_bytes()).chain_update(json.as_bytes()).finalize();
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// The hash of the org's newest entry: the link the next entry extends.
/// Read once per transaction and org (the counter row taken by the first
/// number holds off every other writer of the org until the commit), then
/// carried by the transaction. On PostgreSQL a member may write entries but
/// not read them: a function of the schema owner returns the head.
fn head(c: &Tx, org_id: OrgId) -> Result<String> {
    if let Some(h) = c.audit_head(org_id) {
        return Ok(h);
    }
    let sql = "SELECT (SELECT hash FROM audit WHERE org_id = ?1 ORDER BY number DESC LIMIT 1)";
    let h: Option<String> = c.query_row(sql, [org_id], |r| r.get(0))?;
    Ok(h.unwrap_or_default())
}

/// An entry to be written with others by [`record_all`]: a [`Record`] that
/// owns its text, with its time.
#[derive(Debug, Clone)]
pub(in crate::store) struct Pending {
    pub at: i64,
    pub actor: Option<String>,
    pub actor_source: Option<&'static str>,
    pub org: Option<(OrgId, String)>,
    pub action: &'static str,
    pub target: String,
    pub details: String,
}

impl Pending {
    fn record(&self) -> Record<'_> {
        Record {
            actor: self.actor.as_deref(),
            actor_source: self.actor_source,
            org: self.org.as_ref().map(|(id, slug)| (*id, slug.as_str())),
            action: self.action,
            target: &self.target,
            details: &self.details,
        }
    }
}

/// Writes entries in their order, as [`record`] writes each. On PostgreSQL
/// a run of entries of one org (or of none) by one source goes in one call
/// (`orgctl_audit_many`: one check, the chain's head and the org's counter
/// read once, one insert), instead of a round trip and a check per entry:
/// the 3,311 entries of an apply cost 2.4 s of server time one by one. The
/// entries go as four arrays side by side (times, actions, targets,
/// details), borrowed from the entries and sent in binary.
pub(in crate::store) fn record_all(c: &Tx, entries: &[Pending]) -> Result<()> {
    if !c.is_postgres() {
        return entries.iter().try_for_each(|e| record(c, e.at, &e.record()));
    }
    let key = |e: &Pending| (e.org.as_ref().map(|o| o.0), e.actor_source);
    for run in entries.chunk_by(|a, b| key(a) == key(b)) {
        let [first, ..] = run else { continue };
        if run.len() == 1 {
            record(c, first.at, &first.record())?;
            continue;
        }
        let ats: Vec<Option<i64>> = run.iter().map(|e| Some(e.at)).collect();
        let actions: Vec<Option<&str>> = run.iter().map(|e| Some(e.action)).collect();
        let targets: Vec<Option<&str>> = run.iter().map(|e| Some(e.target.as_str())).collect();
        let details: Vec<Option<&str>> = run.iter().map(|e| Some(e.details.as_str())).collect();
        c.query_row(
            "SELECT orgctl_audit_many(?1, CAST(?2 AS BIGINT[]), CAST(?3 AS TEXT[]), CAST(?4 AS TEXT[]), \
             CAST(?5 AS TEXT[]), ?6, ?7)",
            params![first.org.as_ref().map(|o| o.0), ats, actions, targets, details, first.actor_source, os_user()],
            |_| Ok(()),
        )?;
    }
    Ok(())
}

pub(in crate::store) fn record(c: &Tx, now: i64, e: &Record) -> Result<()> {
    if c.is_postgres() {
        // The database writes the entry: its number, hash (the same
        // [`chain_hash`], in SQL), actor (the acting user) and login are its
        // own (orgctl_audit, src/store/pg/access.sql), so no entry, by
        // orgctl or by raw SQL, can skip its org's chain.
        c.query_row(
            "SELECT orgctl_audit(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![e.org.map(|o| o.0), now, e.action, e.target, e.details, e.actor_source, os_user()],
            |_| Ok(()),
        )?;
        return Ok(());
    }
    let login = c.login().map(|l| l.login.as_str());
    let (number, hash) = match e.org {
        Some((org_id, _)) => {
            let number = c.next_number(org_id, "audit")?;
            let prev = head(c, org_id)?;
            let at = rfc3339(now);
            let canon = Canon {
                number,
                at: &at,
                actor: e.actor,
                login,
                action: e.action,
                target: e.target,
                details: e.details,
            };
            let hash = chain_hash(&prev, &canon);
            c.set_audit_head(org_id, hash.clone());
            (Some(number), Some(hash))
        }
        None => (None, None),
    };
    // `login` is the connection's login on PostgreSQL (where a policy
    // holds it to `session_user`), NULL on SQLite.
    c.execute(
        "INSERT INTO audit (at, actor, org_id, org, action, target, details, number, actor_source, os_user, hash, login) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            now,
            e.actor,
            e.org.map(|o| o.0),
            e.org.map(|o| o.1),
            e.action,
            e.target,
            e.details,
            number,
            e.actor_source,
            os_user(),
            hash,
            login
        ],
    )?;
    Ok(())
}

/// Filters for `audit list`.
pub struct Filter<'a> {
    pub actor: Option<&'a str>,
    pub action: Option<&'a str>,
    /// The database login that wrote the entry (PostgreSQL; none on SQLite).
    pub login: Option<&'a str>,
    pub since: Option<i64>,
    pub limit: i64,
}

const ENTRY_COLUMNS: &str = "number, at, actor, org, action, target, details, actor_source, os_user, login, hash";

fn entry(r: &super::sql::Row) -> Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        at: rfc3339(r.get(1)?),
        actor: r.get(2)?,
        org: r.get(3)?,
        action: r.get(4)?,
        target: r.get(5)?,
        details: r.get(6)?,
        actor_source: r.get(7)?,
        os_user: r.get(8)?,
        login: r.get(9)?,
        hash: r.get(10)?,
    })
}

/// The org's newest entries first.
pub fn list(c: &Tx, org_id: OrgId, f: &Filter) -> Result<Vec<Entry>> {
    c.query_map(
        &format!(
            "SELECT {ENTRY_COLUMNS} FROM audit \
             WHERE org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR actor = ?2) \
             AND (CAST(?3 AS TEXT) IS NULL OR action = ?3 OR substr(action, 1, length(?3) + 1) = ?3 || '.') \
             AND (CAST(?4 AS BIGINT) IS NULL OR at >= ?4) AND (CAST(?6 AS TEXT) IS NULL OR login = ?6) \
             ORDER BY id DESC LIMIT ?5"
        ),
        params![org_id, f.actor, f.action, f.since, f.limit, f.login],
        entry,
    )
}

/// The org's entries numbered above `after`, oldest first, at most
/// `f.limit` (`audit list -o jsonl`: one page of the stream), with the
/// number of the last entry looked at, matching the filters or not (where
/// the next page starts).
pub fn page(c: &Tx, org_id: OrgId, f: &Filter, after: i64) -> Result<(Vec<Entry>, i64)> {
    let last: Option<i64> = c.query_row(
        "SELECT max(number) FROM (SELECT number FROM audit WHERE org_id = ?1 AND number > ?2 ORDER BY number LIMIT ?3) s",
        params![org_id, after, f.limit],
        |r| r.get(0),
    )?;
    let Some(last) = last else { return Ok((Vec::new(), after)) };
    let rows = c.query_map(
        &format!(
            "SELECT {ENTRY_COLUMNS} FROM audit \
             WHERE org_id = ?1 AND number > ?5 AND number <= ?6 AND (CAST(?2 AS TEXT) IS NULL OR actor = ?2) \
             AND (CAST(?3 AS TEXT) IS NULL OR action = ?3 OR substr(action, 1, length(?3) + 1) = ?3 || '.') \
             AND (CAST(?4 AS BIGINT) IS NULL OR at >= ?4) AND (CAST(?7 AS TEXT) IS NULL OR login = ?7) ORDER BY number"
        ),
        params![org_id, f.actor, f.action, f.since, after, last, f.login],
        entry,
    )?;
    Ok((rows, last))
}

/// Whether the org's log holds an entry with this action (or family).
pub fn has_action(c: &Tx, org_id: OrgId, action: &str) -> Result<bool> {
    c.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit WHERE org_id = ?1 AND \
         (action = ?2 OR substr(action, 1, length(?2) + 1) = ?2 || '.'))",
        params![org_id, action],
        |r| r.get(0),
    )
}

/// What `audit prune` would remove of the org's log: the entries up to the
/// newest one older than `before` (entries are numbered in the order they
/// were written): (how many, the first number, the last number, the hash of
/// the last, which the remaining chain extends). `None`: nothing is that old.
pub fn prunable(c: &Tx, org_id: OrgId, before: i64) -> Result<Option<(i64, i64, i64, String)>> {
    let last: Option<i64> = c.query_row(
        "SELECT max(number) FROM audit WHERE org_id = ?1 AND at < ?2 AND number IS NOT NULL \
           AND number < (SELECT max(number) FROM audit WHERE org_id = ?1)",
        params![org_id, before],
        |r| r.get(0),
    )?;
    let Some(last) = last else { return Ok(None) };
    c.query_row(
        "SELECT count(*), min(number), (SELECT hash FROM audit WHERE org_id = ?1 AND number = ?2) \
         FROM audit WHERE org_id = ?1 AND number <= ?2",
        params![org_id, last],
        |r| Ok(Some((r.get(0)?, r.get(1)?, last, r.get::<Option<String>>(2)?.unwrap_or_default()))),
    )
}

/// Removes the org's entries numbered up to `last` ([`prunable`] never
/// offers the org's newest entry, so the chain stays anchored in the table:
/// the entry recording the prune extends it, on both engines).
pub fn prune(c: &Permit, org_id: OrgId, last: i64) -> Result<usize> {
    let newest = head(c, org_id)?;
    c.set_audit_head(org_id, newest);
    if c.is_postgres() {
        // No login deletes entries: a function of the schema owner removes
        // only those older than the org's retention, for its admins.
        let gone: i64 = c.write_row("SELECT orgctl_audit_prune(?1, ?2)", params![org_id, last], |r| r.get(0))?;
        return Ok(usize::try_from(gone).unwrap_or(0));
    }
    c.execute("DELETE FROM audit WHERE org_id = ?1 AND number <= ?2", params![org_id, last])
}

/// What the chain covers of one stored entry, with its stored hash.
struct Link {
    rowid: i64,
    number: i64,
    at: i64,
    actor: Option<String>,
    login: Option<String>,
    action: String,
    target: String,
    details: String,
    hash: Option<String>,
}

impl Link {
    fn hash_after(&self, prev: &str) -> String {
        let at = rfc3339(self.at);
        chain_hash(
            prev,
            &Canon {
                number: self.number,
                at: &at,
                actor: self.actor.as_deref(),
                login: self.login.as_deref(),
                action: &self.action,
                target: &self.target,
                details: &self.details,
            },
        )
    }
}

/// How many entries the chain walks read at a time: memory stays flat
/// whatever the size of the log.
const CHAIN_BATCH: i64 = 5_000;

/// The org's entries numbered above `after`, oldest first, at most `CHAIN_BATCH`.
fn links(c: &Tx, org_id: OrgId, after: i64) -> Result<Vec<Link>> {
    c.query_map(
        "SELECT id, number, at, actor, login, action, target, details, hash FROM audit \
         WHERE org_id = ?1 AND number > ?2 ORDER BY number LIMIT ?3",
        params![org_id, after, CHAIN_BATCH],
        |r| {
            Ok(Link {
                rowid: r.get(0)?,
                number: r.get(1)?,
                at: r.get(2)?,
                actor: r.get(3)?,
                login: r.get(4)?,
                action: r.get(5)?,
                target: r.get(6)?,
                details: r.get(7)?,
                hash: r.get(8)?,
            })
        },
    )
}

/// Every org id the audit log holds entries of (deleted orgs' too).
fn logged_orgs(c: &Tx) -> Result<Vec<OrgId>> {
    c.query_map("SELECT DISTINCT org_id FROM audit WHERE org_id IS NOT NULL ORDER BY org_id", (), |r| r.get(0))
}

/// Fills in the hash chain of entries written before the chain existed
/// (SQLite, right after the migration that adds `audit.hash`; PostgreSQL's
/// migration does the same in SQL). Entries already carrying a hash keep it.
pub(in crate::store) fn fill_chains(c: &Tx) -> Result<()> {
    for org_id in logged_orgs(c)? {
        let mut prev = String::new();
        let mut after = 0;
        loop {
            let batch = links(c, org_id, after)?;
            let Some(last) = batch.last() else { break };
            after = last.number;
            for link in &batch {
                prev = match &link.hash {
                    Some(h) => h.clone(),
                    None => {
                        let h = link.hash_after(&prev);
                        c.execute("UPDATE audit SET hash = ?1 WHERE id = ?2", params![h, link.rowid])?;
                        h
                    }
                };
            }
        }
    }
    Ok(())
}

/// The action `audit prune` records itself under, and the words its details
/// end with: `... chain resumes at NUMBER from HASH`. `db check` reads them
/// to know where the chain of a pruned log starts.
pub const PRUNE_ACTION: &str = "audit.prune";
const RESUMES: &str = "chain resumes at ";

/// The details of an `audit.prune` entry.
pub fn prune_details(removed: i64, first: i64, last: i64, days: i64, start_hash: &str) -> String {
    format!(
        "removed {removed} entries older than {days}d (numbers {first}-{last}); {RESUMES}{} from {start_hash}",
        last + 1
    )
}

/// Where a pruned chain resumes: (the first number kept, the hash it extends).
fn parse_prune(details: &str) -> Option<(i64, String)> {
    let (_, tail) = details.rsplit_once(RESUMES)?;
    let (number, hash) = tail.split_once(" from ")?;
    Some((number.parse().ok()?, hash.trim().to_string()))
}

/// Checks the org's hash chain; the first entry that does not match, as a
/// readable line, or `None` when the whole chain holds. The first entry
/// kept extends the empty string, or, when an `audit.prune` entry says the
/// chain resumes at its number, the hash that entry records.
pub fn verify_chain(c: &Tx, org_id: OrgId, org: &str) -> Result<Option<String>> {
    let starts: std::collections::HashMap<i64, String> = c
        .query_map(
            "SELECT details FROM audit WHERE org_id = ?1 AND action = ?2",
            params![org_id, PRUNE_ACTION],
            |r| r.get::<String>(0),
        )?
        .iter()
        .filter_map(|d| parse_prune(d))
        .collect();
    // The previous entry's hash; `None` before the first entry kept.
    // Numbers may skip (entries written before the numbering was per org
    // kept their global ids), so "previous" is by order, not by number - 1.
    let mut prev: Option<String> = None;
    let mut after = 0;
    loop {
        let batch = links(c, org_id, after)?;
        let Some(last) = batch.last() else { break };
        after = last.number;
        for link in batch {
            let expected_prev = match prev.take() {
                Some(h) => h,
                None => starts.get(&link.number).cloned().unwrap_or_default(),
            };
            let want = link.hash_after(&expected_prev);
            if link.hash.as_deref() != Some(want.as_str()) {
                return Ok(Some(format!(
                    "audit chain of {org}: entry {} does not match its hash (it was changed, or an entry before it \
                     was changed or removed)",
                    link.number
                )));
            }
            prev = Some(want);
        }
    }
    Ok(None)
}

/// The orgs whose chains `db check` verifies: on SQLite every org the log
/// holds entries of (deleted ones too), named by their slug as logged.
pub fn chained_orgs(c: &Tx) -> Result<Vec<(OrgId, String)>> {
    let mut out = Vec::new();
    for org_id in logged_orgs(c)? {
        let slug: Option<String> = c.query_row(
            "SELECT (SELECT org FROM audit WHERE org_id = ?1 AND number IS NOT NULL ORDER BY number DESC LIMIT 1)",
            [org_id],
            |r| r.get(0),
        )?;
        out.push((org_id, slug.unwrap_or_else(|| format!("org {org_id}"))));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed vector: any other implementation of the definition (the
    /// PostgreSQL migration, a verifier outside orgctl) must give these.
    #[test]
    fn chain_hash_matches_the_fixed_vector() {
        let first = Canon {
            number: 1,
            at: "2026-12-04T15:30:00Z",
            actor: Some("alice@example.com"),
            login: None,
            action: "org.create",
            target: "acme",
            details: "name \"Acme\"\n\u{1}é",
        };
        let json = serde_json::to_string(&first).expect("json");
        assert_eq!(
            json,
            r#"{"number":1,"at":"2026-12-04T15:30:00Z","actor":"alice@example.com","login":null,"action":"org.create","target":"acme","details":"name \"Acme\"\n\u0001é"}"#
        );
        let h1 = chain_hash("", &first);
        assert_eq!(h1, "2db3c3fa6b81d799f7349310a328f60a4a903135d4ac7cf70728e607ec156e87");
        let second = Canon { number: 2, actor: None, login: Some("ci"), details: "", ..first };
        assert_eq!(chain_hash(&h1, &second), "71710a01bedfae918ea3bfd383f9edc7484e332a404133dcfd43f94efd581dc2");
    }

    #[test]
    fn prune_details_say_where_the_chain_resumes() {
        let d = prune_details(3, 1, 3, 30, "abc");
        assert_eq!(parse_prune(&d), Some((4, "abc".to_string())));
        assert_eq!(parse_prune("removed nothing"), None);
    }
}
