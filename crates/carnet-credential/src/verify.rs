//! Verification: CN1 text in, a verdict per item out, with reasons as
//! stable codes and arguments (docs/credential-format.md §10).
//!
//! Nothing here panics or returns an error on bad input: a malformed or
//! forged QR code is an answer ("malformed", "tampered"), not a failure.
//! Time, trust store and revocation lists are parameters so that tests
//! are deterministic and the signed bundle formats can plug in later.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use ciborium::value::Value;
use coset::{CborSerializable, CoseSign1, TaggedCborSerializable};
use serde::Serialize;

use crate::cbor::{self, as_bytes, as_text, as_u64, MapReader};
use crate::claims::{AssessedBy, Claims, FieldId, IssuerKind, Stage};
use crate::endorsement::{sig_structure, IssuerInfo, PayloadParts, DAY, MAX_ENTRIES};
use crate::error::{Error, Result};
use crate::keys::{hex_lower, PublicKey};
use crate::sd::{self, SD_LEN};
use crate::text;

/// A verdict, ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Signed by a trusted issuer, current, not revoked.
    Valid,
    /// Stated by the holder only.
    SelfDeclared,
    /// Signature valid, but the issuer is not in the trust store.
    UnknownIssuer,
    /// Past its expiry (or not yet valid).
    Expired,
    /// Revoked by its issuer.
    Revoked,
    /// A signature or digest does not match, or it was made for another
    /// holder, nonce or audience.
    Tampered,
    /// Not a readable Carnet presentation.
    Malformed,
}

impl Verdict {
    /// Stable code (`--json`, Fluent `verdict-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::SelfDeclared => "self-declared",
            Verdict::UnknownIssuer => "unknown-issuer",
            Verdict::Expired => "expired",
            Verdict::Revoked => "revoked",
            Verdict::Tampered => "tampered",
            Verdict::Malformed => "malformed",
        }
    }

    /// Process exit code (docs/cli.md, range 20–29).
    pub fn exit_code(self) -> i32 {
        match self {
            Verdict::Valid => 0,
            Verdict::SelfDeclared => 20,
            Verdict::UnknownIssuer => 21,
            Verdict::Expired => 22,
            Verdict::Revoked => 23,
            Verdict::Tampered => 24,
            Verdict::Malformed => 25,
        }
    }
}

/// Why: a stable code, the verdict it implies, and named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Stable code; front ends show Fluent `reason-<code>`.
    pub code: &'static str,
    /// The verdict this reason leads to (`valid` for information only).
    pub verdict: Verdict,
    /// Named arguments for the message.
    pub args: BTreeMap<&'static str, String>,
}

impl Reason {
    fn new(code: &'static str, verdict: Verdict, args: &[(&'static str, String)]) -> Self {
        Reason {
            code,
            verdict,
            args: args.iter().cloned().collect(),
        }
    }
}

/// An issuer the verifier trusts (from a trust bundle, later signed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedIssuer {
    /// Its public key.
    pub public_key: PublicKey,
    /// Names by language tag (`"en"`, `"ar"`…).
    pub names: BTreeMap<String, String>,
    /// Its kind as the trust anchor records it.
    pub kind: IssuerKind,
    /// Its country as the trust anchor records it.
    pub country: String,
    /// Endorsements issued before this time are not covered.
    pub valid_from: Option<u64>,
    /// Endorsements issued after this time are not covered.
    pub valid_until: Option<u64>,
}

/// Where verification looks issuers up.
pub trait TrustStore {
    /// The trusted issuer with this key, if any.
    fn issuer(&self, key: &PublicKey) -> Option<&TrustedIssuer>;

    /// The trusted issuer whose key has this kid, if any (presentations
    /// may name well-known issuers by kid only).
    fn issuer_by_kid(&self, kid: &[u8; 8]) -> Option<&TrustedIssuer>;

    /// When the trust information about this issuer was issued (a signed
    /// trust bundle's issue time), so that the verdict can say how old it
    /// is. `None` (the default) for lists with no known age.
    fn issued_at(&self, key: &PublicKey) -> Option<u64> {
        let _ = key;
        None
    }
}

