//! Endorsement: the holder's request, the issuer's signature over it, and
//! the holder's full credential file (docs/credential-format.md §5–§7).
//!
//! One signature covers every entry of a request. That is what makes ten
//! skills fit one QR code: a signature is 64 incompressible bytes, and
//! the issuer payload carries one 16-byte digest per entry, so showing
//! one entry of a batch costs 16 bytes per other entry, not 64.

use std::collections::BTreeMap;

use ciborium::value::Value;
use coset::{iana, sig_structure_data, HeaderBuilder, ProtectedHeader, SignatureContext};
use rand::{CryptoRng, RngCore};
use uuid::Uuid;

use crate::cbor::{self, as_bytes, as_text, as_u64, int, uint, MapReader};
use crate::claims::{AssessedBy, Claims, IssuerKind};
use crate::error::{Error, Result};
use crate::keys::{PublicKey, SecretIdentity};
use crate::sd::{self, SD_LEN};
use crate::text;
use crate::vc::{self, EntryVc, MAX_VC_LEN};

/// Most entries one request (and so one credential) may hold.
pub const MAX_ENTRIES: usize = 64;

/// Endorsement times are whole UTC days: the compact form sends days
/// (3 bytes) rather than seconds (5 bytes).
pub const DAY: u64 = 86_400;

/// Format version of request files, and of credential files without VCs.
pub const FILE_VERSION: u64 = 1;

/// Highest credential file version this reader knows. Version 2 is
/// version 1 plus key 14 (the issuer-signed W3C VCs, §19); a credential
/// without VCs is still written as version 1, so older Carnets read it.
pub const CREDENTIAL_VERSION: u64 = 2;

const REQUEST_MAGIC: &str = "carnet-request";
const CREDENTIAL_MAGIC: &str = "carnet-credential";

/// Who the issuer says it is. Signed into every endorsement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IssuerInfo {
    /// Claimed name, 1–100 characters.
    pub name: String,
    /// Trainer, employer, centre, college or colleague.
    pub kind: IssuerKind,
    /// ISO 3166-1 alpha-2 country, capitals.
    pub country: String,
}

impl IssuerInfo {
    /// Checks the name length and country form.
    pub fn validate(&self) -> Result<()> {
        let n = self.name.chars().count();
        if n == 0 || n > 100 || self.name.chars().any(char::is_control) {
            return Err(Error::InvalidField {
                field: "issuer-name",
                detail: "must be 1 to 100 characters".into(),
            });
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::InvalidField {
                field: "issuer-country",
                detail: "must be two capital letters (ISO 3166-1)".into(),
            });
        }
        Ok(())
    }
}

/// One entry of a request or credential: its claims, plus the holder's
/// own reference to it (not signed, never presented; it only lets the
/// logbook attach the credential to the right entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The holder's local entry id, if the holder set one.
    pub local_ref: Option<Uuid>,
    /// The claims the issuer is asked to sign.
    pub claims: Claims,
}

/// Holder → issuer: "please endorse these entries for this key".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The holder's public key; the credential binds it (CWT `cnf`).
    pub holder: PublicKey,
    /// 1 to [`MAX_ENTRIES`] entries.
    pub entries: Vec<Entry>,
}

fn check_entries(entries: &[Entry]) -> Result<()> {
    if entries.is_empty() || entries.len() > MAX_ENTRIES {
        return Err(Error::EntryCount {
            found: entries.len(),
            max: MAX_ENTRIES,
        });
    }
    for e in entries {
        if e.claims.is_empty() {
            return Err(Error::InvalidField {
                field: "claims",
                detail: "an entry needs at least one field".into(),
            });
        }
        e.claims.validate()?;
    }
    Ok(())
}

fn entry_to_value(e: &Entry) -> Value {
    let mut pairs = e.claims.to_map_entries();
    if let Some(r) = e.local_ref {
        pairs.push((uint(0), Value::Bytes(r.as_bytes().to_vec())));
    }
    cbor::map(pairs)
}

