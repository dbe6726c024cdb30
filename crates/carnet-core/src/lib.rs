//! Carnet's core: the skills logbook, kept encrypted on the person's device.
//!
//! No user interface here: front ends (the `carnet` CLI, the Tauri app)
//! call [`Logbook`] and show [`Error::code`] in the person's language. The
//! only network use is [`sync`], to a hub the person chose.

pub mod doc;
pub mod error;
pub mod evidence;
pub mod export;
pub mod failpoint;
pub mod fsutil;
pub mod keys;
pub mod logbook;
pub mod model;
pub mod stage_views;
pub mod store;
pub mod sync;
pub mod taxonomy;
pub mod wallet;

pub use error::{Error, Result};
pub use export::{Export, ImportReport};
pub use logbook::Logbook;
