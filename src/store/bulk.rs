//! Many rows of one table in one statement (`apply`'s new users, members,
//! teams, dashboards and grants), from one description for both engines.
//!
//! The rows travel as one JSON array parameter, each row an object whose
//! keys are its columns' names; the statement reads them back with
//! `jsonb_to_recordset` on PostgreSQL and `json_each` on SQLite, and
//! inserts them in the order given (so ids are handed out in that order).
//! A row is given as its values in the columns' order: the keys are the
//! columns' own names, written here once, so a row cannot name a column
//! the statement does not read.

use std::collections::HashMap;

use serde_json::Value;

use super::permit::Permit;
use super::sql::{FromCell, ToValue};
use crate::error::{Error, Result};

/// An `INSERT ... SELECT` of many rows: the columns every row shares (the
/// statement's leading parameters) and the columns each row brings.
pub(in crate::store) struct Bulk<const N: usize> {
    pub table: &'static str,
    /// Set from the parameters `?1`, `?2`, ... (the same for every row):
    /// each column's name and PostgreSQL type.
    pub shared: &'static [(&'static str, &'static str)],
    /// Read from each row's JSON object: each column's name and PostgreSQL type.
    pub columns: [(&'static str, &'static str); N],
}

impl<const N: usize> Bulk<N> {
    /// The statement, for PostgreSQL or SQLite; the rows' JSON is the
    /// parameter after the shared ones. `returning` is its RETURNING list.
    fn sql(&self, postgres: bool, returning: Option<&str>) -> String {
        let json = self.shared.len() + 1;
        let names: Vec<&str> = self.shared.iter().chain(&self.columns).map(|(name, _)| *name).collect();
        let shared = self.shared.iter().enumerate();
        let select: Vec<String> = if postgres {
            shared
                .map(|(i, (_, ty))| format!("CAST(?{} AS {ty})", i + 1))
                .chain(self.columns.iter().map(|(name, _)| format!("x.{name}")))
                .collect()
        } else {
            shared
                .map(|(i, _)| format!("?{}", i + 1))
                .chain(self.columns.iter().map(|(name, _)| format!("json_extract(value, '$.{name}')")))
                .collect()
        };
        let source = if postgres {
            let typed: Vec<String> = self.columns.iter().map(|(name, ty)| format!("{name} {ty}")).collect();
            let names: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
            format!(
                "ROWS FROM (jsonb_to_recordset(CAST(CAST(?{json} AS TEXT) AS JSONB)) AS ({})) \
                 WITH ORDINALITY AS x({}, i) ORDER BY x.i",
                typed.join(", "),
                names.join(", ")
            )
        } else {
            format!("json_each(?{json}) ORDER BY key")
        };
        let returning = returning.map(|r| format!(" RETURNING {r}")).unwrap_or_default();
        format!(
            "INSERT INTO {} ({}) SELECT {} FROM {source}{returning}",
            self.table,
            names.join(", "),
            select.join(", ")
        )
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

    /// The shared columns' values, then the rows' JSON.
    fn params<'a>(shared: &'a [&'a dyn ToValue], json: &'a dyn ToValue) -> Vec<&'a dyn ToValue> {
        shared.iter().copied().chain(std::iter::once(json)).collect()
    }

    /// Inserts the rows (none: no statement), with `shared` bound to the
    /// shared columns in their order.
    pub(in crate::store) fn insert(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
    ) -> Result<()> {
        let Some(json) = self.json(rows)? else { return Ok(()) };
        c.execute(&self.sql(c.is_postgres(), None), &Self::params(shared, &json)[..])?;
        Ok(())
    }

    /// [`Bulk::insert`] of rows with a slug (a table whose slugs are unique
    /// in the org): the new rows' ids, by slug.
    pub(in crate::store) fn insert_by_slug<Id: FromCell>(
        &self,
        c: &Permit,
        shared: &[&dyn ToValue],
        rows: impl IntoIterator<Item = [Value; N]>,
    ) -> Result<HashMap<String, Id>> {
        let Some(json) = self.json(rows)? else { return Ok(HashMap::new()) };
        let sql = self.sql(c.is_postgres(), Some("id, slug"));
        let ids = c.write_map(&sql, &Self::params(shared, &json)[..], |r| Ok((r.get::<String>(1)?, r.get::<Id>(0)?)))?;
        Ok(ids.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEAMS: Bulk<2> =
        Bulk { table: "teams", shared: &[("org_id", "bigint")], columns: [("slug", "text"), ("name", "text")] };

    #[test]
    fn both_engines_read_each_column_from_its_key_in_the_order_given() {
        assert_eq!(
            TEAMS.sql(true, Some("id, slug")),
            "INSERT INTO teams (org_id, slug, name) SELECT CAST(?1 AS bigint), x.slug, x.name \
             FROM ROWS FROM (jsonb_to_recordset(CAST(CAST(?2 AS TEXT) AS JSONB)) AS (slug text, name text)) \
             WITH ORDINALITY AS x(slug, name, i) ORDER BY x.i RETURNING id, slug"
        );
        assert_eq!(
            TEAMS.sql(false, None),
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
}
