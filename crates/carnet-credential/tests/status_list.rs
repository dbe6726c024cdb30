//! Status lists (format §18): revoke, sign, read, verify, the size target,
//! and use as the revocation source of `verify` with the list's age.

mod common;

use std::collections::BTreeSet;

use carnet_credential::status_list::{
    self, Encoding, SignedStatusList, StatusList, StatusListError, StatusLists, MIN_SIZE,
};
use carnet_credential::*;
use common::*;
use proptest::prelude::*;
use rand::{rngs::StdRng, Rng, SeedableRng};

const LIST_IAT: u64 = NOW - 3 * DAY;

fn ok<T, E: std::fmt::Display>(r: std::result::Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn err<T: std::fmt::Debug, E>(r: std::result::Result<T, E>) -> E {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e,
    }
}

/// 1% of `size` distinct indexes, seeded.
fn one_percent(size: u32, seed: u64) -> BTreeSet<u32> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut set = BTreeSet::new();
    while set.len() < (size / 100) as usize {
        set.insert(rng.gen_range(0..size));
    }
    set
}

fn list_with(revoked: &[u32]) -> StatusList {
    let mut l = StatusList::default();
    for &i in revoked {
        ok(l.revoke(i));
    }
    l
}

#[test]
fn round_trip() {
    let l = list_with(&[0, 7, 100, 101, MIN_SIZE - 1]);
    assert_eq!(l.size(), MIN_SIZE);
    let file = l.sign(&issuer_a(), LIST_IAT);
    let signed = ok(SignedStatusList::from_cbor(&file));
    assert_eq!(signed.issuer_kid(), issuer_a().public_key().kid());
    let v = ok(signed.verify(&issuer_a().public_key()));
    assert_eq!(v.list(), &l);
    assert_eq!(v.issued_at(), LIST_IAT);
    assert_eq!(v.age(NOW), 3 * DAY);
    assert_eq!(
        v.list().revoked().collect::<Vec<_>>(),
        vec![0, 7, 100, 101, MIN_SIZE - 1]
    );
    // An empty list and a full one both round-trip (both encodings).
    for l in [StatusList::default(), {
        let mut l = StatusList::default();
        for i in 0..MIN_SIZE {
            ok(l.revoke(i));
        }
        l
    }] {
        let v = ok(status_list::open(
            &l.sign(&issuer_a(), LIST_IAT),
            &issuer_a().public_key(),
        ));
        assert_eq!(v.list(), &l);
    }
}

#[test]
fn size_target_131072_with_one_percent_revoked() {
    for seed in [1u64, 2, 3] {
        let revoked = one_percent(MIN_SIZE, seed);
        let mut l = ok(StatusList::new(MIN_SIZE));
        for &i in &revoked {
            ok(l.revoke(i));
        }
        let (enc, data) = l.encode_bits();
        // For the record (format §18): the plain bitstring under zlib.
        let mut raw = vec![0u8; (MIN_SIZE / 8) as usize];
        for &i in &revoked {
            raw[(i / 8) as usize] |= 0x80 >> (i % 8);
        }
        let zlib = |level| {
            use std::io::Write;
            let mut e =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
            ok(e.write_all(&raw));
            ok(e.finish()).len()
        };
        println!(
            "bitstring zlib level 6: {} bytes, level 9: {} bytes",
            zlib(6),
            zlib(9)
        );
        let file = l.sign(&issuer_a(), LIST_IAT);
        println!(
            "status list, {MIN_SIZE} entries, {} revoked (seed {seed}): {:?} {} bytes of bits, {} bytes signed file",
            revoked.len(),
            enc,
            data.len(),
            file.len()
        );
        assert!(file.len() <= 2048, "{} bytes", file.len());
        let v = ok(status_list::open(&file, &issuer_a().public_key()));
        assert_eq!(v.list().revoked().collect::<BTreeSet<_>>(), revoked);
    }
}

#[test]
fn dense_lists_use_the_bitstring() {
    let mut rng = StdRng::seed_from_u64(9);
    let mut l = StatusList::default();
    for i in 0..MIN_SIZE {
        if rng.gen_bool(0.3) {
            ok(l.revoke(i));
        }
    }
    assert_eq!(l.encode_bits().0, Encoding::Bitstring);
    let v = ok(status_list::open(
        &l.sign(&issuer_a(), LIST_IAT),
        &issuer_a().public_key(),
    ));
    assert_eq!(v.list(), &l);
}

#[test]
fn every_bit_flip_is_refused() {
    let file = list_with(&[3, 100, 5000]).sign(&issuer_a(), LIST_IAT);
    for byte in 0..file.len() {
        for bit in 0..8 {
            let mut bad = file.clone();
            bad[byte] ^= 1 << bit;
            let e = err(status_list::open(&bad, &issuer_a().public_key()));
            assert!(
                matches!(
                    e,
                    StatusListError::BadSignature
                        | StatusListError::Malformed { .. }
                        | StatusListError::WrongFile
                        | StatusListError::WrongIssuer { .. }
                        | StatusListError::NewerVersion { .. }
                ),
                "byte {byte} bit {bit}: {e:?}"
            );
        }
    }
    // A flip in the signature itself is a bad signature, plainly said.
    let mut bad = file.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let e = err(status_list::open(&bad, &issuer_a().public_key()));
    assert_eq!(e, StatusListError::BadSignature);
    assert_eq!(e.code(), "status-list-bad-signature");
    assert!(e.to_string().contains("altered or damaged"));
}

