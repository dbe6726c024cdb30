//! End-to-end tests across crates: real SQLCipher files and the real
//! `carnet` binary. One test binary, one module per concern.

mod app;
mod at_rest;
mod crash;
mod credentials_flow;
mod damage;
mod disk_full;
mod golden;
mod hub_api;
mod merge;
mod merge_props;
mod pairing;
mod recovery;
mod sync;
