//! `carnet attach ID PHOTO`: add a photo of a paper as evidence.

use std::path::PathBuf;

use carnet_core::evidence::{EvidenceError, MAX_INPUT_BYTES};

use super::{read_file, required};
use crate::cli::ids;
use crate::error::CliError;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let path = m
        .get_one::<PathBuf>(ids::PHOTO)
        .ok_or_else(|| carnet_core::Error::Internal("photo missing after parsing".into()))?;
    // Read before unlocking, so a wrong file name costs no passphrase; a
    // huge file is refused before it is loaded into memory.
    if let Ok(meta) = std::fs::metadata(path) {
        let bytes = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if meta.is_file() && bytes > MAX_INPUT_BYTES {
            return Err(carnet_core::Error::from(EvidenceError::FileTooBig { bytes }).into());
        }
    }
    let photo = read_file(path)?;
    let mut logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let evidence = logbook.attach_photo(&id, &photo)?;
    if s.out.json {
        return s.out.json(&evidence);
    }
    s.out.line(&evidence.sha256)
}