fn entry_from_value(v: &Value, what: &'static str) -> Result<Entry> {
    let mut r = MapReader::new(v, what)?;
    let local_ref = match r.take(0) {
        None => None,
        Some(v) => Some(Uuid::from_bytes(
            as_bytes::<16>(v).ok_or_else(|| r.err("local reference is not 16 bytes"))?,
        )),
    };
    let pairs = r.drain();
    Ok(Entry {
        local_ref,
        claims: Claims::from_pairs(&pairs)?,
    })
}

fn entries_from_value(v: &Value, what: &'static str) -> Result<Vec<Entry>> {
    let Value::Array(items) = v else {
        return Err(Error::malformed(what, "entries is not an array"));
    };
    let entries = items
        .iter()
        .map(|i| entry_from_value(i, what))
        .collect::<Result<Vec<_>>>()?;
    check_entries(&entries)?;
    Ok(entries)
}

/// Reads keys 0 (file type) and 1 (version, at most `max`) of a Carnet
/// file; returns the reader and the version.
fn open_file<'a>(
    bytes: &'a [u8],
    value: &'a Value,
    magic: &'static str,
    what: &'static str,
    max: u64,
) -> Result<(MapReader<'a>, u64)> {
    let _ = bytes;
    let mut r = MapReader::new(value, what).map_err(|_| Error::WrongFile { expected: what })?;
    if r.take(0).and_then(as_text) != Some(magic) {
        return Err(Error::WrongFile { expected: what });
    }
    let version = r
        .need(1)
        .and_then(|v| as_u64(v).ok_or_else(|| r.err("version")))?;
    if version > max {
        return Err(Error::NewerVersion {
            what,
            found: version,
        });
    }
    if version == 0 {
        return Err(r.err("version 0"));
    }
    Ok((r, version))
}

fn key_from(v: &Value, r: &MapReader<'_>) -> Result<PublicKey> {
    let bytes = as_bytes::<32>(v).ok_or_else(|| r.err("public key is not 32 bytes"))?;
    PublicKey::from_bytes(&bytes)
}

impl Request {
    /// Builds a request, checking the entries.
    pub fn new(holder: PublicKey, entries: Vec<Entry>) -> Result<Self> {
        check_entries(&entries)?;
        Ok(Request { holder, entries })
    }

    /// The request file: `{0: "carnet-request", 1: 1, 2: holder key, 3: [entry]}`.
    pub fn to_cbor(&self) -> Vec<u8> {
        cbor::to_vec(&cbor::map(vec![
            (uint(0), Value::Text(REQUEST_MAGIC.into())),
            (uint(1), uint(FILE_VERSION)),
            (uint(2), Value::Bytes(self.holder.as_bytes().to_vec())),
            (
                uint(3),
                Value::Array(self.entries.iter().map(entry_to_value).collect()),
            ),
        ]))
    }

    /// The request as text (§5.1): `CNR1:` + Base45 of the request file,
    /// zlib-compressed when that is shorter, so it fits a QR code or a
    /// message. Refused with [`Error::TooLarge`] when the text would be
    /// longer than a reader accepts ([`text::MAX_TEXT`]): never write
    /// what no one can read.
    pub fn to_text(&self) -> Result<String> {
        let t = text::encode_with(text::REQUEST_PREFIX, &self.to_cbor());
        if t.len() > text::MAX_TEXT {
            return Err(Error::TooLarge {
                limit: text::MAX_TEXT,
            });
        }
        Ok(t)
    }

    /// Reads a request from its text form (§5.1). A `CNR2:` or later is
    /// [`Error::NewerVersion`]; any other prefix, including a presentation's
    /// `CN1:`, is [`Error::WrongPrefix`].
    pub fn from_text(t: &str) -> Result<Self> {
        Request::from_cbor(&text::decode_with(text::REQUEST_PREFIX, t)?)
    }

