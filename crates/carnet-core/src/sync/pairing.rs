//! Pairing a new device (docs/sync-protocol.md §6): the device that has
//! the logbook shows a one-time code; the new device answers with its own
//! public key through the hub's mailbox; the person compares fingerprints
//! and approves; only then is the logbook secret sealed to that key.
//!
//! A photo of the code lets its holder write a `hello`, but the person
//! sees that hello's fingerprint, which does not match their new phone,
//! and the reply is sealed to the key of the approved hello only.

use std::time::Duration;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ciborium::Value;
use hkdf::Hkdf;
use rand::RngCore;
use sha2::{Digest, Sha256};
use x25519_dalek::{EphemeralSecret, PublicKey, StaticSecret};

use super::SyncError;
use crate::keys::LogbookSecret;
use crate::Logbook;

/// The prefix of a pairing code; the digit is the format version.
pub const PREFIX: &str = "CNP1:";
/// How long a code works: long enough to find the other phone, short
/// enough that an old photo of it is useless.
pub const LIFETIME_SECS: u64 = 600;
const HELLO_AD: &[u8] = b"carnet-pair/v1\0hello";
const REPLY_AD: &[u8] = b"carnet-pair/v1\0reply";
const NONCE_LEN: usize = 24;

/// What the pairing QR code carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub hub: String,
    secret: [u8; 16],
    pub expires: u64,
}

/// A new device's answer: its name and the key to seal the secret to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hello {
    pub name: String,
    pub public: [u8; 32],
}

/// What the new device receives once approved.
#[derive(Debug)]
pub struct Invitation {
    pub logbook: uuid::Uuid,
    pub secret: LogbookSecret,
    /// Sync key and token of every epoch after 0 (after device removals).
    pub epochs: Vec<super::EpochKeys>,
}

/// The new device's side: a key pair made for this pairing only.
pub struct Newcomer {
    secret: StaticSecret,
    pub public: [u8; 32],
}

impl std::fmt::Debug for Newcomer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Newcomer({})", fingerprint(&self.public))
    }
}

impl Default for Newcomer {
    fn default() -> Self {
        let secret = StaticSecret::random_from_rng(rand::rngs::OsRng);
        let public = PublicKey::from(&secret).to_bytes();
        Newcomer { secret, public }
    }
}

/// Eight hex digits in two groups (`3fa2-91c0`): short enough to compare
/// by eye on two screens, long enough that an attacker cannot make a key
/// that matches by trying (2^32 tries per offer, within 10 minutes).
pub fn fingerprint(public: &[u8; 32]) -> String {
    let h = Sha256::digest(public);
    let hex = hex::encode(&h[..4]);
    format!("{}-{}", &hex[..4], &hex[4..])
}

fn derive(ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    // 32 bytes is always a valid HKDF-SHA256 output length.
    let _ = Hkdf::<Sha256>::new(None, ikm).expand(info, &mut out);
    out
}

fn bad_code() -> SyncError {
    SyncError::PairingCode
}

impl Offer {
    /// A fresh code for the hub at `hub`, valid from `now` (Unix seconds).
    pub fn new(hub: &str, now: u64) -> Offer {
        let mut secret = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        Offer {
            hub: hub.trim_end_matches('/').to_string(),
            secret,
            expires: now + LIFETIME_SECS,
        }
    }

    /// `CNP1:` + Base45 of CBOR `[hub, secret, expires]`: QR alphanumeric.
    pub fn to_text(&self) -> String {
        let v = Value::Array(vec![
            Value::Text(self.hub.clone()),
            Value::Bytes(self.secret.to_vec()),
            Value::Integer(self.expires.into()),
        ]);
        let mut cbor = Vec::new();
        // Writing CBOR to a Vec cannot fail.
        let _ = ciborium::into_writer(&v, &mut cbor);
        format!("{PREFIX}{}", base45::encode(cbor))
    }

