//! Presentation: the holder picks credentials, entries and fields, adds
//! self-declared entries, and signs the lot as one COSE_Sign1 that is
//! sent as CN1 text (docs/credential-format.md §8).
//!
//! The wire form is compact: issuer payloads are not sent, only what the
//! verifier needs to rebuild them byte for byte (format §9).

use ciborium::value::Value;
use coset::{CoseSign1Builder, TaggedCborSerializable};

use crate::cbor::{self, int, uint};
use crate::claims::{Claims, FieldId, Stage};
use crate::endorsement::{
    eddsa_protected, field_digests, Credential, IssuerInfo, DAY, MAX_ENTRIES,
};
use crate::error::{Error, Result};
use crate::keys::{PublicKey, SecretIdentity};
use crate::sd;
use crate::text;

/// Which fields of an entry to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldChoice {
    /// Every signed field (the cheapest on the wire: one 16-byte seed).
    All,
    /// Only these; the rest are sent as digests. Ids the entry does not
    /// have are ignored.
    Only(Vec<FieldId>),
}

/// One entry of a credential to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryChoice {
    /// Position of the entry in the credential (0-based).
    pub index: usize,
    /// Which of its fields to reveal.
    pub fields: FieldChoice,
}

/// A credential and the entries of it to show.
#[derive(Debug, Clone)]
pub struct Selection<'a> {
    /// The holder's full credential.
    pub credential: &'a Credential,
    /// Entries to show; entries not listed are sent as digests only.
    pub entries: Vec<EntryChoice>,
}

impl<'a> Selection<'a> {
    /// Every entry of a credential, every field.
    pub fn all(credential: &'a Credential) -> Self {
        Selection {
            credential,
            entries: (0..credential.entries.len())
                .map(|index| EntryChoice {
                    index,
                    fields: FieldChoice::All,
                })
                .collect(),
        }
    }
}

/// Everything a presentation says besides the holder's key.
#[derive(Debug, Clone)]
pub struct PresentationInput<'a> {
    /// Stage of the migration cycle it is made for.
    pub stage: Stage,
    /// Creation time (seconds since the Unix epoch).
    pub iat: u64,
    /// Expiry (seconds); short on screen, long on a printed passport.
    pub exp: u64,
    /// Who it is for (1–100 characters), if the verifier said.
    pub audience: Option<String>,
    /// The verifier's nonce (1–64 bytes), if it gave one.
    pub nonce: Option<Vec<u8>>,
    /// Endorsed credentials to show.
    pub endorsements: Vec<Selection<'a>>,
    /// Entries shown as self-declared.
    pub self_declared: Vec<Claims>,
    /// Issuers the holder expects verifiers to trust (those in the trust
    /// bundles its app holds). They are sent by kid (8 bytes) instead of
    /// their full key (32 bytes); a verifier that does not know the kid
    /// answers `unknown-issuer`, as it would for the full key.
    pub known_issuers: Vec<PublicKey>,
}

fn invalid(field: &'static str, detail: &str) -> Error {
    Error::InvalidField {
        field,
        detail: detail.into(),
    }
}

/// Builds the compact item of one credential (format §9.2).
fn compact_item(selection: &Selection<'_>, issuer_index: usize) -> Result<Value> {
    let cred = selection.credential;
    if cred.entries.is_empty() || cred.entries.len() > MAX_ENTRIES {
        return Err(Error::EntryCount {
            found: cred.entries.len(),
            max: MAX_ENTRIES,
        });
    }
    let mut chosen: Vec<Option<&FieldChoice>> = vec![None; cred.entries.len()];
    for choice in &selection.entries {
        let slot = chosen.get_mut(choice.index).ok_or(Error::NoSuchEntry {
            index: choice.index,
        })?;
        if slot.is_some() {
            return Err(Error::DuplicateEntry {
                index: choice.index,
            });
        }
        *slot = Some(&choice.fields);
    }
    // "All" in effect: either All, or Only listing every present field.
    let full = |i: usize, c: &FieldChoice| match c {
        FieldChoice::All => true,
        FieldChoice::Only(ids) => cred.entries[i]
            .claims
            .field_ids()
            .iter()
            .all(|f| ids.contains(f)),
    };
    let everything = chosen
        .iter()
        .enumerate()
        .all(|(i, c)| c.is_some_and(|c| full(i, c)));
    let mut entries = Vec::with_capacity(cred.entries.len());
    for (i, c) in chosen.iter().enumerate() {
        let claims = &cred.entries[i].claims;
        let entry_seed = cred.entry_seed(i);
        let value = match c {
            None => {
                let digest = sd::entry_digest(&field_digests(claims, &entry_seed));
                Value::Bytes(digest.to_vec())
            }
            Some(_) if everything => cbor::map(claims.to_map_entries()),
            Some(c) if full(i, c) => {
                let mut pairs = claims.to_map_entries();
                pairs.push((uint(0), Value::Bytes(entry_seed.to_vec())));
                cbor::map(pairs)
            }
            Some(c) => {
                let keep: &[FieldId] = match c {
                    FieldChoice::Only(ids) => ids,
                    FieldChoice::All => &[],
                };
                let mut pairs = Vec::new();
                for (id, v) in claims.fields() {
                    let salt = sd::salt(&entry_seed, id.code());
                    if keep.contains(&id) {
                        pairs.push((
                            uint(id.code().into()),
                            Value::Array(vec![Value::Bytes(salt.to_vec()), v]),
                        ));
                    } else {
                        let digest = sd::field_digest(&salt, id.code(), &v);
                        pairs.push((int(-i64::from(id.code())), Value::Bytes(digest.to_vec())));
                    }
                }
                cbor::map(pairs)
            }
        };
        entries.push(value);
    }
    let seed = if everything {
        Value::Bytes(cred.seed.to_vec())
    } else {
        Value::Null
    };
    Ok(Value::Array(vec![
        uint(issuer_index as u64),
        uint(cred.iat / DAY),
        cred.exp.map_or(Value::Null, |e| uint(e / DAY)),
        uint(cred.revocation_index.into()),
        uint(cred.assessed_by.code().into()),
        seed,
        Value::Array(entries),
        Value::Bytes(cred.signature.to_vec()),
    ]))
}

