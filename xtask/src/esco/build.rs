//! Reading the ESCO CSVs and writing the asset (layout: docs/esco.md).
//!
//! Everything is sorted before it is written and the database is built in
//! a scratch file, then copied with `VACUUM INTO`: the same CSVs give the
//! same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use rusqlite::{params, Connection};

use super::sources::{Content, Source};
use crate::cmd::{Failure, Result};

/// Bumped when the layout changes; carnet-core refuses a newer one.
pub const FORMAT: u32 = 1;
const URI_PREFIX: &str = "http://data.europa.eu/esco/";
pub const KIND_SKILL: u8 = 1;
pub const KIND_OCCUPATION: u8 = 2;

#[derive(Debug)]
struct Concept {
    kind: u8,
    skill_type: Option<u8>,
    reuse: Option<u8>,
    isco: Option<String>,
}

/// What went into the asset, for the importer's summary.
#[derive(Debug, Default)]
pub struct Summary {
    pub skills: usize,
    pub occupations: usize,
    pub relations: usize,
    /// Per language: labels kept, labels of concepts not in the English
    /// classification (dropped).
    pub labels: BTreeMap<String, (usize, usize)>,
}

/// One CSV as rows of named columns.
struct Table {
    name: String,
    headers: Vec<String>,
    rows: Vec<csv::StringRecord>,
}

impl Table {
    fn read(source: &Source) -> Result<Table> {
        let bytes = source.read()?;
        let fail = |e: csv::Error| Failure::new(format!("{}: {e}", source.name));
        let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
        let headers = reader
            .headers()
            .map_err(fail)?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_string())
            .collect();
        let rows = reader
            .records()
            .collect::<std::result::Result<_, _>>()
            .map_err(fail)?;
        Ok(Table {
            name: source.name.clone(),
            headers,
            rows,
        })
    }

    fn column(&self, name: &str) -> Result<usize> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| Failure::new(format!("{}: no column `{name}`", self.name)))
    }
}

fn uuid_of(uri: &str, class: &str) -> Option<[u8; 16]> {
    let id = uri.strip_prefix(URI_PREFIX)?.strip_prefix(class)?;
    let id = id.strip_prefix('/')?;
    uuid::Uuid::parse_str(id).ok().map(|u| *u.as_bytes())
}

fn skill_type(value: &str) -> Option<u8> {
    match value {
        "skill/competence" => Some(1),
        "knowledge" => Some(2),
        _ => None,
    }
}

fn reuse_level(value: &str) -> Option<u8> {
    match value {
        "transversal" => Some(1),
        "cross-sector" => Some(2),
        "sector-specific" => Some(3),
        "occupation-specific" => Some(4),
        _ => None,
    }
}

/// The preferred label first, then the alternative labels (one per line
/// in the CSV), trimmed, without repeats.
fn labels_of(preferred: &str, alternatives: &str) -> Vec<(bool, String)> {
    let preferred = preferred.trim();
    let mut out = Vec::new();
    if !preferred.is_empty() {
        out.push((true, preferred.to_string()));
    }
    let alts: BTreeSet<&str> = alternatives
        .lines()
        .map(str::trim)
        .filter(|a| !a.is_empty() && *a != preferred)
        .collect();
    out.extend(alts.into_iter().map(|a| (false, a.to_string())));
    out
}

