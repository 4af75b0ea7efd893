//! The one integration-test binary: black-box tests that run the real `orgctl` executable.

mod common;

mod audit;
mod completion_shells;
mod concurrency;
mod connector_access;
mod context;
mod dashboards;
mod faults;
mod foundation;
mod generated;
mod hostile;
mod identity;
mod integrations;
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
mod prompts;
mod safeguards;
mod security;
mod store_faults;
mod teams;
mod tenant;