/// The presentation payload (deterministic CBOR, format §8).
fn payload(holder: &PublicKey, input: &PresentationInput<'_>) -> Result<Vec<u8>> {
    if input.endorsements.is_empty() && input.self_declared.is_empty() {
        return Err(invalid("presentation", "nothing selected"));
    }
    if let Some(a) = &input.audience {
        let n = a.chars().count();
        if n == 0 || n > 100 {
            return Err(invalid("audience", "must be 1 to 100 characters"));
        }
    }
    if let Some(n) = &input.nonce {
        if n.is_empty() || n.len() > 64 {
            return Err(invalid("nonce", "must be 1 to 64 bytes"));
        }
    }
    let mut issuers: Vec<(PublicKey, &IssuerInfo)> = Vec::new();
    let mut items = Vec::new();
    for selection in &input.endorsements {
        let cred = selection.credential;
        if &cred.holder != holder {
            return Err(Error::NotYourCredential);
        }
        let key = (cred.issuer_key, &cred.issuer);
        let index = match issuers.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                issuers.push(key);
                issuers.len() - 1
            }
        };
        items.push(compact_item(selection, index)?);
    }
    let mut self_declared = Vec::new();
    for claims in &input.self_declared {
        if claims.is_empty() {
            return Err(invalid(
                "claims",
                "a self-declared entry needs at least one field",
            ));
        }
        claims.validate()?;
        self_declared.push(cbor::map(claims.to_map_entries()));
    }
    let mut pairs = vec![
        (uint(1), Value::Bytes(holder.as_bytes().to_vec())),
        (uint(2), uint(input.stage.code().into())),
        (uint(3), uint(input.iat)),
        (uint(4), uint(input.exp)),
    ];
    if let Some(a) = &input.audience {
        pairs.push((uint(5), Value::Text(a.clone())));
    }
    if let Some(n) = &input.nonce {
        pairs.push((uint(6), Value::Bytes(n.clone())));
    }
    if !issuers.is_empty() {
        let table = issuers
            .iter()
            .map(|(key, info)| {
                let key_or_kid = if input.known_issuers.contains(key) {
                    key.kid().to_vec()
                } else {
                    key.as_bytes().to_vec()
                };
                Value::Array(vec![
                    Value::Bytes(key_or_kid),
                    Value::Text(info.name.clone()),
                    uint(info.kind.code().into()),
                    Value::Text(info.country.clone()),
                ])
            })
            .collect();
        pairs.push((uint(7), Value::Array(table)));
        pairs.push((uint(8), Value::Array(items)));
    }
    if !self_declared.is_empty() {
        pairs.push((uint(9), Value::Array(self_declared)));
    }
    Ok(cbor::to_vec(&cbor::map(pairs)))
}

/// The holder-signed COSE_Sign1 (tag 18) before compression.
pub fn present_cose(holder: &SecretIdentity, input: &PresentationInput<'_>) -> Result<Vec<u8>> {
    let payload = payload(&holder.public_key(), input)?;
    let sign1 = CoseSign1Builder::new()
        .protected(eddsa_protected().header)
        .payload(payload)
        .create_signature(b"", |data| holder.sign(data).to_vec())
        .build();
    sign1
        .to_tagged_vec()
        .map_err(|e| Error::malformed("presentation", e.to_string()))
}

/// Signs a presentation and returns its CN1 text, ready for a QR code.
pub fn present(holder: &SecretIdentity, input: &PresentationInput<'_>) -> Result<String> {
    Ok(text::encode(&present_cose(holder, input)?))
}
