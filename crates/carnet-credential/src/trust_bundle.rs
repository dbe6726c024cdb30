//! Trust bundles: a list of issuers signed by a trust anchor (a network of
//! centres, a TVET authority), so that a verifier with no network knows
//! whom to trust (docs/credential-format.md §17).
//!
//! A verifier holds a few anchor keys, imports bundles as files, and gets a
//! [`VerifiedBundle`] that [`crate::verify`] uses as its trust store. A
//! bundle never expires: an old bundle is still better than none offline,
//! so its issue time is kept and reported ("trust list from 12 days ago")
//! instead of being enforced.

use std::collections::{BTreeMap, BTreeSet};

use ciborium::value::Value;

use crate::cbor::{self, as_bytes, as_text, as_u64, uint, MapReader};
use crate::claims::IssuerKind;
use crate::endorsement::sig_structure;
use crate::keys::{hex_lower, PublicKey, SecretIdentity};
use crate::verify::{TrustList, TrustStore, TrustedIssuer};

/// Format version of trust bundle files.
pub const BUNDLE_VERSION: u64 = 1;

/// Largest bundle file a reader accepts (bytes). Thousands of issuers
/// with names in a few languages fit; anything larger is not ours.
pub const MAX_BUNDLE_BYTES: usize = 4 * 1024 * 1024;

/// Most issuers one bundle may list.
pub const MAX_ISSUERS: usize = 10_000;

/// Most names (languages) one issuer may have.
pub const MAX_NAMES: usize = 64;

const MAGIC: &str = "carnet-trust-bundle";
const WHAT: &str = "trust bundle";

/// Why a trust bundle was not built or not accepted. Messages are plain
/// English for logs; front ends show Fluent `error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// Not CBOR, or not the shape of §17 (includes most damage).
    #[error("the trust bundle is damaged or not a trust bundle: {detail}")]
    Malformed {
        /// What was wrong, for logs.
        detail: String,
    },
    /// A well-formed Carnet signed file of another type.
    #[error("this is not a Carnet trust bundle")]
    WrongFile,
    /// Written by a newer Carnet; refusing it is not damage.
    #[error(
        "this trust bundle was made by a newer Carnet (format version {found}); update Carnet to read it"
    )]
    NewerVersion {
        /// The version found in the file.
        found: u64,
    },
    /// Signed by a key that is not one of the verifier's trust anchors.
    #[error("this trust bundle is signed by an unknown trust anchor (key fingerprint {kid})")]
    UnknownAnchor {
        /// The anchor kid named by the file, hex.
        kid: String,
    },
    /// The anchor's signature does not verify: altered or damaged.
    #[error("the trust anchor's signature on this bundle does not verify; the file was altered or damaged")]
    BadSignature,
    /// A value given to the builder (or found in a file) breaks §17.
    #[error("invalid trust bundle {field}: {detail}")]
    Invalid {
        /// Which value.
        field: &'static str,
        /// What was wrong.
        detail: String,
    },
    /// The file is larger than [`MAX_BUNDLE_BYTES`].
    #[error("the trust bundle is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl BundleError {
    /// One value of each variant, so that every front end can test that
    /// each has a message (a new variant then fails those tests).
    pub fn examples() -> Vec<BundleError> {
        vec![
            BundleError::Malformed { detail: "x".into() },
            BundleError::WrongFile,
            BundleError::NewerVersion { found: 2 },
            BundleError::UnknownAnchor { kid: "ab".into() },
            BundleError::BadSignature,
            BundleError::Invalid {
                field: "issuer names",
                detail: "x".into(),
            },
            BundleError::TooLarge { limit: 1 },
        ]
    }

    /// Stable code for front ends (`error-<code>` in Fluent) and `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::Malformed { .. } => "trust-bundle-malformed",
            BundleError::WrongFile => "trust-bundle-wrong-file",
            BundleError::NewerVersion { .. } => "trust-bundle-newer-version",
            BundleError::UnknownAnchor { .. } => "trust-bundle-unknown-anchor",
            BundleError::BadSignature => "trust-bundle-bad-signature",
            BundleError::Invalid { .. } => "trust-bundle-invalid",
            BundleError::TooLarge { .. } => "trust-bundle-too-large",
        }
    }
}