    /// Reads a request file.
    pub fn from_cbor(bytes: &[u8]) -> Result<Self> {
        let value = cbor::from_slice(bytes, "request")?;
        let (mut r, _) = open_file(bytes, &value, REQUEST_MAGIC, "request", FILE_VERSION)?;
        let holder = key_from(r.need(2)?, &r)?;
        let entries = entries_from_value(r.need(3)?, "request")?;
        r.finish()?;
        Ok(Request { holder, entries })
    }
}

/// How the issuer endorses a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndorseOptions {
    /// Issue time, seconds since the Unix epoch; truncated to the UTC day.
    pub iat: u64,
    /// Optional expiry, seconds since the Unix epoch; truncated to the UTC day.
    pub exp: Option<u64>,
    /// Revocation index of the first entry; entry `i` gets this plus `i`.
    /// The issuer's key store allocates them (one per entry).
    pub revocation_index: u32,
    /// How the issuer assessed the entries.
    pub assessed_by: AssessedBy,
}

/// The holder's full credential: everything needed to present any subset
/// later (values, seed, issuer signature and identity). Stored in the
/// logbook; never shown whole to a verifier.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    /// Issuer public key.
    pub issuer_key: PublicKey,
    /// Issuer identity as signed.
    pub issuer: IssuerInfo,
    /// Issue time (seconds, a multiple of [`DAY`]).
    pub iat: u64,
    /// Expiry (seconds, a multiple of [`DAY`]), if any.
    pub exp: Option<u64>,
    /// Revocation index of entry 0.
    pub revocation_index: u32,
    /// How the entries were assessed.
    pub assessed_by: AssessedBy,
    /// The holder key the credential is bound to.
    pub holder: PublicKey,
    /// Secret seed of all salts. Never shown unless all fields of all
    /// entries are disclosed.
    pub seed: [u8; SD_LEN],
    /// The endorsed entries, in signed order.
    pub entries: Vec<Entry>,
    /// The issuer's Ed25519 signature over the reconstructed payload.
    pub signature: [u8; 64],
    /// The issuer-signed W3C VC / Open Badges 3.0 forms of each entry, in
    /// entry order (§19); empty for a credential made without them.
    pub vcs: Vec<EntryVc>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("issuer_key", &self.issuer_key)
            .field("issuer", &self.issuer)
            .field("iat", &self.iat)
            .field("exp", &self.exp)
            .field("revocation_index", &self.revocation_index)
            .field("entries", &self.entries.len())
            .field("vcs", &self.vcs.len())
            .finish_non_exhaustive()
    }
}

/// The parts of an issuer payload, shared by issuing and verifying so
/// that both build the very same bytes.
#[derive(Debug, Clone)]
pub(crate) struct PayloadParts<'a> {
    pub issuer: &'a IssuerInfo,
    pub iat: u64,
    pub exp: Option<u64>,
    pub revocation_index: u32,
    pub assessed_by: AssessedBy,
    pub holder: &'a PublicKey,
    pub entry_digests: &'a [[u8; SD_LEN]],
}

/// `cti`: the revocation index, big-endian, leading zero bytes dropped,
/// at least one byte.
pub(crate) fn cti_bytes(index: u32) -> Vec<u8> {
    let b = index.to_be_bytes();
    let skip = b.iter().take(3).take_while(|x| **x == 0).count();
    b[skip..].to_vec()
}

impl PayloadParts<'_> {
    /// The CWT claims map in deterministic CBOR (format §6.1).
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let cose_key = cbor::map(vec![
            (uint(1), uint(1)),
            (int(-1), uint(6)),
            (int(-2), Value::Bytes(self.holder.as_bytes().to_vec())),
        ]);
        let mut pairs = vec![
            (uint(1), Value::Text(self.issuer.name.clone())),
            (uint(6), uint(self.iat)),
            (uint(7), Value::Bytes(cti_bytes(self.revocation_index))),
            (uint(8), cbor::map(vec![(uint(1), cose_key)])),
            (int(-1), uint(self.issuer.kind.code().into())),
            (int(-2), Value::Text(self.issuer.country.clone())),
            (int(-3), uint(self.assessed_by.code().into())),
            (
                int(-4),
                Value::Array(
                    self.entry_digests
                        .iter()
                        .map(|d| Value::Bytes(d.to_vec()))
                        .collect(),
                ),
            ),
        ];
        if let Some(exp) = self.exp {
            pairs.push((uint(4), uint(exp)));
        }
        cbor::to_vec(&cbor::map(pairs))
    }
}

