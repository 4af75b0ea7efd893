//! In-process tests: the `ops` calls the command handlers make, on a store
//! in memory, with exact snapshots (`tests/snapshots/`, rewritten by
//! `ORGCTL_BLESS=1`). They hold what does not need a process: who may do
//! what (SPEC §2), the audit entry each verb writes, and the words, hints
//! and exit codes of refusals. Parsing, exit codes as a process ends with
//! them, terminals, signals and concurrency stay black-box.

mod audit;
mod errors;
mod expiry;
mod matrix;
