//! Migration-cycle stage views: for each stage (recruitment,
//! pre-departure, arrival and pre-employment, career progression, return)
//! a template that picks the entries that matter then, with the reason for
//! each, so that every front end pre-selects the same entries for a
//! presentation and can say why.
//!
//! The templates (docs/esco.md, "Stage views"):
//!
//! * **recruitment**: what a recruiter for the target occupation asks
//!   about: the entries whose ESCO skill the occupation needs (essential,
//!   then optional), entries that may correspond to a missing skill, the
//!   languages and the qualifications. With no target, skills,
//!   experience, languages and qualifications.
//! * **pre-departure**: what to get recognised and prepared before
//!   leaving: qualifications, languages, courses.
//! * **arrival** (and pre-employment): what employment services and
//!   recognition bodies ask for on arrival: qualifications, work
//!   experience, languages, skills.
//! * **career** (progression): what has been proven at work: signed
//!   entries, experience, courses and qualifications.
//! * **return**: what was learned abroad, for recognition at home:
//!   entries done in another country than the origin country, or marked
//!   for arrival or career, and signed entries.
//!
//! Entries the person marked with the stage are always picked. The
//! selection is a suggestion: the person can add or leave out entries.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Entry, EntryId, Kind, Profile, Stage};
use crate::taxonomy::Match;

/// Why an entry was picked. The order is the order of importance: the
/// entries are listed by their first reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Its ESCO skill is an essential skill of the target occupation.
    TargetEssential,
    /// Its ESCO skill is an optional skill of the target occupation.
    TargetOptional,
    /// Its title resembles a skill of the target occupation that no entry
    /// names yet.
    TargetMaybe,
    /// The person marked the entry with this stage.
    Marked,
    /// Learned or done abroad (return: for recognition at home).
    Abroad,
    /// Signed by an issuer.
    Endorsed,
    Qualification,
    Language,
    Experience,
    Learning,
    Skill,
}

impl Why {
    /// The keyword (Fluent ids `stage-why-<keyword>`, locales/en/esco.ftl).
    pub fn as_str(self) -> &'static str {
        match self {
            Why::TargetEssential => "target-essential",
            Why::TargetOptional => "target-optional",
            Why::TargetMaybe => "target-maybe",
            Why::Marked => "marked",
            Why::Abroad => "abroad",
            Why::Endorsed => "endorsed",
            Why::Qualification => "qualification",
            Why::Language => "language",
            Why::Experience => "experience",
            Why::Learning => "learning",
            Why::Skill => "skill",
        }
    }

    fn of_kind(kind: Kind) -> Why {
        match kind {
            Kind::Skill => Why::Skill,
            Kind::Qualification => Why::Qualification,
            Kind::Experience => Why::Experience,
            Kind::Language => Why::Language,
            Kind::Learning => Why::Learning,
        }
    }
}

/// What a stage's presentation shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Template {
    pub stage: Stage,
    /// Kinds picked whatever else holds (for recruitment with a target
    /// occupation, skills and experience are picked only when they match
    /// it).
    pub kinds: &'static [Kind],
    /// Only skills or experience that the target occupation needs.
    pub uses_target: bool,
    /// Entries done abroad are picked (whatever their kind).
    pub abroad: bool,
    /// Signed entries are picked (whatever their kind).
    pub endorsed: bool,
}

/// The template of a stage.
pub fn template(stage: Stage) -> Template {
    use Kind::*;
    match stage {
        Stage::Recruitment => Template {
            stage,
            kinds: &[Skill, Experience, Language, Qualification],
            uses_target: true,
            abroad: false,
            endorsed: false,
        },
        Stage::PreDeparture => Template {
            stage,
            kinds: &[Qualification, Language, Learning],
            uses_target: false,
            abroad: false,
            endorsed: false,
        },
        Stage::Arrival => Template {
            stage,
            kinds: &[Qualification, Experience, Language, Skill],
            uses_target: false,
            abroad: false,
            endorsed: false,
        },
        Stage::Career => Template {
            stage,
            kinds: &[Experience, Learning, Qualification],
            uses_target: false,
            abroad: false,
            endorsed: true,
        },
        Stage::Return => Template {
            stage,
            kinds: &[],
            uses_target: false,
            abroad: true,
            endorsed: true,
        },
    }
}

/// One picked entry and why, most important reason first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pick {
    pub entry: EntryId,
    pub why: Vec<Why>,
}

/// The entries a stage's presentation starts with, most relevant first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageView {
    pub stage: Stage,
    /// The target occupation's URI, when one was used.
    pub target: Option<String>,
    pub picks: Vec<Pick>,
}

impl StageView {
    pub fn ids(&self) -> Vec<EntryId> {
        self.picks.iter().map(|p| p.entry).collect()
    }
}