/// The protected header `{1: -8}` (alg EdDSA), bytes `A1 01 27`.
pub(crate) fn eddsa_protected() -> ProtectedHeader {
    ProtectedHeader {
        original_data: None,
        header: HeaderBuilder::new()
            .algorithm(iana::Algorithm::EdDSA)
            .build(),
    }
}

/// COSE Sig_structure `["Signature1", h'A10127', h'', payload]`.
pub(crate) fn sig_structure(payload: &[u8]) -> Vec<u8> {
    sig_structure_data(
        SignatureContext::CoseSign1,
        eddsa_protected(),
        None,
        b"",
        payload,
    )
}

/// Field digests of one entry: `{field id: digest}`.
pub(crate) fn field_digests(
    claims: &Claims,
    entry_seed: &[u8; SD_LEN],
) -> BTreeMap<u8, [u8; SD_LEN]> {
    claims
        .fields()
        .into_iter()
        .map(|(id, value)| {
            let salt = sd::salt(entry_seed, id.code());
            (id.code(), sd::field_digest(&salt, id.code(), &value))
        })
        .collect()
}

/// Issuer side: signs every entry of `request` into one credential.
pub fn endorse<R: RngCore + CryptoRng>(
    issuer_key: &SecretIdentity,
    issuer: &IssuerInfo,
    request: &Request,
    options: &EndorseOptions,
    rng: &mut R,
) -> Result<Credential> {
    let mut seed = [0u8; SD_LEN];
    rng.fill_bytes(&mut seed);
    endorse_with_seed(issuer_key, issuer, request, options, seed)
}

/// [`endorse`] with a given salt seed: for golden vectors only; a real
/// seed must come from a cryptographic RNG or hidden fields can be guessed.
pub fn endorse_with_seed(
    issuer_key: &SecretIdentity,
    issuer: &IssuerInfo,
    request: &Request,
    options: &EndorseOptions,
    seed: [u8; SD_LEN],
) -> Result<Credential> {
    issuer.validate()?;
    check_entries(&request.entries)?;
    let last = u32::try_from(request.entries.len() - 1).unwrap_or(u32::MAX);
    if options.revocation_index.checked_add(last).is_none() {
        return Err(Error::InvalidField {
            field: "revocation-index",
            detail: "the entries' indexes would pass 4,294,967,295".into(),
        });
    }
    let mut credential = Credential {
        issuer_key: issuer_key.public_key(),
        issuer: issuer.clone(),
        iat: options.iat / DAY * DAY,
        exp: options.exp.map(|e| e / DAY * DAY),
        revocation_index: options.revocation_index,
        assessed_by: options.assessed_by,
        holder: request.holder,
        seed,
        entries: request.entries.clone(),
        signature: [0u8; 64],
        vcs: Vec::new(),
    };
    credential.signature = issuer_key.sign(&sig_structure(&credential.issuer_payload()));
    Ok(credential)
}

impl Credential {
    /// Seed of entry `index`.
    pub(crate) fn entry_seed(&self, index: usize) -> [u8; SD_LEN] {
        sd::entry_seed(&self.seed, u8::try_from(index).unwrap_or(u8::MAX))
    }

    /// Entry digests, in order.
    pub(crate) fn entry_digests(&self) -> Vec<[u8; SD_LEN]> {
        (0..self.entries.len())
            .map(|i| sd::entry_digest(&field_digests(&self.entries[i].claims, &self.entry_seed(i))))
            .collect()
    }

    /// The issuer payload (CWT claims, deterministic CBOR) the signature covers.
    pub fn issuer_payload(&self) -> Vec<u8> {
        let digests = self.entry_digests();
        PayloadParts {
            issuer: &self.issuer,
            iat: self.iat,
            exp: self.exp,
            revocation_index: self.revocation_index,
            assessed_by: self.assessed_by,
            holder: &self.holder,
            entry_digests: &digests,
        }
        .to_bytes()
    }

