//! Prefix search on preferred and alternative labels, in the asked
//! language then English, with a typo pass for words the index does not
//! know.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fuzzy::{self, fold};
use super::{Concept, ConceptKind, Taxonomy};
use crate::error::Result;

/// Rows read from the index per language before ranking.
const CANDIDATES: i64 = 4000;
/// Index terms tried in place of a mistyped word.
const NEAR_TERMS: usize = 12;

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    #[serde(flatten)]
    pub concept: Concept,
    /// The label that matched (preferred or alternative).
    pub matched: String,
    /// The language of `matched`.
    pub matched_lang: String,
}

/// How well a label answers the query; lower is better.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    /// The query had a word the index does not know.
    typo: bool,
    tier: u8,
    not_preferred: bool,
    length: usize,
    text: String,
}

/// A label that matched, from any of the searched languages.
struct Candidate<'a> {
    /// Typo or not, the language's place (asked language first), score.
    key: (bool, usize, Score),
    id: i64,
    matched: String,
    lang: &'a str,
}

impl Taxonomy {
    /// Concepts whose labels start with the words of `text` (each word a
    /// prefix of a label word, in any order), in `lang` first, then
    /// English. A word the index does not know is replaced by the nearest
    /// known words (one typo in 4–7 letters, two from 8). At most `limit`
    /// results, best first: exact label, label starting with the query,
    /// whole words, then the rest; preferred labels and shorter labels
    /// first.
    pub fn search(
        &self,
        text: &str,
        lang: &str,
        kind: Option<ConceptKind>,
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let mut langs: Vec<&str> = Vec::new();
        if let Some(l) = self.asset_lang(lang) {
            langs.push(l);
        }
        if !langs.contains(&"en") && self.languages.iter().any(|l| l == "en") {
            langs.push("en");
        }
        // Words found as typed (in the asked language, then English) rank
        // before words guessed from typos, whatever the language.
        let mut all: Vec<Candidate<'_>> = Vec::new();
        for (order, search_lang) in langs.iter().enumerate() {
            for (id, score, matched) in self.search_in(text, search_lang, kind)? {
                all.push(Candidate {
                    key: (score.typo, order, score),
                    id,
                    matched,
                    lang: search_lang,
                });
            }
        }
        all.sort_by(|a, b| (&a.key, a.id).cmp(&(&b.key, b.id)));
        let mut out: Vec<Hit> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for Candidate {
            id,
            matched,
            lang: search_lang,
            ..
        } in all
        {
            if out.len() >= limit {
                break;
            }
            if seen.insert(id) {
                out.push(Hit {
                    concept: self.concept_by_rowid(id, lang)?,
                    matched,
                    matched_lang: search_lang.to_string(),
                });
            }
        }
        Ok(out)
    }

    /// Concept ids with their best score and label, best first.
    fn search_in(
        &self,
        text: &str,
        lang: &str,
        kind: Option<ConceptKind>,
    ) -> Result<Vec<(i64, Score, String)>> {
        let words = fuzzy::tokens(text);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let vocab = self.vocab(lang)?;
        let mut typo = false;
        // Per word of the query: the index terms that stand for it (the
        // word itself, or the nearest known words).
        let mut groups: Vec<Vec<String>> = Vec::new();
        for word in &words {
            if fuzzy::has_prefix(&vocab, word) {
                groups.push(vec![word.clone()]);
                continue;
            }
            let near = fuzzy::near(&vocab, word, NEAR_TERMS);
            if near.is_empty() {
                return Ok(Vec::new());
            }
            typo = true;
            groups.push(near);
        }
        let query = groups
            .iter()
            .map(|g| {
                let terms: Vec<String> = g.iter().map(|t| format!("\"{t}\"*")).collect();
                format!("({})", terms.join(" OR "))
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        // `lang` comes from the asset's own list: 2–3 ASCII letters.
        let mut stmt = self.db.prepare_cached(&format!(
            "SELECT l.concept, l.preferred, l.text
             FROM label_fts_{lang} f
             JOIN label_{lang} l ON l.id = f.rowid
             JOIN concept c ON c.id = l.concept
             WHERE label_fts_{lang} MATCH ?1 AND (?2 IS NULL OR c.kind = ?2)
             LIMIT ?3"
        ))?;
        let mut best: BTreeMap<i64, (Score, String)> = BTreeMap::new();
        let rows = stmt.query_map(
            rusqlite::params![query, kind.map(|k| k.code()), CANDIDATES],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, bool>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )?;
        for row in rows {
            let (id, preferred, label) = row?;
            let label_words = fuzzy::tokens(&label);
            let tier = tier(&groups, &label_words);
            let score = Score {
                typo,
                tier,
                not_preferred: !preferred,
                length: label.chars().count(),
                text: fold(&label),
            };
            match best.get(&id) {
                Some((s, _)) if *s <= score => {}
                _ => {
                    best.insert(id, (score, label));
                }
            }
        }
        let mut ranked: Vec<(i64, Score, String)> =
            best.into_iter().map(|(id, (s, l))| (id, s, l)).collect();
        ranked.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
        Ok(ranked)
    }
}

/// 0: the label is the query's words; 1: it starts with them (the last
/// one as a prefix); 2: it has each of them as a whole word; 3: the rest.
fn tier(groups: &[Vec<String>], label: &[String]) -> u8 {
    let is = |g: &Vec<String>, w: &String| g.contains(w);
    let n = groups.len();
    let leading = label.len() >= n && groups[..n - 1].iter().zip(label).all(|(g, w)| is(g, w));
    if leading && label.len() == n && is(&groups[n - 1], &label[n - 1]) {
        0
    } else if leading
        && groups[n - 1]
            .iter()
            .any(|t| label[n - 1].starts_with(t.as_str()))
    {
        1
    } else if groups.iter().all(|g| label.iter().any(|w| is(g, w))) {
        2
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::tier;

    #[test]
    fn tiers() {
        let g = |words: &[&[&str]]| -> Vec<Vec<String>> {
            words
                .iter()
                .map(|w| w.iter().map(|s| s.to_string()).collect())
                .collect()
        };
        let l = |s: &str| super::fuzzy::tokens(s);
        let q = g(&[&["weld"], &["metal"]]);
        assert_eq!(tier(&q, &l("weld metal")), 0);
        assert_eq!(tier(&q, &l("weld metal pieces")), 1);
        assert_eq!(tier(&q, &l("weld metals")), 1);
        assert_eq!(tier(&q, &l("metal to weld")), 2);
        assert_eq!(tier(&q, &l("welding of metals")), 3);
        let typo = g(&[&["welding", "welded"]]);
        assert_eq!(tier(&typo, &l("welding")), 0);
        assert_eq!(tier(&typo, &l("welding techniques")), 1);
        assert_eq!(tier(&typo, &l("plastic welding")), 2);
    }
}
