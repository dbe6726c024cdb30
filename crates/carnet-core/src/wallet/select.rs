//! Which stored credential shows each selected entry, grouped so that
//! entries endorsed together go out under one issuer signature; and the
//! list of every stored credential, for a wallet screen.
//!
//! An entry may hold several endorsements (two trainers, or a renewal).
//! One is shown: an unexpired one before an expired one, then the most
//! recently issued, because a verifier trusts what is current.

use carnet_credential::{Credential, EntryChoice, FieldChoice};

use super::WalletError;
use crate::model::{Entry, EntryId};
use crate::Logbook;

/// A stored credential and the entries of it to show.
#[derive(Debug)]
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
) -> Result<Vec<Group>, WalletError> {
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
fn best(entry: &Entry, now: u64) -> Result<(String, Credential, usize), WalletError> {
    if entry.endorsements.is_empty() {
        return Err(WalletError::NotEndorsed {
            title: entry.title.clone(),
        });
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
    found.ok_or_else(|| WalletError::CredentialDamaged {
        title: entry.title.clone(),
    })
}

/// Current before expired, then newer before older.
fn rank(c: &Credential, now: u64) -> (bool, u64) {
    (c.exp.is_none_or(|x| x > now), c.iat)
}

/// One credential kept in the logbook, with the entry it endorses.
#[derive(Debug)]
pub struct StoredCredential {
    pub entry: EntryId,
    pub title: String,
    /// The credential id in the logbook.
    pub id: String,
    /// `None` when the stored bytes no longer read: listed as damaged, not
    /// skipped, so the person sees that something is missing.
    pub credential: Option<Credential>,
}

/// Every stored credential, entry by entry (entries sorted by title).
pub fn stored_credentials(logbook: &Logbook) -> Result<Vec<StoredCredential>, WalletError> {
    let mut entries = logbook.entries()?;
    entries.retain(|e| !e.endorsements.is_empty());
    entries.sort_by(|a, b| a.title.cmp(&b.title).then(a.id.0.cmp(&b.id.0)));
    let mut out = Vec::new();
    for e in entries {
        for (id, bytes) in &e.endorsements {
            out.push(StoredCredential {
                entry: e.id,
                title: e.title.clone(),
                id: id.clone(),
                credential: Credential::from_cbor(bytes).ok(),
            });
        }
    }
    Ok(out)
}

/// How a stored credential stands for this device's verifier lists: the
/// worst of revoked, expired, issuer unknown; else valid. The wallet
/// shows it so the holder learns of a problem before a recruiter does.
pub fn standing(
    credential: &Credential,
    entry: &EntryId,
    trust: &dyn carnet_credential::TrustStore,
    revocations: &dyn carnet_credential::Revocations,
    now: u64,
) -> carnet_credential::Verdict {
    use carnet_credential::Verdict;
    let position = credential
        .entries
        .iter()
        .position(|e| e.local_ref == Some(entry.0))
        .unwrap_or(0);
    let index = credential
        .revocation_index
        .saturating_add(u32::try_from(position).unwrap_or(u32::MAX));
    if revocations.is_revoked(&credential.issuer_key.kid(), index) == Some(true) {
        return Verdict::Revoked;
    }
    if credential.exp.is_some_and(|x| x <= now) {
        return Verdict::Expired;
    }
    let covered = trust.issuer(&credential.issuer_key).is_some_and(|t| {
        t.valid_from.is_none_or(|f| credential.iat >= f)
            && t.valid_until.is_none_or(|u| credential.iat <= u)
    });
    if covered {
        Verdict::Valid
    } else {
        Verdict::UnknownIssuer
    }
}
