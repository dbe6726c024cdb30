//! ESCO in the app (docs/esco.md): search for the standard name of a
//! skill or occupation, link an entry to it, match the logbook against an
//! occupation (and the reverse ranking), and the migration-stage views
//! that pre-select what to present. Thin commands over carnet-core's
//! `taxonomy` and `stage_views`.
//!
//! The taxonomy asset is opened on first use and kept open
//! ([`EscoState`]): opening it costs little (docs/benchmarks.md), but the
//! typo index it loads on first need is worth keeping. It is found at
//! `CARNET_ESCO` when set (tests, a newer file), else in the app's
//! resource folder (`bundle.resources` in tauri.conf.json ships it as
//! `esco.sqlite`), else where carnet-core looks (next to the executable,
//! the source tree).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use carnet_core::model::{Entry, Field};
use carnet_core::stage_views;
use carnet_core::taxonomy::{Concept, ConceptKind, Coverage, Taxonomy};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::ipc::{EntryView, MigrationStage};
use crate::state::AppState;

type Result<T> = std::result::Result<T, IpcError>;

/// An explicit path to the ESCO asset (tests; a newer file).
pub const ESCO_VAR: &str = "CARNET_ESCO";

/// How many results a search shows: a phone screen's worth.
const SEARCH_LIMIT: usize = 12;
/// How many occupations "jobs that fit my logbook" lists.
const RANKED: usize = 10;

/// Managed by Tauri next to [`AppState`]: where the asset was shipped and
/// the taxonomy once open.
#[derive(Debug)]
pub struct EscoState {
    /// The asset in the app's resource folder, when the platform has one.
    bundled: Option<PathBuf>,
    taxonomy: Arc<Mutex<Option<Taxonomy>>>,
}

impl EscoState {
    pub fn new(resource_dir: Option<PathBuf>) -> EscoState {
        EscoState {
            bundled: resource_dir.map(|d| d.join(carnet_core::taxonomy::FILE_NAME)),
            taxonomy: Arc::new(Mutex::new(None)),
        }
    }

    /// The first place the asset is looked for, if any: `CARNET_ESCO`,
    /// else the resource folder when the file is there.
    fn explicit(&self) -> Option<PathBuf> {
        if let Some(p) = std::env::var_os(ESCO_VAR).filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        self.bundled.clone().filter(|p| p.is_file())
    }

    /// A handle that can move to a blocking thread.
    fn handle(&self) -> EscoHandle {
        EscoHandle {
            explicit: self.explicit(),
            taxonomy: Arc::clone(&self.taxonomy),
        }
    }
}

/// The taxonomy slot and where to open it from, off the main thread.
struct EscoHandle {
    explicit: Option<PathBuf>,
    taxonomy: Arc<Mutex<Option<Taxonomy>>>,
}

impl EscoHandle {
    /// The open taxonomy, opened now if needed. Read-only, so a panic
    /// while it was held leaves nothing half-done: a poisoned lock is
    /// taken over.
    fn open(&self) -> Result<TaxonomyGuard<'_>> {
        let mut guard = self
            .taxonomy
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.is_none() {
            *guard = Some(Taxonomy::locate(self.explicit.as_deref())?);
        }
        Ok(TaxonomyGuard(guard))
    }
}

struct TaxonomyGuard<'a>(MutexGuard<'a, Option<Taxonomy>>);

impl std::ops::Deref for TaxonomyGuard<'_> {
    type Target = Taxonomy;
    fn deref(&self) -> &Taxonomy {
        // `open` filled the slot before making the guard.
        self.0.as_ref().expect("taxonomy opened")
    }
}

// ---------------------------------------------------------------------------
// IPC values.

/// Whether ESCO data is there, for the about screen's attribution.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EscoStatus {
    pub available: bool,
    /// The ESCO version of the data, e.g. `1.1.1`.
    pub version: Option<String>,
}

/// Skill or occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EscoKind {
    Skill,
    Occupation,
}

/// An ESCO concept with its preferred label in the asked language (none
/// when the data has no label in it) and in English.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConceptView {
    pub uri: String,
    pub kind: EscoKind,
    pub label: Option<String>,
    pub label_en: String,
}

/// One search result.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EscoHit {
    pub concept: ConceptView,
    /// The label that matched (preferred or alternative).
    pub matched: String,
}

/// An entry named in a match.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryRef {
    pub id: String,
    pub title: String,
}

/// How a skill of an occupation is covered by the logbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CoverageView {
    Endorsed,
    SelfDeclared,
    Missing,
}

