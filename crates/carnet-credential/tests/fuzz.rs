//! Short fuzz runs (proptest) of the decoder: no input panics, and
//! anything that is not a genuine presentation is `malformed` or
//! `tampered`. The long-running cargo-fuzz target is a separate task.

mod common;

use carnet_credential::*;
use common::*;
use proptest::prelude::*;

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

fn valid() -> String {
    let creds = credentials(3);
    let sel = vec![
        Selection::all(&creds[0]),
        Selection {
            credential: &creds[1],
            entries: vec![EntryChoice {
                index: 0,
                fields: FieldChoice::Only(vec![FieldId::Title]),
            }],
        },
    ];
    let mut inp = input(sel);
    inp.self_declared = vec![skill(9)];
    match present(&holder(), &inp) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    }
}

fn run(text: &str) -> Verdict {
    verify(
        text,
        &trust_both(),
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    )
    .verdict
}

fn bad(v: Verdict) -> bool {
    matches!(v, Verdict::Malformed | Verdict::Tampered)
}

#[test]
fn the_base_case_is_valid() {
    assert_eq!(run(&valid()), Verdict::SelfDeclared);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn random_strings_are_malformed(s in ".{0,600}") {
        prop_assert_eq!(run(&s), Verdict::Malformed);
    }

    #[test]
    fn random_base45_after_prefix_is_malformed(body in proptest::collection::vec(proptest::sample::select(ALPHABET), 0..900)) {
        let text = format!("CN1:{}", String::from_utf8_lossy(&body));
        prop_assert_eq!(run(&text), Verdict::Malformed);
    }

    #[test]
    fn random_payload_bytes_are_malformed(bytes in proptest::collection::vec(any::<u8>(), 0..700)) {
        prop_assert_eq!(run(&text::encode(&bytes)), Verdict::Malformed);
        let report = verify::verify_cose(&bytes, &trust_both(), &RevocationLists::default(), &VerifyOptions::at(NOW));
        prop_assert_eq!(report.verdict, Verdict::Malformed);
    }

    #[test]
    fn text_mutations_are_caught(pos in any::<prop::sample::Index>(), c in proptest::sample::select(ALPHABET), op in 0u8..4) {
        let original = valid();
        let mut chars: Vec<char> = original.chars().collect();
        let i = pos.index(chars.len());
        match op {
            0 => {
                if chars[i] == c as char { return Ok(()); }
                chars[i] = c as char;
            }
            1 => { chars.remove(i); }
            2 => chars.insert(i, c as char),
            _ => chars.truncate(i),
        }
        let mutated: String = chars.into_iter().collect();
        prop_assume!(mutated != original);
        let v = run(&mutated);
        prop_assert!(bad(v), "{:?} for {}", v, mutated);
    }

    #[test]
    fn cose_byte_mutations_are_caught(pos in any::<prop::sample::Index>(), xor in 1u8..=255) {
        let cose = match text::decode(&valid()) { Ok(b) => b, Err(e) => panic!("{e}") };
        let mut bytes = cose.clone();
        let i = pos.index(bytes.len());
        bytes[i] ^= xor;
        let v = run(&text::encode(&bytes));
        prop_assert!(bad(v), "{:?} after xor {:#x} at {}", v, xor, i);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// The file readers (`carnet endorse`, `carnet receive`) never panic.
    #[test]
    fn file_readers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        prop_assert!(Request::from_cbor(&bytes).is_err());
        prop_assert!(Credential::from_cbor(&bytes).is_err());
    }

    #[test]
    fn credential_file_mutations_never_panic(pos in any::<prop::sample::Index>(), xor in 1u8..=255) {
        let mut bytes = credentials(2)[0].to_cbor();
        let i = pos.index(bytes.len());
        bytes[i] ^= xor;
        // Either refused, or caught by the signature check, or only the
        // unsigned local references changed.
        if let Ok(mut c) = Credential::from_cbor(&bytes) {
            if c.check(&holder().public_key()).is_ok() {
                let mut original = credentials(2)[0].clone();
                for e in c.entries.iter_mut().chain(original.entries.iter_mut()) {
                    e.local_ref = None;
                }
                prop_assert_eq!(c, original);
            }
        }
    }
}
