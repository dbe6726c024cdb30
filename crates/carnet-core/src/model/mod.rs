//! The logbook's data model: what a person records, independent of storage.
//!
//! Values are validated here, once, so that the document only ever holds
//! well-formed data whatever front end wrote it.

mod entry;
mod profile;
mod values;

pub(crate) use entry::check_date_order;
pub use entry::{Entry, EntryId, EvidenceRef, Field, NewEntry};
pub use profile::{LanguageChange, LanguageSkills, Profile, ProfilePatch, CEFR_SKILLS};
pub use values::{
    validate_country, validate_esco_uri, validate_isco, validate_language_tag, Cefr, Context,
    InputError, Kind, PartialDate, Proficiency, Stage,
};
