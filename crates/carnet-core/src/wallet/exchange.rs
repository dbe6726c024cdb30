//! Asking for an endorsement and keeping it: the holder's two steps of
//! the exchange with an issuer (docs/credential-format.md §5–§7).
//!
//! Each requested entry carries its UUID as `local_ref`, which the issuer
//! copies into the credential, so receiving knows which entries it
//! covers. A credential is checked before it is stored (issuer signature,
//! bound to this logbook's holder key), so a stored credential can always
//! be presented; a file for another person's key is refused rather than
//! kept uselessly.

use carnet_credential::{Credential, Request};

use super::{checked_claims, holder_identity, WalletError};
use crate::model::{Entry, EntryId};
use crate::Logbook;

/// The request for `entries`, signed by nobody: the issuer's signature
/// comes later and binds the holder key named here.
pub fn request(logbook: &Logbook, entries: &[Entry]) -> Result<Request, WalletError> {
    let identity = holder_identity(logbook)?;
    let items = entries
        .iter()
        .map(|e| {
            Ok(carnet_credential::Entry {
                local_ref: Some(e.id.0),
                claims: checked_claims(e)?,
            })
        })
        .collect::<Result<Vec<_>, WalletError>>()?;
    Ok(Request::new(identity.public_key(), items)?)
}

/// What [`receive`] kept.
#[derive(Debug)]
pub struct Received {
    pub credential: Credential,
    /// Its id in the logbook.
    pub id: String,
    /// The entries it endorses, with their titles.
    pub entries: Vec<(EntryId, String)>,
}

/// Checks a credential file and stores it with the entries it endorses
/// (it syncs with them).
pub fn receive(logbook: &mut Logbook, bytes: &[u8]) -> Result<Received, WalletError> {
    let credential = Credential::from_cbor(bytes)?;
    let mut targets: Vec<EntryId> = Vec::new();
    for e in &credential.entries {
        let id = e
            .local_ref
            .map(EntryId)
            .ok_or(WalletError::CredentialWithoutEntries)?;
        if !targets.contains(&id) {
            targets.push(id);
        }
    }
    let identity = holder_identity(logbook)?;
    credential.check(&identity.public_key())?;
    let mut entries = Vec::with_capacity(targets.len());
    for id in &targets {
        match logbook.entry(id) {
            Ok(entry) => entries.push((*id, entry.title)),
            Err(crate::Error::NotFound(_)) => {
                return Err(WalletError::EntryGone { id: id.to_string() })
            }
            Err(other) => return Err(other.into()),
        }
    }
    let id = logbook.add_endorsement(&targets, bytes)?;
    Ok(Received {
        credential,
        id,
        entries,
    })
}
