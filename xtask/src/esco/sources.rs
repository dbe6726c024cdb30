//! Finding the ESCO CSV files in a folder: inside the official zips, or
//! dropped in loose. A file's name says what it holds and in which language
//! (`skills_es.csv`, `occupations_ar.csv`, `ISCOGroups_fr.csv`,
//! `occupationSkillRelations.csv`); every other file is ignored.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::cmd::{Failure, Result};

/// What a CSV file holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Content {
    Skills(String),
    Occupations(String),
    IscoGroups(String),
    Relations,
}

/// One CSV file: where it is and which ESCO version its container names.
#[derive(Debug, Clone)]
pub struct Source {
    /// `zip-name:entry-name`, or the loose file's name: recorded in the
    /// asset's `meta` table.
    pub name: String,
    /// From the zip name `esco-vX.Y.Z-...`; `None` for loose files.
    pub version: Option<String>,
    zip: Option<PathBuf>,
    path: PathBuf,
}

impl Source {
    /// The whole file as text.
    pub fn read(&self) -> Result<Vec<u8>> {
        let fail = |e: &dyn std::fmt::Display| Failure::new(format!("{}: {e}", self.name));
        let mut bytes = Vec::new();
        match &self.zip {
            None => {
                bytes = fs::read(&self.path).map_err(|e| fail(&e))?;
            }
            Some(zip) => {
                let file = fs::File::open(zip).map_err(|e| fail(&e))?;
                let mut archive = zip::ZipArchive::new(file).map_err(|e| fail(&e))?;
                let name = self.path.to_string_lossy();
                let mut entry = archive.by_name(&name).map_err(|e| fail(&e))?;
                entry.read_to_end(&mut bytes).map_err(|e| fail(&e))?;
            }
        }
        Ok(bytes)
    }
}

/// What a file name holds, or `None` for files the importer does not use.
pub fn classify(file_name: &str) -> Option<Content> {
    if file_name == "occupationSkillRelations.csv" {
        return Some(Content::Relations);
    }
    let stem = file_name.strip_suffix(".csv")?;
    let (kind, lang) = stem.rsplit_once('_')?;
    let lang_ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    if !lang_ok {
        return None;
    }
    let lang = lang.to_string();
    match kind {
        "skills" => Some(Content::Skills(lang)),
        "occupations" => Some(Content::Occupations(lang)),
        "ISCOGroups" => Some(Content::IscoGroups(lang)),
        _ => None,
    }
}

/// `esco-v1.1.1-classification-en-csv.zip` → `1.1.1`.
fn zip_version(zip_name: &str) -> Option<String> {
    let rest = zip_name.strip_prefix("esco-v")?;
    let version: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let version = version.trim_end_matches('.');
    (!version.is_empty()).then(|| version.to_string())
}

/// Every usable CSV in `dir`, by content. A loose CSV replaces the file of
/// the same name inside a zip (so a maintainer can drop in a newer
/// translation); the same name in two zips is an error.
pub fn find(dir: &Path) -> Result<BTreeMap<Content, Source>> {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let mut from_zips: BTreeMap<Content, Source> = BTreeMap::new();
    let mut loose: BTreeMap<Content, Source> = BTreeMap::new();
    for path in names {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file_name.ends_with(".zip") {
            let file = fs::File::open(&path)
                .map_err(|e| Failure::new(format!("cannot open {}: {e}", path.display())))?;
            let archive = zip::ZipArchive::new(file)
                .map_err(|e| Failure::new(format!("{file_name}: {e}")))?;
            let mut entries: Vec<String> = archive
                .file_names()
                .map(|n| n.map(|n| n.into_owned()))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| Failure::new(format!("{file_name}: {e}")))?;
            entries.sort();
            for entry in entries {
                let base = entry.rsplit('/').next().unwrap_or(&entry);
                let Some(content) = classify(base) else {
                    continue;
                };
                let source = Source {
                    name: format!("{file_name}:{entry}"),
                    version: zip_version(&file_name),
                    zip: Some(path.clone()),
                    path: PathBuf::from(&entry),
                };
                if let Some(old) = from_zips.insert(content, source.clone()) {
                    return Err(Failure::new(format!(
                        "{} and {} hold the same file; keep one",
                        old.name, source.name
                    )));
                }
            }
        } else if let Some(content) = classify(&file_name) {
            loose.insert(
                content,
                Source {
                    name: file_name,
                    version: None,
                    zip: None,
                    path,
                },
            );
        }
    }
    from_zips.extend(loose);
    Ok(from_zips)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert_eq!(
            classify("skills_es.csv"),
            Some(Content::Skills("es".into()))
        );
        assert_eq!(
            classify("occupations_ar.csv"),
            Some(Content::Occupations("ar".into()))
        );
        assert_eq!(
            classify("ISCOGroups_fr.csv"),
            Some(Content::IscoGroups("fr".into()))
        );
        assert_eq!(
            classify("occupationSkillRelations.csv"),
            Some(Content::Relations)
        );
        assert_eq!(classify("skillGroups_en.csv"), None);
        assert_eq!(classify("skillsHierarchy_en.csv"), None);
        assert_eq!(classify("greenSkillsCollection_en.csv"), None);
        assert_eq!(classify("skills_EN.csv"), None);
        assert_eq!(
            zip_version("esco-v1.1.1-classification-en-csv.zip").as_deref(),
            Some("1.1.1")
        );
        assert_eq!(
            zip_version("esco-v1.0-labels-es-fr-ar.zip").as_deref(),
            Some("1.0")
        );
        assert_eq!(zip_version("labels.zip"), None);
    }
}
