//! Deterministic fixtures shared by the integration tests and the golden
//! vector generator: fixed key seeds, salt seeds and realistic claims.

#![allow(dead_code)]

use carnet_credential::endorsement::endorse_with_seed;
use carnet_credential::*;
use uuid::Uuid;

/// 2026-01-01T00:00:00Z, "now" of every fixture.
pub const NOW: u64 = 1_767_225_600;
pub const DAY: u64 = 86_400;

pub fn holder() -> SecretIdentity {
    SecretIdentity::from_seed(&[0x11; 32])
}

pub fn issuer_a() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xA1; 32])
}

pub fn issuer_b() -> SecretIdentity {
    SecretIdentity::from_seed(&[0xB2; 32])
}

pub fn info_a() -> IssuerInfo {
    IssuerInfo {
        name: "Doha Technical College".into(),
        kind: IssuerKind::College,
        country: "QA".into(),
    }
}

pub fn info_b() -> IssuerInfo {
    IssuerInfo {
        name: "Al Noor Construction".into(),
        kind: IssuerKind::Employer,
        country: "AE".into(),
    }
}

const SKILLS: &[(&str, &str, &str)] = &[
    (
        "Install electrical wiring",
        "a0d59c4e-8b1f-4e4c-9f43-0e7b1c9d2a11",
        "advanced",
    ),
    (
        "Weld metal parts (MIG/MAG)",
        "b1e6ad5f-9c20-4f5d-8a54-1f8c2d0e3b22",
        "intermediate",
    ),
    (
        "Read technical drawings",
        "c2f7be60-ad31-4066-9b65-209d3e1f4c33",
        "advanced",
    ),
    (
        "Operate a forklift",
        "d308cf71-be42-4177-8c76-31ae4f205d44",
        "expert",
    ),
    (
        "Lay floor tiles",
        "e419d082-cf53-4288-9d87-42bf50316e55",
        "intermediate",
    ),
    (
        "Apply health and safety rules",
        "f52ae193-d064-4399-ae98-53c061427f66",
        "advanced",
    ),
    (
        "Install plumbing pipes",
        "0763f2a4-e175-44aa-8fa9-64d172538077",
        "basic",
    ),
    (
        "Mix and pour concrete",
        "1874035b-f286-45bb-90ba-75e283649188",
        "intermediate",
    ),
    (
        "Maintain air conditioning units",
        "29851460-0397-46cc-a1cb-86f3947a0299",
        "advanced",
    ),
    (
        "Erect scaffolding",
        "3a962571-14a8-47dd-b2dc-970405b813aa",
        "intermediate",
    ),
    (
        "Prepare hot meals in a canteen",
        "4ba73682-25b9-48ee-83ed-a81516c924bb",
        "advanced",
    ),
    (
        "Drive a heavy goods vehicle",
        "5cb84793-36ca-49ff-94fe-b92627da35cc",
        "advanced",
    ),
    (
        "Paint interior walls",
        "6dc958a4-47db-4a00-a50f-ca3738eb46dd",
        "expert",
    ),
    (
        "Care for elderly people",
        "7eda69b5-58ec-4b11-b610-db4849fc57ee",
        "intermediate",
    ),
    (
        "Repair car engines",
        "8feb7ac6-69fd-4c22-8721-ec595a0d68ff",
        "advanced",
    ),
    (
        "Install solar panels",
        "90fc8bd7-7a0e-4d33-9832-fd6a6b1e7900",
        "basic",
    ),
    (
        "Clean hotel rooms to standard",
        "a10d9ce8-8b1f-4e44-a943-0e7b7c2f8a11",
        "expert",
    ),
    (
        "Sew garments on industrial machines",
        "b21eadf9-9c20-4f55-ba54-1f8c8d309b22",
        "advanced",
    ),
    (
        "Harvest crops by hand",
        "c32fbe0a-ad31-4066-8b65-209d9e41ac33",
        "expert",
    ),
    (
        "Keep stock records in a warehouse",
        "d430cf1b-be42-4177-9c76-31aeaf52bd44",
        "intermediate",
    ),
];

/// Realistic claims of skill `i` (title, ESCO skill UUID, level, dates,
/// country, context), as a migrant worker's logbook would hold them.
pub fn skill(i: usize) -> Claims {
    let (title, uuid, level) = SKILLS[i % SKILLS.len()];
    let title = if i < SKILLS.len() {
        title.to_string()
    } else {
        format!("{title} ({})", i / SKILLS.len() + 1)
    };
    Claims {
        kind: Some(EntryKind::Skill),
        title: Some(title),
        esco: Some(EscoConcept {
            kind: ConceptKind::Skill,
            id: Uuid::parse_str(uuid).unwrap_or_default(),
        }),
        level: Some(level.into()),
        from: Some(format!("20{:02}-{:02}", 17 + i % 5, 1 + i % 12)),
        to: Some(format!("20{:02}-{:02}", 22 + i % 3, 1 + (i * 5) % 12)),
        country: Some(["QA", "AE", "SA"][i % 3].into()),
        context: Some(LearningContext::Informal),
        ..Claims::default()
    }
}

