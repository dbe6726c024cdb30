//! Sync through a hub (docs/sync-protocol.md): the device seals its new
//! Automerge changes, the hub relays ciphertext, other devices open and
//! apply them. Every step commits locally first, so a hub that vanishes
//! midway leaves the logbook as it was after its last committed step.

mod backoff;
mod engine;
pub mod hub;
pub mod pairing;
pub mod recovery;
pub mod seal;
mod state;

pub use backoff::Backoff;
pub use engine::{Phase, Progress, SyncReport, SyncStatus};
pub use hub::{HttpHub, Hub};

use crate::keys::{LogbookSecret, SubKey};

/// A device of this logbook, as recorded in the document (one root key
/// `device:<id>` per device; docs/sync-protocol.md §7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// 32 hex digits.
    pub id: String,
    pub name: String,
    /// The device's X25519 public key (64 hex digits): new keys are sealed
    /// to it when another device is removed.
    pub x25519: String,
    pub added: i64,
    pub removed: Option<i64>,
}

/// The sync key and hub token of one epoch after 0 (random, made when a
/// device was removed; docs/sync-protocol.md §7).
#[derive(Clone, PartialEq, Eq)]
pub struct EpochKeys {
    pub epoch: u32,
    pub key: [u8; 32],
    pub token: [u8; 32],
}

impl std::fmt::Debug for EpochKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EpochKeys({})", self.epoch)
    }
}

impl EpochKeys {
    /// `[epoch, key, token]`.
    pub(crate) fn to_cbor(&self) -> ciborium::Value {
        use ciborium::Value;
        Value::Array(vec![
            Value::Integer(self.epoch.into()),
            Value::Bytes(self.key.to_vec()),
            Value::Bytes(self.token.to_vec()),
        ])
    }

    pub(crate) fn from_cbor(v: &ciborium::Value) -> Result<EpochKeys, SyncError> {
        use ciborium::Value;
        match v {
            Value::Array(items) => match items.as_slice() {
                [Value::Integer(e), Value::Bytes(k), Value::Bytes(t)] => Ok(EpochKeys {
                    epoch: u32::try_from(*e).map_err(|_| SyncError::Forged)?,
                    key: k.as_slice().try_into().map_err(|_| SyncError::Forged)?,
                    token: t.as_slice().try_into().map_err(|_| SyncError::Forged)?,
                }),
                _ => Err(SyncError::Forged),
            },
            _ => Err(SyncError::Forged),
        }
    }
}

/// The keys of sync, derived once when the logbook is unlocked.
#[derive(Debug, Clone)]
pub struct SyncKeys {
    /// Sync key of epoch 0 (later epochs are random and kept in the
    /// database, docs/sync-protocol.md §7).
    pub(crate) epoch0: SubKey,
    pub(crate) token: SubKey,
    pub(crate) blob_id: SubKey,
}

impl SyncKeys {
    pub(crate) fn derive(secret: &LogbookSecret, id: &uuid::Uuid) -> SyncKeys {
        SyncKeys {
            epoch0: secret.sync_key(id, 0),
            token: secret.hub_token(id),
            blob_id: secret.blob_id_key(id),
        }
    }
}