    /// Reads a code typed or scanned on the new device.
    pub fn from_text(text: &str, now: u64) -> Result<Offer, SyncError> {
        let text = text.trim();
        if text.len() > 1024 {
            return Err(bad_code());
        }
        let body = text.strip_prefix(PREFIX).ok_or_else(bad_code)?;
        let cbor = base45::decode(body).map_err(|_| bad_code())?;
        let v: Value = ciborium::from_reader(cbor.as_slice()).map_err(|_| bad_code())?;
        let Value::Array(items) = v else {
            return Err(bad_code());
        };
        let offer = match items.as_slice() {
            [Value::Text(hub), Value::Bytes(secret), Value::Integer(expires)] => Offer {
                hub: hub.clone(),
                secret: secret.as_slice().try_into().map_err(|_| bad_code())?,
                expires: u64::try_from(*expires).map_err(|_| bad_code())?,
            },
            _ => return Err(bad_code()),
        };
        if now > offer.expires {
            return Err(SyncError::PairingExpired);
        }
        Ok(offer)
    }

    fn address(&self) -> String {
        hex::encode(derive(&self.secret, b"carnet/v1/pair/address"))
    }

    fn key(&self) -> [u8; 32] {
        derive(&self.secret, b"carnet/v1/pair/key")
    }
}

fn aead_seal(key: &[u8; 32], ad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SyncError> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = XChaCha20Poly1305::new(key.into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: ad,
            },
        )
        .map_err(|_| SyncError::Internal("encryption failed".into()))?;
    Ok([nonce.as_slice(), &ct].concat())
}

fn aead_open(key: &[u8; 32], ad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SyncError> {
    if sealed.len() < NONCE_LEN + 16 {
        return Err(SyncError::Forged);
    }
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad: ad })
        .map_err(|_| SyncError::Forged)
}

fn cbor_map(fields: Vec<(&str, Value)>) -> Vec<u8> {
    let v = Value::Map(
        fields
            .into_iter()
            .map(|(k, v)| (Value::Text(k.to_string()), v))
            .collect(),
    );
    let mut out = Vec::new();
    let _ = ciborium::into_writer(&v, &mut out);
    out
}

/// The hub's pairing mailbox for one offer (§2.8).
#[derive(Debug)]
pub struct Mailbox {
    base: String,
    agent: ureq::Agent,
}

impl Mailbox {
    pub fn new(offer: &Offer) -> Result<Mailbox, SyncError> {
        let (hub, agent) = super::hub::client(&offer.hub)?;
        Ok(Mailbox {
            base: format!("{hub}/v1/pairing/{}", offer.address()),
            agent,
        })
    }

    fn unreachable(&self, e: &ureq::Error) -> SyncError {
        SyncError::Unreachable {
            url: self
                .base
                .split("/v1/")
                .next()
                .unwrap_or_default()
                .to_string(),
            reason: e.to_string(),
        }
    }

    /// Writes a slot once; `Ok(false)` when someone wrote it first.
    fn put(&self, slot: &str, ct: &[u8]) -> Result<bool, SyncError> {
        let body = cbor_map(vec![("ct", Value::Bytes(ct.to_vec()))]);
        let r = self
            .agent
            .put(&format!("{}/{slot}", self.base))
            .content_type("application/cbor")
            .send(&body[..])
            .map_err(|e| self.unreachable(&e))?;
        match r.status().as_u16() {
            200..=299 => Ok(true),
            409 => Ok(false),
            429 => Err(SyncError::RateLimited {
                retry_after_secs: 60,
            }),
            s => Err(SyncError::HubError {
                status: s,
                code: "pairing".into(),
            }),
        }
    }

    /// Reads a slot; `None` while it is empty.
    fn get(&self, slot: &str) -> Result<Option<Vec<u8>>, SyncError> {
        let mut r = self
            .agent
            .get(&format!("{}/{slot}", self.base))
            .call()
            .map_err(|e| self.unreachable(&e))?;
        match r.status().as_u16() {
            200 => {
                let body = r
                    .body_mut()
                    .with_config()
                    .limit(64 * 1024)
                    .read_to_vec()
                    .map_err(|e| self.unreachable(&e))?;
                let v: Value = ciborium::from_reader(body.as_slice())
                    .map_err(|_| SyncError::Protocol("an unreadable mailbox".into()))?;
                match super::hub::field(&v, "ct") {
                    Some(Value::Bytes(b)) => Ok(Some(b.clone())),
                    _ => Err(SyncError::Protocol("an unreadable mailbox".into())),
                }
            }
            404 => Ok(None),
            429 => Err(SyncError::RateLimited {
                retry_after_secs: 60,
            }),
            s => Err(SyncError::HubError {
                status: s,
                code: "pairing".into(),
            }),
        }
    }

