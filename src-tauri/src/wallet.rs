//! Credentials in the app: the wallet (endorsements received), present
//! (chosen entries as one QR code, with what a verifier will see) and
//! verify (a picture or a text). Thin commands over carnet-core's
//! `wallet` and carnet-credential's `verify`; the verifier's trust lists
//! are the data folder's `verifier/`, the same the `carnet` CLI imports.

use std::collections::BTreeMap;

use carnet_core::wallet::{self, PresentOptions, WalletError};
use carnet_credential::qr::{QrError, DEFAULT_MODULE_PX};
use carnet_credential::status_list::StatusLists;
use carnet_credential::trust_bundle::TrustBundles;
use carnet_credential::verifier_store::{StoreError, VerifierStore};
use carnet_credential::{Claims, FieldId, Item, ItemKind, Reason, Report, VerifyOptions};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::ipc::MigrationStage;
use crate::state::AppState;

type Result<T> = std::result::Result<T, IpcError>;

// ---------------------------------------------------------------------------
// IPC values.

/// One endorsement kept in the logbook, as the wallet lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WalletItemView {
    pub entry_id: String,
    pub title: String,
    pub credential_id: String,
    /// The stored bytes no longer read (the rest is then empty).
    pub damaged: bool,
    pub issuer_name: String,
    /// trainer, employer, centre, college or colleague.
    pub issuer_kind: String,
    pub issuer_country: String,
    /// Seconds since the Unix epoch.
    #[ts(type = "number")]
    pub issued: u64,
    #[ts(type = "number | null")]
    pub expires: Option<u64>,
    /// How this device's trust lists see it: `valid`, `unknown-issuer`,
    /// `expired` or `revoked` (a verdict code).
    pub standing: String,
}

/// `present`: what to show and how.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PresentInput {
    /// Entry ids shown with their endorsement.
    pub endorsed: Vec<String>,
    /// Entry ids shown as the person's own word.
    pub self_declared: Vec<String>,
    /// Field keywords to show (docs/credential-format.md §3); `null`: all.
    pub fields: Option<Vec<String>>,
    pub stage: MigrationStage,
    /// For paper: stronger error correction, valid for years.
    pub print: bool,
}

/// A presentation ready to show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PresentationOut {
    /// The `CN1:` text the QR code holds.
    pub text: String,
    /// The QR code as an SVG document.
    pub svg: String,
    pub version: u8,
    /// When it stops being valid, seconds since the Unix epoch.
    #[ts(type = "number")]
    pub expires: u64,
    /// What a verifier with this device's trust lists will see.
    pub preview: ReportView,
}

/// A request for an endorsement, as a QR code the issuer scans.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestOut {
    /// The `CNR1:` text (for a message, when scanning is not possible).
    pub text: String,
    pub svg: String,
    /// The QR code's version (its size: 17 + 4 × version modules).
    pub version: u8,
    /// The holder key's fingerprint, which the issuer's screen shows.
    pub holder_kid: String,
}

/// An endorsement just kept.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedView {
    pub issuer_name: String,
    pub issuer_kind: String,
    pub issuer_country: String,
    /// The titles of the entries it endorses.
    pub titles: Vec<String>,
}

/// A reason of a verdict: the Fluent message `reason-<code>` with `args`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReasonView {
    pub code: String,
    pub verdict: String,
    pub args: BTreeMap<String, String>,
}

/// One disclosed value; `field` is a keyword of credential-format §3 and
/// `value` as signed (keywords for kind and context, a URI for ESCO).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldView {
    pub field: String,
    pub value: String,
}

/// Who signed an item.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssuerOut {
    /// The trust list's name when trusted, else the name the issuer gives.
    pub name: String,
    pub kind: String,
    pub country: String,
    pub kid: String,
    pub trusted: bool,
}

/// One shown entry and its verdict.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    pub verdict: String,
    pub reasons: Vec<ReasonView>,
    /// `null` for a self-declared item.
    pub issuer: Option<IssuerOut>,
    #[ts(type = "number | null")]
    pub issued: Option<u64>,
    #[ts(type = "number | null")]
    pub expires: Option<u64>,
    /// observation, test, document or interview.
    pub assessed_by: Option<String>,
    pub fields: Vec<FieldView>,
    /// Field keywords signed but hidden by the person.
    pub hidden: Vec<String>,
}