    /// The standalone issuer COSE_Sign1 (tag 18, protected `{1: -8}`,
    /// unprotected `{4: kid}`): what a standard COSE library verifies.
    pub fn to_cose(&self) -> Vec<u8> {
        let protected = cbor::to_vec(&cbor::map(vec![(uint(1), int(-8))]));
        let unprotected = cbor::map(vec![(
            uint(4),
            Value::Bytes(self.issuer_key.kid().to_vec()),
        )]);
        cbor::to_vec(&Value::Tag(
            18,
            Box::new(Value::Array(vec![
                Value::Bytes(protected),
                unprotected,
                Value::Bytes(self.issuer_payload()),
                Value::Bytes(self.signature.to_vec()),
            ])),
        ))
    }

    /// Issuer side: signs the W3C VC / OB3 form of every entry (§19) and
    /// keeps them in the credential, to be exported by the holder later.
    /// Deterministic: the same credential and key give the same bytes.
    pub fn sign_vcs(&mut self, issuer_key: &SecretIdentity) -> Result<()> {
        self.vcs = vc::sign_entries(self, issuer_key)?;
        Ok(())
    }

    /// Checks the issuer's signature, that the credential is bound to
    /// `holder`, and that every carried VC is signed by the issuer (what
    /// `carnet receive` must do before storing it).
    pub fn check(&self, holder: &PublicKey) -> Result<()> {
        if &self.holder != holder {
            return Err(Error::NotYourCredential);
        }
        if !self
            .issuer_key
            .verify(&sig_structure(&self.issuer_payload()), &self.signature)
        {
            return Err(Error::BadSignature);
        }
        for (i, v) in self.vcs.iter().enumerate() {
            if !vc::check_entry(self, i, v) {
                return Err(Error::BadSignature);
            }
        }
        Ok(())
    }

