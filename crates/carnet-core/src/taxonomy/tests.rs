//! Against the committed asset (`assets/esco/esco.sqlite`): search in
//! en/es/fr/ar with typos and alternative labels, and one occupation's
//! skills checked by hand against occupationSkillRelations.csv.

use std::collections::BTreeMap;

use super::*;
use crate::model::{Entry, EntryId, Kind};

const ESCO: &str = "http://data.europa.eu/esco/";
const CARPENTER: &str = "occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4";
const WELDER: &str = "occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
const LINEN_ROOM_ATTENDANT: &str = "occupation/15ab8475-549d-48a7-9d4a-5bb310015312";
const PEDAGOGY: &str = "skill/a117f32c-662b-4dd9-b739-1230dd04cb60";

fn taxonomy() -> Taxonomy {
    Taxonomy::locate(None).expect("the committed asset opens")
}

/// `query` in `lang` finds `uri` among the first `within` results.
fn check(
    t: &Taxonomy,
    query: &str,
    lang: &str,
    kind: Option<ConceptKind>,
    uri: &str,
    within: usize,
) {
    let hits = t.search(query, lang, kind, within).expect("search");
    let uri = format!("{ESCO}{uri}");
    assert!(
        hits.iter().any(|h| h.concept.uri == uri),
        "{query:?} ({lang}) does not find {uri} in its first {within}: {:#?}",
        hits.iter()
            .map(|h| (&h.concept.label_en, &h.matched))
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_asset_says_what_it_is() {
    let t = taxonomy();
    assert_eq!(t.version(), "1.1.1");
    assert_eq!(t.languages(), ["ar", "en", "es", "fr"]);
    let adapted = t.meta("adapted").expect("meta").expect("adapted");
    assert!(adapted.contains("subset"), "{adapted}");
}

#[test]
fn search_finds_concepts_in_english() {
    let t = taxonomy();
    let occ = Some(ConceptKind::Occupation);
    check(&t, "carpenter", "en", occ, CARPENTER, 1);
    check(&t, "welder", "en", occ, WELDER, 1);
    check(&t, "Carpenter", "en", None, CARPENTER, 3);
    // Prefixes of each word, in any order.
    check(&t, "carp", "en", occ, CARPENTER, 5);
    // Alternative labels of the carpenter, the welder and pedagogy.
    check(&t, "craftsman carpenter", "en", occ, CARPENTER, 1);
    check(&t, "joiner", "en", occ, CARPENTER, 3);
    check(&t, "oxy welder", "en", occ, WELDER, 1);
    check(&t, "paedagogy", "en", None, PEDAGOGY, 1);
    check(&t, "pedagogy", "en", None, PEDAGOGY, 3);
}

#[test]
fn search_forgives_typos() {
    let t = taxonomy();
    let hits = t
        .search("weldng", "en", Some(ConceptKind::Skill), 10)
        .expect("search");
    assert!(!hits.is_empty());
    for h in &hits {
        assert!(
            h.matched.to_lowercase().contains("weld"),
            "{:?} for weldng",
            h.matched
        );
    }
    check(
        &t,
        "carpneter",
        "en",
        Some(ConceptKind::Occupation),
        CARPENTER,
        3,
    );
    check(&t, "weldr", "en", Some(ConceptKind::Occupation), WELDER, 3);
    check(&t, "pedagoy", "en", None, PEDAGOGY, 3);
    check(&t, "craftsmn carpenter", "en", None, CARPENTER, 3);
}

#[test]
fn search_in_spanish_french_and_arabic() {
    let t = taxonomy();
    let occ = Some(ConceptKind::Occupation);
    check(&t, "pedagogía", "es", None, PEDAGOGY, 3);
    check(&t, "pedagogia", "es", None, PEDAGOGY, 3);
    check(&t, "carpintera", "es", occ, CARPENTER, 3);
    check(&t, "carpintero", "es-MX", occ, CARPENTER, 3);
    check(&t, "soudeur", "fr", occ, WELDER, 3);
    check(&t, "soudeuse", "fr", occ, WELDER, 3);
    check(&t, "soudeu", "fr", occ, WELDER, 5);
    check(&t, "نجار", "ar", occ, CARPENTER, 3);
    check(&t, "عامل لحام", "ar", occ, WELDER, 3);
    // Labels come back in the asked language and in English.
    let hit = &t.search("soudeur", "fr", occ, 1).expect("search")[0];
    assert_eq!(hit.concept.label.as_deref(), Some("soudeur/soudeuse"));
    assert_eq!(hit.concept.label_en, "welder");
    assert_eq!(hit.matched_lang, "fr");
}

#[test]
fn search_falls_back_to_english() {
    let t = taxonomy();
    let occ = Some(ConceptKind::Occupation);
    // Not a Spanish word: found through the English labels, shown in Spanish.
    let hits = t.search("carpenter", "es", occ, 3).expect("search");
    let hit = hits
        .iter()
        .find(|h| h.concept.uri == format!("{ESCO}{CARPENTER}"))
        .expect("carpenter");
    assert_eq!(hit.matched_lang, "en");
    assert_eq!(hit.concept.label.as_deref(), Some("carpintero/carpintera"));
    // A language without labels: English.
    check(&t, "carpenter", "de", occ, CARPENTER, 1);
    // Arabic has no skill labels: skills are found in English.
    check(&t, "pedagogy", "ar", None, PEDAGOGY, 3);
    assert!(t.search("  ", "en", None, 5).expect("search").is_empty());
    assert!(t
        .search("zzzzqqq", "en", None, 5)
        .expect("search")
        .is_empty());
}

#[test]
fn concepts_by_uri_or_uuid() {
    let t = taxonomy();
    let by_uri = t.concept(&format!("{ESCO}{CARPENTER}"), "fr").expect("uri");
    let by_uuid = t
        .concept("2a22ff9e-de3b-408d-b312-5034896cc4f4", "fr")
        .expect("uuid");
    assert_eq!(by_uri, by_uuid);
    assert_eq!(by_uri.kind, ConceptKind::Occupation);
    assert_eq!(by_uri.label_en, "carpenter");
    assert!(matches!(
        t.concept(
            &format!("{ESCO}skill/2a22ff9e-de3b-408d-b312-5034896cc4f4"),
            "en"
        ),
        Err(Error::UnknownConcept(_))
    ));
    assert!(matches!(
        t.concept("00000000-0000-0000-0000-000000000000", "en"),
        Err(Error::UnknownConcept(_))
    ));
    assert!(matches!(
        t.concept("https://example.org/x", "en"),
        Err(Error::UnknownConcept(_))
    ));
    assert!(matches!(
        t.match_occupation(&format!("{ESCO}{PEDAGOGY}"), &[], "en"),
        Err(Error::NotAnOccupation(_))
    ));
}

fn entry(title: &str, skill: &str, endorsed: bool) -> Entry {
    let mut endorsements = BTreeMap::new();
    if endorsed {
        endorsements.insert("cred-1".to_string(), vec![1, 2, 3]);
    }
    Entry {
        id: EntryId::random(),
        kind: Kind::Skill,
        title: title.to_string(),
        description: None,
        written_in: None,
        esco: Some(format!("{ESCO}skill/{skill}")),
        isco: None,
        level: None,
        eqf: None,
        organisation: None,
        place: None,
        country: None,
        from: None,
        to: None,
        context: None,
        stages: Default::default(),
        evidence: Vec::new(),
        endorsements,
        created: 0,
        modified: 0,
        conflicts: BTreeMap::new(),
    }
}

/// Linen room attendant, checked by hand in occupationSkillRelations.csv
/// (v1.1.1): essential 0ff99f51 comply with food safety and hygiene,
/// 59dbeac8 maintain linen operation; optional 0d207bf2 sew textile-based
/// articles, 28d715e3 handle customer complaints, 32cbb42d carry out
/// calculations in hospitality, 75dfe1ee maintain customer service,
/// 9cfd8148 meet commitments in hospitality.
#[test]
fn match_of_a_hand_checked_occupation() {
    let t = taxonomy();
    let linen = entry("Linen", "59dbeac8-de39-4b55-8671-f11e6092abe8", true);
    let sewing = entry("Sewing", "0d207bf2-b0dd-4a36-933f-d2cd3da2933d", false);
    let other = entry("Welding", "00000000-0000-0000-0000-000000000000", true);
    // No ESCO URI: suggested for the skill its title finds.
    let mut complaints = entry("Dealing with customer complaints", "x", false);
    complaints.esco = None;
    let mut french = entry("gérer les réclamations des clients", "x", false);
    french.esco = None;
    french.written_in = Some("fr".into());
    let entries = [
        linen.clone(),
        sewing.clone(),
        other,
        complaints.clone(),
        french.clone(),
    ];
    let m = t
        .match_occupation(&format!("{ESCO}{LINEN_ROOM_ATTENDANT}"), &entries, "en")
        .expect("match");
    assert_eq!(m.occupation.label_en, "linen room attendant");
    let got: Vec<(bool, &str, Coverage, Vec<EntryId>)> = m
        .skills
        .iter()
        .map(|s| {
            (
                s.essential,
                s.skill.label_en.as_str(),
                s.coverage,
                s.entries.clone(),
            )
        })
        .collect();
    let suggested: Vec<(&str, Vec<EntryId>)> = m
        .skills
        .iter()
        .filter(|s| !s.suggested.is_empty())
        .map(|s| (s.skill.label_en.as_str(), s.suggested.clone()))
        .collect();
    assert_eq!(
        suggested,
        [("handle customer complaints", vec![complaints.id, french.id])]
    );
    use Coverage::*;
    assert_eq!(
        got,
        vec![
            (true, "comply with food safety and hygiene", Missing, vec![]),
            (true, "maintain linen operation", Endorsed, vec![linen.id]),
            (
                false,
                "carry out calculations in hospitality",
                Missing,
                vec![]
            ),
            (false, "handle customer complaints", Missing, vec![]),
            (false, "maintain customer service", Missing, vec![]),
            (false, "meet commitments in hospitality", Missing, vec![]),
            (
                false,
                "sew textile-based articles",
                SelfDeclared,
                vec![sewing.id]
            ),
        ]
    );
    assert_eq!(m.essential_covered(), (1, 2));
    // In Spanish, the labels are Spanish, the English ones still there.
    let es = t
        .match_occupation("15ab8475-549d-48a7-9d4a-5bb310015312", &entries, "es")
        .expect("match");
    assert_eq!(es.occupation.label.as_deref(), Some("lencero/lencera"));
    assert_eq!(es.skills.len(), 7);
}

#[test]
fn ranking_puts_fully_covered_occupations_first() {
    let t = taxonomy();
    let entries = [
        entry("Hygiene", "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f", false),
        entry("Linen", "59dbeac8-de39-4b55-8671-f11e6092abe8", false),
    ];
    let ranked = t.rank_occupations(&entries, "en", 10).expect("rank");
    assert!(!ranked.is_empty() && ranked.len() <= 10);
    let first = &ranked[0];
    assert_eq!(first.occupation.label_en, "linen room attendant");
    assert_eq!((first.essential_covered, first.essential_total), (2, 2));
    assert!(ranked.windows(2).all(|w| w[0].share >= w[1].share));
    assert!(t.rank_occupations(&[], "en", 10).expect("rank").is_empty());
}

#[test]
fn a_taxonomy_can_move_to_another_thread() {
    // The app keeps one open in a `Mutex` in its managed state.
    fn send<T: Send>() {}
    send::<Taxonomy>();
}
