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
    /// The text sizes the settings screen offers, in percent.
    pub text_size_choices: Vec<u32>,
    /// A camera scanner is built in (phones): the UI offers "Scan with
    /// the camera" beside opening a picture.
    pub camera_scanner: bool,
    /// A PIN is set on this device: the unlock screen asks for it first
    /// (a file's presence; the keystore is asked only when the PIN is used).
    pub pin_set: bool,
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
    /// Photos and voice notes, oldest first.
    pub evidence: Vec<EvidenceView>,
}

/// What an evidence item is (carnet-core's `EvidenceKind`); `other` is a
/// kind written by a newer Carnet, shown as a file that is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKindView {
    Photo,
    Voice,
    Other,
}

/// One photo or voice note of an entry; its bytes come from
/// `evidence_thumbnail` / `evidence_bytes` by `sha256`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceView {
    pub sha256: String,
    pub kind: EvidenceKindView,
    /// For the player or the picture (`audio/webm`, `image/jpeg`…).
    pub mime: String,
    /// In pixels; 0 for a voice note.
    pub width: u32,
    pub height: u32,
    /// Milliseconds since the Unix epoch.
    #[ts(type = "number")]
    pub added: i64,
}

impl From<&carnet_core::model::EvidenceRef> for EvidenceView {
    fn from(ev: &carnet_core::model::EvidenceRef) -> EvidenceView {
        use carnet_core::evidence::EvidenceKind;
        EvidenceView {
            sha256: ev.sha256.clone(),
            kind: match EvidenceKind::parse(&ev.kind) {
                Some(EvidenceKind::Photo) => EvidenceKindView::Photo,
                Some(EvidenceKind::Voice) => EvidenceKindView::Voice,
                None => EvidenceKindView::Other,
            },
            mime: ev.mime.clone(),
            width: ev.width,
            height: ev.height,
            added: ev.added,
        }
    }
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
            evidence: {
                let mut evidence: Vec<EvidenceView> = e.evidence.iter().map(Into::into).collect();
                evidence.sort_by(|a, b| a.added.cmp(&b.added).then(a.sha256.cmp(&b.sha256)));
                evidence
            },
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

/// `pair_start`: the code another device types or scans, its QR code as
/// an SVG document, and when it stops working.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairOfferView {
    /// `CNP1:…` (docs/sync-protocol.md §6).
    pub code: String,
    pub svg: String,
    /// Milliseconds since the Unix epoch.
    #[ts(type = "number")]
    pub expires_ms: u64,
}

/// `pair_wait`: the device that answered the code.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairRequestView {
    pub name: String,
    /// `xxxx-xxxx`: the new device shows the same when it is the right one.
    pub fingerprint: String,
}

/// `join_start`: what the new device shows while it waits.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinStartView {
    pub fingerprint: String,
    pub hub: String,
    #[ts(type = "number")]
    pub expires_ms: u64,
}

/// `join_wait`, `recover_logbook`: the logbook is on this device and open.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinedView {
    #[ts(type = "number")]
    pub entries: u64,
}

/// One device of the logbook (it wrote its record on a sync).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceView {
    /// 32 hex digits.
    pub id: String,
    pub name: String,
    #[ts(type = "number")]
    pub added_ms: i64,
    #[ts(type = "number | null")]
    pub removed_ms: Option<i64>,
    pub this_device: bool,
}

/// `remove_device`: who was removed, and whether a printed recovery sheet
/// must be replaced (it holds the old key).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceRemovedView {
    pub name: String,
    pub print_new_sheet: bool,
}

/// The file a recovery sheet is saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SheetFormat {
    /// To print.
    Pdf,
    /// A picture, to keep on another device or print.
    Png,
}

/// `make_recovery_sheet`: where the sheet was saved and its words.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoverySheetView {
    pub path: String,
    /// The 12 words, for a person who writes them down instead.
    pub words: Vec<String>,
    pub hub: String,
    /// `false`: the sheet is in English (the language needs shaping).
    pub in_own_language: bool,
}

/// `recover_logbook`: the sheet's QR text, or its words and hub address.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoverInput {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub sheet_code: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub words: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub hub: Option<String>,
}

/// `export_logbook`: where the file went.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedView {
    pub path: String,
    #[ts(type = "number")]
    pub entries: u64,
}

/// `import_logbook`: what the import changed (nothing is ever deleted).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportView {
    #[ts(type = "number")]
    pub added: u64,
    #[ts(type = "number")]
    pub updated: u64,
    #[ts(type = "number")]
    pub unchanged: u64,
    /// Photos the file names but this logbook does not have.
    #[ts(type = "number")]
    pub missing_photos: u64,
    pub profile_updated: bool,
}

impl From<carnet_core::ImportReport> for ImportReportView {
    fn from(r: carnet_core::ImportReport) -> ImportReportView {
        ImportReportView {
            added: r.added as u64,
            updated: r.updated as u64,
            unchanged: r.unchanged as u64,
            missing_photos: r.missing_evidence as u64,
            profile_updated: r.profile_updated,
        }
    }
}

/// `change_passphrase`: what became of a printed recovery sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SheetAfterChange {
    /// No sheet was made on this device.
    None,
    /// The sheet keeps working, with the new passphrase.
    Updated,
    /// The hub could not be told: a new sheet is needed.
    HubNotUpdated,
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
            one::<EvidenceKindView>(),
            one::<EvidenceView>(),
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
            one::<crate::trust::TrustView>(),
            one::<crate::trust::AnchorView>(),
            one::<crate::trust::BundleView>(),
            one::<crate::trust::StatusListView>(),
            one::<crate::trust::TrustDoneView>(),
            one::<crate::pin::PinStatusView>(),
            one::<PairOfferView>(),
            one::<PairRequestView>(),
            one::<JoinStartView>(),
            one::<JoinedView>(),
            one::<DeviceView>(),
            one::<DeviceRemovedView>(),
            one::<SheetFormat>(),
            one::<RecoverySheetView>(),
            one::<RecoverInput>(),
            one::<ExportedView>(),
            one::<ImportReportView>(),
            one::<SheetAfterChange>(),
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