pub fn request(holder: &SecretIdentity, skills: std::ops::Range<usize>) -> Request {
    let entries = skills
        .map(|i| Entry {
            local_ref: Some(Uuid::from_u128(i as u128 + 1)),
            claims: skill(i),
        })
        .collect();
    match Request::new(holder.public_key(), entries) {
        Ok(r) => r,
        Err(e) => panic!("fixture request invalid: {e}"),
    }
}

pub fn options(revocation_index: u32) -> EndorseOptions {
    EndorseOptions {
        iat: NOW - 30 * DAY,
        exp: Some(NOW + 3 * 365 * DAY),
        revocation_index,
        assessed_by: AssessedBy::Observation,
    }
}

pub fn endorse_fixed(
    issuer: &SecretIdentity,
    info: &IssuerInfo,
    req: &Request,
    opts: &EndorseOptions,
    seed_label: u8,
) -> Credential {
    // Random-looking (incompressible) like a real seed, but fixed.
    let seed = *sha2_16(&[b's', seed_label]);
    match endorse_with_seed(issuer, info, req, opts, seed) {
        Ok(c) => c,
        Err(e) => panic!("fixture endorsement failed: {e}"),
    }
}

/// `n` skills: issuer A endorses the first half (rounded up) in one
/// request, issuer B the rest in another.
pub fn credentials(n: usize) -> Vec<Credential> {
    let h = holder();
    let split = n.div_ceil(2);
    let mut out = vec![endorse_fixed(
        &issuer_a(),
        &info_a(),
        &request(&h, 0..split),
        &options(100),
        0x5A,
    )];
    if n > split {
        out.push(endorse_fixed(
            &issuer_b(),
            &info_b(),
            &request(&h, split..n),
            &options(7),
            0x5B,
        ));
    }
    out
}

pub fn input<'a>(selections: Vec<Selection<'a>>) -> PresentationInput<'a> {
    PresentationInput {
        stage: Stage::Recruitment,
        iat: NOW,
        exp: NOW + 7 * DAY,
        audience: None,
        nonce: None,
        endorsements: selections,
        self_declared: Vec::new(),
        known_issuers: Vec::new(),
    }
}

pub fn present_all(creds: &[Credential]) -> String {
    let sel = creds.iter().map(Selection::all).collect();
    match present(&holder(), &input(sel)) {
        Ok(t) => t,
        Err(e) => panic!("fixture presentation failed: {e}"),
    }
}

pub fn trust_both() -> TrustList {
    let entry = |key: &SecretIdentity, info: IssuerInfo| TrustedIssuer {
        public_key: key.public_key(),
        names: [("en".to_string(), info.name.clone())]
            .into_iter()
            .collect(),
        kind: info.kind,
        country: info.country,
        valid_from: None,
        valid_until: None,
    };
    TrustList {
        issuers: vec![entry(&issuer_a(), info_a()), entry(&issuer_b(), info_b())],
    }
}

/// First 16 bytes of SHA-256(bytes): fixed but random-looking.
pub fn sha2_16(bytes: &[u8]) -> Box<[u8; 16]> {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(bytes);
    let mut out = [0u8; 16];
    out.copy_from_slice(&h[..16]);
    Box::new(out)
}

/// Re-signs a presentation after `edit` changed its payload, as a forger
/// holding the holder key (or the holder itself) would: the holder
/// signature stays valid, so only the inner checks can catch the change.
pub fn edit_payload(text: &str, edit: impl FnOnce(&mut ciborium::value::Value)) -> String {
    use coset::{CoseSign1Builder, TaggedCborSerializable};
    let bytes = carnet_credential::text::decode(text).unwrap_or_default();
    let cose = coset::CoseSign1::from_tagged_slice(&bytes).unwrap_or_default();
    let payload = cose.payload.unwrap_or_default();
    let mut value: ciborium::value::Value =
        ciborium::de::from_reader(payload.as_slice()).unwrap_or(ciborium::value::Value::Null);
    edit(&mut value);
    let mut out = Vec::new();
    if ciborium::ser::into_writer(&value, &mut out).is_err() {
        panic!("re-encoding failed");
    }
    let h = holder();
    let signed = CoseSign1Builder::new()
        .protected(cose.protected.header)
        .payload(out)
        .create_signature(b"", |d| h.sign(d).to_vec())
        .build();
    carnet_credential::text::encode(&signed.to_tagged_vec().unwrap_or_default())
}

/// The value under integer key `k` of a CBOR map.
pub fn get_mut(map: &mut ciborium::value::Value, k: i64) -> &mut ciborium::value::Value {
    let ciborium::value::Value::Map(pairs) = map else {
        panic!("not a map");
    };
    match pairs
        .iter_mut()
        .find(|(key, _)| key.as_integer().and_then(|i| i64::try_from(i).ok()) == Some(k))
    {
        Some((_, v)) => v,
        None => panic!("no key {k}"),
    }
}

/// Element `i` of a CBOR array.
pub fn at(array: &mut ciborium::value::Value, i: usize) -> &mut ciborium::value::Value {
    match array {
        ciborium::value::Value::Array(items) => &mut items[i],
        _ => panic!("not an array"),
    }
}