/// The verdict on a presentation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    /// The worst verdict (a code: valid, self-declared, unknown-issuer,
    /// expired, revoked, tampered, malformed).
    pub verdict: String,
    pub reasons: Vec<ReasonView>,
    /// The stage it was made for (a migration-stage keyword), when read.
    pub stage: Option<String>,
    #[ts(type = "number | null")]
    pub made: Option<u64>,
    #[ts(type = "number | null")]
    pub expires: Option<u64>,
    pub items: Vec<ItemView>,
    /// The text was made by a newer Carnet (`CN2:`…).
    pub newer: bool,
}

// ---------------------------------------------------------------------------
// Commands.

/// The endorsements kept in the logbook, each with how it stands.
#[tauri::command]
pub fn wallet_list(state: State<'_, AppState>) -> Result<Vec<WalletItemView>> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let (trust, lists) = trust_lists(state.dir())?;
    let now = carnet_core::logbook::unix_now();
    let stored = wallet::stored_credentials(logbook).map_err(wallet_error)?;
    Ok(stored
        .iter()
        .map(|sc| match &sc.credential {
            None => WalletItemView {
                entry_id: sc.entry.to_string(),
                title: sc.title.clone(),
                credential_id: sc.id.clone(),
                damaged: true,
                issuer_name: String::new(),
                issuer_kind: String::new(),
                issuer_country: String::new(),
                issued: 0,
                expires: None,
                standing: carnet_credential::Verdict::Malformed.code().into(),
            },
            Some(c) => WalletItemView {
                entry_id: sc.entry.to_string(),
                title: sc.title.clone(),
                credential_id: sc.id.clone(),
                damaged: false,
                issuer_name: c.issuer.name.clone(),
                issuer_kind: c.issuer.kind.as_str().into(),
                issuer_country: c.issuer.country.clone(),
                issued: c.iat,
                expires: c.exp,
                standing: wallet::standing(c, &sc.entry, &trust, &lists, now)
                    .code()
                    .into(),
            },
        })
        .collect())
}

/// Signs the chosen entries as one presentation, draws its QR code, and
/// checks it as a verifier would, for the "what they will see" preview.
#[tauri::command]
pub fn present(state: State<'_, AppState>, input: PresentInput) -> Result<PresentationOut> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let fields = match &input.fields {
        None => None,
        Some(words) => Some(
            words
                .iter()
                .map(|w| {
                    FieldId::parse(w)
                        .ok_or_else(|| IpcError::internal(format!("unknown field {w}")))
                })
                .collect::<Result<Vec<_>>>()?,
        ),
    };
    let stage_word = carnet_core::model::Stage::from(input.stage).as_str();
    let stage = carnet_credential::Stage::parse(stage_word)
        .ok_or_else(|| IpcError::internal(format!("stage {stage_word}")))?;
    let now = carnet_core::logbook::unix_now();
    let options = PresentOptions {
        endorsed: logbook.resolve_all(&input.endorsed)?,
        self_declared: logbook.resolve_all(&input.self_declared)?,
        fields,
        stage,
        audience: None,
        nonce: None,
        print: input.print,
    };
    let made = wallet::present(logbook, &options, now).map_err(wallet_error)?;
    let svg = made
        .qr
        .to_svg(DEFAULT_MODULE_PX)
        .map_err(|e| IpcError::internal(e.to_string()))?;
    let (trust, lists) = trust_lists(state.dir())?;
    let report = carnet_credential::verify(&made.text, &trust, &lists, &VerifyOptions::at(now));
    Ok(PresentationOut {
        version: made.qr.version(),
        text: made.text,
        svg,
        expires: made.exp,
        preview: report_view(&report, false),
    })
}

