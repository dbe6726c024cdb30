//! Helpers for the end-to-end tests that need more than `carnet_tests`.

pub mod hub;
pub mod postgres;
