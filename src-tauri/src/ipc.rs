//! The values that cross IPC, declared once here; their TypeScript types
//! are generated with ts-rs into `ui/src/bindings/` (committed; the test
//! below fails when they are stale, and `CARNET_UPDATE_BINDINGS=1 cargo
//! test -p carnet-app bindings` rewrites them).

use carnet_core::model::{Entry, Kind, Stage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the first screen needs to know.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// A logbook exists in the data folder (else: first run).
    pub has_logbook: bool,
    /// The logbook is open in this app.
    pub unlocked: bool,
    /// The shipped languages, for the picker.
    pub languages: Vec<LanguageInfo>,
    /// What is saved in the data folder (language, lock delay).
    pub settings: crate::settings::AppSettings,
    /// Seconds without input before the logbook locks.
    pub lock_after_secs: u32,
    /// The lock delays the settings screen offers, in minutes.
    pub lock_minutes_choices: Vec<u32>,
}

/// One shipped language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageInfo {
    /// BCP 47 tag, the folder name under `locales/`.
    pub tag: String,
    /// The language's name in its own script (`lang-name`).
    pub name: String,
    /// Written right to left: the UI sets `dir="rtl"`.
    pub rtl: bool,
}

/// What an entry records (carnet-core's `Kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    Skill,
    Qualification,
    Experience,
    Language,
    Learning,
}

/// A stage of the migration cycle (carnet-core's `Stage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MigrationStage {
    Recruitment,
    PreDeparture,
    Arrival,
    Career,
    Return,
}

/// `list_entries`: which entries to show; `null` means any.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListFilter {
    pub kind: Option<EntryKind>,
    pub stage: Option<MigrationStage>,
    /// Words to look for (full-text search); empty or `null` means all.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub text: Option<String>,
}

/// `add_entry`: what the person typed. Values are checked by carnet-core;
/// an empty `level` means none.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewEntryInput {
    pub kind: EntryKind,
    pub title: String,
    pub level: Option<String>,
    #[serde(default)]
    pub stages: Vec<MigrationStage>,
    /// The ESCO concept URI the entry stands for (`esco_search`).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub esco: Option<String>,
}

/// `edit_entry`: the new values; an empty `level` clears it.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryChanges {
    pub title: String,
    pub level: Option<String>,
    #[serde(default)]
    pub stages: Vec<MigrationStage>,
    /// The ESCO concept URI; `""` unlinks; absent or `null` leaves it
    /// as it is (so that a screen that does not show it keeps it).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub esco: Option<String>,
}

/// An entry as the logbook screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryView {
    pub id: String,
    pub kind: EntryKind,
    pub title: String,
    /// CEFR (language) or proficiency (skill, experience) keyword.
    pub level: Option<String>,
    /// EQF level "1".."8" (qualification, course).
    pub eqf: Option<String>,
    pub stages: Vec<MigrationStage>,
    /// Signed by an issuer (else self-declared).
    pub endorsed: bool,
    /// The ESCO concept URI it stands for (labels: `esco_concept`).
    pub esco: Option<String>,
    /// Milliseconds since the Unix epoch.
    #[ts(type = "number")]
    pub modified: i64,
}

/// `sync_status`: the hub, when sync last finished, what waits to be sent.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusView {
    pub hub: Option<String>,
    #[ts(type = "number | null")]
    pub last_synced_ms: Option<i64>,
    #[ts(type = "number")]
    pub pending_changes: u64,
}

/// Which half of a sync is running (carnet-core's `Phase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncPhase {
    Sending,
    Receiving,
    Photos,
}

/// The payload of the `sync-progress` event: `done` of `total` units.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncProgressView {
    pub phase: SyncPhase,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// `sync_now`: what one sync did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReportView {
    #[ts(type = "number")]
    pub changes_sent: u64,
    #[ts(type = "number")]
    pub changes_received: u64,
    #[ts(type = "number")]
    pub photos_sent: u64,
    #[ts(type = "number")]
    pub photos_received: u64,
}

impl From<carnet_core::sync::Progress> for SyncProgressView {
    fn from(p: carnet_core::sync::Progress) -> SyncProgressView {
        use carnet_core::sync::Phase;
        SyncProgressView {
            phase: match p.phase {
                Phase::Sending => SyncPhase::Sending,
                Phase::Receiving => SyncPhase::Receiving,
                Phase::Photos => SyncPhase::Photos,
            },
            done: p.done,
            total: p.total,
        }
    }
}

impl From<carnet_core::sync::SyncReport> for SyncReportView {
    fn from(r: carnet_core::sync::SyncReport) -> SyncReportView {
        SyncReportView {
            changes_sent: r.changes_sent,
            changes_received: r.changes_received,
            photos_sent: r.photos_sent,
            photos_received: r.photos_received,
        }
    }
}

impl From<EntryKind> for Kind {
    fn from(k: EntryKind) -> Kind {
        match k {
            EntryKind::Skill => Kind::Skill,
            EntryKind::Qualification => Kind::Qualification,
            EntryKind::Experience => Kind::Experience,
            EntryKind::Language => Kind::Language,
            EntryKind::Learning => Kind::Learning,
        }
    }
}

