//! End-to-end behaviour: request → endorse → receive → present → verify,
//! selective disclosure, and each verdict.

mod common;

use carnet_credential::*;
use common::*;

fn verify_at(text: &str, revoked: &RevocationLists, opts: &VerifyOptions) -> Report {
    verify(text, &trust_both(), revoked, opts)
}

fn ok<T>(r: Result<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn request_endorse_receive_present_verify() {
    let h = holder();
    let req_bytes = request(&h, 0..3).to_cbor();
    // Issuer side.
    let req = ok(Request::from_cbor(&req_bytes));
    let cred = ok(endorse(
        &issuer_a(),
        &info_a(),
        &req,
        &options(40),
        &mut rand::thread_rng(),
    ));
    let file = cred.to_cbor();
    // Holder side.
    let cred = ok(Credential::from_cbor(&file));
    ok(cred.check(&h.public_key()));
    let text = ok(present(&h, &input(vec![Selection::all(&cred)])));
    let report = verify_at(&text, &RevocationLists::default(), &VerifyOptions::at(NOW));
    assert_eq!(report.verdict, Verdict::Valid);
    assert_eq!(report.exit_code(), 0);
    assert_eq!(report.items.len(), 3);
    assert_eq!(report.items[1].claims, skill(1));
    match &report.items[2].kind {
        ItemKind::Endorsed {
            issuer,
            revocation_index,
            ..
        } => {
            assert_eq!(*revocation_index, 42);
            assert!(issuer.trusted);
            assert_eq!(issuer.claimed, info_a());
        }
        ItemKind::SelfDeclared => panic!("endorsed item expected"),
    }
}

#[test]
fn partial_disclosure_hides_values_from_the_wire() {
    let creds = credentials(4);
    let sel = Selection {
        credential: &creds[0],
        entries: vec![EntryChoice {
            index: 1,
            fields: FieldChoice::Only(vec![FieldId::Title, FieldId::Level]),
        }],
    };
    let text = ok(present(&holder(), &input(vec![sel])));
    let report = verify_at(&text, &RevocationLists::default(), &VerifyOptions::at(NOW));
    assert_eq!(report.verdict, Verdict::Valid, "{report:#?}");
    assert_eq!(report.items.len(), 1);
    let item = &report.items[0];
    assert_eq!(
        item.claims,
        skill(1).only(&[FieldId::Title, FieldId::Level])
    );
    assert_eq!(
        item.hidden,
        vec![
            FieldId::Kind,
            FieldId::Esco,
            FieldId::From,
            FieldId::To,
            FieldId::Country,
            FieldId::Context
        ]
    );
    // Hidden values, and the entries not shown, appear nowhere in the bytes.
    let wire = ok(text::decode(&text));
    let cose = String::from_utf8_lossy(&wire).to_string();
    assert!(!cose.contains("Install electrical wiring"));
    let esco = skill(1).esco.map(|e| e.id).unwrap_or_default();
    assert!(!wire.windows(16).any(|w| w == esco.as_bytes()));
    assert!(!wire.windows(16).any(|w| w == creds[0].seed));
    assert!(cose.contains("Weld metal parts"));
}

#[test]
fn self_declared_and_mixed() {
    let creds = credentials(1);
    let mut inp = input(vec![Selection::all(&creds[0])]);
    inp.self_declared = vec![skill(5)];
    let text = ok(present(&holder(), &inp));
    let report = verify_at(&text, &RevocationLists::default(), &VerifyOptions::at(NOW));
    assert_eq!(report.verdict, Verdict::SelfDeclared);
    assert_eq!(report.exit_code(), 20);
    assert_eq!(report.items[1].kind, ItemKind::SelfDeclared);
    assert_eq!(report.items[0].verdict, Verdict::Valid);
}

#[test]
fn unknown_issuer_shows_name_and_fingerprint() {
    let creds = credentials(1);
    let text = present_all(&creds);
    let report = verify(
        &text,
        &TrustList::default(),
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::UnknownIssuer);
    let reason = report.items[0]
        .reasons
        .iter()
        .find(|r| r.code == "issuer-unknown")
        .cloned();
    let reason = reason.unwrap_or_else(|| panic!("{report:#?}"));
    assert_eq!(reason.args["name"], "Doha Technical College");
    assert_eq!(reason.args["kid"], issuer_a().public_key().kid_hex());
    // By kid only, with an empty trust store: still unknown-issuer.
    let mut inp = input(vec![Selection::all(&creds[0])]);
    inp.known_issuers = vec![issuer_a().public_key()];
    let text = ok(present(&holder(), &inp));
    let report = verify(
        &text,
        &TrustList::default(),
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::UnknownIssuer);
    assert_eq!(report.items[0].claims, skill(0));
}

#[test]
fn expiry_revocation_nonce_audience() {
    let creds = credentials(2);
    let mut inp = input(creds.iter().map(Selection::all).collect());
    inp.nonce = Some(vec![1, 2, 3, 4]);
    inp.audience = Some("Recruiter Ltd".into());
    let text = ok(present(&holder(), &inp));
    let none = RevocationLists::default();

    let mut opts = VerifyOptions::at(NOW);
    opts.expected_nonce = Some(vec![1, 2, 3, 4]);
    opts.expected_audience = Some("Recruiter Ltd".into());
    assert_eq!(verify_at(&text, &none, &opts).verdict, Verdict::Valid);

    opts.expected_nonce = Some(vec![9]);
    assert_eq!(verify_at(&text, &none, &opts).verdict, Verdict::Tampered);
    opts.expected_nonce = None;
    opts.expected_audience = Some("Someone else".into());
    assert_eq!(verify_at(&text, &none, &opts).verdict, Verdict::Tampered);

    // The presentation lives a week; the endorsements three years.
    let later = VerifyOptions::at(NOW + 8 * DAY);
    assert_eq!(verify_at(&text, &none, &later).verdict, Verdict::Expired);
    let much_later = VerifyOptions::at(NOW + 4 * 365 * DAY);
    let r = verify_at(&text, &none, &much_later);
    assert!(r.items[0]
        .reasons
        .iter()
        .any(|x| x.code == "endorsement-expired"));

    // Revoke issuer B's first entry (index 7): that item only.
    let mut revoked = RevocationLists::default();
    revoked
        .revoked
        .insert(issuer_b().public_key().kid(), [7u32].into_iter().collect());
    let r = verify_at(&text, &revoked, &VerifyOptions::at(NOW));
    assert_eq!(r.verdict, Verdict::Revoked);
    assert_eq!(r.exit_code(), 23);
    assert_eq!(r.items[0].verdict, Verdict::Valid);
    assert_eq!(r.items[1].verdict, Verdict::Revoked);
}

#[test]
fn another_holders_credential_is_refused_or_tampered() {
    let creds = credentials(1);
    let thief = SecretIdentity::from_seed(&[0x66; 32]);
    assert_eq!(
        present(&thief, &input(vec![Selection::all(&creds[0])])).err(),
        Some(Error::NotYourCredential)
    );
}

#[test]
fn selection_errors() {
    let creds = credentials(1);
    let bad = Selection {
        credential: &creds[0],
        entries: vec![EntryChoice {
            index: 3,
            fields: FieldChoice::All,
        }],
    };
    assert_eq!(
        present(&holder(), &input(vec![bad])).err(),
        Some(Error::NoSuchEntry { index: 3 })
    );
    assert!(present(&holder(), &input(vec![])).is_err());
}

#[test]
fn report_serialises_to_json_shape() {
    let text = present_all(&credentials(1));
    let report = verify_at(&text, &RevocationLists::default(), &VerifyOptions::at(NOW));
    // serde derive is in place for the CLI's --json; check the verdict code.
    assert_eq!(report.verdict.code(), "valid");
    assert_eq!(Verdict::Malformed.exit_code(), 25);
    assert!(Verdict::Valid < Verdict::SelfDeclared && Verdict::Tampered < Verdict::Malformed);
}