/// The simplest trust store: a list.
#[derive(Debug, Clone, Default)]
pub struct TrustList {
    /// The trusted issuers.
    pub issuers: Vec<TrustedIssuer>,
}

impl TrustStore for TrustList {
    fn issuer(&self, key: &PublicKey) -> Option<&TrustedIssuer> {
        self.issuers.iter().find(|i| &i.public_key == key)
    }

    fn issuer_by_kid(&self, kid: &[u8; 8]) -> Option<&TrustedIssuer> {
        self.issuers.iter().find(|i| &i.public_key.kid() == kid)
    }
}

/// Where verification looks revocations up.
pub trait Revocations {
    /// `Some(true)` if revoked, `Some(false)` if the issuer's list says
    /// not, `None` if there is no list for that issuer.
    fn is_revoked(&self, issuer_kid: &[u8; 8], index: u32) -> Option<bool>;

    /// When the issuer published the list used for it (a signed status
    /// list's issue time), so that the verdict can say how old it is.
    /// `None` (the default) for lists with no known age.
    fn issued_at(&self, issuer_kid: &[u8; 8]) -> Option<u64> {
        let _ = issuer_kid;
        None
    }
}

/// Revoked indexes per issuer kid.
#[derive(Debug, Clone, Default)]
pub struct RevocationLists {
    /// Issuer kid → revoked indexes.
    pub revoked: HashMap<[u8; 8], BTreeSet<u32>>,
}

impl Revocations for RevocationLists {
    fn is_revoked(&self, issuer_kid: &[u8; 8], index: u32) -> Option<bool> {
        self.revoked.get(issuer_kid).map(|s| s.contains(&index))
    }
}

/// The verifier's context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyOptions {
    /// Now, in seconds since the Unix epoch.
    pub now: u64,
    /// The nonce the verifier asked for, if any.
    pub expected_nonce: Option<Vec<u8>>,
    /// The audience the verifier expects, if any.
    pub expected_audience: Option<String>,
    /// Tolerated clock difference for "not yet valid" (seconds).
    pub clock_skew: u64,
}

impl VerifyOptions {
    /// Options at `now` with no nonce/audience and 5 minutes of skew.
    pub fn at(now: u64) -> Self {
        VerifyOptions {
            now,
            expected_nonce: None,
            expected_audience: None,
            clock_skew: 300,
        }
    }
}

/// The issuer of an endorsed item, as claimed and as trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssuerView {
    /// Public key, hex (absent when only the kid was sent and the trust
    /// store does not know it).
    pub public_key: Option<String>,
    /// Key fingerprint (kid), hex.
    pub kid: String,
    /// Name, kind and country as signed by the issuer.
    pub claimed: IssuerInfo,
    /// Names from the trust store (empty when not trusted).
    pub trusted_names: BTreeMap<String, String>,
    /// Whether the trust store knows this key.
    pub trusted: bool,
}

/// Endorsed or self-declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum ItemKind {
    /// Signed by an issuer.
    Endorsed {
        /// Who signed.
        issuer: IssuerView,
        /// Issue time.
        iat: u64,
        /// Expiry.
        exp: Option<u64>,
        /// Revocation index of this entry.
        revocation_index: u32,
        /// How it was assessed.
        assessed_by: AssessedBy,
    },
    /// Stated by the holder.
    SelfDeclared,
}

/// One shown entry with its verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Endorsed or self-declared.
    #[serde(flatten)]
    pub kind: ItemKind,
    /// This item's verdict (includes presentation-wide reasons).
    pub verdict: Verdict,
    /// This item's own reasons.
    pub reasons: Vec<Reason>,
    /// The disclosed values.
    pub claims: Claims,
    /// Fields signed but not disclosed.
    pub hidden: Vec<FieldId>,
    /// Issue time of the trust bundle that vouches for this item's
    /// issuer, when known (the front end shows its age).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_issued_at: Option<u64>,
    /// Issue time of the issuer's status list used for this item, when
    /// there is one with a known age.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_issued_at: Option<u64>,
}

/// The presentation's own data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresentationView {
    /// Holder public key, hex.
    pub holder_key: String,
    /// Holder kid, hex.
    pub holder_kid: String,
    /// Stage.
    pub stage: Stage,
    /// Creation time.
    pub iat: u64,
    /// Expiry.
    pub exp: u64,
    /// Audience, if any.
    pub audience: Option<String>,
    /// Nonce, hex, if any.
    pub nonce: Option<String>,
}

