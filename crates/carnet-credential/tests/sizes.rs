//! Wire size of presentations (not timed): the QR budget of issue 3.
//! Run with `--nocapture` to see the table.

mod common;

use carnet_credential::{present, RevocationLists, Selection, Verdict, VerifyOptions};
use common::*;

/// Characters of a presentation of `n` skills; issuers named by kid
/// (`by_kid`, the usual case: the holder's app knows the trust bundle) or
/// by full key.
fn size(n: usize, by_kid: bool) -> usize {
    let creds = credentials(n);
    let mut input = input(creds.iter().map(Selection::all).collect());
    if by_kid {
        input.known_issuers = vec![issuer_a().public_key(), issuer_b().public_key()];
    }
    let text = match present(&holder(), &input) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let report = carnet_credential::verify(
        &text,
        &trust_both(),
        &RevocationLists::default(),
        &VerifyOptions::at(NOW),
    );
    assert_eq!(report.verdict, Verdict::Valid, "{n} skills");
    assert_eq!(report.items.len(), n);
    text.len()
}

#[test]
fn presentation_sizes_fit_the_qr_budget() {
    println!("skills | issuers by kid | issuers by full key  (characters incl. CN1:)");
    let mut by_kid = Vec::new();
    for n in [1usize, 5, 10, 20] {
        let (k, f) = (size(n, true), size(n, false));
        println!("{n:>6} | {k:>14} | {f:>19}");
        by_kid.push(k);
    }
    // One skill ≤ 530 (≤ V17-Q); ten skills ≤ 1,451 (V25-M alphanumeric).
    assert!(by_kid[0] <= 530, "1 skill: {} chars", by_kid[0]);
    assert!(by_kid[2] <= 1451, "10 skills: {} chars", by_kid[2]);
}