/// A request for the entries `ids` to be endorsed, as a QR code.
#[tauri::command]
pub fn request_endorsement(state: State<'_, AppState>, ids: Vec<String>) -> Result<RequestOut> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let mut entries = Vec::new();
    for t in &ids {
        let entry = logbook.entry(&logbook.resolve(t)?)?;
        if !entries
            .iter()
            .any(|e: &carnet_core::model::Entry| e.id == entry.id)
        {
            entries.push(entry);
        }
    }
    let request = wallet::request(logbook, &entries).map_err(wallet_error)?;
    let text = request
        .to_text()
        .map_err(|e| wallet_error(WalletError::Credential(e)))?;
    let qr = carnet_credential::qr::render(
        &text,
        carnet_credential::qr::EcLevel::M,
        wallet::MAX_VERSION,
    )
    .map_err(|e| wallet_error(WalletError::Qr(e)))?;
    Ok(RequestOut {
        svg: qr
            .to_svg(DEFAULT_MODULE_PX)
            .map_err(|e| IpcError::internal(e.to_string()))?,
        version: qr.version(),
        text,
        holder_kid: request.holder.kid_hex(),
    })
}

/// Keeps a credential file an issuer signed (base64), after checking it
/// is signed and made for this logbook.
#[tauri::command]
pub fn receive_credential(state: State<'_, AppState>, file: String) -> Result<ReceivedView> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(file.trim())
        .map_err(|_| IpcError::new("wallet-not-a-credential"))?;
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let got = wallet::receive(logbook, &bytes).map_err(wallet_error)?;
    let c = &got.credential;
    Ok(ReceivedView {
        issuer_name: c.issuer.name.clone(),
        issuer_kind: c.issuer.kind.as_str().into(),
        issuer_country: c.issuer.country.clone(),
        titles: got.entries.into_iter().map(|(_, t)| t).collect(),
    })
}

/// Checks a `CN1:` text (typed or pasted).
#[tauri::command]
pub fn verify_text(state: State<'_, AppState>, text: String) -> Result<ReportView> {
    verify_with(state.dir(), text.trim())
}

/// Reads the QR code in a picture, then checks it. The picture comes as
/// base64 text: raw IPC bodies do not reach Rust on Android (and need an
/// extra feature on Linux), and a JSON array of numbers is four times
/// larger. Decoding may retry at several scales: on the blocking pool.
#[tauri::command]
pub async fn verify_image(state: State<'_, AppState>, picture: String) -> Result<ReportView> {
    use base64::Engine as _;
    let dir = state.dir().to_path_buf();
    tauri::async_runtime::spawn_blocking(move || {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(picture.trim())
            .map_err(|_| IpcError::new("wallet-not-a-picture"))?;
        let text = carnet_credential::qr::decode_image(&bytes).map_err(|e| picture_error(&e))?;
        verify_with(&dir, &text)
    })
    .await
    .map_err(|e| IpcError::internal(e.to_string()))?
}

fn verify_with(dir: &std::path::Path, text: &str) -> Result<ReportView> {
    use carnet_credential::text as codec;
    if text.starts_with(codec::REQUEST_PREFIX)
        || codec::newer_version(codec::REQUEST_PREFIX, text).is_some()
    {
        return Err(IpcError::new("wallet-got-request"));
    }
    let newer = codec::newer_version(codec::PREFIX, text).is_some();
    let (trust, lists) = trust_lists(dir)?;
    let now = carnet_core::logbook::unix_now();
    let report = carnet_credential::verify(text, &trust, &lists, &VerifyOptions::at(now));
    Ok(report_view(&report, newer))
}

// ---------------------------------------------------------------------------
// Conversions.

/// This device's trust lists (none imported: empty, every issuer unknown).
fn trust_lists(dir: &std::path::Path) -> Result<(TrustBundles, StatusLists)> {
    let store = VerifierStore::new(dir);
    let trust = store.bundles().map_err(store_error)?;
    let lists = store.status_lists(&trust).map_err(store_error)?;
    Ok((trust, lists))
}