impl From<crate::Error> for BundleError {
    fn from(e: crate::Error) -> Self {
        BundleError::Malformed {
            detail: e.to_string(),
        }
    }
}

fn malformed(detail: impl Into<String>) -> BundleError {
    BundleError::Malformed {
        detail: detail.into(),
    }
}

fn invalid(field: &'static str, detail: impl Into<String>) -> BundleError {
    BundleError::Invalid {
        field,
        detail: detail.into(),
    }
}

// ---------------------------------------------------------------------------
// The signed envelope shared with status lists.

/// The three parts of a signed Carnet list file:
/// `18([h'A10127', {4: bstr 8 kid}, bstr payload, bstr 64 signature])`.
#[derive(Debug, Clone)]
pub(crate) struct Envelope {
    pub(crate) protected: Vec<u8>,
    pub(crate) kid: [u8; 8],
    pub(crate) payload: Vec<u8>,
    pub(crate) signature: [u8; 64],
}

/// The protected header `{1: -8}` (alg EdDSA).
pub(crate) const EDDSA_PROTECTED: [u8; 3] = [0xA1, 0x01, 0x27];

/// Signs `payload` and wraps it as a tagged COSE_Sign1 with the signer's
/// kid in the unprotected header (a lookup hint; the kid is also signed
/// inside the payload).
pub(crate) fn seal(signer: &SecretIdentity, payload: Vec<u8>) -> Vec<u8> {
    let signature = signer.sign(&sig_structure(&payload));
    let unprotected = cbor::map(vec![(
        uint(4),
        Value::Bytes(signer.public_key().kid().to_vec()),
    )]);
    cbor::to_vec(&Value::Tag(
        18,
        Box::new(Value::Array(vec![
            Value::Bytes(EDDSA_PROTECTED.to_vec()),
            unprotected,
            Value::Bytes(payload),
            Value::Bytes(signature.to_vec()),
        ])),
    ))
}

/// Splits a COSE_Sign1 (tag 18 or untagged) into its parts. The protected
/// header is returned, not checked, so that the caller can read the
/// payload's version first and refuse a newer file as "newer", not
/// "damaged". Errors are details for a "malformed" message.
pub(crate) fn unseal(bytes: &[u8], what: &'static str) -> Result<Envelope, String> {
    let value = cbor::from_slice(bytes, what).map_err(|e| e.to_string())?;
    let array = match value {
        Value::Tag(18, inner) => *inner,
        Value::Tag(t, _) => return Err(format!("unexpected CBOR tag {t}")),
        v => v,
    };
    let Value::Array(parts) = array else {
        return Err("not a COSE_Sign1 array".into());
    };
    let [protected, unprotected, payload, signature] = <[Value; 4]>::try_from(parts)
        .map_err(|_| "COSE_Sign1 does not have 4 elements".to_string())?;
    let Value::Bytes(protected) = protected else {
        return Err("protected header is not a byte string".into());
    };
    let mut u = MapReader::new(&unprotected, what).map_err(|e| e.to_string())?;
    let kid = u
        .need(4)
        .ok()
        .and_then(as_bytes::<8>)
        .ok_or_else(|| "unprotected header has no 8-byte kid".to_string())?;
    u.finish().map_err(|e| e.to_string())?;
    let Value::Bytes(payload) = payload else {
        return Err("payload is not a byte string".into());
    };
    let signature =
        as_bytes::<64>(&signature).ok_or_else(|| "signature is not 64 bytes".to_string())?;
    Ok(Envelope {
        protected,
        kid,
        payload,
        signature,
    })
}

/// Outcome of reading keys 0 (type) and 1 (version) of a signed payload.
pub(crate) enum Header<'a> {
    /// Right type and a version this reader knows; the rest of the map.
    Ok(MapReader<'a>),
    /// A map but not this file type.
    WrongFile,
    /// A version above the one this reader knows.
    Newer(u64),
}

