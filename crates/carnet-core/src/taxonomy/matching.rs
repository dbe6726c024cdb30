//! How a logbook covers an occupation: each of its essential and optional
//! skills is covered by an endorsed entry, by a self-declared one, or
//! missing. An entry covers a skill when its ESCO URI is that skill; an
//! entry without one may be suggested for a missing skill its title finds.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{fuzzy, Concept, ConceptKind, Taxonomy};
use crate::error::{Error, Result};
use crate::model::{Entry, EntryId, Kind};

/// How one skill is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// An entry with this skill carries an issuer's endorsement.
    Endorsed,
    /// Entries with this skill, none endorsed.
    SelfDeclared,
    Missing,
}

/// One skill of the occupation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillMatch {
    #[serde(flatten)]
    pub skill: Concept,
    pub essential: bool,
    pub coverage: Coverage,
    /// The entries whose ESCO URI is this skill.
    pub entries: Vec<EntryId>,
    /// For a missing skill: entries with no ESCO URI whose title finds
    /// this skill among the first [`SUGGEST_WITHIN`] skills of a search,
    /// or shares two words with its preferred label (asked language or
    /// English). They may correspond; the person decides (`carnet edit
    /// --set esco=`).
    pub suggested: Vec<EntryId>,
}

/// How far down a title's skill search a missing skill may be to be
/// suggested.
pub const SUGGEST_WITHIN: usize = 10;

/// An occupation against a logbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    pub occupation: Concept,
    /// Essential skills first, then optional; each by label.
    pub skills: Vec<SkillMatch>,
}

impl Match {
    /// Covered and total essential skills.
    pub fn essential_covered(&self) -> (usize, usize) {
        let essential = self.skills.iter().filter(|s| s.essential);
        let total = essential.clone().count();
        let covered = essential
            .filter(|s| s.coverage != Coverage::Missing)
            .count();
        (covered, total)
    }
}

/// An occupation ranked by how much of it a logbook covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub occupation: Concept,
    pub essential_covered: usize,
    pub essential_total: usize,
    /// `essential_covered / essential_total`.
    pub share: f64,
}

/// How many words of `label` (5 letters or more: not `with`, `des`) are in
/// `title`: the same word, or the same first 6 letters (`complaint`,
/// `complaints`; not `comply`).
fn shared_words(title: &[String], label: &[String]) -> usize {
    let stem = |w: &str| w.chars().take(6).collect::<String>();
    let long = |w: &str| w.chars().count() >= 6;
    label
        .iter()
        .filter(|w| w.chars().count() >= 5)
        .filter(|w| {
            title
                .iter()
                .any(|t| t == *w || (long(t) && long(w) && stem(t) == stem(w)))
        })
        .count()
}

/// The skill URIs of the entries, with their entries and whether any of
/// them is endorsed.
fn skills_of(entries: &[Entry]) -> BTreeMap<&str, (Vec<EntryId>, bool)> {
    let mut out: BTreeMap<&str, (Vec<EntryId>, bool)> = BTreeMap::new();
    for e in entries {
        if let Some(uri) = e.esco.as_deref() {
            let slot = out.entry(uri).or_default();
            slot.0.push(e.id);
            slot.1 |= !e.endorsements.is_empty();
        }
    }
    out
}

