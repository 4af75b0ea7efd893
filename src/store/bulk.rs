//! Many rows of one table in one statement (`apply`'s new users, members,
//! teams, team memberships, dashboards and grants), from one description
//! for both engines.
//!
//! On PostgreSQL the rows travel as one array parameter per column, sent in
//! binary, and the statement reads them side by side with `unnest`; on
//! SQLite, which has no arrays, as one JSON array parameter, each row an
//! object whose keys are its columns' names, read with `json_each`. Either
//! way the rows are inserted in the order given (so ids are handed out in
//! that order). A row is given as its values in the columns' order: each
//! column's name and type are written here once, so a row cannot name a
//! column the statement does not read.

use std::collections::HashMap;

use serde_json::Value;

use super::permit::Permit;
use super::sql::{FromCell, ToValue};
use crate::error::{Error, Result};

/// A bulk column's type: what PostgreSQL casts it to, and the array it
/// travels in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::store) enum Ty {
    BigInt,
    Text,
}

impl Ty {
    fn sql(self) -> &'static str {
        match self {
            Ty::BigInt => "bigint",
            Ty::Text => "text",
        }
    }
}

/// An `INSERT ... SELECT` of many rows: the columns every row shares (the
/// statement's leading parameters) and the columns each row brings.
pub(in crate::store) struct Bulk<const N: usize> {
    pub table: &'static str,
    /// Set from the parameters `?1`, `?2`, ... (the same for every row):
    /// each column's name and type.
    pub shared: &'static [(&'static str, Ty)],
    /// Brought by each row (an array per column on PostgreSQL, a key of the
    /// row's JSON object on SQLite): each column's name and type.
    pub columns: [(&'static str, Ty); N],
}

impl<const N: usize> Bulk<N> {
    /// The statement, for PostgreSQL or SQLite; the rows are the parameters
    /// after the shared ones (one array per column on PostgreSQL, one JSON
    /// array on SQLite). `returning` is its RETURNING list; with `skip`, a
    /// row that would break a unique key is skipped (ON CONFLICT DO NOTHING).
    fn sql(&self, postgres: bool, returning: Option<&str>, skip: bool) -> String {
        let first = self.shared.len() + 1;
        let names: Vec<&str> = self.shared.iter().chain(&self.columns).map(|(name, _)| *name).collect();
        let shared = self.shared.iter().enumerate();
        let select: Vec<String> = if postgres {
            shared
                .map(|(i, (_, ty))| format!("CAST(?{} AS {})", i + 1, ty.sql()))
                .chain(self.columns.iter().map(|(name, _)| format!("x.{name}")))
                .collect()
        } else {
            shared
                .map(|(i, _)| format!("?{}", i + 1))
                .chain(self.columns.iter().map(|(name, _)| format!("json_extract(value, '$.{name}')")))
                .collect()
        };
        let source = if postgres {
            let arrays: Vec<String> = self
                .columns
                .iter()
                .enumerate()
                .map(|(i, (_, ty))| format!("CAST(?{} AS {}[])", first + i, ty.sql()))
                .collect();
            let names: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
            format!("unnest({}) WITH ORDINALITY AS x({}, i) ORDER BY x.i", arrays.join(", "), names.join(", "))
        } else if skip {
            // (`WHERE true`: SQLite's parser needs it before an upsert clause.)
            format!("json_each(?{first}) WHERE true ORDER BY key")
        } else {
            format!("json_each(?{first}) ORDER BY key")
        };
        let skip = if skip { " ON CONFLICT DO NOTHING" } else { "" };
        let returning = returning.map(|r| format!(" RETURNING {r}")).unwrap_or_default();
        format!(
            "INSERT INTO {} ({}) SELECT {} FROM {source}{skip}{returning}",
            self.table,
            names.join(", "),
            select.join(", ")
        )
    }

    /// The rows as PostgreSQL reads them: one array per column, of the
    /// column's type.
    fn arrays<'r>(&self, rows: &'r [[Value; N]]) -> Result<Vec<Column<'r>>> {
        self.columns
            .iter()
            .enumerate()
            .map(|(j, (name, ty))| {
                // Column `j` of every row, each value read by `read` (NULL as None).
                fn column<'r, T, const N: usize>(
                    rows: &'r [[Value; N]],
                    j: usize,
                    name: &str,
                    read: impl Fn(&'r Value) -> Option<T>,
                ) -> Result<Vec<Option<T>>> {
                    rows.iter()
                        .map(|r| match &r[j] {
                            Value::Null => Ok(None),
                            v => read(v)
                                .map(Some)
                                .ok_or_else(|| Error::internal(format!("bulk insert: {name} cannot hold {v}"))),
                        })
                        .collect()
                }
                match ty {
                    Ty::BigInt => column(rows, j, name, Value::as_i64).map(Column::Ints),
                    Ty::Text => column(rows, j, name, Value::as_str).map(Column::Texts),
                }
            })
            .collect()
    }

    /// Runs `send` with the statement and its parameters for `rows`
    /// (`None`, and no statement, for no rows): `shared` bound to the
    /// shared columns in their order, then the rows.
    fn with_rows<R>(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
        returning: Option<&str>,
        skip: bool,
        send: impl FnOnce(&str, &[&dyn ToValue]) -> Result<R>,
    ) -> Result<Option<R>> {
        let postgres = c.is_postgres();
        let sql = self.sql(postgres, returning, skip);
        if postgres {
            let rows: Vec<[Value; N]> = rows.into_iter().collect();
            if rows.is_empty() {
                return Ok(None);
            }
            let arrays = self.arrays(&rows)?;
            let params: Vec<&dyn ToValue> =
                shared.iter().copied().chain(arrays.iter().map(|a| a as &dyn ToValue)).collect();
            return send(&sql, &params).map(Some);
        }
        let Some(json) = self.json(rows)? else { return Ok(None) };
        let params: Vec<&dyn ToValue> = shared.iter().copied().chain(std::iter::once(&json as &dyn ToValue)).collect();
        send(&sql, &params).map(Some)
    }

    /// The rows as the JSON array the statement reads, written as they
    /// come (no object is built for a row); `None` for no rows.
    fn json(&self, rows: impl IntoIterator<Item = [Value; N]>) -> Result<Option<String>> {
        let failed = |e: serde_json::Error| Error::internal(e.to_string());
        let mut out = String::from("[");
        for (i, values) in rows.into_iter().enumerate() {
            out.push_str(if i == 0 { "{" } else { ",{" });
            for (j, ((name, _), value)) in self.columns.iter().zip(&values).enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(name).map_err(failed)?);
                out.push(':');
                out.push_str(&serde_json::to_string(value).map_err(failed)?);
            }
            out.push('}');
        }
        out.push(']');
        Ok((out.len() > 2).then_some(out))
    }

    /// Inserts the rows (none: no statement), with `shared` bound to the
    /// shared columns in their order.
    pub(in crate::store) fn insert(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
    ) -> Result<()> {
        self.with_rows(c, shared, rows, None, false, |sql, params| c.execute(sql, params)).map(drop)
    }

    /// [`Bulk::insert`] of rows with a slug (a table whose slugs are unique
    /// in the org): the new rows' ids, by slug.
    pub(in crate::store) fn insert_by_slug<Id: FromCell>(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
    ) -> Result<HashMap<String, Id>> {
        let ids = self.with_rows(c, shared, rows, Some("id, slug"), false, |sql, params| {
            c.write_map(sql, params, |r| Ok((r.get::<String>(1)?, r.get::<Id>(0)?)))
        })?;
        Ok(ids.unwrap_or_default().into_iter().collect())
    }

    /// Inserts the rows a unique key does not already hold, skipping the
    /// others: each inserted row's `returning` columns, read by `read`.
    pub(in crate::store) fn insert_new<T>(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
        returning: &str,
        read: impl FnMut(&super::sql::Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let rows = self.with_rows(c, shared, rows, Some(returning), true, |sql, params| c.write_map(sql, params, read))?;
        Ok(rows.unwrap_or_default())
    }
}