/// Reads the file type and version of a payload map (same rules as the
/// request and credential files, format §13).
pub(crate) fn read_header<'a>(
    value: &'a Value,
    magic: &str,
    known: u64,
    what: &'static str,
) -> Result<Header<'a>, String> {
    let Ok(mut r) = MapReader::new(value, what) else {
        return Ok(Header::WrongFile);
    };
    if r.take(0).and_then(as_text) != Some(magic) {
        return Ok(Header::WrongFile);
    }
    let version = r
        .take(1)
        .and_then(as_u64)
        .ok_or_else(|| "missing or invalid version".to_string())?;
    if version > known {
        return Ok(Header::Newer(version));
    }
    if version == 0 {
        return Err("version 0".into());
    }
    Ok(Header::Ok(r))
}

// ---------------------------------------------------------------------------
// The bundle.

/// One issuer as the trust anchor vouches for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleIssuer {
    /// Its Ed25519 public key.
    pub public_key: PublicKey,
    /// Names by BCP 47 language tag (`"en"`, `"ar"`, `"pt-BR"`…), at
    /// least one: verifiers show the name in their own language.
    pub names: BTreeMap<String, String>,
    /// ISO 3166-1 alpha-2 country, capitals.
    pub country: String,
    /// Trainer, employer, centre, college or colleague.
    pub kind: IssuerKind,
    /// Endorsements issued before this time are not covered.
    pub not_before: Option<u64>,
    /// Endorsements issued after this time are not covered (the anchor
    /// stopped vouching; older endorsements stay trusted).
    pub not_after: Option<u64>,
}

impl BundleIssuer {
    fn validate(&self) -> Result<(), BundleError> {
        if self.names.is_empty() || self.names.len() > MAX_NAMES {
            return Err(invalid(
                "issuer names",
                format!("an issuer has 1 to {MAX_NAMES} names"),
            ));
        }
        for (tag, name) in &self.names {
            if !valid_tag(tag) {
                return Err(invalid(
                    "language tag",
                    format!("{tag:?} is not a BCP 47 tag"),
                ));
            }
            let n = name.chars().count();
            if n == 0 || n > 100 || name.chars().any(char::is_control) {
                return Err(invalid("issuer name", "must be 1 to 100 characters"));
            }
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(invalid(
                "issuer country",
                "must be two capital letters (ISO 3166-1)",
            ));
        }
        if let (Some(a), Some(b)) = (self.not_before, self.not_after) {
            if a > b {
                return Err(invalid("issuer validity", "not-before is after not-after"));
            }
        }
        Ok(())
    }

    fn to_value(&self) -> Value {
        let names = cbor::map(
            self.names
                .iter()
                .map(|(t, n)| (Value::Text(t.clone()), Value::Text(n.clone())))
                .collect(),
        );
        let mut pairs = vec![
            (uint(1), Value::Bytes(self.public_key.as_bytes().to_vec())),
            (uint(2), names),
            (uint(3), Value::Text(self.country.clone())),
            (uint(4), uint(u64::from(self.kind.code()))),
        ];
        if let Some(t) = self.not_before {
            pairs.push((uint(5), uint(t)));
        }
        if let Some(t) = self.not_after {
            pairs.push((uint(6), uint(t)));
        }
        cbor::map(pairs)
    }

