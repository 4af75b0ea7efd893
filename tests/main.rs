//! The one integration-test binary: black-box tests that run the real `orgctl` executable.

mod common;

mod audit;
mod completion_shells;
mod concurrency;
mod context;
mod dashboards;
mod faults;
mod foundation;
mod generated;
mod hostile;
mod identity;
mod invariants;
mod invites;
mod isolation;
mod load;
mod manifest;
mod members;
mod orgs;
mod output;
mod permission_matrix;
mod permissions;
mod pg_common;
mod pg_init;
mod pg_isolation;
mod pg_schema;
mod prompts;
mod safeguards;
mod store_faults;
mod teams;
mod tenant;