/// One column of many rows, as PostgreSQL reads it.
#[derive(Debug, PartialEq)]
enum Column<'r> {
    Ints(Vec<Option<i64>>),
    Texts(Vec<Option<&'r str>>),
}

impl ToValue for Column<'_> {
    fn to_value(&self) -> super::sql::Value<'_> {
        match self {
            Column::Ints(v) => super::sql::Value::Ints(v),
            Column::Texts(v) => super::sql::Value::Texts(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEAMS: Bulk<2> =
        Bulk { table: "teams", shared: &[("org_id", Ty::BigInt)], columns: [("slug", Ty::Text), ("name", Ty::Text)] };

    #[test]
    fn both_engines_read_each_column_from_its_key_in_the_order_given() {
        assert_eq!(
            TEAMS.sql(true, Some("id, slug"), false),
            "INSERT INTO teams (org_id, slug, name) SELECT CAST(?1 AS bigint), x.slug, x.name \
             FROM unnest(CAST(?2 AS text[]), CAST(?3 AS text[])) WITH ORDINALITY AS x(slug, name, i) \
             ORDER BY x.i RETURNING id, slug"
        );
        assert_eq!(
            TEAMS.sql(false, Some("id"), true),
            "INSERT INTO teams (org_id, slug, name) SELECT ?1, json_extract(value, '$.slug'), \
             json_extract(value, '$.name') FROM json_each(?2) WHERE true ORDER BY key ON CONFLICT DO NOTHING RETURNING id",
            "an upsert clause needs a WHERE before it on SQLite"
        );
        assert_eq!(
            TEAMS.sql(false, None, false),
            "INSERT INTO teams (org_id, slug, name) SELECT ?1, json_extract(value, '$.slug'), \
             json_extract(value, '$.name') FROM json_each(?2) ORDER BY key"
        );
    }

    #[test]
    fn a_row_is_an_object_keyed_by_the_columns() {
        let json =
            TEAMS.json([[Value::from("eng"), Value::from("Eng \"A\"")], [Value::from("ops"), Value::Null]]).unwrap().unwrap();
        let read: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(read, serde_json::json!([{"slug": "eng", "name": "Eng \"A\""}, {"slug": "ops", "name": null}]));
        assert_eq!(TEAMS.json([]).unwrap(), None, "no rows: no statement is sent");
    }

    const GRANTS: Bulk<3> = Bulk {
        table: "grants",
        shared: &[],
        columns: [("team_id", Ty::BigInt), ("permission", Ty::Text), ("expires", Ty::BigInt)],
    };

    #[test]
    fn postgresql_reads_a_typed_array_per_column() {
        let rows = [
            [Value::from(7), Value::from("view"), Value::Null],
            [Value::Null, Value::from("edit"), Value::from(1_700_000_000_i64)],
        ];
        assert_eq!(
            GRANTS.arrays(&rows).unwrap(),
            vec![
                Column::Ints(vec![Some(7), None]),
                Column::Texts(vec![Some("view"), Some("edit")]),
                Column::Ints(vec![None, Some(1_700_000_000)]),
            ]
        );
        assert_eq!(
            GRANTS.sql(true, None, false),
            "INSERT INTO grants (team_id, permission, expires) SELECT x.team_id, x.permission, x.expires \
             FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS text[]), CAST(?3 AS bigint[])) \
             WITH ORDINALITY AS x(team_id, permission, expires, i) ORDER BY x.i"
        );
        let wrong = [[Value::from("7"), Value::from("view"), Value::Null]];
        assert!(GRANTS.arrays(&wrong).is_err(), "a text where a bigint belongs is refused, not sent");
    }
}
