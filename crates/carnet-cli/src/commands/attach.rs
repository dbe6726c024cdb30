//! `carnet attach ID FILE`: add a photo of a paper, or a voice note, as
//! evidence. The content decides which (`Logbook::attach_evidence`): a
//! person should not have to know what an `.m4a` is. `carnet detach ID
//! SHA256` takes one off again.

use std::path::PathBuf;

use carnet_core::evidence::{EvidenceError, MAX_INPUT_BYTES};

use super::{read_file, required};
use crate::cli::ids;
use crate::error::CliError;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let path = m
        .get_one::<PathBuf>(ids::PHOTO)
        .ok_or_else(|| carnet_core::Error::Internal("file missing after parsing".into()))?;
    // Read before unlocking, so a wrong file name costs no passphrase; a
    // huge file is refused before it is loaded into memory.
    if let Ok(meta) = std::fs::metadata(path) {
        let bytes = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if meta.is_file() && bytes > MAX_INPUT_BYTES {
            return Err(carnet_core::Error::from(EvidenceError::FileTooBig { bytes }).into());
        }
    }
    let file = read_file(path)?;
    let mut logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let evidence = logbook.attach_evidence(&id, &file)?;
    if s.out.json {
        return s.out.json(&evidence);
    }
    s.out.line(&evidence.sha256)
}

/// `carnet detach ID SHA256`: the evidence (its id as `carnet show` and
/// `attach` print it; 8 or more characters) leaves the entry, and its
/// bytes leave this device unless another entry still shows them.
pub fn detach(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let mut logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let sha = required(m, ids::EVIDENCE)?;
    logbook.remove_evidence(&id, sha)?;
    if s.out.json {
        return s
            .out
            .json(&serde_json::json!({"entry": id.to_string(), "removed": sha}));
    }
    s.out.note(&s.msg("cli-detached"));
    Ok(())
}