/// The result of verifying one presentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The worst verdict of all items and presentation-wide reasons.
    pub verdict: Verdict,
    /// Presentation-wide reasons (format, holder signature, nonce…).
    pub reasons: Vec<Reason>,
    /// The presentation, when it could be read.
    pub presentation: Option<PresentationView>,
    /// Every shown entry.
    pub items: Vec<Item>,
    /// The oldest trust-bundle issue time among the items (what a front
    /// end shows as "trust list from 12 days ago"), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_issued_at: Option<u64>,
}

impl Report {
    /// Exit code of the worst verdict.
    pub fn exit_code(&self) -> i32 {
        self.verdict.exit_code()
    }

    fn malformed(code: &'static str, detail: String) -> Report {
        Report {
            verdict: Verdict::Malformed,
            reasons: vec![Reason::new(code, Verdict::Malformed, &[("detail", detail)])],
            presentation: None,
            items: Vec::new(),
            trust_issued_at: None,
        }
    }
}

/// One revealed entry of an endorsement.
struct Shown {
    position: usize,
    claims: Claims,
    hidden: Vec<FieldId>,
}

struct ParsedEndorsement {
    issuer: usize,
    iat: u64,
    exp: Option<u64>,
    revocation_index: u32,
    assessed_by: AssessedBy,
    entry_digests: Vec<[u8; SD_LEN]>,
    shown: Vec<Shown>,
    signature: [u8; 64],
}

/// How a presentation names an issuer: full key or kid (format §8.2).
#[derive(Clone, Copy)]
enum IssuerRef {
    Key(PublicKey),
    Kid([u8; 8]),
}

struct Parsed {
    holder: PublicKey,
    stage: Stage,
    iat: u64,
    exp: u64,
    audience: Option<String>,
    nonce: Option<Vec<u8>>,
    issuers: Vec<(IssuerRef, IssuerInfo)>,
    endorsements: Vec<ParsedEndorsement>,
    self_declared: Vec<Claims>,
}

const WHAT: &str = "presentation";

fn bad(detail: impl Into<String>) -> Error {
    Error::malformed(WHAT, detail)
}

fn array<'a>(v: &'a Value, what: &str) -> Result<&'a [Value]> {
    match v {
        Value::Array(a) => Ok(a),
        _ => Err(bad(format!("{what} is not an array"))),
    }
}

fn field_id(key: i64) -> Result<FieldId> {
    u64::try_from(key)
        .ok()
        .and_then(FieldId::from_code)
        .ok_or_else(|| bad(format!("unknown field id {key}")))
}

/// Reads one entry element of a compact item (format §9.3) and returns its
/// entry digest and, if presented, what it shows.
fn parse_entry(
    value: &Value,
    position: usize,
    credential_seed: Option<&[u8; SD_LEN]>,
) -> Result<([u8; SD_LEN], Option<Shown>)> {
    if let Value::Bytes(_) = value {
        if credential_seed.is_some() {
            return Err(bad("a digest-only entry next to a credential seed"));
        }
        let d = as_bytes::<SD_LEN>(value).ok_or_else(|| bad("entry digest is not 16 bytes"))?;
        return Ok((d, None));
    }
    let index = u8::try_from(position).map_err(|_| bad("too many entries"))?;
    let mut r = MapReader::new(value, WHAT)?;
    let entry_seed = match (credential_seed, r.take(0)) {
        (Some(_), Some(_)) => return Err(bad("entry seed next to a credential seed")),
        (Some(seed), None) => Some(sd::entry_seed(seed, index)),
        (None, Some(v)) => {
            Some(as_bytes::<SD_LEN>(v).ok_or_else(|| bad("entry seed is not 16 bytes"))?)
        }
        (None, None) => None,
    };
    let mut digests = BTreeMap::new();
    let mut claims = Claims::default();
    let mut hidden = Vec::new();
    for (key, v) in r.drain() {
        // checked: -2^63 has no absolute value in i64.
        let id = field_id(key.checked_abs().unwrap_or(-1))?;
        let code = id.code();
        if digests.contains_key(&code) {
            return Err(bad(format!("field {code} both shown and hidden")));
        }
        let digest = match (entry_seed, key > 0) {
            (Some(es), true) => {
                claims.set(id, v)?;
                sd::field_digest(&sd::salt(&es, code), code, v)
            }
            (Some(_), false) => return Err(bad("hidden field next to a seed")),
            (None, true) => {
                let pair = array(v, "revealed field")?;
                let [salt, value] = pair else {
                    return Err(bad("revealed field is not [salt, value]"));
                };
                let salt = as_bytes::<SD_LEN>(salt).ok_or_else(|| bad("salt is not 16 bytes"))?;
                claims.set(id, value)?;
                sd::field_digest(&salt, code, value)
            }
            (None, false) => {
                hidden.push(id);
                as_bytes::<SD_LEN>(v).ok_or_else(|| bad("field digest is not 16 bytes"))?
            }
        };
        digests.insert(code, digest);
    }
    if digests.is_empty() {
        return Err(bad("a presented entry with no field"));
    }
    hidden.sort();
    Ok((
        sd::entry_digest(&digests),
        Some(Shown {
            position,
            claims,
            hidden,
        }),
    ))
}