/// One skill of the occupation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillMatchView {
    pub skill: ConceptView,
    pub essential: bool,
    pub coverage: CoverageView,
    /// The entries linked to this skill.
    pub entries: Vec<EntryRef>,
    /// For a missing skill: entries not linked to any ESCO skill whose
    /// title resembles it.
    pub suggested: Vec<EntryRef>,
}

/// An occupation against the logbook.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MatchView {
    pub occupation: ConceptView,
    pub essential_covered: u32,
    pub essential_total: u32,
    /// Essential skills first, then optional.
    pub skills: Vec<SkillMatchView>,
}

/// An occupation ranked by how much of it the logbook covers.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RankedView {
    pub occupation: ConceptView,
    pub essential_covered: u32,
    pub essential_total: u32,
    /// Whole percent of the essential skills covered.
    pub percent: u32,
}

/// An entry a stage view picks, with why (keywords of carnet-core's
/// `stage_views::Why`: Fluent `stage-why-<keyword>`, esco.ftl).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StagePickView {
    pub id: String,
    pub why: Vec<String>,
}

/// What a stage's template picks from the logbook.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageViewOut {
    pub stage: MigrationStage,
    /// The target occupation used (recruitment), when one was given.
    pub target: Option<ConceptView>,
    pub picks: Vec<StagePickView>,
}

impl From<ConceptKind> for EscoKind {
    fn from(k: ConceptKind) -> EscoKind {
        match k {
            ConceptKind::Skill => EscoKind::Skill,
            ConceptKind::Occupation => EscoKind::Occupation,
        }
    }
}

impl From<EscoKind> for ConceptKind {
    fn from(k: EscoKind) -> ConceptKind {
        match k {
            EscoKind::Skill => ConceptKind::Skill,
            EscoKind::Occupation => ConceptKind::Occupation,
        }
    }
}

impl From<&Concept> for ConceptView {
    fn from(c: &Concept) -> ConceptView {
        ConceptView {
            uri: c.uri.clone(),
            kind: c.kind.into(),
            label: c.label.clone(),
            label_en: c.label_en.clone(),
        }
    }
}

impl From<Coverage> for CoverageView {
    fn from(c: Coverage) -> CoverageView {
        match c {
            Coverage::Endorsed => CoverageView::Endorsed,
            Coverage::SelfDeclared => CoverageView::SelfDeclared,
            Coverage::Missing => CoverageView::Missing,
        }
    }
}

// ---------------------------------------------------------------------------
// Commands.

/// Whether the ESCO data opens, and its version (the about screen shows
/// the attribution only then).
#[tauri::command]
pub async fn esco_status(esco: State<'_, EscoState>) -> Result<EscoStatus> {
    let handle = esco.handle();
    blocking(move || {
        Ok(match handle.open() {
            Ok(t) => EscoStatus {
                available: true,
                version: Some(t.version().to_string()),
            },
            Err(_) => EscoStatus {
                available: false,
                version: None,
            },
        })
    })
    .await
}

/// Skills or occupations whose labels start with the typed words (small
/// typing mistakes forgiven), in `lang` then English.
#[tauri::command]
pub async fn esco_search(
    esco: State<'_, EscoState>,
    text: String,
    lang: String,
    kind: Option<EscoKind>,
) -> Result<Vec<EscoHit>> {
    let handle = esco.handle();
    blocking(move || {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let t = handle.open()?;
        let hits = t.search(&text, &lang, kind.map(Into::into), SEARCH_LIMIT)?;
        Ok(hits
            .iter()
            .map(|h| EscoHit {
                concept: (&h.concept).into(),
                matched: h.matched.clone(),
            })
            .collect())
    })
    .await
}

/// One concept by URI, with its labels in `lang` and English.
#[tauri::command]
pub async fn esco_concept(
    esco: State<'_, EscoState>,
    uri: String,
    lang: String,
) -> Result<ConceptView> {
    let handle = esco.handle();
    blocking(move || Ok((&handle.open()?.concept(&uri, &lang)?).into())).await
}

/// Links an entry to an ESCO concept (`uri`), or unlinks it (`null`).
#[tauri::command]
pub fn link_entry(
    state: State<'_, AppState>,
    id: String,
    uri: Option<String>,
) -> Result<EntryView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let id = logbook.resolve(&id)?;
    let entry = logbook.edit(&id, &[(Field::Esco, uri.unwrap_or_default())])?;
    Ok(EntryView::from(&entry))
}

