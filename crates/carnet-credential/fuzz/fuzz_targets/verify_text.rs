//! Any bytes, read as (lossy) UTF-8 text, go through the whole CN1
//! decoder and verifier with an empty trust store: nothing may panic,
//! whatever the verdict. The trust bundle and status list readers get the
//! same bytes, as files.
#![no_main]

use carnet_credential::{
    status_list, trust_bundle, verify, RevocationLists, TrustList, VerifyOptions,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = verify(
        &text,
        &TrustList::default(),
        &RevocationLists::default(),
        &VerifyOptions::at(1_767_225_600),
    );
    let _ = report.exit_code();
    let _ = trust_bundle::SignedBundle::from_cbor(data);
    let _ = status_list::SignedStatusList::from_cbor(data);
});