#[test]
fn another_issuers_list_is_refused() {
    let file = list_with(&[1]).sign(&issuer_b(), LIST_IAT);
    let e = err(status_list::open(&file, &issuer_a().public_key()));
    assert_eq!(e.code(), "status-list-wrong-issuer");
    // A list naming issuer A's kid but signed by B: header kid and
    // payload kid are A's, only the signature can tell.
    let e = err(status_list::open(&file, &issuer_b().public_key())
        .and_then(|_| status_list::open(&forge_kid(&file), &issuer_a().public_key())));
    assert_eq!(e, StatusListError::BadSignature);
}

/// Rewrites the kid (header and payload) to issuer A's, keeping B's
/// signature.
fn forge_kid(file: &[u8]) -> Vec<u8> {
    let (a, b) = (issuer_a().public_key().kid(), issuer_b().public_key().kid());
    let mut out = file.to_vec();
    let mut i = 0;
    while i + 8 <= out.len() {
        if out[i..i + 8] == b {
            out[i..i + 8].copy_from_slice(&a);
        }
        i += 1;
    }
    out
}

#[test]
fn newer_version_is_refused_as_newer() {
    // Version is payload key 1: bytes `01 01` right after the magic text.
    let file = list_with(&[1]).sign(&issuer_a(), LIST_IAT);
    let magic = b"carnet-status-list";
    let pos = file
        .windows(magic.len())
        .position(|w| w == magic)
        .unwrap_or_else(|| panic!("magic not found"))
        + magic.len();
    assert_eq!(&file[pos..pos + 2], &[0x01, 0x01]);
    let mut newer = file.clone();
    newer[pos + 1] = 0x02;
    let e = err(status_list::open(&newer, &issuer_a().public_key()));
    assert_eq!(e, StatusListError::NewerVersion { found: 2 });
    assert_eq!(e.code(), "status-list-newer-version");
    assert!(e.to_string().contains("newer Carnet"));
}

#[test]
fn builder_limits() {
    assert_eq!(err(StatusList::new(1000)).code(), "status-list-invalid");
    assert!(StatusList::new(MIN_SIZE + 4).is_err());
    assert!(StatusList::new(MIN_SIZE * 2).is_ok());
    let mut l = StatusList::default();
    assert_eq!(err(l.revoke(MIN_SIZE)).code(), "status-list-invalid");
    assert!(!l.is_revoked(u32::MAX));
}

#[test]
fn verify_reports_revoked_and_the_lists_age() {
    // credentials(3): issuer A entries at indexes 100, 101; B at 7.
    let text = present_all(&credentials(3));
    let mut lists = StatusLists::new();
    let a = ok(status_list::open(
        &list_with(&[101]).sign(&issuer_a(), LIST_IAT),
        &issuer_a().public_key(),
    ));
    assert!(lists.insert(a));
    let report = verify(&text, &trust_both(), &lists, &VerifyOptions::at(NOW));
    let verdicts: Vec<_> = report.items.iter().map(|i| i.verdict).collect();
    assert_eq!(
        verdicts,
        vec![Verdict::Valid, Verdict::Revoked, Verdict::Valid]
    );
    assert_eq!(report.verdict, Verdict::Revoked);
    assert_eq!(report.items[0].status_issued_at, Some(LIST_IAT));
    assert_eq!(report.items[1].status_issued_at, Some(LIST_IAT));
    // No list for issuer B: no age, and the informational reason.
    assert_eq!(report.items[2].status_issued_at, None);
    assert!(report.items[2]
        .reasons
        .iter()
        .any(|r| r.code == "no-revocation-list"));
    // A hand-made trust list has no age.
    assert_eq!(report.trust_issued_at, None);

    // An older list for the same issuer does not replace a newer one.
    let older = ok(status_list::open(
        &list_with(&[]).sign(&issuer_a(), LIST_IAT - DAY),
        &issuer_a().public_key(),
    ));
    assert!(!lists.insert(older));
    // A single verified list is itself a revocation source.
    let b = ok(status_list::open(
        &list_with(&[7]).sign(&issuer_b(), NOW),
        &issuer_b().public_key(),
    ));
    let report = verify(&text, &trust_both(), &b, &VerifyOptions::at(NOW));
    assert_eq!(report.items[2].verdict, Verdict::Revoked);
    assert_eq!(report.items[2].status_issued_at, Some(NOW));
    assert_eq!(report.items[0].status_issued_at, None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = SignedStatusList::from_cbor(&bytes);
    }

    #[test]
    fn mutated_lists_never_panic_and_never_verify(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)
    ) {
        let file = list_with(&[3, 100, 5000]).sign(&issuer_a(), LIST_IAT);
        let mut bad = file.clone();
        for (pos, b) in edits {
            let i = pos % bad.len();
            bad[i] = b;
        }
        prop_assume!(bad != file);
        prop_assert!(status_list::open(&bad, &issuer_a().public_key()).is_err());
    }
}

proptest! {
    // Each case compresses 16 KiB twice at level 9: fewer cases.
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn any_revoked_set_round_trips(set in proptest::collection::btree_set(0..MIN_SIZE, 0..300)) {
        let l = list_with(&set.iter().copied().collect::<Vec<_>>());
        let v = ok(status_list::open(&l.sign(&issuer_a(), LIST_IAT), &issuer_a().public_key()));
        prop_assert_eq!(v.list().revoked().collect::<BTreeSet<_>>(), set);
    }
}