    fn from_value(v: &Value) -> Result<Self, BundleError> {
        let mut r = MapReader::new(v, WHAT)?;
        let key =
            as_bytes::<32>(r.need(1)?).ok_or_else(|| malformed("issuer key is not 32 bytes"))?;
        let public_key = PublicKey::from_bytes(&key)
            .map_err(|_| malformed("issuer key is not a valid point"))?;
        let Value::Map(pairs) = r.need(2)? else {
            return Err(malformed("issuer names are not a map"));
        };
        let mut names = BTreeMap::new();
        for (k, v) in pairs {
            let (Some(tag), Some(name)) = (as_text(k), as_text(v)) else {
                return Err(malformed("issuer name is not text → text"));
            };
            if names.insert(tag.to_owned(), name.to_owned()).is_some() {
                return Err(malformed(format!("language tag {tag:?} twice")));
            }
        }
        let country = as_text(r.need(3)?)
            .ok_or_else(|| malformed("issuer country"))?
            .to_owned();
        let kind = as_u64(r.need(4)?)
            .and_then(IssuerKind::from_code)
            .ok_or_else(|| malformed("issuer kind"))?;
        let time = |v: Option<&Value>| -> Result<Option<u64>, BundleError> {
            v.map(|v| as_u64(v).ok_or_else(|| malformed("issuer validity time")))
                .transpose()
        };
        let not_before = time(r.take(5))?;
        let not_after = time(r.take(6))?;
        r.finish()?;
        let issuer = BundleIssuer {
            public_key,
            names,
            country,
            kind,
            not_before,
            not_after,
        };
        issuer.validate().map_err(|e| malformed(e.to_string()))?;
        Ok(issuer)
    }

    /// The issuer as [`crate::verify`] sees it.
    pub fn to_trusted(&self) -> TrustedIssuer {
        TrustedIssuer {
            public_key: self.public_key,
            names: self.names.clone(),
            kind: self.kind,
            country: self.country.clone(),
            valid_from: self.not_before,
            valid_until: self.not_after,
        }
    }
}

/// A BCP 47 tag in the loose sense a verifier needs: 1–35 characters of
/// ASCII letters, digits and `-`, starting with a letter, no empty subtag.
fn valid_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && tag
            .split('-')
            .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The content of a trust bundle, before signing or after reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustBundle {
    /// When the anchor issued it (seconds since the epoch). Reported as
    /// the bundle's age; never a reason to refuse it.
    pub issued_at: u64,
    /// Grows with every bundle an anchor publishes, so that an importer
    /// can keep the newest and refuse to go back to an older one.
    pub sequence: u64,
    /// The issuers, at most one per key.
    pub issuers: Vec<BundleIssuer>,
}

impl TrustBundle {
    /// An empty bundle.
    pub fn new(issued_at: u64, sequence: u64) -> Self {
        TrustBundle {
            issued_at,
            sequence,
            issuers: Vec::new(),
        }
    }

    /// Adds an issuer, checking its values and that its key is not
    /// already listed.
    pub fn add(&mut self, issuer: BundleIssuer) -> Result<(), BundleError> {
        issuer.validate()?;
        if self
            .issuers
            .iter()
            .any(|i| i.public_key == issuer.public_key)
        {
            return Err(invalid(
                "issuer key",
                format!("{} is listed twice", issuer.public_key.kid_hex()),
            ));
        }
        if self.issuers.len() >= MAX_ISSUERS {
            return Err(invalid(
                "issuers",
                format!("a bundle lists at most {MAX_ISSUERS}"),
            ));
        }
        self.issuers.push(issuer);
        Ok(())
    }

    fn payload(&self, anchor_kid: [u8; 8]) -> Vec<u8> {
        cbor::to_vec(&cbor::map(vec![
            (uint(0), Value::Text(MAGIC.into())),
            (uint(1), uint(BUNDLE_VERSION)),
            (uint(2), Value::Bytes(anchor_kid.to_vec())),
            (uint(3), uint(self.issued_at)),
            (uint(4), uint(self.sequence)),
            (
                uint(5),
                Value::Array(self.issuers.iter().map(BundleIssuer::to_value).collect()),
            ),
        ]))
    }

    /// Signs the bundle with the anchor's key: the bytes of the file.
    pub fn sign(&self, anchor: &SecretIdentity) -> Result<Vec<u8>, BundleError> {
        let mut keys = BTreeSet::new();
        for i in &self.issuers {
            i.validate()?;
            if !keys.insert(i.public_key) {
                return Err(invalid("issuer key", "listed twice"));
            }
        }
        if self.issuers.len() > MAX_ISSUERS {
            return Err(invalid(
                "issuers",
                format!("a bundle lists at most {MAX_ISSUERS}"),
            ));
        }
        let payload = self.payload(anchor.public_key().kid());
        let file = seal(anchor, payload);
        if file.len() > MAX_BUNDLE_BYTES {
            return Err(BundleError::TooLarge {
                limit: MAX_BUNDLE_BYTES,
            });
        }
        Ok(file)
    }
}

