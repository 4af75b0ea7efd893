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
mod prompts;
mod read_only;
mod safeguards;
mod store_faults;
mod teams;
mod tenant;
