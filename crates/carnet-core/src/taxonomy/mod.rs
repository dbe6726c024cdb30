//! The ESCO skills and occupations taxonomy, offline: a read-only SQLite
//! asset built by `cargo xtask esco` (layout: docs/esco.md). Search
//! ([`Taxonomy::search`]), concepts and their labels, and how a logbook
//! covers an occupation ([`Taxonomy::match_occupation`],
//! [`Taxonomy::rank_occupations`]).
//!
//! Public data: the asset is plain SQLite, not SQLCipher.

mod fuzzy;
mod matching;
mod search;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::validate_esco_uri;

pub use matching::{Coverage, Match, Ranked, SkillMatch};
pub use search::Hit;

/// The asset layout this build reads (`meta.format`).
pub const FORMAT: u64 = 1;
/// The asset's file name.
pub const FILE_NAME: &str = "esco.sqlite";
const URI_PREFIX: &str = "http://data.europa.eu/esco/";

/// Skill or occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConceptKind {
    Skill,
    Occupation,
}

impl ConceptKind {
    /// The asset's code (`concept.kind`).
    fn code(self) -> i64 {
        match self {
            ConceptKind::Skill => 1,
            ConceptKind::Occupation => 2,
        }
    }

    fn from_code(code: i64) -> Result<ConceptKind> {
        match code {
            1 => Ok(ConceptKind::Skill),
            2 => Ok(ConceptKind::Occupation),
            other => Err(Error::TaxonomyDamaged {
                reason: format!("concept kind {other}"),
            }),
        }
    }

    /// `skill` or `occupation`: the ESCO URI's class and the CLI's word.
    pub fn as_str(self) -> &'static str {
        match self {
            ConceptKind::Skill => "skill",
            ConceptKind::Occupation => "occupation",
        }
    }
}

/// A concept with its preferred label in the asked language (when the
/// asset has one) and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concept {
    pub uri: String,
    pub kind: ConceptKind,
    pub label: Option<String>,
    pub label_en: String,
    #[serde(skip)]
    id: i64,
}

impl Concept {
    /// The label to show: in the asked language, else English.
    pub fn display_label(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.label_en)
    }
}

/// The open asset.
#[derive(Debug)]
pub struct Taxonomy {
    db: Connection,
    version: String,
    languages: Vec<String>,
    /// Each language's index terms, sorted, loaded on first need (typo
    /// tolerance). `Arc`, not `Rc`, so that a `Taxonomy` is `Send`: the
    /// app keeps one open behind a `Mutex` and uses it from worker threads.
    vocab: RefCell<BTreeMap<String, Arc<Vec<String>>>>,
}