impl From<Kind> for EntryKind {
    fn from(k: Kind) -> EntryKind {
        match k {
            Kind::Skill => EntryKind::Skill,
            Kind::Qualification => EntryKind::Qualification,
            Kind::Experience => EntryKind::Experience,
            Kind::Language => EntryKind::Language,
            Kind::Learning => EntryKind::Learning,
        }
    }
}

impl From<MigrationStage> for Stage {
    fn from(s: MigrationStage) -> Stage {
        match s {
            MigrationStage::Recruitment => Stage::Recruitment,
            MigrationStage::PreDeparture => Stage::PreDeparture,
            MigrationStage::Arrival => Stage::Arrival,
            MigrationStage::Career => Stage::Career,
            MigrationStage::Return => Stage::Return,
        }
    }
}

impl From<Stage> for MigrationStage {
    fn from(s: Stage) -> MigrationStage {
        match s {
            Stage::Recruitment => MigrationStage::Recruitment,
            Stage::PreDeparture => MigrationStage::PreDeparture,
            Stage::Arrival => MigrationStage::Arrival,
            Stage::Career => MigrationStage::Career,
            Stage::Return => MigrationStage::Return,
        }
    }
}

impl From<&Entry> for EntryView {
    fn from(e: &Entry) -> EntryView {
        EntryView {
            id: e.id.to_string(),
            kind: e.kind.into(),
            title: e.title.clone(),
            level: e.level.clone(),
            eqf: e.eqf.clone(),
            stages: e.stages.iter().map(|s| (*s).into()).collect(),
            endorsed: !e.endorsements.is_empty(),
            esco: e.esco.clone(),
            modified: e.modified,
        }
    }
}

impl From<carnet_core::sync::SyncStatus> for SyncStatusView {
    fn from(s: carnet_core::sync::SyncStatus) -> SyncStatusView {
        SyncStatusView {
            hub: s.hub,
            last_synced_ms: s.last_synced_ms,
            pending_changes: s.pending_changes,
        }
    }
}

#[cfg(test)]
mod bindings {
    //! The committed TypeScript types must match the Rust ones.

    use std::path::PathBuf;

    use super::*;
    use crate::error::IpcError;

    /// Every type that crosses IPC, with its generated file contents.
    fn generated() -> Vec<(String, String)> {
        fn one<T: TS + 'static>() -> (String, String) {
            let cfg = ts_rs::Config::default();
            let text = T::export_to_string(&cfg).expect("ts-rs export");
            (format!("{}.ts", T::name(&cfg)), text)
        }
        vec![
            one::<AppInfo>(),
            one::<LanguageInfo>(),
            one::<EntryKind>(),
            one::<MigrationStage>(),
            one::<ListFilter>(),
            one::<NewEntryInput>(),
            one::<EntryView>(),
            one::<SyncStatusView>(),
            one::<EntryChanges>(),
            one::<SyncPhase>(),
            one::<SyncProgressView>(),
            one::<SyncReportView>(),
            one::<crate::settings::AppSettings>(),
            one::<IpcError>(),
            one::<crate::wallet::WalletItemView>(),
            one::<crate::wallet::PresentInput>(),
            one::<crate::wallet::PresentationOut>(),
            one::<crate::wallet::ReasonView>(),
            one::<crate::wallet::FieldView>(),
            one::<crate::wallet::IssuerOut>(),
            one::<crate::wallet::ItemView>(),
            one::<crate::wallet::ReportView>(),
            one::<crate::wallet::RequestOut>(),
            one::<crate::wallet::ReceivedView>(),
            one::<crate::esco::EscoStatus>(),
            one::<crate::esco::EscoKind>(),
            one::<crate::esco::ConceptView>(),
            one::<crate::esco::EscoHit>(),
            one::<crate::esco::EntryRef>(),
            one::<crate::esco::CoverageView>(),
            one::<crate::esco::SkillMatchView>(),
            one::<crate::esco::MatchView>(),
            one::<crate::esco::RankedView>(),
            one::<crate::esco::StagePickView>(),
            one::<crate::esco::StageViewOut>(),
        ]
    }

    fn bindings_dir() -> PathBuf {
        std::env::var_os("CARGO_MANIFEST_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
            .join("../ui/src/bindings")
    }

    #[test]
    fn typescript_bindings_are_up_to_date() {
        let dir = bindings_dir();
        let files = generated();
        if std::env::var_os("CARNET_UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).expect("create ui/src/bindings");
            for (name, text) in &files {
                std::fs::write(dir.join(name), text).expect("write binding");
            }
        }
        let mut stale = Vec::new();
        for (name, text) in &files {
            let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            if committed != *text {
                stale.push(name.clone());
            }
        }
        let mut expected: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        expected.sort();
        let mut present: Vec<String> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".ts"))
                    .collect()
            })
            .unwrap_or_default();
        present.sort();
        assert!(
            stale.is_empty() && present == expected,
            "ui/src/bindings is stale (differs: {stale:?}; files: {present:?}, expected {expected:?}); \
             regenerate with `CARNET_UPDATE_BINDINGS=1 cargo test -p carnet-app bindings` and commit"
        );
    }
}