fn parse_endorsement(value: &Value, issuers: usize) -> Result<ParsedEndorsement> {
    let fields = array(value, "endorsement")?;
    let [issuer, iat, exp, rev, assessed, seed, entries, sig] = fields else {
        return Err(bad("endorsement does not have 8 elements"));
    };
    let issuer = as_u64(issuer)
        .and_then(|i| usize::try_from(i).ok())
        .filter(|i| *i < issuers)
        .ok_or_else(|| bad("issuer index out of range"))?;
    let days = |v: &Value| as_u64(v).and_then(|d| d.checked_mul(DAY));
    let iat = days(iat).ok_or_else(|| bad("endorsement iat"))?;
    let exp = match exp {
        Value::Null => None,
        v => Some(days(v).ok_or_else(|| bad("endorsement exp"))?),
    };
    let revocation_index = as_u64(rev)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| bad("revocation index"))?;
    let assessed_by = as_u64(assessed)
        .and_then(AssessedBy::from_code)
        .ok_or_else(|| bad("assessed-by"))?;
    let seed = match seed {
        Value::Null => None,
        v => Some(as_bytes::<SD_LEN>(v).ok_or_else(|| bad("credential seed is not 16 bytes"))?),
    };
    let entries = array(entries, "entries")?;
    if entries.is_empty() || entries.len() > MAX_ENTRIES {
        return Err(bad("an endorsement holds 1 to 64 entries"));
    }
    let last = u32::try_from(entries.len() - 1).unwrap_or(u32::MAX);
    if revocation_index.checked_add(last).is_none() {
        return Err(bad("revocation index overflows"));
    }
    let mut entry_digests = Vec::with_capacity(entries.len());
    let mut shown = Vec::new();
    for (position, e) in entries.iter().enumerate() {
        let (digest, s) = parse_entry(e, position, seed.as_ref())?;
        entry_digests.push(digest);
        shown.extend(s);
    }
    let signature = as_bytes::<64>(sig).ok_or_else(|| bad("signature is not 64 bytes"))?;
    Ok(ParsedEndorsement {
        issuer,
        iat,
        exp,
        revocation_index,
        assessed_by,
        entry_digests,
        shown,
        signature,
    })
}