/// Builds the asset at `out` from `sources`.
pub fn build(sources: &BTreeMap<Content, Source>, out: &Path) -> Result<Summary> {
    let source = |c: Content| {
        sources.get(&c).ok_or_else(|| {
            Failure::new(format!(
                "no {c:?} CSV found; the English classification and relations zips are needed"
            ))
        })
    };
    let skills_en = source(Content::Skills("en".into()))?;
    let occupations_en = source(Content::Occupations("en".into()))?;
    let relations = source(Content::Relations)?;
    let version = skills_en.version.clone().ok_or_else(|| {
        Failure::new(format!(
            "{}: the ESCO version comes from the zip's name (esco-vX.Y.Z-...)",
            skills_en.name
        ))
    })?;

    let mut summary = Summary::default();
    // Concepts by UUID; the BTreeMap's order gives ids.
    let mut concepts: BTreeMap<(u8, [u8; 16]), Concept> = BTreeMap::new();
    let skills = Table::read(skills_en)?;
    let (uri, st, rl) = (
        skills.column("conceptUri")?,
        skills.column("skillType")?,
        skills.column("reuseLevel")?,
    );
    for row in &skills.rows {
        let id = uuid_of(&row[uri], "skill")
            .ok_or_else(|| Failure::new(format!("{}: bad URI {}", skills.name, &row[uri])))?;
        concepts.insert(
            (KIND_SKILL, id),
            Concept {
                kind: KIND_SKILL,
                skill_type: skill_type(&row[st]),
                reuse: reuse_level(&row[rl]),
                isco: None,
            },
        );
    }
    let occupations = Table::read(occupations_en)?;
    let (uri, isco) = (
        occupations.column("conceptUri")?,
        occupations.column("iscoGroup")?,
    );
    for row in &occupations.rows {
        let id = uuid_of(&row[uri], "occupation")
            .ok_or_else(|| Failure::new(format!("{}: bad URI {}", occupations.name, &row[uri])))?;
        let code = row[isco].trim();
        concepts.insert(
            (KIND_OCCUPATION, id),
            Concept {
                kind: KIND_OCCUPATION,
                skill_type: None,
                reuse: None,
                isco: (!code.is_empty()).then(|| code.to_string()),
            },
        );
    }
    let ids: BTreeMap<[u8; 16], i64> = concepts
        .keys()
        .zip(1..)
        .map(|((_, uuid), id)| (*uuid, id))
        .collect();
    summary.skills = skills.rows.len();
    summary.occupations = occupations.rows.len();

    // Labels per language: (concept id, !preferred, text).
    let mut labels: BTreeMap<String, BTreeSet<(i64, bool, String)>> = BTreeMap::new();
    let mut label_versions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut used_sources: Vec<String> = Vec::new();
    for (content, src) in sources {
        let (lang, class) = match content {
            Content::Skills(l) => (l, "skill"),
            Content::Occupations(l) => (l, "occupation"),
            _ => continue,
        };
        let table = Table::read(src)?;
        let (uri, pref, alt) = (
            table.column("conceptUri")?,
            table.column("preferredLabel")?,
            table.column("altLabels").ok(),
        );
        let entry = summary.labels.entry(lang.clone()).or_default();
        for row in &table.rows {
            let alternatives = alt.map(|a| &row[a]).unwrap_or("");
            let found = uuid_of(&row[uri], class).and_then(|u| ids.get(&u));
            let these = labels_of(&row[pref], alternatives);
            match found {
                Some(id) => {
                    entry.0 += these.len();
                    let set = labels.entry(lang.clone()).or_default();
                    for (preferred, text) in these {
                        set.insert((*id, !preferred, text));
                    }
                }
                None => entry.1 += these.len(),
            }
        }
        label_versions
            .entry(lang.clone())
            .or_default()
            .insert(src.version.clone().unwrap_or_else(|| "unknown".into()));
        used_sources.push(src.name.clone());
    }

    // ISCO-08 groups: code → label per language.
    let mut isco_labels: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (content, src) in sources {
        let Content::IscoGroups(lang) = content else {
            continue;
        };
        let table = Table::read(src)?;
        let (code, pref) = (table.column("code")?, table.column("preferredLabel")?);
        for row in &table.rows {
            let (c, l) = (row[code].trim(), row[pref].trim());
            if !c.is_empty() && !l.is_empty() {
                isco_labels.insert((c.to_string(), lang.clone(), l.to_string()));
            }
        }
        used_sources.push(src.name.clone());
    }

    // Occupation–skill relations; essential wins over optional.
    let mut pairs: BTreeMap<(i64, i64), bool> = BTreeMap::new();
    let table = Table::read(relations)?;
    let (occ, kind, skill) = (
        table.column("occupationUri")?,
        table.column("relationType")?,
        table.column("skillUri")?,
    );
    for row in &table.rows {
        let o = uuid_of(&row[occ], "occupation").and_then(|u| ids.get(&u));
        let s = uuid_of(&row[skill], "skill").and_then(|u| ids.get(&u));
        if let (Some(o), Some(s)) = (o, s) {
            *pairs.entry((*o, *s)).or_default() |= &row[kind] == "essential";
        }
    }
    used_sources.push(relations.name.clone());
    used_sources.sort();
    summary.relations = pairs.len();

    let languages: Vec<String> = summary.labels.keys().cloned().collect();
    let mut meta: BTreeMap<&str, String> = BTreeMap::new();
    meta.insert("format", FORMAT.to_string());
    meta.insert("esco_version", version.clone());
    meta.insert("languages", languages.join(" "));
    meta.insert("sources", used_sources.join("\n"));
    meta.insert(
        "adapted",
        format!(
            "Adapted from ESCO v{version}: a subset (preferred and alternative labels, skill type, \
             reuse level, ISCO-08 groups, occupation-skill relations; no descriptions), converted \
             to SQLite. Labels of other ESCO versions are kept only for concepts of v{version}."
        ),
    );
    meta.insert(
        "licence",
        "ESCO, European Commission: free reuse (Commission Decision 2011/833/EU), CC BY 4.0".into(),
    );
    let mut versions = String::new();
    for (lang, v) in &label_versions {
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        let _ = writeln!(versions, "{lang} {}", v.join(","));
    }
    meta.insert("label_versions", versions.trim_end().to_string());

    write(
        out,
        &meta,
        &concepts,
        &labels,
        &isco_labels,
        &pairs,
        &languages,
    )?;
    Ok(summary)
}

fn sql(e: rusqlite::Error) -> Failure {
    Failure::new(format!("sqlite: {e}"))
}

