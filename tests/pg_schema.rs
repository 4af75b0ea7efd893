//! Both engines end with the same schema: the SQLite store `orgctl init`
//! makes and the PostgreSQL one have the same tables, the same columns in
//! the same order (types mapped, nullability, defaults), the same primary
//! and unique keys, foreign keys (with their ON DELETE), CHECK counts and
//! indexes. A migration added on one engine only fails here.

use std::collections::BTreeSet;

use crate::common::*;
use crate::pg_common;

/// One column: name, type, NOT NULL, default.
type Column = (String, String, bool, Option<String>);

/// A foreign key: table, columns, referenced table, referenced columns, ON DELETE.
type ForeignKey = (String, Vec<String>, String, Vec<String>, String);

/// An index: name, table, unique, partial, columns.
type Index = (String, String, bool, bool, Vec<String>);

/// Everything compared, per engine.
#[derive(Debug, Default, PartialEq)]
struct Schema {
    columns: Vec<(String, Vec<Column>)>,
    /// (table, "primary key" | "unique", columns)
    keys: BTreeSet<(String, String, Vec<String>)>,
    foreign_keys: BTreeSet<ForeignKey>,
    /// (table, number of CHECK constraints)
    checks: BTreeSet<(String, i64)>,
    indexes: BTreeSet<Index>,
}

/// What only a PostgreSQL store has, by design (each listed with its reason
/// in src/store/pg/v6.sql and v12.sql): the logins map, the departures note
/// and raw SQL's pending changes (a SQLite store has no database logins: its
/// file's permissions are the boundary),
/// and the default of `audit.login` (`session_user` there, NULL on SQLite).
const POSTGRES_ONLY_TABLES: [&str; 3] = ["audit_pending", "departures", "logins"];
const POSTGRES_ONLY_DEFAULTS: [(&str, &str); 1] = [("audit", "login")];

impl Schema {
    /// This PostgreSQL schema without what only PostgreSQL has; panics if
    /// one of those is missing, so the lists cannot go stale.
    fn without_postgres_only(&mut self) {
        for t in POSTGRES_ONLY_TABLES {
            assert!(self.columns.iter().any(|(n, _)| n == t), "the PostgreSQL-only table {t} is missing");
        }
        let only = |t: &String| POSTGRES_ONLY_TABLES.contains(&t.as_str());
        self.columns.retain(|(t, _)| !only(t));
        self.keys.retain(|(t, _, _)| !only(t));
        self.foreign_keys.retain(|(t, ..)| !only(t));
        self.checks.retain(|(t, _)| !only(t));
        self.indexes.retain(|(_, t, ..)| !only(t));
        for (table, column) in POSTGRES_ONLY_DEFAULTS {
            let col = self
                .columns
                .iter_mut()
                .find(|(t, _)| t == table)
                .and_then(|(_, cols)| cols.iter_mut().find(|c| c.0 == column))
                .unwrap_or_else(|| panic!("the column {table}.{column} is missing"));
            assert!(col.3.is_some(), "{table}.{column} has no PostgreSQL-only default any more");
            col.3 = None;
        }
    }
}

