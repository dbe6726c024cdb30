//! ESCO taxonomy benchmarks (docs/benchmarks.md); run with
//! `cargo xtask bench esco`.
//!
//! On the committed asset (`assets/esco/esco.sqlite`): opening it, the
//! first typo-tolerant search (which loads a language's index terms),
//! searches of each kind (prefix, several words, typo, es/fr/ar, one
//! letter), an occupation match and the ranking of every occupation.

use std::hint::black_box;
use std::time::Duration;

use carnet_core::model::{Entry, EntryId, Kind};
use carnet_core::taxonomy::{ConceptKind, Taxonomy};
use criterion::Criterion;

const LINEN_ROOM_ATTENDANT: &str =
    "http://data.europa.eu/esco/occupation/15ab8475-549d-48a7-9d4a-5bb310015312";

/// (name, query, language, kind)
const QUERIES: &[(&str, &str, &str, Option<ConceptKind>)] = &[
    ("en-word", "carpenter", "en", None),
    ("en-prefix", "carp", "en", None),
    ("en-two-words", "weld metal", "en", None),
    ("en-typo", "weldng", "en", None),
    ("en-one-letter", "a", "en", None),
    ("es-accent", "pedagogía", "es", None),
    ("es-typo", "carpintro", "es", Some(ConceptKind::Occupation)),
    ("fr-word", "soudeur", "fr", None),
    (
        "ar-occupation",
        "عامل لحام",
        "ar",
        Some(ConceptKind::Occupation),
    ),
    ("es-english-fallback", "welder", "es", None),
];

fn entry(skill: &str) -> Entry {
    let json = serde_json::json!({
        "id": EntryId::random(),
        "kind": Kind::Skill,
        "title": "x",
        "esco": format!("http://data.europa.eu/esco/skill/{skill}"),
        "created": 0,
        "modified": 0,
    });
    serde_json::from_value(json).expect("entry")
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let path = Taxonomy::default_locations()
        .into_iter()
        .find(|p| p.is_file())
        .expect("the asset: run `cargo xtask esco`");

    c.bench_function("esco/open", |b| {
        b.iter(|| black_box(Taxonomy::open(&path).expect("open")))
    });
    c.bench_function("esco/open+first-typo-search", |b| {
        b.iter(|| {
            let t = Taxonomy::open(&path).expect("open");
            black_box(t.search("weldng", "en", None, 10).expect("search"))
        })
    });

    let t = Taxonomy::open(&path).expect("open");
    for (name, query, lang, kind) in QUERIES {
        c.bench_function(&format!("esco/search/{name}"), |b| {
            b.iter(|| black_box(t.search(query, lang, *kind, 10).expect("search")))
        });
    }

    let entries = [
        entry("0ff99f51-40d9-42f1-a1ec-377b2bb5e15f"),
        entry("59dbeac8-de39-4b55-8671-f11e6092abe8"),
        entry("0d207bf2-b0dd-4a36-933f-d2cd3da2933d"),
    ];
    c.bench_function("esco/match", |b| {
        b.iter(|| {
            black_box(
                t.match_occupation(LINEN_ROOM_ATTENDANT, &entries, "es")
                    .expect("match"),
            )
        })
    });
    c.bench_function("esco/rank", |b| {
        b.iter(|| black_box(t.rank_occupations(&entries, "en", 10).expect("rank")))
    });
    c.final_summary();
}