/// The skills of an occupation and how the logbook covers them.
#[tauri::command]
pub async fn esco_match(
    state: State<'_, AppState>,
    esco: State<'_, EscoState>,
    occupation: String,
    lang: String,
) -> Result<MatchView> {
    let entries = entries(&state)?;
    let handle = esco.handle();
    blocking(move || {
        let t = handle.open()?;
        let m = t.match_occupation(&occupation, &entries, &lang)?;
        let (covered, total) = m.essential_covered();
        let refs = |ids: &[carnet_core::model::EntryId]| -> Vec<EntryRef> {
            ids.iter()
                .filter_map(|id| entries.iter().find(|e| e.id == *id))
                .map(|e| EntryRef {
                    id: e.id.to_string(),
                    title: e.title.clone(),
                })
                .collect()
        };
        Ok(MatchView {
            occupation: (&m.occupation).into(),
            essential_covered: count(covered),
            essential_total: count(total),
            skills: m
                .skills
                .iter()
                .map(|s| SkillMatchView {
                    skill: (&s.skill).into(),
                    essential: s.essential,
                    coverage: s.coverage.into(),
                    entries: refs(&s.entries),
                    suggested: refs(&s.suggested),
                })
                .collect(),
        })
    })
    .await
}

/// The occupations whose essential skills the logbook covers best.
#[tauri::command]
pub async fn esco_rank(
    state: State<'_, AppState>,
    esco: State<'_, EscoState>,
    lang: String,
) -> Result<Vec<RankedView>> {
    let entries = entries(&state)?;
    let handle = esco.handle();
    blocking(move || {
        let t = handle.open()?;
        Ok(t.rank_occupations(&entries, &lang, RANKED)?
            .iter()
            .map(|r| RankedView {
                occupation: (&r.occupation).into(),
                essential_covered: count(r.essential_covered),
                essential_total: count(r.essential_total),
                percent: (r.share * 100.0).round().clamp(0.0, 100.0) as u32,
            })
            .collect())
    })
    .await
}

/// What the template of `stage` picks; `target` is an occupation (URI)
/// for the recruitment template. Without ESCO data, a target cannot be
/// used and the error says so.
#[tauri::command]
pub async fn stage_view(
    state: State<'_, AppState>,
    esco: State<'_, EscoState>,
    stage: MigrationStage,
    target: Option<String>,
    lang: String,
) -> Result<StageViewOut> {
    let (entries, profile) = {
        let guard = state.lock();
        let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
        (logbook.entries()?, logbook.profile()?)
    };
    let handle = esco.handle();
    blocking(move || {
        let target = target.filter(|t| !t.trim().is_empty());
        let matched = match &target {
            Some(uri) => Some(handle.open()?.match_occupation(uri, &entries, &lang)?),
            None => None,
        };
        let view = stage_views::select(stage.into(), &entries, &profile, matched.as_ref());
        Ok(StageViewOut {
            stage,
            target: view
                .target
                .as_ref()
                .and(matched.as_ref())
                .map(|m| (&m.occupation).into()),
            picks: view
                .picks
                .iter()
                .map(|p| StagePickView {
                    id: p.entry.to_string(),
                    why: p.why.iter().map(|w| w.as_str().to_string()).collect(),
                })
                .collect(),
        })
    })
    .await
}

/// Every entry of the open logbook, copied out so the lock is not held
/// while the taxonomy works.
fn entries(state: &AppState) -> Result<Vec<Entry>> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    Ok(logbook.entries()?)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Runs `work` on the blocking pool.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?
}

/// Where the asset is, for the app's setup: the resource folder.
pub fn resource_dir<R: tauri::Runtime>(app: &tauri::App<R>) -> Option<PathBuf> {
    use tauri::Manager;
    app.path().resource_dir().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_opens_once_and_stays_open() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/esco");
        let state = EscoState::new(Some(dir));
        let handle = state.handle();
        assert_eq!(handle.open().expect("opens").version(), "1.1.1");
        assert!(state.taxonomy.lock().expect("lock").is_some());
    }

    #[test]
    fn a_missing_asset_is_a_missing_taxonomy_error() {
        let handle = EscoHandle {
            explicit: Some(PathBuf::from("/nonexistent/esco.sqlite")),
            taxonomy: Arc::new(Mutex::new(None)),
        };
        let e = handle.open().err().expect("no asset there");
        assert_eq!(e.code, "taxonomy-missing");
    }

    #[test]
    fn every_stage_why_has_a_message() {
        let l = carnet_i18n::Localizer::new(&["en"]);
        for w in [
            stage_views::Why::TargetEssential,
            stage_views::Why::TargetOptional,
            stage_views::Why::TargetMaybe,
            stage_views::Why::Marked,
            stage_views::Why::Abroad,
            stage_views::Why::Endorsed,
            stage_views::Why::Qualification,
            stage_views::Why::Language,
            stage_views::Why::Experience,
            stage_views::Why::Learning,
            stage_views::Why::Skill,
        ] {
            let id = format!("stage-why-{}", w.as_str());
            assert!(l.has(&id), "{id} missing in locales/en/esco.ftl");
        }
    }
}
