//! Carnet's sync hub: the encrypted relay a drop-in centre runs so that a
//! person's devices keep one logbook in step (docs/sync-protocol.md §2 and
//! §5, operated as docs/hub.md says).
//!
//! The hub stores ciphertext and opaque ids only: it can refuse, delay or
//! replay, never read or forge.

pub mod api;
pub mod limits;
pub mod log;
pub mod rate;
pub mod serve;
pub mod store;
pub mod wire;
