//! The doors every use case goes through: the store's gate
//! ([`crate::store::gate`]), which alone issues the [`Permit`] that the
//! store's writes take.

pub use crate::store::gate::{
    read_as, read_batch, read_in, read_on, read_personal, read_store, write_as, write_as_delivering, write_as_then,
    write_batch, write_closing, write_in_then, write_into, write_on, write_personal, Audited, ChatNumbered,
    ConnectorNamed, DashboardNamed, IntegrationNamed, InviteNamed, Ledger, MemberNamed, OrMissing, Permit, Scope,
    Step, TeamNamed,
};
