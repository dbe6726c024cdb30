//! Why a holder-side step failed. Front ends show their own message for
//! each variant (the CLI names its options, the app its buttons), so the
//! variants carry what a message needs: the entry's title, the field.

use carnet_credential::qr::QrError;

/// A failure of [`super::present`], [`super::endorsed`] or
/// [`super::checked_claims`]. `Display` is the English fallback for logs.
#[derive(Debug, thiserror::Error)]
pub enum WalletError {
    /// The logbook itself failed (locked, damaged, no such entry).
    #[error(transparent)]
    Core(#[from] crate::Error),
    /// The credential library refused (a field too long, too many entries).
    #[error("credential: {0}")]
    Credential(#[from] carnet_credential::Error),
    /// The QR code cannot be drawn (above [`super::MAX_VERSION`]).
    #[error("QR code: {0}")]
    Qr(#[from] QrError),
    /// The logbook has no holder key; no step of the person fixes that.
    #[error("this logbook has no key to sign credentials")]
    NoHolderKey,
    /// Asked to show an entry as endorsed that nobody endorsed.
    #[error("the entry \"{title}\" has not been endorsed")]
    NotEndorsed { title: String },
    /// The entry's stored credentials no longer read.
    #[error("the credential of \"{title}\" is damaged")]
    CredentialDamaged { title: String },
    /// A value of the entry the format cannot carry.
    #[error("the entry \"{title}\" cannot go in a credential: its {field} does not fit")]
    EntryUnfit { title: String, field: String },
    /// One entry chosen both as endorsed and as self-declared.
    #[error("the entry \"{title}\" is chosen twice")]
    SelectedTwice { title: String },
    /// A credential that names no entry of a logbook (not made from a
    /// Carnet request).
    #[error("this credential names no entry of a logbook")]
    CredentialWithoutEntries,
    /// A credential for an entry this logbook no longer has.
    #[error("the entry {id} this credential endorses is not in the logbook")]
    EntryGone { id: String },
    /// Nothing chosen.
    #[error("nothing was chosen to show")]
    NothingChosen,
}