    /// Polls `slot` until it is written, the offer expires or the person
    /// stops waiting.
    fn wait(&self, slot: &str, offer: &Offer, w: &Waiting<'_>) -> Result<Vec<u8>, SyncError> {
        loop {
            if (w.stop)() {
                return Err(SyncError::Cancelled);
            }
            if let Some(ct) = self.get(slot)? {
                return Ok(ct);
            }
            if (w.now)() > offer.expires {
                return Err(SyncError::PairingExpired);
            }
            std::thread::sleep(w.every);
        }
    }
}

/// How a side waits for the other: how often it looks into the mailbox,
/// the clock, and a question asked before each look so that a front end
/// can let the person give up (a waiting screen with a Cancel button).
#[derive(Clone, Copy)]
pub struct Waiting<'a> {
    pub every: Duration,
    /// Unix seconds (tests pass their own clock).
    pub now: &'a dyn Fn() -> u64,
    /// `true` ends the wait with [`SyncError::Cancelled`].
    pub stop: &'a dyn Fn() -> bool,
}

impl std::fmt::Debug for Waiting<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Waiting(every {:?})", self.every)
    }
}

impl<'a> Waiting<'a> {
    /// A wait that only the offer's expiry ends.
    pub fn until_expiry(every: Duration, now: &'a dyn Fn() -> u64) -> Waiting<'a> {
        Waiting {
            every,
            now,
            stop: &|| false,
        }
    }
}

/// New device: announce itself. Fails with [`SyncError::PairingTaken`]
/// when another device answered this code first.
pub fn send_hello(offer: &Offer, me: &Newcomer, name: &str) -> Result<(), SyncError> {
    let plaintext = cbor_map(vec![
        ("name", Value::Text(name.chars().take(64).collect())),
        ("x25519", Value::Bytes(me.public.to_vec())),
    ]);
    let ct = aead_seal(&offer.key(), HELLO_AD, &plaintext)?;
    if Mailbox::new(offer)?.put("hello", &ct)? {
        Ok(())
    } else {
        Err(SyncError::PairingTaken)
    }
}

/// Device with the logbook: wait for a new device's hello.
pub fn wait_hello(
    offer: &Offer,
    every: Duration,
    now: &dyn Fn() -> u64,
) -> Result<Hello, SyncError> {
    wait_hello_with(offer, &Waiting::until_expiry(every, now))
}

/// [`wait_hello`] that the person can stop ([`Waiting::stop`]).
pub fn wait_hello_with(offer: &Offer, w: &Waiting<'_>) -> Result<Hello, SyncError> {
    let ct = Mailbox::new(offer)?.wait("hello", offer, w)?;
    let plaintext = aead_open(&offer.key(), HELLO_AD, &ct)?;
    let v: Value = ciborium::from_reader(plaintext.as_slice()).map_err(|_| SyncError::Forged)?;
    match (
        super::hub::field(&v, "name"),
        super::hub::field(&v, "x25519"),
    ) {
        (Some(Value::Text(name)), Some(Value::Bytes(key))) => Ok(Hello {
            name: name.chars().filter(|c| !c.is_control()).take(64).collect(),
            public: key.as_slice().try_into().map_err(|_| SyncError::Forged)?,
        }),
        _ => Err(SyncError::Forged),
    }
}

/// Device with the logbook: answer an approved hello with the secret, or
/// a refused one with a refusal (so the other side stops waiting).
pub fn send_reply(
    offer: &Offer,
    hello: &Hello,
    approved: Option<(uuid::Uuid, &LogbookSecret, &[super::EpochKeys])>,
) -> Result<(), SyncError> {
    let plaintext = match approved {
        Some((id, secret, epochs)) => cbor_map(vec![
            ("logbook", Value::Bytes(id.as_bytes().to_vec())),
            ("secret", Value::Bytes(secret.as_bytes().to_vec())),
            (
                "epochs",
                Value::Array(epochs.iter().map(super::EpochKeys::to_cbor).collect()),
            ),
        ]),
        None => cbor_map(vec![("refused", Value::Bool(true))]),
    };
    let sealed = seal_to(&hello.public, REPLY_AD, &plaintext)?;
    Mailbox::new(offer)?.put("reply", &sealed)?;
    Ok(())
}

/// An X25519 sealed box: `ephemeral public key ‖ nonce ‖ XChaCha20-Poly1305`
/// under HKDF(shared secret ‖ ephemeral key ‖ recipient key). Only the
/// holder of the recipient's secret key opens it.
pub(crate) fn seal_to(
    recipient: &[u8; 32],
    ad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, SyncError> {
    let ephemeral = EphemeralSecret::random_from_rng(rand::rngs::OsRng);
    let eph_public = PublicKey::from(&ephemeral).to_bytes();
    let shared = ephemeral.diffie_hellman(&PublicKey::from(*recipient));
    let key = seal_key(shared.as_bytes(), &eph_public, recipient);
    let ct = aead_seal(&key, ad, plaintext)?;
    Ok([eph_public.as_slice(), &ct].concat())
}

/// Opens a [`seal_to`] box with this device's secret key.
pub(crate) fn open_sealed(
    secret: &StaticSecret,
    ad: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, SyncError> {
    if sealed.len() < 32 {
        return Err(SyncError::Forged);
    }
    let (eph, ct) = sealed.split_at(32);
    let eph: [u8; 32] = eph.try_into().map_err(|_| SyncError::Forged)?;
    let me = PublicKey::from(secret).to_bytes();
    let shared = secret.diffie_hellman(&PublicKey::from(eph));
    let key = seal_key(shared.as_bytes(), &eph, &me);
    aead_open(&key, ad, ct)
}

fn seal_key(shared: &[u8; 32], eph: &[u8; 32], recipient: &[u8; 32]) -> [u8; 32] {
    let ikm = [shared.as_slice(), eph, recipient].concat();
    derive(&ikm, b"carnet/v1/pair/seal")
}

/// New device: wait for the reply and open it with this pairing's key.
pub fn wait_reply(
    offer: &Offer,
    me: &Newcomer,
    every: Duration,
    now: &dyn Fn() -> u64,
) -> Result<Invitation, SyncError> {
    wait_reply_with(offer, me, &Waiting::until_expiry(every, now))
}

/// [`wait_reply`] that the person can stop ([`Waiting::stop`]).
pub fn wait_reply_with(
    offer: &Offer,
    me: &Newcomer,
    w: &Waiting<'_>,
) -> Result<Invitation, SyncError> {
    let sealed = Mailbox::new(offer)?.wait("reply", offer, w)?;
    let plaintext = open_sealed(&me.secret, REPLY_AD, &sealed)?;
    let v: Value = ciborium::from_reader(plaintext.as_slice()).map_err(|_| SyncError::Forged)?;
    if matches!(super::hub::field(&v, "refused"), Some(Value::Bool(true))) {
        return Err(SyncError::PairingRefused);
    }
    match (
        super::hub::field(&v, "logbook"),
        super::hub::field(&v, "secret"),
    ) {
        (Some(Value::Bytes(id)), Some(Value::Bytes(secret))) => {
            let id: [u8; 16] = id.as_slice().try_into().map_err(|_| SyncError::Forged)?;
            let secret: [u8; 32] = secret
                .as_slice()
                .try_into()
                .map_err(|_| SyncError::Forged)?;
            let epochs = match super::hub::field(&v, "epochs") {
                Some(Value::Array(items)) => items
                    .iter()
                    .map(super::EpochKeys::from_cbor)
                    .collect::<Result<Vec<_>, _>>()?,
                None => Vec::new(),
                Some(_) => return Err(SyncError::Forged),
            };
            Ok(Invitation {
                logbook: uuid::Uuid::from_bytes(id),
                secret: LogbookSecret::from_bytes(secret),
                epochs,
            })
        }
        _ => Err(SyncError::Forged),
    }
}

/// Device with the logbook: brings the hub up to date (the new device
/// copies the logbook from it) and makes a code for its hub. The CLI's
/// `pair show` and the app's "Add another device" both start here.
pub fn offer(logbook: &mut Logbook, now: u64) -> crate::Result<Offer> {
    let hub = logbook.connect_hub(None)?;
    logbook.sync(&hub, &mut |_| {})?;
    let url = logbook.hub_url()?.ok_or(SyncError::NoHub)?;
    Ok(Offer::new(&url, now))
}

/// Device with the logbook: the person's answer to `hello`. `approved`
/// holds the logbook's secret (unwrapped with the passphrase) when they
/// said yes; the keys of later epochs go with it, so a device paired after
/// a removal reads everything.
pub fn answer(
    logbook: &Logbook,
    offer: &Offer,
    hello: &Hello,
    approved: Option<&LogbookSecret>,
) -> crate::Result<()> {
    let epochs = logbook.later_epochs()?;
    let id = logbook.id();
    send_reply(
        offer,
        hello,
        approved.map(|secret| (id, secret, epochs.as_slice())),
    )?;
    Ok(())
}

/// New device, after [`send_hello`]: waits for the approval, then copies
/// the logbook from the hub into the empty folder `dir` under this
/// device's own `passphrase` (everything is pulled and checked before
/// anything is written) and names the device.
pub fn join(
    dir: &std::path::Path,
    passphrase: &str,
    offer: &Offer,
    me: &Newcomer,
    name: &str,
    w: &Waiting<'_>,
    progress: &mut dyn FnMut(super::Progress),
) -> crate::Result<Logbook> {
    if Logbook::exists(dir) {
        return Err(crate::Error::AlreadyExists);
    }
    let invitation = wait_reply_with(offer, me, w)?;
    let hub = super::HttpHub::new(
        &offer.hub,
        &invitation.logbook,
        &invitation.secret.hub_token(&invitation.logbook).0,
    )?;
    let mut logbook = Logbook::join_from_hub(
        dir,
        passphrase,
        invitation.logbook,
        &invitation.secret,
        &invitation.epochs,
        &hub,
        progress,
    )?;
    logbook.set_device_name(name)?;
    Ok(logbook)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_expire_and_refuse_junk() {
        let offer = Offer::new("http://127.0.0.1:8470/", 1_000);
        let text = offer.to_text();
        assert!(text.starts_with(PREFIX));
        assert!(text
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || " $%*+-./:".contains(c)));
        let back = Offer::from_text(&format!(" {text}\n"), 1_000).expect("read");
        assert_eq!(back, offer);
        assert_eq!(back.hub, "http://127.0.0.1:8470");
        assert!(matches!(
            Offer::from_text(&text, 1_000 + LIFETIME_SECS + 1),
            Err(SyncError::PairingExpired)
        ));
        for junk in [
            "",
            "CNP1:",
            "CNP1:!!",
            "CN1:ABC",
            &text.replace("CNP1:", "CNP2:"),
        ] {
            assert!(
                matches!(Offer::from_text(junk, 1_000), Err(SyncError::PairingCode)),
                "{junk}"
            );
        }
    }

    #[test]
    fn a_stopped_wait_ends_before_asking_the_hub() {
        // The address is never contacted: the stop is checked first.
        let offer = Offer::new("http://127.0.0.1:9", 1_000);
        let now = || 1_000;
        let w = Waiting {
            every: Duration::from_millis(1),
            now: &now,
            stop: &|| true,
        };
        assert!(matches!(
            wait_hello_with(&offer, &w),
            Err(SyncError::Cancelled)
        ));
        assert!(matches!(
            wait_reply_with(&offer, &Newcomer::default(), &w),
            Err(SyncError::Cancelled)
        ));
    }

    #[test]
    fn fingerprints_are_short_and_differ() {
        let a = Newcomer::default();
        let b = Newcomer::default();
        let fa = fingerprint(&a.public);
        assert_eq!(fa.len(), 9);
        assert_eq!(&fa[4..5], "-");
        assert_ne!(fa, fingerprint(&b.public));
    }
}