/// Done abroad: in another country than the origin country (when both
/// are known), or marked for arrival or career (done in the destination).
fn abroad(e: &Entry, profile: &Profile) -> bool {
    let other_country = match (e.country.as_deref(), profile.origin_country.as_deref()) {
        (Some(c), Some(o)) => !c.eq_ignore_ascii_case(o),
        _ => false,
    };
    other_country || e.stages.contains(&Stage::Arrival) || e.stages.contains(&Stage::Career)
}

/// The entries of `entries` that matter at `stage`, with why; `target`
/// is the target occupation matched against the same entries
/// ([`crate::taxonomy::Taxonomy::match_occupation`]), used by the
/// recruitment template.
pub fn select(
    stage: Stage,
    entries: &[Entry],
    profile: &Profile,
    target: Option<&Match>,
) -> StageView {
    let t = template(stage);
    let target = target.filter(|_| t.uses_target);
    // Entries by what the target occupation needs of them.
    let mut needed: BTreeMap<EntryId, Why> = BTreeMap::new();
    if let Some(m) = target {
        for s in &m.skills {
            let why = if s.essential {
                Why::TargetEssential
            } else {
                Why::TargetOptional
            };
            for id in &s.entries {
                let slot = needed.entry(*id).or_insert(why);
                *slot = (*slot).min(why);
            }
            for id in &s.suggested {
                needed.entry(*id).or_insert(Why::TargetMaybe);
            }
        }
    }
    let mut picks = Vec::new();
    for e in entries {
        let mut why = Vec::new();
        if let Some(w) = needed.get(&e.id) {
            why.push(*w);
        }
        if e.stages.contains(&stage) {
            why.push(Why::Marked);
        }
        if t.abroad && abroad(e, profile) {
            why.push(Why::Abroad);
        }
        if t.endorsed && !e.endorsements.is_empty() {
            why.push(Why::Endorsed);
        }
        // With a target, skills and experience count only when it needs
        // them (found above); languages and papers always count.
        let by_target = target.is_some() && matches!(e.kind, Kind::Skill | Kind::Experience);
        if t.kinds.contains(&e.kind) && !by_target {
            why.push(Why::of_kind(e.kind));
        }
        if !why.is_empty() {
            why.sort();
            why.dedup();
            picks.push((e, Pick { entry: e.id, why }));
        }
    }
    // By the first reason; entries picked for their kind alone come last,
    // in the template's order of kinds, then by title.
    let kind_rank = |k: Kind| {
        t.kinds
            .iter()
            .position(|x| *x == k)
            .unwrap_or(t.kinds.len())
    };
    let key = |e: &Entry, p: &Pick| {
        let first = p.why[0];
        let by_kind = first == Why::of_kind(e.kind);
        let first = (!by_kind).then_some(first);
        (
            by_kind,
            first,
            kind_rank(e.kind),
            e.title.to_lowercase(),
            e.id,
        )
    };
    picks.sort_by_cached_key(|(e, p)| key(e, p));
    StageView {
        stage,
        target: target.map(|m| m.occupation.uri.clone()),
        picks: picks.into_iter().map(|(_, p)| p).collect(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::taxonomy::{Coverage, Taxonomy};

    const WELDER: &str =
        "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    fn entry(n: u8, kind: Kind, title: &str) -> Entry {
        Entry {
            id: EntryId(uuid::Uuid::from_bytes([n; 16])),
            kind,
            title: title.into(),
            description: None,
            written_in: None,
            esco: None,
            isco: None,
            level: None,
            eqf: None,
            organisation: None,
            place: None,
            country: None,
            from: None,
            to: None,
            context: None,
            stages: BTreeSet::new(),
            evidence: Vec::new(),
            endorsements: BTreeMap::new(),
            created: 0,
            modified: 0,
            conflicts: BTreeMap::new(),
        }
    }

    fn titles<'a>(view: &StageView, entries: &'a [Entry]) -> Vec<&'a str> {
        view.picks
            .iter()
            .map(|p| {
                entries
                    .iter()
                    .find(|e| e.id == p.entry)
                    .map(|e| e.title.as_str())
                    .unwrap_or("?")
            })
            .collect()
    }

    fn sample() -> Vec<Entry> {
        let mut cook = entry(1, Kind::Experience, "Cook in Amman");
        cook.country = Some("JO".into());
        let mut arabic = entry(2, Kind::Language, "Arabic");
        arabic.level = Some("C2".into());
        let diploma = entry(3, Kind::Qualification, "Vocational diploma");
        let mut course = entry(4, Kind::Learning, "German course");
        course.country = Some("DE".into());
        course.stages.insert(Stage::Arrival);
        let mut signed = entry(5, Kind::Skill, "Forklift driving");
        signed.endorsements.insert("c1".into(), vec![1]);
        let mut marked = entry(6, Kind::Skill, "Sewing");
        marked.stages.insert(Stage::PreDeparture);
        vec![cook, arabic, diploma, course, signed, marked]
    }

    #[test]
    fn pre_departure_picks_papers_languages_courses_and_what_is_marked() {
        let entries = sample();
        let view = select(Stage::PreDeparture, &entries, &Profile::default(), None);
        assert_eq!(
            titles(&view, &entries),
            ["Sewing", "Vocational diploma", "Arabic", "German course"]
        );
        assert_eq!(view.picks[0].why, [Why::Marked]);
        assert_eq!(view.target, None);
    }

    #[test]
    fn arrival_leaves_out_courses_unless_marked() {
        let entries = sample();
        let view = select(Stage::Arrival, &entries, &Profile::default(), None);
        assert_eq!(
            titles(&view, &entries),
            [
                "German course",
                "Vocational diploma",
                "Cook in Amman",
                "Arabic",
                "Forklift driving",
                "Sewing"
            ]
        );
        assert_eq!(view.picks[0].why, [Why::Marked]);
    }

    #[test]
    fn career_picks_what_was_signed_and_done() {
        let entries = sample();
        let view = select(Stage::Career, &entries, &Profile::default(), None);
        assert_eq!(
            titles(&view, &entries),
            [
                "Forklift driving",
                "Cook in Amman",
                "German course",
                "Vocational diploma"
            ]
        );
        assert_eq!(view.picks[0].why, [Why::Endorsed]);
    }

    #[test]
    fn return_picks_what_was_learned_abroad() {
        let entries = sample();
        let profile = Profile {
            origin_country: Some("SY".into()),
            ..Profile::default()
        };
        let view = select(Stage::Return, &entries, &profile, None);
        // Amman and Germany are abroad for someone from Syria; the signed
        // skill is kept; the diploma, Arabic and sewing (no country) are not.
        assert_eq!(
            titles(&view, &entries),
            ["Cook in Amman", "German course", "Forklift driving"]
        );
        // With no origin country, only what is marked arrival or career
        // counts as abroad.
        let view = select(Stage::Return, &entries, &Profile::default(), None);
        assert_eq!(
            titles(&view, &entries),
            ["German course", "Forklift driving"]
        );
        // The origin country itself is home, in any case.
        let profile = Profile {
            origin_country: Some("jo".into()),
            ..Profile::default()
        };
        let view = select(Stage::Return, &entries, &profile, None);
        assert!(!titles(&view, &entries).contains(&"Cook in Amman"));
    }

    #[test]
    fn recruitment_without_a_target_picks_skills_experience_languages_papers() {
        let entries = sample();
        let view = select(Stage::Recruitment, &entries, &Profile::default(), None);
        assert_eq!(
            titles(&view, &entries),
            [
                "Forklift driving",
                "Sewing",
                "Cook in Amman",
                "Arabic",
                "Vocational diploma"
            ]
        );
    }

    #[test]
    fn recruitment_with_a_target_picks_what_the_occupation_needs() {
        let tax = Taxonomy::locate(None).expect("the ESCO asset in the source tree");
        let bare = tax.match_occupation(WELDER, &[], "en").expect("welder");
        let essential = bare
            .skills
            .iter()
            .find(|s| s.essential)
            .expect("an essential skill");
        let optional = bare
            .skills
            .iter()
            .find(|s| !s.essential)
            .expect("an optional skill");
        let mut entries = sample();
        let mut weld = entry(7, Kind::Skill, "My welding");
        weld.esco = Some(essential.skill.uri.clone());
        let mut other = entry(8, Kind::Experience, "Workshop job");
        other.esco = Some(optional.skill.uri.clone());
        entries.push(weld);
        entries.push(other);
        let m = tax.match_occupation(WELDER, &entries, "en").expect("match");
        assert!(m
            .skills
            .iter()
            .any(|s| s.coverage == Coverage::SelfDeclared));
        let view = select(Stage::Recruitment, &entries, &Profile::default(), Some(&m));
        let picked = titles(&view, &entries);
        // The occupation's skills first (essential, then optional), then
        // languages and papers; unrelated skills and work are left out.
        assert_eq!(picked[..2], ["My welding", "Workshop job"]);
        assert!(picked.contains(&"Arabic"), "{picked:?}");
        assert!(picked.contains(&"Vocational diploma"), "{picked:?}");
        assert!(!picked.contains(&"Sewing"), "{picked:?}");
        assert!(!picked.contains(&"Cook in Amman"), "{picked:?}");
        assert_eq!(view.picks[0].why, [Why::TargetEssential]);
        assert_eq!(view.picks[1].why, [Why::TargetOptional]);
        assert_eq!(view.target.as_deref(), Some(WELDER));
        // The other stages do not use the target.
        let view = select(Stage::Arrival, &entries, &Profile::default(), Some(&m));
        assert_eq!(view.target, None);
    }

    #[test]
    fn a_stage_with_nothing_relevant_picks_nothing() {
        let entries = vec![entry(1, Kind::Skill, "Sewing")];
        let view = select(Stage::PreDeparture, &entries, &Profile::default(), None);
        assert!(view.picks.is_empty());
    }
}