fn store_error(e: StoreError) -> IpcError {
    match e {
        StoreError::Damaged => IpcError::new("wallet-trust-damaged"),
        StoreError::Io { path, source } => {
            let mut e = IpcError::new("wallet-trust-unreadable");
            e.args.insert("path".into(), path.display().to_string());
            e.args.insert("reason".into(), source.to_string());
            e
        }
    }
}

/// The app's codes for holder-side failures (`error-wallet-*` in
/// locales/en/app-wallet.ftl): the app names its buttons, not CLI options.
fn wallet_error(e: WalletError) -> IpcError {
    let (code, args): (&str, Vec<(&str, String)>) = match e {
        WalletError::Core(e) => return e.into(),
        WalletError::Qr(QrError::TooLarge { chars, .. }) => {
            ("wallet-too-large", vec![("chars", chars.to_string())])
        }
        WalletError::Qr(e) => return IpcError::internal(e.to_string()),
        WalletError::Credential(e) => match e {
            carnet_credential::Error::NotYourCredential => ("wallet-not-yours", Vec::new()),
            carnet_credential::Error::BadSignature => ("wallet-bad-signature", Vec::new()),
            carnet_credential::Error::Malformed { .. }
            | carnet_credential::Error::WrongFile { .. }
            | carnet_credential::Error::NewerVersion { .. } => {
                ("wallet-not-a-credential", Vec::new())
            }
            carnet_credential::Error::EntryCount { max, .. } => {
                ("wallet-too-many", vec![("max", max.to_string())])
            }
            other => ("wallet-credential", vec![("reason", other.to_string())]),
        },
        WalletError::CredentialWithoutEntries => ("wallet-not-from-request", Vec::new()),
        WalletError::EntryGone { .. } => ("wallet-entry-gone", Vec::new()),
        WalletError::NoHolderKey => ("wallet-no-key", Vec::new()),
        WalletError::NotEndorsed { title } => ("wallet-not-endorsed", vec![("title", title)]),
        WalletError::CredentialDamaged { title } => {
            ("wallet-credential-damaged", vec![("title", title)])
        }
        WalletError::EntryUnfit { title, field } => (
            "wallet-entry-unfit",
            vec![("title", title), ("field", field)],
        ),
        WalletError::SelectedTwice { title } => ("wallet-selected-twice", vec![("title", title)]),
        WalletError::NothingChosen => ("wallet-nothing-chosen", Vec::new()),
    };
    let mut out = IpcError::new(code);
    for (k, v) in args {
        out.args.insert(k.into(), v);
    }
    out
}

/// A picture that gives no code: `error-wallet-*` says what to try.
fn picture_error(e: &QrError) -> IpcError {
    match e {
        QrError::NotFound => IpcError::new("wallet-no-code"),
        QrError::ImageTooLarge { width, height, .. } => {
            let mut out = IpcError::new("wallet-picture-too-large");
            out.args.insert("width".into(), width.to_string());
            out.args.insert("height".into(), height.to_string());
            out
        }
        _ => IpcError::new("wallet-not-a-picture"),
    }
}

fn reason_view(r: &Reason) -> ReasonView {
    ReasonView {
        code: r.code.into(),
        verdict: r.verdict.code().into(),
        args: r
            .args
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    }
}

fn report_view(r: &Report, newer: bool) -> ReportView {
    ReportView {
        verdict: r.verdict.code().into(),
        reasons: r.reasons.iter().map(reason_view).collect(),
        stage: r.presentation.as_ref().map(|p| p.stage.as_str().into()),
        made: r.presentation.as_ref().map(|p| p.iat),
        expires: r.presentation.as_ref().map(|p| p.exp),
        items: r.items.iter().map(item_view).collect(),
        newer,
    }
}