/// What can go wrong while syncing. Nothing here damages the logbook: each
/// case leaves the device as it was after its last committed step.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("“{url}” is not a hub address; it looks like http://192.168.1.10:8470")]
    BadHubAddress { url: String },
    #[error("no hub is set; give one with --hub")]
    NoHub,
    #[error("cannot reach the hub at {url} ({reason}); your logbook is safe on this device, try again when you are connected")]
    Unreachable { url: String, reason: String },
    #[error("the hub does not accept this logbook's key (was this device removed?)")]
    Refused,
    #[error("the hub does not know this logbook")]
    UnknownLogbook,
    #[error("the hub asks to wait {retry_after_secs} seconds before syncing again")]
    RateLimited { retry_after_secs: u64 },
    #[error("the hub has no room left for this logbook; ask the centre")]
    HubFull,
    #[error("the hub answered with an error ({status} {code})")]
    HubError { status: u16, code: String },
    #[error("the hub sent something this version of Carnet cannot read ({0})")]
    Protocol(String),
    #[error("the hub sent a damaged or forged change; it was not applied and nothing was changed")]
    Forged,
    #[error("the hub sent a change that is not valid; it was not applied and nothing was changed")]
    BadPlaintext,
    #[error("changes from the hub depend on changes it did not send; nothing was applied")]
    Incomplete,
    #[error("the hub has data sealed with key {epoch}, which this device does not have (was it removed?)")]
    UnknownEpoch { epoch: u32 },
    #[error("the hub has lost data (it is at {latest}, this device had seen {cursor}); the logbook on this device is intact")]
    RolledBack { latest: u64, cursor: u64 },
    #[error("this is not a pairing code, or it was cut; show the code again on your other device")]
    PairingCode,
    #[error("the pairing code has expired; show a new one on your other device")]
    PairingExpired,
    #[error("another device already answered this pairing code; show a new one")]
    PairingTaken,
    #[error("the other device said no to this pairing")]
    PairingRefused,
    #[error("this is not the QR code of a Carnet recovery sheet, or it could not be read whole")]
    RecoveryCode,
    /// `problem` is a stable key: `count` (not 12 words), `unknown` (word
    /// number `position` is not on the list) or `checksum` (a word is
    /// wrong or two are swapped).
    #[error("the recovery words are not right ({problem}, word {position}); check them against the sheet")]
    RecoveryWords {
        problem: &'static str,
        position: usize,
    },
    #[error("the hub has nothing for this recovery sheet: a newer sheet replaced it, or it belongs to another hub")]
    RecoveryNoBox,
    #[error("this is the device you are using; remove it from another of your devices")]
    RemoveSelf,
    /// The person stopped waiting for the other device.
    #[error("you stopped waiting for the other device; nothing was shared")]
    Cancelled,
    #[error("internal sync error: {0}")]
    Internal(String),
}

impl SyncError {
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::BadHubAddress { .. } => "sync-bad-hub-address",
            SyncError::NoHub => "sync-no-hub",
            SyncError::Unreachable { .. } => "sync-unreachable",
            SyncError::Refused => "sync-refused",
            SyncError::UnknownLogbook => "sync-unknown-logbook",
            SyncError::RateLimited { .. } => "sync-rate-limited",
            SyncError::HubFull => "sync-hub-full",
            SyncError::HubError { .. } => "sync-hub-error",
            SyncError::Protocol(_) => "sync-protocol",
            SyncError::Forged | SyncError::BadPlaintext => "sync-forged",
            SyncError::Incomplete => "sync-incomplete",
            SyncError::UnknownEpoch { .. } => "sync-unknown-epoch",
            SyncError::RolledBack { .. } => "sync-rolled-back",
            SyncError::PairingCode => "sync-pairing-code",
            SyncError::PairingExpired => "sync-pairing-expired",
            SyncError::PairingTaken => "sync-pairing-taken",
            SyncError::PairingRefused => "sync-pairing-refused",
            SyncError::RecoveryCode => "sync-recovery-code",
            SyncError::RecoveryWords { .. } => "sync-recovery-words",
            SyncError::RecoveryNoBox => "sync-recovery-no-box",
            SyncError::RemoveSelf => "sync-remove-self",
            SyncError::Cancelled => "sync-cancelled",
            SyncError::Internal(_) => "internal",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            SyncError::BadHubAddress { url } => vec![("url", url.clone())],
            SyncError::Unreachable { url, reason } => {
                vec![("url", url.clone()), ("reason", reason.clone())]
            }
            SyncError::RateLimited { retry_after_secs } => {
                vec![("seconds", retry_after_secs.to_string())]
            }
            SyncError::HubError { status, code } => {
                vec![("status", status.to_string()), ("code", code.clone())]
            }
            SyncError::Protocol(r) | SyncError::Internal(r) => vec![("reason", r.clone())],
            SyncError::RecoveryWords { problem, position } => {
                vec![
                    ("problem", problem.to_string()),
                    ("position", position.to_string()),
                ]
            }
            SyncError::UnknownEpoch { epoch } => vec![("epoch", epoch.to_string())],
            SyncError::RolledBack { latest, cursor } => {
                vec![
                    ("latest", latest.to_string()),
                    ("cursor", cursor.to_string()),
                ]
            }
            _ => Vec::new(),
        }
    }

    /// Worth retrying later without the person doing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SyncError::Unreachable { .. } | SyncError::RateLimited { .. }
        )
    }
}