fn sqlite_schema(path: &std::path::Path) -> Schema {
    let c = rusqlite::Connection::open(path).expect("open the SQLite store");
    let strings = |sql: &str, p: &str| -> Vec<String> {
        let mut stmt = c.prepare(sql).unwrap();
        let rows = stmt.query_map([p], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let tables =
        strings("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE ?1 ORDER BY name", "sqlite_%");
    let mut s = Schema::default();
    for t in &tables {
        let mut stmt = c
            .prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")
            .unwrap();
        let cols: Vec<(Column, i64)> = stmt
            .query_map([t], |r| {
                let ty: String = r.get(1)?;
                let ty = match ty.as_str() {
                    "INTEGER" => "bigint",
                    "TEXT" => "text",
                    "BLOB" => "bytea",
                    other => panic!("unmapped SQLite type {other}"),
                };
                let pk: i64 = r.get(4)?;
                Ok(((r.get(0)?, ty.to_string(), r.get::<_, bool>(2)? || pk > 0, r.get(3)?), pk))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut pk: Vec<&(Column, i64)> = cols.iter().filter(|(_, k)| *k > 0).collect();
        pk.sort_by_key(|(_, k)| *k);
        s.keys.insert((t.clone(), "primary key".into(), pk.iter().map(|(c, _)| c.0.clone()).collect()));
        s.columns.push((t.clone(), cols.into_iter().map(|(c, _)| c).collect()));

        let mut stmt = c.prepare("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)").unwrap();
        let indexes: Vec<(String, bool, String, bool)> = stmt
            .query_map([t], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for (name, unique, origin, partial) in indexes {
            let cols = strings("SELECT name FROM pragma_index_info(?1) ORDER BY seqno", &name);
            match origin.as_str() {
                "u" => {
                    s.keys.insert((t.clone(), "unique".into(), cols));
                }
                "c" => {
                    s.indexes.insert((name, t.clone(), unique, partial, cols));
                }
                _ => {} // "pk": the primary key, read from table_info above
            }
        }

        let mut stmt = c
            .prepare(
                "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
            )
            .unwrap();
        let fks: Vec<(i64, String, String, String, String)> = stmt
            .query_map([t], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let ids: BTreeSet<i64> = fks.iter().map(|f| f.0).collect();
        for id in ids {
            let parts: Vec<_> = fks.iter().filter(|f| f.0 == id).collect();
            s.foreign_keys.insert((
                t.clone(),
                parts.iter().map(|f| f.2.clone()).collect(),
                parts[0].1.clone(),
                parts.iter().map(|f| f.3.clone()).collect(),
                parts[0].4.clone(),
            ));
        }

        let sql = strings("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", t).concat();
        s.checks.insert((t.clone(), sql.matches("CHECK (").count() as i64));
    }
    s
}

fn postgres_schema(c: &mut postgres::Client) -> Schema {
    let mut s = Schema::default();
    let rows = c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'NO', column_default::text \
             FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name <> 'orgctl_schema' \
             ORDER BY table_name, ordinal_position",
            &[],
        )
        .unwrap();
    for r in rows {
        let table: String = r.get(0);
        // 'free'::text -> 'free', as SQLite reports a default.
        let default: Option<String> = r.get::<_, Option<String>>(4).map(|d| d.trim_end_matches("::text").to_string());
        let col = (r.get(1), r.get(2), r.get(3), default);
        match s.columns.last_mut() {
            Some((t, cols)) if *t == table => cols.push(col),
            _ => s.columns.push((table, vec![col])),
        }
    }
    let cols = |rel: &str, keys: &str| {
        format!(
            "ARRAY(SELECT a.attname::text FROM unnest({keys}) WITH ORDINALITY k(n, o) \
             JOIN pg_attribute a ON a.attrelid = {rel} AND a.attnum = k.n ORDER BY k.o)"
        )
    };
    let sql = format!(
        "SELECT c.conrelid::regclass::text, c.contype::text, {}, c.confrelid::regclass::text, {}, c.confdeltype::text \
         FROM pg_constraint c \
         WHERE c.connamespace = 'public'::regnamespace AND c.conrelid <> 'orgctl_schema'::regclass \
           AND c.conname NOT LIKE 'orgctl\\_value\\_%'",
        cols("c.conrelid", "c.conkey"),
        cols("c.confrelid", "c.confkey"),
    );
    let mut checks = std::collections::BTreeMap::new();
    for (t, _) in &s.columns {
        checks.insert(t.clone(), 0i64);
    }
    for r in c.query(&sql, &[]).unwrap() {
        let (table, kind, columns): (String, String, Vec<String>) = (r.get(0), r.get(1), r.get(2));
        match kind.as_str() {
            "p" => {
                s.keys.insert((table, "primary key".into(), columns));
            }
            "u" => {
                s.keys.insert((table, "unique".into(), columns));
            }
            "f" => {
                let on_delete = match r.get::<_, String>(5).as_str() {
                    "a" => "NO ACTION",
                    "r" => "RESTRICT",
                    "c" => "CASCADE",
                    "n" => "SET NULL",
                    "d" => "SET DEFAULT",
                    other => panic!("unknown confdeltype {other}"),
                };
                s.foreign_keys.insert((table, columns, r.get(3), r.get(4), on_delete.into()));
            }
            "c" => *checks.entry(table).or_default() += 1,
            // The constraint triggers of access.sql (audit of raw SQL, the
            // last admin) are rules, not schema: PostgreSQL's alone (as are
            // its value CHECKs, `orgctl_value_*`, left out above).
            "t" => {}
            other => panic!("unexpected constraint type {other} on {table}"),
        }
    }
    s.checks = checks.into_iter().collect();
    let sql = format!(
        "SELECT i.indexrelid::regclass::text, i.indrelid::regclass::text, i.indisunique, i.indpred IS NOT NULL, {} \
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid \
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'orgctl_schema' \
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))",
        cols("i.indrelid", "i.indkey::int2[]"),
    );
    for r in c.query(&sql, &[]).unwrap() {
        s.indexes.insert((r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }
    s
}

#[test]
fn both_engines_end_with_the_same_tables_columns_keys_and_indexes() {
    let Some(db) = pg_common::db("pg_schema::both_engines_end_with_the_same_tables_columns_keys_and_indexes") else {
        return;
    };
    let env = Env::new();
    // A SQLite file of its own, also when the suite runs on PostgreSQL.
    let lite = env.path("lite.db");
    env.ok(&["--db", lite.to_str().expect("utf-8 path"), "init"]);
    env.ok(&["--db", &db.url(), "init"]);
    let sqlite = sqlite_schema(&lite);
    let mut postgres = postgres_schema(&mut db.client());
    postgres.without_postgres_only();
    assert!(sqlite.columns.len() >= 13, "{:?}", sqlite.columns);
    let tables = |s: &Schema| s.columns.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>();
    assert_eq!(tables(&postgres), tables(&sqlite), "tables");
    for ((table, pg), (_, lite)) in postgres.columns.iter().zip(&sqlite.columns) {
        assert_eq!(pg, lite, "columns of {table} (PostgreSQL, then SQLite)");
    }
    assert_eq!(postgres.keys, sqlite.keys, "primary and unique keys (PostgreSQL, then SQLite)");
    assert_eq!(postgres.foreign_keys, sqlite.foreign_keys, "foreign keys (PostgreSQL, then SQLite)");
    assert_eq!(postgres.checks, sqlite.checks, "CHECK constraints per table (PostgreSQL, then SQLite)");
    assert_eq!(postgres.indexes, sqlite.indexes, "indexes (PostgreSQL, then SQLite)");
}