#[allow(clippy::too_many_arguments)]
fn write(
    out: &Path,
    meta: &BTreeMap<&str, String>,
    concepts: &BTreeMap<(u8, [u8; 16]), Concept>,
    labels: &BTreeMap<String, BTreeSet<(i64, bool, String)>>,
    isco_labels: &BTreeSet<(String, String, String)>,
    pairs: &BTreeMap<(i64, i64), bool>,
    languages: &[String],
) -> Result {
    let scratch = out.with_extension("scratch");
    let _ = std::fs::remove_file(&scratch);
    let mut db = Connection::open(&scratch).map_err(sql)?;
    db.execute_batch(
        "PRAGMA page_size = 4096;
         PRAGMA journal_mode = OFF;
         PRAGMA synchronous = OFF;
         CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
         CREATE TABLE concept (
             id INTEGER PRIMARY KEY,
             uuid BLOB NOT NULL UNIQUE,
             kind INTEGER NOT NULL,
             skill_type INTEGER,
             reuse INTEGER,
             isco TEXT
         );
         CREATE TABLE relation (
             occupation INTEGER NOT NULL,
             skill INTEGER NOT NULL,
             essential INTEGER NOT NULL,
             PRIMARY KEY (occupation, skill)
         ) WITHOUT ROWID;
         CREATE TABLE isco_label (
             code TEXT NOT NULL,
             lang TEXT NOT NULL,
             text TEXT NOT NULL,
             PRIMARY KEY (code, lang)
         ) WITHOUT ROWID;",
    )
    .map_err(sql)?;
    let tx = db.transaction().map_err(sql)?;
    {
        let mut m = tx
            .prepare("INSERT INTO meta VALUES (?1, ?2)")
            .map_err(sql)?;
        for (k, v) in meta {
            m.execute(params![k, v]).map_err(sql)?;
        }
        let mut c = tx
            .prepare("INSERT INTO concept VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .map_err(sql)?;
        for (((_, uuid), concept), id) in concepts.iter().zip(1i64..) {
            c.execute(params![
                id,
                &uuid[..],
                concept.kind,
                concept.skill_type,
                concept.reuse,
                concept.isco
            ])
            .map_err(sql)?;
        }
        let mut r = tx
            .prepare("INSERT INTO relation VALUES (?1, ?2, ?3)")
            .map_err(sql)?;
        for ((o, s), essential) in pairs {
            r.execute(params![o, s, essential]).map_err(sql)?;
        }
        let mut i = tx
            .prepare("INSERT INTO isco_label VALUES (?1, ?2, ?3)")
            .map_err(sql)?;
        for (code, lang, text) in isco_labels {
            i.execute(params![code, lang, text]).map_err(sql)?;
        }
    }
    for lang in languages {
        // `lang` is 2–3 ASCII lowercase letters (sources::classify).
        tx.execute_batch(&format!(
            "CREATE TABLE label_{lang} (
                 id INTEGER PRIMARY KEY,
                 concept INTEGER NOT NULL,
                 preferred INTEGER NOT NULL,
                 text TEXT NOT NULL
             );"
        ))
        .map_err(sql)?;
        {
            let mut l = tx
                .prepare(&format!("INSERT INTO label_{lang} VALUES (?1, ?2, ?3, ?4)"))
                .map_err(sql)?;
            for ((concept, not_preferred, text), id) in labels[lang].iter().zip(1i64..) {
                l.execute(params![id, concept, !not_preferred, text])
                    .map_err(sql)?;
            }
        }
        tx.execute_batch(&format!(
            "CREATE INDEX label_{lang}_preferred ON label_{lang} (concept) WHERE preferred;
             CREATE VIRTUAL TABLE label_fts_{lang} USING fts5(
                 text, content = 'label_{lang}', content_rowid = 'id',
                 tokenize = 'unicode61 remove_diacritics 2',
                 detail = none, columnsize = 0
             );
             INSERT INTO label_fts_{lang} (rowid, text)
                 SELECT id, text FROM label_{lang} ORDER BY id;
             INSERT INTO label_fts_{lang} (label_fts_{lang}) VALUES ('optimize');
             CREATE VIRTUAL TABLE label_vocab_{lang} USING fts5vocab(label_fts_{lang}, row);"
        ))
        .map_err(sql)?;
    }
    tx.commit().map_err(sql)?;

    let staged = out.with_extension("staged");
    let _ = std::fs::remove_file(&staged);
    db.execute("VACUUM INTO ?1", params![staged.to_string_lossy()])
        .map_err(sql)?;
    drop(db);
    std::fs::remove_file(&scratch).map_err(|e| Failure::new(e.to_string()))?;
    std::fs::rename(&staged, out)
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", out.display())))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_drop_repeats_and_blank_lines() {
        assert_eq!(
            labels_of(" welder ", "welder\n\narc welder\n arc welder\nbrazer"),
            vec![
                (true, "welder".to_string()),
                (false, "arc welder".to_string()),
                (false, "brazer".to_string()),
            ]
        );
    }

    #[test]
    fn uris() {
        let u = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
        assert!(uuid_of(u, "skill").is_some());
        assert!(uuid_of(u, "occupation").is_none());
        assert!(uuid_of("http://data.europa.eu/esco/isco/C0110", "skill").is_none());
    }
}
