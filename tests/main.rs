//! The one integration-test binary: black-box tests that run the real `orgctl` executable.

mod common;

mod audit;
mod concurrency;
mod context;
mod foundation;
mod identity;
mod members;
mod orgs;
mod output;
mod permissions;
mod store_faults;