    /// Revocation index of entry `index`.
    pub fn revocation_index_of(&self, index: usize) -> u32 {
        self.revocation_index
            .saturating_add(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// The credential file (format §7).
    pub fn to_cbor(&self) -> Vec<u8> {
        let version = if self.vcs.is_empty() {
            FILE_VERSION
        } else {
            CREDENTIAL_VERSION
        };
        let mut pairs = vec![
            (uint(0), Value::Text(CREDENTIAL_MAGIC.into())),
            (uint(1), uint(version)),
            (uint(2), Value::Bytes(self.issuer_key.as_bytes().to_vec())),
            (uint(3), Value::Text(self.issuer.name.clone())),
            (uint(4), uint(self.issuer.kind.code().into())),
            (uint(5), Value::Text(self.issuer.country.clone())),
            (uint(6), uint(self.iat)),
            (uint(8), uint(self.revocation_index.into())),
            (uint(9), uint(self.assessed_by.code().into())),
            (uint(10), Value::Bytes(self.holder.as_bytes().to_vec())),
            (uint(11), Value::Bytes(self.seed.to_vec())),
            (
                uint(12),
                Value::Array(self.entries.iter().map(entry_to_value).collect()),
            ),
            (uint(13), Value::Bytes(self.signature.to_vec())),
        ];
        if let Some(exp) = self.exp {
            pairs.push((uint(7), uint(exp)));
        }
        if !self.vcs.is_empty() {
            let vcs = self
                .vcs
                .iter()
                .map(|v| {
                    Value::Array(vec![
                        Value::Bytes(v.json.clone()),
                        Value::Text(v.jwt.clone()),
                    ])
                })
                .collect();
            pairs.push((uint(14), Value::Array(vcs)));
        }
        cbor::to_vec(&cbor::map(pairs))
    }

    /// Reads a credential file. It does not check the signature: call
    /// [`Credential::check`] for that.
    pub fn from_cbor(bytes: &[u8]) -> Result<Self> {
        let value = cbor::from_slice(bytes, "credential")?;
        let (mut r, version) = open_file(
            bytes,
            &value,
            CREDENTIAL_MAGIC,
            "credential",
            CREDENTIAL_VERSION,
        )?;
        let issuer_key = key_from(r.need(2)?, &r)?;
        let name = as_text(r.need(3)?)
            .ok_or_else(|| r.err("issuer name"))?
            .to_owned();
        let kind = as_u64(r.need(4)?)
            .and_then(IssuerKind::from_code)
            .ok_or_else(|| r.err("issuer kind"))?;
        let country = as_text(r.need(5)?)
            .ok_or_else(|| r.err("issuer country"))?
            .to_owned();
        let iat = as_u64(r.need(6)?).ok_or_else(|| r.err("iat"))?;
        let exp = match r.take(7) {
            None => None,
            Some(v) => Some(as_u64(v).ok_or_else(|| r.err("exp"))?),
        };
        let revocation_index = as_u64(r.need(8)?)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| r.err("revocation index"))?;
        let assessed_by = as_u64(r.need(9)?)
            .and_then(AssessedBy::from_code)
            .ok_or_else(|| r.err("assessed-by"))?;
        let holder = key_from(r.need(10)?, &r)?;
        let seed = as_bytes::<SD_LEN>(r.need(11)?).ok_or_else(|| r.err("seed"))?;
        let entries = entries_from_value(r.need(12)?, "credential")?;
        let signature = as_bytes::<64>(r.need(13)?).ok_or_else(|| r.err("signature"))?;
        // Version 1 has no key 14 (`finish` refuses it); version 2 must.
        let vcs = if version >= 2 {
            vcs_from_value(r.need(14)?, entries.len())?
        } else {
            Vec::new()
        };
        r.finish()?;
        if iat % DAY != 0 || exp.is_some_and(|e| e % DAY != 0) {
            return Err(Error::malformed(
                "credential",
                "iat and exp must be whole days",
            ));
        }
        let issuer = IssuerInfo {
            name,
            kind,
            country,
        };
        issuer.validate()?;
        Ok(Credential {
            issuer_key,
            issuer,
            iat,
            exp,
            revocation_index,
            assessed_by,
            holder,
            seed,
            entries,
            signature,
            vcs,
        })
    }
}

/// Key 14: one `[bstr json, tstr jwt]` per entry, in entry order.
fn vcs_from_value(v: &Value, count: usize) -> Result<Vec<EntryVc>> {
    let bad = |detail: &str| Error::malformed("credential", detail.to_string());
    let Value::Array(items) = v else {
        return Err(bad("VCs are not an array"));
    };
    if items.len() != count {
        return Err(bad("not one VC per entry"));
    }
    items
        .iter()
        .map(|item| match item {
            Value::Array(pair) => match pair.as_slice() {
                [Value::Bytes(json), Value::Text(jwt)]
                    if json.len() <= MAX_VC_LEN && jwt.len() <= MAX_VC_LEN =>
                {
                    Ok(EntryVc {
                        json: json.clone(),
                        jwt: jwt.clone(),
                    })
                }
                _ => Err(bad("a VC is not [json bytes, jwt text] of bounded size")),
            },
            _ => Err(bad("a VC is not an array")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::EntryKind;

    pub(crate) fn sample() -> (SecretIdentity, SecretIdentity, Credential) {
        let issuer = SecretIdentity::from_seed(&[1; 32]);
        let holder = SecretIdentity::from_seed(&[2; 32]);
        let request = Request::new(
            holder.public_key(),
            vec![Entry {
                local_ref: Some(Uuid::from_bytes([5; 16])),
                claims: Claims {
                    kind: Some(EntryKind::Skill),
                    title: Some("Tiling".into()),
                    ..Claims::default()
                },
            }],
        )
        .expect("valid request");
        let info = IssuerInfo {
            name: "Centre".into(),
            kind: IssuerKind::Centre,
            country: "LB".into(),
        };
        let options = EndorseOptions {
            iat: 1_700_000_000,
            exp: None,
            revocation_index: 7,
            assessed_by: AssessedBy::Observation,
        };
        let cred =
            endorse_with_seed(&issuer, &info, &request, &options, [3; 16]).expect("endorses");
        (issuer, holder, cred)
    }

    #[test]
    fn request_round_trip_and_file_checks() {
        let (_, holder, cred) = sample();
        let req = Request::new(holder.public_key(), cred.entries.clone()).expect("valid");
        let bytes = req.to_cbor();
        assert_eq!(Request::from_cbor(&bytes).expect("reads"), req);
        assert_eq!(
            Credential::from_cbor(&bytes),
            Err(Error::WrongFile {
                expected: "credential"
            })
        );
    }

    #[test]
    fn request_text_round_trip() {
        let (_, holder, cred) = sample();
        let req = Request::new(holder.public_key(), cred.entries.clone()).expect("valid");
        let t = req.to_text().expect("fits");
        assert!(t.starts_with("CNR1:"), "{t}");
        assert!(t[5..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" $%*+-./:".contains(&b)));
        assert_eq!(Request::from_text(&format!("{t}\n")).expect("reads"), req);
        // A presentation's prefix, or a later version, is not read as a request.
        assert_eq!(
            Request::from_text(&format!("CN1:{}", &t[5..])),
            Err(Error::WrongPrefix)
        );
        assert_eq!(
            Request::from_text(&format!("CNR2:{}", &t[5..])),
            Err(Error::NewerVersion {
                what: "text",
                found: 2
            })
        );
        // The right prefix on a credential's bytes: the request reader refuses it.
        let cred_text = text::encode_with(text::REQUEST_PREFIX, &cred.to_cbor());
        assert_eq!(
            Request::from_text(&cred_text),
            Err(Error::WrongFile {
                expected: "request"
            })
        );
    }

    #[test]
    fn credential_round_trip_and_check() {
        let (_, holder, cred) = sample();
        let back = Credential::from_cbor(&cred.to_cbor()).expect("reads");
        assert_eq!(back, cred);
        back.check(&holder.public_key())
            .expect("signature verifies");
        let other = SecretIdentity::from_seed(&[9; 32]).public_key();
        assert_eq!(back.check(&other), Err(Error::NotYourCredential));
        let mut forged = back.clone();
        forged.entries[0].claims.title = Some("Plumbing".into());
        assert_eq!(forged.check(&holder.public_key()), Err(Error::BadSignature));
    }

    #[test]
    fn newer_version_is_not_damage() {
        let (_, _, cred) = sample();
        let mut v = cbor::from_slice(&cred.to_cbor(), "t").expect("cbor");
        if let Value::Map(pairs) = &mut v {
            for (k, val) in pairs.iter_mut() {
                if as_u64(k) == Some(1) {
                    *val = uint(3);
                }
            }
        }
        assert_eq!(
            Credential::from_cbor(&cbor::to_vec(&v)),
            Err(Error::NewerVersion {
                what: "credential",
                found: 3
            })
        );
    }

    #[test]
    fn cti_is_minimal() {
        assert_eq!(cti_bytes(0), vec![0]);
        assert_eq!(cti_bytes(255), vec![255]);
        assert_eq!(cti_bytes(256), vec![1, 0]);
        assert_eq!(cti_bytes(u32::MAX), vec![255; 4]);
    }

    #[test]
    fn standalone_cose_verifies_with_coset() {
        use coset::{CborSerializable, TaggedCborSerializable};
        let (_, _, cred) = sample();
        let cose = coset::CoseSign1::from_tagged_slice(&cred.to_cose()).expect("parses");
        assert_eq!(
            cose.protected.clone().to_vec().ok(),
            Some(vec![0xA1, 0x01, 0x27])
        );
        cose.verify_signature(b"", |sig, data| {
            let sig: [u8; 64] = sig.try_into().map_err(|_| ())?;
            if cred.issuer_key.verify(data, &sig) {
                Ok(())
            } else {
                Err(())
            }
        })
        .expect("verifies");
    }
}