fn parse_payload(payload: &[u8]) -> Result<Parsed> {
    let value = cbor::from_slice(payload, WHAT)?;
    let mut r = MapReader::new(&value, WHAT)?;
    let holder_bytes =
        as_bytes::<32>(r.need(1)?).ok_or_else(|| bad("holder key is not 32 bytes"))?;
    let holder =
        PublicKey::from_bytes(&holder_bytes).map_err(|_| bad("holder key is not a valid point"))?;
    let stage = as_u64(r.need(2)?)
        .and_then(Stage::from_code)
        .ok_or_else(|| bad("stage"))?;
    let iat = as_u64(r.need(3)?).ok_or_else(|| bad("iat"))?;
    let exp = as_u64(r.need(4)?).ok_or_else(|| bad("exp"))?;
    let audience = match r.take(5) {
        None => None,
        Some(v) => Some(as_text(v).ok_or_else(|| bad("audience"))?.to_owned()),
    };
    let nonce = match r.take(6) {
        None => None,
        Some(Value::Bytes(b)) => Some(b.clone()),
        Some(_) => return Err(bad("nonce")),
    };
    let mut issuers = Vec::new();
    if let Some(v) = r.take(7) {
        for i in array(v, "issuers")? {
            let [key, name, kind, country] = array(i, "issuer")? else {
                return Err(bad("issuer does not have 4 elements"));
            };
            let key = match (as_bytes::<32>(key), as_bytes::<8>(key)) {
                (Some(k), _) => IssuerRef::Key(
                    PublicKey::from_bytes(&k)
                        .map_err(|_| bad("issuer key is not a valid point"))?,
                ),
                (None, Some(kid)) => IssuerRef::Kid(kid),
                (None, None) => return Err(bad("issuer key is neither 32 nor 8 bytes")),
            };
            let info = IssuerInfo {
                name: as_text(name).ok_or_else(|| bad("issuer name"))?.to_owned(),
                kind: as_u64(kind)
                    .and_then(IssuerKind::from_code)
                    .ok_or_else(|| bad("issuer kind"))?,
                country: as_text(country)
                    .ok_or_else(|| bad("issuer country"))?
                    .to_owned(),
            };
            info.validate()?;
            issuers.push((key, info));
        }
    }
    let mut endorsements = Vec::new();
    if let Some(v) = r.take(8) {
        for e in array(v, "endorsements")? {
            endorsements.push(parse_endorsement(e, issuers.len())?);
        }
    }
    let mut self_declared = Vec::new();
    if let Some(v) = r.take(9) {
        for e in array(v, "self-declared entries")? {
            let mut m = MapReader::new(e, WHAT)?;
            let claims = Claims::from_pairs(&m.drain())?;
            if claims.is_empty() {
                return Err(bad("empty self-declared entry"));
            }
            self_declared.push(claims);
        }
    }
    r.finish()?;
    if endorsements.iter().all(|e| e.shown.is_empty()) && self_declared.is_empty() {
        return Err(bad("nothing is shown"));
    }
    Ok(Parsed {
        holder,
        stage,
        iat,
        exp,
        audience,
        nonce,
        issuers,
        endorsements,
        self_declared,
    })
}

fn time_reasons(
    out: &mut Vec<Reason>,
    iat: u64,
    exp: Option<u64>,
    opts: &VerifyOptions,
    expired: &'static str,
    not_yet: &'static str,
) {
    if let Some(exp) = exp {
        if exp < opts.now {
            out.push(Reason::new(
                expired,
                Verdict::Expired,
                &[("exp", exp.to_string())],
            ));
        }
    }
    if iat > opts.now.saturating_add(opts.clock_skew) {
        out.push(Reason::new(
            not_yet,
            Verdict::Expired,
            &[("iat", iat.to_string())],
        ));
    }
}

/// Checks the holder signature, nonce, audience and presentation time.
fn presentation_reasons(cose: &CoseSign1, p: &Parsed, opts: &VerifyOptions) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let holder_ok = cose
        .verify_signature(b"", |sig, data| {
            let sig = <[u8; 64]>::try_from(sig).map_err(|_| ())?;
            if p.holder.verify(data, &sig) {
                Ok(())
            } else {
                Err(())
            }
        })
        .is_ok();
    if !holder_ok {
        reasons.push(Reason::new(
            "holder-signature-invalid",
            Verdict::Tampered,
            &[],
        ));
    }
    if let Some(expected) = &opts.expected_nonce {
        if p.nonce.as_ref() != Some(expected) {
            reasons.push(Reason::new(
                "nonce-mismatch",
                Verdict::Tampered,
                &[
                    ("expected", hex_lower(expected)),
                    (
                        "found",
                        p.nonce.as_deref().map(hex_lower).unwrap_or_default(),
                    ),
                ],
            ));
        }
    }
    if let Some(expected) = &opts.expected_audience {
        if p.audience.as_ref() != Some(expected) {
            reasons.push(Reason::new(
                "audience-mismatch",
                Verdict::Tampered,
                &[
                    ("expected", expected.clone()),
                    ("found", p.audience.clone().unwrap_or_default()),
                ],
            ));
        }
    }
    time_reasons(
        &mut reasons,
        p.iat,
        Some(p.exp),
        opts,
        "presentation-expired",
        "presentation-not-yet-valid",
    );
    reasons
}