fn item_view(i: &Item) -> ItemView {
    let (issuer, issued, expires, assessed_by) = match &i.kind {
        ItemKind::SelfDeclared => (None, None, None, None),
        ItemKind::Endorsed {
            issuer,
            iat,
            exp,
            assessed_by,
            ..
        } => {
            let trusted_name = issuer
                .trusted_names
                .get("und")
                .or_else(|| issuer.trusted_names.values().next());
            (
                Some(IssuerOut {
                    name: match (issuer.trusted, trusted_name) {
                        (true, Some(n)) => n.clone(),
                        _ => issuer.claimed.name.clone(),
                    },
                    kind: issuer.claimed.kind.as_str().into(),
                    country: issuer.claimed.country.clone(),
                    kid: issuer.kid.clone(),
                    trusted: issuer.trusted,
                }),
                Some(*iat),
                *exp,
                Some(assessed_by.as_str().to_string()),
            )
        }
    };
    ItemView {
        verdict: i.verdict.code().into(),
        reasons: i.reasons.iter().map(reason_view).collect(),
        issuer,
        issued,
        expires,
        assessed_by,
        fields: fields(&i.claims),
        hidden: i.hidden.iter().map(|f| f.as_str().to_string()).collect(),
    }
}

/// The disclosed values in the order a person reads them.
fn fields(c: &Claims) -> Vec<FieldView> {
    let mut out = Vec::new();
    let mut put = |f: FieldId, v: Option<String>| {
        if let Some(value) = v {
            out.push(FieldView {
                field: f.as_str().into(),
                value,
            });
        }
    };
    put(FieldId::Kind, c.kind.map(|k| k.as_str().into()));
    put(FieldId::Title, c.title.clone());
    put(FieldId::Level, c.level.clone());
    put(FieldId::Eqf, c.eqf.map(|e| e.to_string()));
    put(FieldId::From, c.from.clone());
    put(FieldId::To, c.to.clone());
    put(FieldId::Country, c.country.clone());
    put(FieldId::Context, c.context.map(|x| x.as_str().into()));
    put(
        FieldId::Esco,
        c.esco
            .map(|e| format!("http://data.europa.eu/esco/{}/{}", e.kind.as_str(), e.id)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_message(e: &IpcError) -> bool {
        carnet_i18n::Localizer::new(&["en"]).has(&format!("error-{}", e.code))
    }

    #[test]
    fn every_wallet_error_has_a_message() {
        let title = || "Welding".to_string();
        let errors = [
            WalletError::NoHolderKey,
            WalletError::NotEndorsed { title: title() },
            WalletError::CredentialDamaged { title: title() },
            WalletError::EntryUnfit {
                title: title(),
                field: "title".into(),
            },
            WalletError::SelectedTwice { title: title() },
            WalletError::NothingChosen,
            WalletError::Credential(carnet_credential::Error::BadSignature),
            WalletError::Credential(carnet_credential::Error::NotYourCredential),
            WalletError::Credential(carnet_credential::Error::WrongPrefix),
            WalletError::Credential(carnet_credential::Error::EntryCount { found: 9, max: 8 }),
            WalletError::CredentialWithoutEntries,
            WalletError::EntryGone { id: "x".into() },
            WalletError::Qr(QrError::TooLarge {
                chars: 2000,
                capacity: 1451,
                max_version: 25,
                needed_version: Some(29),
                ec: carnet_credential::qr::EcLevel::M,
            }),
        ];
        for e in errors {
            let ipc = wallet_error(e);
            assert!(has_message(&ipc), "no message for {}", ipc.code);
        }
        for e in [
            QrError::NotFound,
            QrError::NotAnImage,
            QrError::ImageTooLarge {
                width: 9000,
                height: 9000,
                max_pixels: 1,
            },
        ] {
            assert!(has_message(&picture_error(&e)));
        }
        assert!(has_message(&store_error(StoreError::Damaged)));
    }

    #[test]
    fn a_request_is_not_checked_as_a_presentation() {
        let dir = std::env::temp_dir();
        let e = verify_with(&dir, "CNR1:6BFOXN*TS0BI$ZD8UHG").expect_err("a request");
        assert_eq!(e.code, "wallet-got-request");
    }

    #[test]
    fn garbage_text_gets_a_verdict_not_an_error() {
        let dir = std::env::temp_dir().join("carnet-app-no-verifier-here");
        let report = verify_with(&dir, "hello").expect("a report");
        assert_eq!(report.verdict, "malformed");
        assert!(!report.reasons.is_empty());
    }
}
