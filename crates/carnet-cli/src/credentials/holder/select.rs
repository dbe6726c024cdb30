//! Which stored credential shows each selected entry, grouped so that
//! entries endorsed together go out under one issuer signature.
//!
//! An entry may hold several endorsements (two trainers, or a renewal).
//! One is shown: an unexpired one before an expired one, then the most
//! recently issued, because a verifier trusts what is current.

use carnet_core::model::{Entry, EntryId};
use carnet_core::Logbook;
use carnet_credential::{Credential, EntryChoice, FieldChoice};

use super::{err, errors};
use crate::error::CliError;
use crate::exit;

/// A stored credential and the entries of it to show.
pub struct Group {
    /// The credential id in the logbook (hex of its SHA-256 prefix).
    pub id: String,
    pub credential: Credential,
    pub choices: Vec<EntryChoice>,
}

/// The credentials that show `ids`, each entry with `fields`.
pub fn endorsed(
    logbook: &Logbook,
    ids: &[EntryId],
    fields: &FieldChoice,
    now: u64,
) -> Result<Vec<Group>, CliError> {
    let mut groups: Vec<Group> = Vec::new();
    for id in ids {
        let entry = logbook.entry(id)?;
        let (cred_id, credential, index) = best(&entry, now)?;
        let choice = EntryChoice {
            index,
            fields: fields.clone(),
        };
        match groups.iter_mut().find(|g| g.id == cred_id) {
            Some(g) => g.choices.push(choice),
            None => groups.push(Group {
                id: cred_id,
                credential,
                choices: vec![choice],
            }),
        }
    }
    Ok(groups)
}

/// The credential to show `entry` with, and the entry's index in it.
fn best(entry: &Entry, now: u64) -> Result<(String, Credential, usize), CliError> {
    if entry.endorsements.is_empty() {
        return Err(err(
            "holder-not-endorsed",
            vec![("title", entry.title.clone())],
            exit::INVALID_INPUT,
        ));
    }
    let mut found: Option<(String, Credential, usize)> = None;
    for (cred_id, bytes) in &entry.endorsements {
        let Ok(c) = Credential::from_cbor(bytes) else {
            continue;
        };
        let Some(index) = c
            .entries
            .iter()
            .position(|e| e.local_ref == Some(entry.id.0))
        else {
            continue;
        };
        let better = match &found {
            None => true,
            Some((_, f, _)) => rank(&c, now) > rank(f, now),
        };
        if better {
            found = Some((cred_id.clone(), c, index));
        }
    }
    found.ok_or_else(|| errors::stored_credential(&entry.title))
}

/// Current before expired, then newer before older.
fn rank(c: &Credential, now: u64) -> (bool, u64) {
    (c.exp.is_none_or(|x| x > now), c.iat)
}