fn endorsement_items(
    p: &Parsed,
    e: &ParsedEndorsement,
    trust: &dyn TrustStore,
    revocations: &dyn Revocations,
    opts: &VerifyOptions,
) -> Vec<Item> {
    let (issuer_ref, info) = &p.issuers[e.issuer];
    let payload = PayloadParts {
        issuer: info,
        iat: e.iat,
        exp: e.exp,
        revocation_index: e.revocation_index,
        assessed_by: e.assessed_by,
        holder: &p.holder,
        entry_digests: &e.entry_digests,
    }
    .to_bytes();
    let (key, kid, trusted) = match issuer_ref {
        IssuerRef::Key(k) => (Some(*k), k.kid(), trust.issuer(k)),
        IssuerRef::Kid(kid) => {
            let t = trust.issuer_by_kid(kid);
            (t.map(|t| t.public_key), *kid, t)
        }
    };
    let kid_hex = hex_lower(&kid);
    let mut common = Vec::new();
    match key {
        Some(k) if !k.verify(&sig_structure(&payload), &e.signature) => {
            common.push(Reason::new(
                "endorsement-signature-invalid",
                Verdict::Tampered,
                &[],
            ));
        }
        Some(_) => {}
        None => common.push(Reason::new(
            "issuer-key-not-sent",
            Verdict::UnknownIssuer,
            &[("kid", kid_hex.clone())],
        )),
    }
    time_reasons(
        &mut common,
        e.iat,
        e.exp,
        opts,
        "endorsement-expired",
        "endorsement-not-yet-valid",
    );
    match trusted {
        None => common.push(Reason::new(
            "issuer-unknown",
            Verdict::UnknownIssuer,
            &[("name", info.name.clone()), ("kid", kid_hex.clone())],
        )),
        Some(t) => {
            let before = t.valid_from.is_some_and(|f| e.iat < f);
            let after = t.valid_until.is_some_and(|u| e.iat > u);
            if before || after {
                common.push(Reason::new(
                    "issuer-not-trusted-at-issue",
                    Verdict::UnknownIssuer,
                    &[("name", info.name.clone()), ("kid", kid_hex.clone())],
                ));
            } else {
                common.push(Reason::new(
                    "issuer-trusted",
                    Verdict::Valid,
                    &[("kid", kid_hex.clone())],
                ));
            }
            if t.kind != info.kind || t.country != info.country {
                common.push(Reason::new(
                    "issuer-claims-differ",
                    Verdict::Valid,
                    &[
                        ("kind", t.kind.as_str().to_owned()),
                        ("country", t.country.clone()),
                    ],
                ));
            }
        }
    }
    let view = IssuerView {
        public_key: key.map(|k| hex_lower(k.as_bytes())),
        kid: kid_hex,
        claimed: info.clone(),
        trusted_names: trusted.map(|t| t.names.clone()).unwrap_or_default(),
        trusted: trusted.is_some(),
    };
    let trust_issued_at = trusted.and_then(|t| trust.issued_at(&t.public_key));
    let status_issued_at = revocations.issued_at(&kid);
    e.shown
        .iter()
        .map(|s| {
            let index = e
                .revocation_index
                .saturating_add(u32::try_from(s.position).unwrap_or(u32::MAX));
            let mut reasons = common.clone();
            match revocations.is_revoked(&kid, index) {
                Some(true) => reasons.push(Reason::new(
                    "revoked",
                    Verdict::Revoked,
                    &[("index", index.to_string())],
                )),
                Some(false) => {}
                None => reasons.push(Reason::new("no-revocation-list", Verdict::Valid, &[])),
            }
            Item {
                kind: ItemKind::Endorsed {
                    issuer: view.clone(),
                    iat: e.iat,
                    exp: e.exp,
                    revocation_index: index,
                    assessed_by: e.assessed_by,
                },
                verdict: Verdict::Valid,
                reasons,
                claims: s.claims.clone(),
                hidden: s.hidden.clone(),
                trust_issued_at,
                status_issued_at,
            }
        })
        .collect()
}