/// A bundle file read but not yet verified: what it claims, for an
/// importer that must first find the anchor key by kid. Nothing in it is
/// trustworthy until [`SignedBundle::verify`] succeeds.
#[derive(Debug, Clone)]
pub struct SignedBundle {
    anchor_kid: [u8; 8],
    bundle: TrustBundle,
    payload: Vec<u8>,
    signature: [u8; 64],
}

impl SignedBundle {
    /// Reads a bundle file strictly (format §17). Refuses a newer version
    /// with [`BundleError::NewerVersion`], never as damage.
    pub fn from_cbor(bytes: &[u8]) -> Result<Self, BundleError> {
        if bytes.len() > MAX_BUNDLE_BYTES {
            return Err(BundleError::TooLarge {
                limit: MAX_BUNDLE_BYTES,
            });
        }
        let env = unseal(bytes, WHAT).map_err(malformed)?;
        let value = cbor::from_slice(&env.payload, WHAT)?;
        let mut r = match read_header(&value, MAGIC, BUNDLE_VERSION, WHAT).map_err(malformed)? {
            Header::Ok(r) => r,
            Header::WrongFile => return Err(BundleError::WrongFile),
            Header::Newer(found) => return Err(BundleError::NewerVersion { found }),
        };
        if env.protected != EDDSA_PROTECTED {
            return Err(malformed("protected header is not {1: -8}"));
        }
        let anchor_kid = as_bytes::<8>(r.need(2)?).ok_or_else(|| malformed("anchor kid"))?;
        if anchor_kid != env.kid {
            return Err(malformed("header kid differs from the signed anchor kid"));
        }
        let issued_at = as_u64(r.need(3)?).ok_or_else(|| malformed("issue time"))?;
        let sequence = as_u64(r.need(4)?).ok_or_else(|| malformed("sequence"))?;
        let Value::Array(list) = r.need(5)? else {
            return Err(malformed("issuers are not an array"));
        };
        if list.len() > MAX_ISSUERS {
            return Err(malformed(format!("more than {MAX_ISSUERS} issuers")));
        }
        r.finish()?;
        let mut issuers = Vec::with_capacity(list.len());
        let mut keys = BTreeSet::new();
        for v in list {
            let issuer = BundleIssuer::from_value(v)?;
            if !keys.insert(issuer.public_key) {
                return Err(malformed("an issuer key is listed twice"));
            }
            issuers.push(issuer);
        }
        Ok(SignedBundle {
            anchor_kid,
            bundle: TrustBundle {
                issued_at,
                sequence,
                issuers,
            },
            payload: env.payload,
            signature: env.signature,
        })
    }

    /// The kid of the anchor the file says signed it.
    pub fn anchor_kid(&self) -> [u8; 8] {
        self.anchor_kid
    }

    /// Checks the signature with the anchor among `anchors` whose kid the
    /// file names. Refuses an unknown anchor and a bad signature.
    pub fn verify(self, anchors: &[PublicKey]) -> Result<VerifiedBundle, BundleError> {
        let candidates: Vec<&PublicKey> = anchors
            .iter()
            .filter(|a| a.kid() == self.anchor_kid)
            .collect();
        if candidates.is_empty() {
            return Err(BundleError::UnknownAnchor {
                kid: hex_lower(&self.anchor_kid),
            });
        }
        let message = sig_structure(&self.payload);
        // Two anchors could share a kid (8 bytes); try each, so that a
        // collision cannot hide a genuine bundle.
        let Some(anchor) = candidates
            .into_iter()
            .find(|a| a.verify(&message, &self.signature))
        else {
            return Err(BundleError::BadSignature);
        };
        let trust = TrustList {
            issuers: self
                .bundle
                .issuers
                .iter()
                .map(BundleIssuer::to_trusted)
                .collect(),
        };
        Ok(VerifiedBundle {
            anchor: *anchor,
            bundle: self.bundle,
            trust,
        })
    }
}

