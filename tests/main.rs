//! The one integration-test binary: black-box tests that run the real `orgctl` executable.

mod common;

mod audit;
mod completion_shells;
mod concurrency;
mod context;
mod foundation;
mod generated;
mod identity;
mod members;
mod orgs;
mod output;
mod permissions;
mod prompts;
mod store_faults;
