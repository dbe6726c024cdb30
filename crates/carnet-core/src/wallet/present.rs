//! Chosen entries as one holder-signed presentation and its QR code
//! (docs/credential-format.md §8–§10).
//!
//! The QR code is the smallest version that holds the text, at level M on
//! screen and Q for print, never above version 25: beyond it phone cameras
//! read codes badly. Text that does not fit is refused with its size, so
//! the person can choose fewer items; it is never cut.

use carnet_credential::qr::{self, EcLevel, QrError, RenderedQr};
use carnet_credential::{Claims, FieldChoice, FieldId, PresentationInput, PublicKey, Selection};
use carnet_credential::{SecretIdentity, Stage};

use super::{checked_claims, endorsed, holder_identity, Group, WalletError};
use crate::model::EntryId;
use crate::Logbook;

/// The largest QR version rendered: 117 modules, what a phone still reads
/// from a screen or a printed page (docs/credential-format.md §12).
pub const MAX_VERSION: u8 = 25;
/// How long a presentation on screen stays valid: long enough to show it
/// during one appointment, short enough that a copy is soon worthless.
pub const SCREEN_LIFETIME: u64 = 24 * 3600;
/// How long a printed one stays valid: a passport page carried for years.
pub const PRINT_LIFETIME: u64 = 5 * 365 * 24 * 3600;

/// What to show and how.
#[derive(Debug, Clone)]
pub struct PresentOptions {
    /// Entries shown with their endorsement (each must have one).
    pub endorsed: Vec<EntryId>,
    /// Entries shown as the holder's own word.
    pub self_declared: Vec<EntryId>,
    /// The fields to disclose of every entry; `None` for all.
    pub fields: Option<Vec<FieldId>>,
    /// The migration stage the presentation is for.
    pub stage: Stage,
    /// Who it is made for, if the holder says.
    pub audience: Option<String>,
    /// The verifier's nonce, if it gave one.
    pub nonce: Option<Vec<u8>>,
    /// For paper: error correction Q and [`PRINT_LIFETIME`].
    pub print: bool,
}

/// A signed presentation and its QR code.
pub struct Presented {
    /// The `CN1:` text the QR code holds.
    pub text: String,
    pub qr: RenderedQr,
    /// Whether issuers went by kid only, to fit.
    pub by_kid: bool,
    /// When the presentation stops being valid (seconds since the epoch).
    pub exp: u64,
}

/// Written by hand: the QR code's grid of modules says nothing in a log.
impl std::fmt::Debug for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Presented")
            .field("text", &self.text)
            .field("qr_version", &self.qr.version())
            .field("by_kid", &self.by_kid)
            .field("exp", &self.exp)
            .finish()
    }
}

/// Signs the chosen entries as one presentation and draws its QR code.
pub fn present(logbook: &Logbook, o: &PresentOptions, now: u64) -> Result<Presented, WalletError> {
    if o.endorsed.is_empty() && o.self_declared.is_empty() {
        return Err(WalletError::NothingChosen);
    }
    if let Some(id) = o.endorsed.iter().find(|id| o.self_declared.contains(id)) {
        return Err(WalletError::SelectedTwice {
            title: logbook.entry(id)?.title,
        });
    }
    let identity = holder_identity(logbook)?;
    let choice = o.fields.clone().map_or(FieldChoice::All, FieldChoice::Only);
    let groups = endorsed(logbook, &o.endorsed, &choice, now)?;
    let mut self_declared = Vec::with_capacity(o.self_declared.len());
    for id in &o.self_declared {
        let claims = checked_claims(&logbook.entry(id)?)?;
        self_declared.push(match &o.fields {
            Some(keep) => claims.only(keep),
            None => claims,
        });
    }
    build(&identity, o, &groups, self_declared, now)
}

/// Signs and renders. Issuers go by full key first, which any verifier
/// can check; only if that does not fit are they named by kid (8 bytes
/// instead of 32), which a verifier without them in its trust bundle
/// reports as an unknown issuer, as it would anyway.
fn build(
    identity: &SecretIdentity,
    o: &PresentOptions,
    groups: &[Group],
    self_declared: Vec<Claims>,
    now: u64,
) -> Result<Presented, WalletError> {
    let ec = if o.print { EcLevel::Q } else { EcLevel::M };
    let exp = now.saturating_add(if o.print {
        PRINT_LIFETIME
    } else {
        SCREEN_LIFETIME
    });
    let mut input = PresentationInput {
        stage: o.stage,
        iat: now,
        exp,
        audience: o.audience.clone(),
        nonce: o.nonce.clone(),
        endorsements: groups
            .iter()
            .map(|g| Selection {
                credential: &g.credential,
                entries: g.choices.clone(),
            })
            .collect(),
        self_declared,
        known_issuers: Vec::new(),
    };
    let text = carnet_credential::present(identity, &input)?;
    match qr::render(&text, ec, MAX_VERSION) {
        Ok(qr) => {
            return Ok(Presented {
                text,
                qr,
                by_kid: false,
                exp,
            })
        }
        Err(QrError::TooLarge { .. }) if !groups.is_empty() => {}
        Err(e) => return Err(e.into()),
    }
    let mut issuers: Vec<PublicKey> = Vec::new();
    for g in groups {
        if !issuers.contains(&g.credential.issuer_key) {
            issuers.push(g.credential.issuer_key);
        }
    }
    input.known_issuers = issuers;
    let text = carnet_credential::present(identity, &input)?;
    let qr = qr::render(&text, ec, MAX_VERSION)?;
    Ok(Presented {
        text,
        qr,
        by_kid: true,
        exp,
    })
}