/// Reads and verifies a bundle file in one step.
pub fn open(bytes: &[u8], anchors: &[PublicKey]) -> Result<VerifiedBundle, BundleError> {
    SignedBundle::from_cbor(bytes)?.verify(anchors)
}

/// A bundle whose anchor signature verified: a trust store for
/// [`crate::verify`] that also tells how old it is.
#[derive(Debug, Clone)]
pub struct VerifiedBundle {
    anchor: PublicKey,
    bundle: TrustBundle,
    trust: TrustList,
}

impl VerifiedBundle {
    /// The anchor key that signed it.
    pub fn anchor(&self) -> PublicKey {
        self.anchor
    }

    /// The verified content.
    pub fn bundle(&self) -> &TrustBundle {
        &self.bundle
    }

    /// When the anchor issued it (seconds).
    pub fn issued_at(&self) -> u64 {
        self.bundle.issued_at
    }

    /// The anchor's sequence number.
    pub fn sequence(&self) -> u64 {
        self.bundle.sequence
    }

    /// Seconds between issue and `now` (0 if issued "in the future").
    pub fn age(&self, now: u64) -> u64 {
        now.saturating_sub(self.bundle.issued_at)
    }

    /// The issuers as a plain trust list (drops the issue time).
    pub fn trust_list(&self) -> &TrustList {
        &self.trust
    }

    /// Converts into a plain trust list (drops the issue time).
    pub fn into_trust_list(self) -> TrustList {
        self.trust
    }
}

impl TrustStore for VerifiedBundle {
    fn issuer(&self, key: &PublicKey) -> Option<&TrustedIssuer> {
        self.trust.issuer(key)
    }

    fn issuer_by_kid(&self, kid: &[u8; 8]) -> Option<&TrustedIssuer> {
        self.trust.issuer_by_kid(kid)
    }

    fn issued_at(&self, key: &PublicKey) -> Option<u64> {
        self.trust.issuer(key).map(|_| self.bundle.issued_at)
    }
}

/// Several verified bundles (from several anchors) as one trust store.
/// An issuer listed by more than one is looked up in the newest bundle.
#[derive(Debug, Clone, Default)]
pub struct TrustBundles {
    bundles: Vec<VerifiedBundle>,
}

impl TrustBundles {
    /// No bundles: every issuer is unknown.
    pub fn new() -> Self {
        TrustBundles::default()
    }

    /// Adds a bundle. A bundle from the same anchor replaces the held one
    /// only if its sequence is higher; returns whether it was taken.
    pub fn insert(&mut self, bundle: VerifiedBundle) -> bool {
        if let Some(held) = self.bundles.iter_mut().find(|b| b.anchor == bundle.anchor) {
            if bundle.sequence() <= held.sequence() {
                return false;
            }
            *held = bundle;
        } else {
            self.bundles.push(bundle);
        }
        // Newest first, so lookups prefer fresher information.
        self.bundles
            .sort_by_key(|b| std::cmp::Reverse(b.issued_at()));
        true
    }

    /// The held bundles, newest first.
    pub fn bundles(&self) -> &[VerifiedBundle] {
        &self.bundles
    }
}

impl TrustStore for TrustBundles {
    fn issuer(&self, key: &PublicKey) -> Option<&TrustedIssuer> {
        self.bundles.iter().find_map(|b| b.issuer(key))
    }

    fn issuer_by_kid(&self, kid: &[u8; 8]) -> Option<&TrustedIssuer> {
        self.bundles.iter().find_map(|b| b.issuer_by_kid(kid))
    }

    fn issued_at(&self, key: &PublicKey) -> Option<u64> {
        self.bundles
            .iter()
            .find_map(|b| TrustStore::issued_at(b, key))
    }
}