/// Verifies a CN1 presentation. Never panics; every problem is a verdict.
pub fn verify(
    text: &str,
    trust: &dyn TrustStore,
    revocations: &dyn Revocations,
    opts: &VerifyOptions,
) -> Report {
    let bytes = match text::decode(text) {
        Ok(b) => b,
        Err(e) => {
            let code = match e {
                // A later `CN2:` is still reason `wrong-prefix` for a
                // version-1 reader (§13); its detail says "newer Carnet".
                Error::WrongPrefix | Error::NewerVersion { .. } => "wrong-prefix",
                Error::Base45 => "bad-base45",
                Error::TooLarge { .. } => "too-large",
                _ => "bad-zlib",
            };
            return Report::malformed(code, e.to_string());
        }
    };
    verify_cose(&bytes, trust, revocations, opts)
}

/// Verifies the COSE bytes of a presentation (after CN1 decoding).
pub fn verify_cose(
    bytes: &[u8],
    trust: &dyn TrustStore,
    revocations: &dyn Revocations,
    opts: &VerifyOptions,
) -> Report {
    let cose = match CoseSign1::from_tagged_slice(bytes).or_else(|_| CoseSign1::from_slice(bytes)) {
        Ok(c) => c,
        Err(e) => return Report::malformed("bad-cose", e.to_string()),
    };
    if cose.protected.original_data.as_deref() != Some(&[0xA1, 0x01, 0x27][..]) {
        return Report::malformed(
            "unsupported-header",
            "protected header is not {1: -8}".into(),
        );
    }
    let Some(payload) = cose.payload.as_deref() else {
        return Report::malformed("bad-payload", "no payload".into());
    };
    let parsed = match parse_payload(payload) {
        Ok(p) => p,
        Err(e) => return Report::malformed("bad-payload", e.to_string()),
    };
    let reasons = presentation_reasons(&cose, &parsed, opts);
    let floor = reasons
        .iter()
        .map(|r| r.verdict)
        .max()
        .unwrap_or(Verdict::Valid);
    let mut items = Vec::new();
    for e in &parsed.endorsements {
        items.extend(endorsement_items(&parsed, e, trust, revocations, opts));
    }
    for claims in &parsed.self_declared {
        items.push(Item {
            kind: ItemKind::SelfDeclared,
            verdict: Verdict::SelfDeclared,
            reasons: vec![Reason::new("self-declared", Verdict::SelfDeclared, &[])],
            claims: claims.clone(),
            hidden: Vec::new(),
            trust_issued_at: None,
            status_issued_at: None,
        });
    }
    for item in &mut items {
        let own = item
            .reasons
            .iter()
            .map(|r| r.verdict)
            .max()
            .unwrap_or(Verdict::Valid);
        item.verdict = own.max(floor);
    }
    let verdict = items
        .iter()
        .map(|i| i.verdict)
        .max()
        .unwrap_or(Verdict::Malformed)
        .max(floor);
    let trust_issued_at = items.iter().filter_map(|i| i.trust_issued_at).min();
    Report {
        verdict,
        reasons,
        trust_issued_at,
        presentation: Some(PresentationView {
            holder_key: hex_lower(parsed.holder.as_bytes()),
            holder_kid: parsed.holder.kid_hex(),
            stage: parsed.stage,
            iat: parsed.iat,
            exp: parsed.exp,
            audience: parsed.audience.clone(),
            nonce: parsed.nonce.as_deref().map(hex_lower),
        }),
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cbor::{int, map, to_vec};

    #[test]
    fn extreme_negative_field_key_is_malformed_not_a_panic() {
        let entry = map(vec![(int(i64::MIN), Value::Bytes(vec![0; 16]))]);
        assert!(parse_entry(&entry, 0, None).is_err());
    }

    #[test]
    fn unknown_payload_key_is_malformed() {
        let payload = to_vec(&map(vec![(int(99), int(0))]));
        assert!(parse_payload(&payload).is_err());
    }
}