impl Taxonomy {
    /// Where the asset is looked for when no path is given: next to the
    /// executable (`esco.sqlite`, `assets/esco/esco.sqlite`), then in the
    /// source tree this crate was built from (development and tests).
    pub fn default_locations() -> Vec<PathBuf> {
        let mut out = Vec::new();
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(Path::to_path_buf))
        {
            out.push(dir.join(FILE_NAME));
            out.push(dir.join("assets/esco").join(FILE_NAME));
        }
        // The source tree, for `cargo run` and tests: first the checkout
        // cargo names now, then the one this was compiled in.
        if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
            out.push(Path::new(&dir).join("../../assets/esco").join(FILE_NAME));
        }
        out.push(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../assets/esco")
                .join(FILE_NAME),
        );
        out
    }

    /// Opens `path`, or the first of [`Taxonomy::default_locations`] that
    /// exists.
    pub fn locate(path: Option<&Path>) -> Result<Taxonomy> {
        match path {
            Some(p) => Taxonomy::open(p),
            None => {
                let candidates = Taxonomy::default_locations();
                match candidates.iter().find(|p| p.is_file()) {
                    Some(p) => Taxonomy::open(p),
                    None => Err(Error::TaxonomyMissing {
                        path: candidates
                            .last()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default(),
                    }),
                }
            }
        }
    }

    /// Opens the asset read-only (`immutable`: no locks, no journal).
    pub fn open(path: &Path) -> Result<Taxonomy> {
        if !path.is_file() {
            return Err(Error::TaxonomyMissing {
                path: path.display().to_string(),
            });
        }
        let damaged = |e: rusqlite::Error| Error::TaxonomyDamaged {
            reason: e.to_string(),
        };
        let uri = format!("file:{}?immutable=1", uri_path(path));
        let db = Connection::open_with_flags(
            uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(damaged)?;
        let meta = |key: &str| -> Result<String> {
            db.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                .optional()
                .map_err(damaged)?
                .ok_or_else(|| Error::TaxonomyDamaged {
                    reason: format!("no `{key}` in meta"),
                })
        };
        let format: u64 = meta("format")?
            .parse()
            .map_err(|_| Error::TaxonomyDamaged {
                reason: "format".into(),
            })?;
        if format > FORMAT {
            return Err(Error::TooNew {
                what: "taxonomy",
                found: format,
            });
        }
        let version = meta("esco_version")?;
        let languages = meta("languages")?
            .split_whitespace()
            .filter(|l| l.len() <= 3 && l.bytes().all(|b| b.is_ascii_lowercase()))
            .map(str::to_string)
            .collect();
        Ok(Taxonomy {
            db,
            version,
            languages,
            vocab: RefCell::new(BTreeMap::new()),
        })
    }

    /// The ESCO version the asset was built from, e.g. `1.1.1`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The languages with labels, e.g. `["ar", "en", "es", "fr"]`.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// A `meta` value (`adapted`, `sources`, `licence`, ...).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .db
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// The asset's language for a BCP 47 tag (`es-MX` → `es`), if it has
    /// labels in it.
    fn asset_lang(&self, tag: &str) -> Option<&str> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let primary = primary.to_ascii_lowercase();
        self.languages
            .iter()
            .find(|l| **l == primary)
            .map(String::as_str)
    }

    /// A concept by URI (`http://data.europa.eu/esco/occupation/<uuid>`) or
    /// bare UUID, with labels in `lang`.
    pub fn concept(&self, uri_or_uuid: &str, lang: &str) -> Result<Concept> {
        let typed = uri_or_uuid.trim();
        let uuid = if typed.starts_with(URI_PREFIX) {
            let uri = validate_esco_uri(typed)?;
            uri.rsplit('/')
                .next()
                .and_then(|id| uuid::Uuid::parse_str(id).ok())
        } else {
            uuid::Uuid::parse_str(typed).ok()
        };
        let Some(uuid) = uuid else {
            return Err(Error::UnknownConcept(typed.to_string()));
        };
        let row: Option<(i64, i64)> = self
            .db
            .query_row(
                "SELECT id, kind FROM concept WHERE uuid = ?1",
                [&uuid.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, kind) = row.ok_or_else(|| Error::UnknownConcept(typed.to_string()))?;
        let concept = self.concept_by_id(id, ConceptKind::from_code(kind)?, uuid, lang)?;
        if typed.starts_with(URI_PREFIX) && concept.uri != typed {
            // The right UUID under the wrong class (`skill/` for an occupation).
            return Err(Error::UnknownConcept(typed.to_string()));
        }
        Ok(concept)
    }

    fn concept_by_id(
        &self,
        id: i64,
        kind: ConceptKind,
        uuid: uuid::Uuid,
        lang: &str,
    ) -> Result<Concept> {
        let label_en = self
            .preferred_label(id, "en")?
            .ok_or_else(|| Error::TaxonomyDamaged {
                reason: format!("concept {id} has no English label"),
            })?;
        let label = match self.asset_lang(lang) {
            Some("en") => Some(label_en.clone()),
            Some(l) => self.preferred_label(id, l)?,
            None => None,
        };
        Ok(Concept {
            uri: format!("{URI_PREFIX}{}/{}", kind.as_str(), uuid.hyphenated()),
            kind,
            label,
            label_en,
            id,
        })
    }

    /// A concept by its row id in the asset.
    fn concept_by_rowid(&self, id: i64, lang: &str) -> Result<Concept> {
        let (uuid, kind): (Vec<u8>, i64) =
            self.db
                .query_row("SELECT uuid, kind FROM concept WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let uuid = uuid::Uuid::from_slice(&uuid).map_err(|e| Error::TaxonomyDamaged {
            reason: e.to_string(),
        })?;
        self.concept_by_id(id, ConceptKind::from_code(kind)?, uuid, lang)
    }

    /// `lang` must be one of [`Taxonomy::languages`] (2–3 ASCII letters,
    /// checked when the asset was opened): it names a table.
    fn preferred_label(&self, id: i64, lang: &str) -> Result<Option<String>> {
        let mut stmt = self.db.prepare_cached(&format!(
            "SELECT text FROM label_{lang} WHERE concept = ?1 AND preferred"
        ))?;
        Ok(stmt.query_row([id], |r| r.get(0)).optional()?)
    }

    /// The sorted index terms of a language (for typo tolerance).
    fn vocab(&self, lang: &str) -> Result<Arc<Vec<String>>> {
        if let Some(v) = self.vocab.borrow().get(lang) {
            return Ok(v.clone());
        }
        // `lang` comes from the asset's own list: 2–3 ASCII letters.
        let mut stmt = self.db.prepare(&format!(
            "SELECT term FROM label_vocab_{lang} ORDER BY term"
        ))?;
        let terms = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let terms = Arc::new(terms);
        self.vocab
            .borrow_mut()
            .insert(lang.to_string(), terms.clone());
        Ok(terms)
    }
}

/// A path as the path part of an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '%' => out.push_str("%25"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
