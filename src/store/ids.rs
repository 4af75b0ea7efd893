//! Typed row ids. Only the store makes them (from the rows it reads), so an
//! org's id cannot stand where a user's is expected, and a number users see
//! (a chat's, an invite's, an audit entry's, counted per org) can never be
//! taken for the row id it is not.

use std::fmt;

use super::sql::{Cell, FromCell, ToValue, Value};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl ToValue for $name {
            fn to_value(&self) -> Value<'_> {
                Value::Int(self.0)
            }
        }

        impl FromCell for $name {
            fn from_cell(c: Cell<'_>) -> Option<Self> {
                i64::from_cell(c).map($name)
            }
        }

        #[cfg(test)]
        #[allow(dead_code)] // not every kind of id is made up by a test
        impl $name {
            /// An id made up by a unit test.
            pub(crate) fn for_test(raw: i64) -> Self {
                $name(raw)
            }

            /// The number, for a unit test's raw SQL.
            pub(crate) fn raw(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

ids!(
    /// An org's row id.
    OrgId,
    /// A user's row id.
    UserId,
    /// A team's row id.
    TeamId,
    /// A dashboard's row id.
    DashboardId,
    /// A connector's row id.
    ConnectorId,
    /// An invite's row id (users see its per-org number instead).
    InviteId,
);

impl OrgId {
    /// The id as PostgreSQL's `app.org_id` setting holds it.
    pub(crate) fn setting(self) -> String {
        self.0.to_string()
    }
}