impl Taxonomy {
    /// The skills of `occupation` (URI or UUID) and how `entries` cover
    /// them, with labels in `lang`.
    pub fn match_occupation(
        &self,
        occupation: &str,
        entries: &[Entry],
        lang: &str,
    ) -> Result<Match> {
        let occupation = self.concept(occupation, lang)?;
        if occupation.kind != ConceptKind::Occupation {
            return Err(Error::NotAnOccupation(occupation.uri));
        }
        let covered = skills_of(entries);
        let mut stmt = self.db.prepare_cached(
            "SELECT skill, essential FROM relation WHERE occupation = ?1 ORDER BY skill",
        )?;
        let relations = stmt
            .query_map([occupation.id], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut skills = Vec::with_capacity(relations.len());
        for (id, essential) in relations {
            let skill = self.concept_by_rowid(id, lang)?;
            let (entries, coverage) = match covered.get(skill.uri.as_str()) {
                Some((ids, true)) => (ids.clone(), Coverage::Endorsed),
                Some((ids, false)) => (ids.clone(), Coverage::SelfDeclared),
                None => (Vec::new(), Coverage::Missing),
            };
            skills.push(SkillMatch {
                skill,
                essential,
                coverage,
                entries,
                suggested: Vec::new(),
            });
        }
        self.suggest(&mut skills, entries, lang)?;
        skills.sort_by(|a, b| {
            (
                !a.essential,
                a.skill.display_label().to_lowercase(),
                &a.skill.uri,
            )
                .cmp(&(
                    !b.essential,
                    b.skill.display_label().to_lowercase(),
                    &b.skill.uri,
                ))
        });
        Ok(Match { occupation, skills })
    }

    /// Fills `suggested` of the missing skills from the titles of the
    /// entries that name no ESCO concept (languages excepted).
    fn suggest(&self, skills: &mut [SkillMatch], entries: &[Entry], lang: &str) -> Result<()> {
        for e in entries {
            if e.esco.is_some() || e.kind == Kind::Language {
                continue;
            }
            let written_in = e.written_in.as_deref().unwrap_or(lang);
            let hits = self.search(
                &e.title,
                written_in,
                Some(ConceptKind::Skill),
                SUGGEST_WITHIN,
            )?;
            let title = fuzzy::tokens(&e.title);
            for s in skills.iter_mut() {
                if s.coverage != Coverage::Missing {
                    continue;
                }
                let found = hits.iter().any(|h| h.concept.id == s.skill.id);
                let shared = [s.skill.label.as_deref(), Some(s.skill.label_en.as_str())]
                    .into_iter()
                    .flatten()
                    .any(|label| shared_words(&title, &fuzzy::tokens(label)) >= 2);
                if found || shared {
                    s.suggested.push(e.id);
                }
            }
        }
        Ok(())
    }

    /// Occupations by the share of their essential skills that `entries`
    /// cover (then by how many), best first; only those with at least
    /// one covered.
    pub fn rank_occupations(
        &self,
        entries: &[Entry],
        lang: &str,
        limit: usize,
    ) -> Result<Vec<Ranked>> {
        let mut covered_ids: BTreeSet<i64> = BTreeSet::new();
        for uri in skills_of(entries).keys() {
            match self.concept(uri, "en") {
                Ok(c) if c.kind == ConceptKind::Skill => {
                    covered_ids.insert(c.id);
                }
                // Entries may name concepts of other ESCO versions.
                Ok(_) | Err(Error::UnknownConcept(_)) => {}
                Err(e) => return Err(e),
            }
        }
        if covered_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut counts: BTreeMap<i64, (usize, usize)> = BTreeMap::new();
        let mut stmt = self
            .db
            .prepare_cached("SELECT occupation, skill FROM relation WHERE essential")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (occupation, skill) = row?;
            let c = counts.entry(occupation).or_default();
            c.1 += 1;
            if covered_ids.contains(&skill) {
                c.0 += 1;
            }
        }
        let mut ranked: Vec<(i64, usize, usize)> = counts
            .into_iter()
            .filter(|(_, (covered, _))| *covered > 0)
            .map(|(id, (covered, total))| (id, covered, total))
            .collect();
        // covered/total descending, compared exactly by cross-multiplying.
        ranked.sort_by(|a, b| {
            (b.1 * a.2)
                .cmp(&(a.1 * b.2))
                .then(b.1.cmp(&a.1))
                .then(a.0.cmp(&b.0))
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|(id, covered, total)| {
                Ok(Ranked {
                    occupation: self.concept_by_rowid(id, lang)?,
                    essential_covered: covered,
                    essential_total: total,
                    share: covered as f64 / total as f64,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::shared_words;
    use crate::taxonomy::fuzzy::tokens;

    #[test]
    fn shared_words_ignore_short_words_and_loose_stems() {
        let n = |a: &str, b: &str| shared_words(&tokens(a), &tokens(b));
        assert_eq!(
            n(
                "Dealing with complaints from customers",
                "handle customer complaints"
            ),
            2
        );
        assert_eq!(
            n(
                "Dealing with complaints from customers",
                "comply with food safety and hygiene"
            ),
            0
        );
        assert_eq!(
            n(
                "gérer les réclamations",
                "gérer les réclamations des clients"
            ),
            2
        );
    }
}
