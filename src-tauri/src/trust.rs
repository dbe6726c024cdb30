//! Trust lists in the app: a recruiter chooses which networks to believe
//! (trust anchors), then imports their signed trust lists and the issuers'
//! lists of endorsements taken back. The checks and the files are
//! carnet-credential's `VerifierStore`, the same as `carnet trust …`, so
//! the app and the CLI keep one `<data-dir>/verifier/` between them.
//!
//! Files cross IPC as base64 text: raw IPC bodies do not reach Rust on
//! Android. None of this needs the logbook open: checking someone else's
//! code is not about the person's own logbook.

use carnet_credential::trust_bundle::TrustBundles;
use carnet_credential::verifier_store::{ImportError, StoreError, VerifierStore};
use carnet_credential::TrustStore;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

type Result<T> = std::result::Result<T, IpcError>;

/// The largest file accepted, as base64 text (a trust list or a status
/// list is far smaller; this only stops a wrong file filling memory).
const MAX_BASE64: usize = 8 * 1024 * 1024;

// ---------------------------------------------------------------------------
// IPC values.

/// Everything this device trusts, for the trust lists screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrustView {
    /// The chosen networks, in the order they were added.
    pub anchors: Vec<AnchorView>,
    /// The lists of endorsements taken back, one per issuer.
    pub status_lists: Vec<StatusListView>,
}

/// One chosen network and the trust list held from it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnchorView {
    pub name: String,
    /// The key's fingerprint (hex), to compare with what the network says.
    pub kid: String,
    /// `null` until a trust list signed by this network is imported.
    pub bundle: Option<BundleView>,
}

/// A trust list held.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleView {
    /// When the network signed it, seconds since the Unix epoch.
    #[ts(type = "number")]
    pub issued_at: u64,
    /// Whole days since then.
    pub age_days: u32,
    #[ts(type = "number")]
    pub sequence: u64,
    /// The names of the places it vouches for.
    pub issuers: Vec<String>,
}

/// An issuer's list of endorsements taken back.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusListView {
    /// The issuer's name as the trust list gives it.
    pub issuer: String,
    #[ts(type = "number")]
    pub issued_at: u64,
    pub age_days: u32,
    /// How many endorsements it takes back.
    pub revoked: u32,
}

/// What an action just kept, and everything held now.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrustDoneView {
    /// The network (anchor, trust list) or the issuer (status list).
    pub name: String,
    /// Places vouched for (trust list), endorsements taken back (status
    /// list); 0 for a network just added.
    pub count: u32,
    /// When the file was signed; 0 for a network just added.
    #[ts(type = "number")]
    pub issued_at: u64,
    pub trust: TrustView,
}

// ---------------------------------------------------------------------------
// Commands.

/// What this device trusts.
#[tauri::command]
pub fn trust_list(state: State<'_, AppState>) -> Result<TrustView> {
    view(&VerifierStore::new(state.dir()))
}

/// Trusts a network's key (64 hex digits) under a name.
#[tauri::command]
pub fn trust_add_anchor(
    state: State<'_, AppState>,
    key: String,
    name: String,
) -> Result<TrustDoneView> {
    let store = VerifierStore::new(state.dir());
    let anchor = store.add_anchor(&key, &name).map_err(import_error)?;
    Ok(TrustDoneView {
        name: anchor.name,
        count: 0,
        issued_at: 0,
        trust: view(&store)?,
    })
}

/// Stops trusting the network with this key fingerprint, and forgets its
/// trust list (a network added by mistake, or one the person no longer
/// believes). Removing one that is not held changes nothing.
#[tauri::command]
pub fn trust_remove_anchor(state: State<'_, AppState>, kid: String) -> Result<TrustDoneView> {
    let store = VerifierStore::new(state.dir());
    let gone = store.remove_anchor(&kid).map_err(import_error)?;
    Ok(TrustDoneView {
        name: gone.map(|a| a.name).unwrap_or_default(),
        count: 0,
        issued_at: 0,
        trust: view(&store)?,
    })
}

/// Keeps a trust list (the `.cbor` file, base64) signed by a chosen
/// network and newer than the one held from it.
#[tauri::command]
pub fn trust_import_bundle(state: State<'_, AppState>, file: String) -> Result<TrustDoneView> {
    let bytes = decode(&file, "trust-bundle-malformed")?;
    let store = VerifierStore::new(state.dir());
    let got = store.import_bundle(&bytes).map_err(import_error)?;
    let anchor = got.anchor();
    let name = store
        .anchors()
        .map_err(|e| import_error(e.into()))?
        .into_iter()
        .find(|a| a.key().is_ok_and(|k| k == anchor))
        .map(|a| a.name)
        .unwrap_or_default();
    Ok(TrustDoneView {
        name,
        count: count(got.bundle().issuers.len()),
        issued_at: got.issued_at(),
        trust: view(&store)?,
    })
}

/// Keeps an issuer's list of endorsements taken back (base64), signed with
/// the key a trust list gives for that issuer.
#[tauri::command]
pub fn trust_import_status_list(state: State<'_, AppState>, file: String) -> Result<TrustDoneView> {
    let bytes = decode(&file, "status-list-malformed")?;
    let store = VerifierStore::new(state.dir());
    let got = store.import_status_list(&bytes).map_err(import_error)?;
    Ok(TrustDoneView {
        name: first_name(&got.issuer.names),
        count: count(got.list.list().revoked_count()),
        issued_at: got.list.issued_at(),
        trust: view(&store)?,
    })
}

// ---------------------------------------------------------------------------
// Helpers.

fn decode(file: &str, code: &str) -> Result<Vec<u8>> {
    use base64::Engine as _;
    let file = file.trim();
    if file.len() > MAX_BASE64 {
        return Err(import_error_code(code));
    }
    base64::engine::general_purpose::STANDARD
        .decode(file)
        .map_err(|_| import_error_code(code))
}

/// A library code as the app's: `error-app-<code>` in
/// locales/en/app-trust.ftl, worded for buttons rather than commands
/// (the CLI's `error-<code>` messages name its commands).
fn import_error_code(code: &str) -> IpcError {
    IpcError::new(&format!("app-{code}"))
}

/// Why a file or a key was not kept, as the app says it.
fn import_error(e: ImportError) -> IpcError {
    let mut out = match &e {
        ImportError::Store(StoreError::Damaged) => return IpcError::new("wallet-trust-damaged"),
        ImportError::Store(StoreError::Io { path, source })
        | ImportError::Write { path, source } => {
            let mut out = IpcError::new(if matches!(e, ImportError::Write { .. }) {
                "app-verifier-write"
            } else {
                "wallet-trust-unreadable"
            });
            out.args.insert("path".into(), path.display().to_string());
            out.args.insert("reason".into(), source.to_string());
            return out;
        }
        _ => import_error_code(e.code()),
    };
    use carnet_credential::status_list::StatusListError;
    use carnet_credential::trust_bundle::BundleError;
    let args: Vec<(&str, String)> = match e {
        ImportError::AnchorKnown { kid }
        | ImportError::StatusIssuerUnknown { kid }
        | ImportError::Bundle(BundleError::UnknownAnchor { kid }) => vec![("kid", kid)],
        ImportError::Bundle(BundleError::NewerVersion { found })
        | ImportError::Status(StatusListError::NewerVersion { found }) => {
            vec![("found", found.to_string())]
        }
        ImportError::Status(StatusListError::WrongIssuer { expected, found }) => {
            vec![("expected", expected), ("found", found)]
        }
        _ => Vec::new(),
    };
    for (k, v) in args {
        out.args.insert(k.into(), v);
    }
    out
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The issuer's own name (tag `und`, as `carnet trust bundle` records
/// it), else the first one given.
fn first_name(names: &std::collections::BTreeMap<String, String>) -> String {
    names
        .get("und")
        .or_else(|| names.values().next())
        .cloned()
        .unwrap_or_default()
}

fn age_days(then: u64, now: u64) -> u32 {
    u32::try_from(now.saturating_sub(then) / 86_400).unwrap_or(u32::MAX)
}

/// Everything held, read and checked again from the folder.
fn view(store: &VerifierStore) -> Result<TrustView> {
    let wrap = |e: StoreError| import_error(e.into());
    let now = carnet_core::logbook::unix_now();
    let anchors = store.anchors().map_err(wrap)?;
    let bundles: TrustBundles = store.bundles().map_err(wrap)?;
    let lists = store.status_lists(&bundles).map_err(wrap)?;
    let anchors = anchors
        .into_iter()
        .map(|a| {
            let key = a.key().map_err(wrap)?;
            let bundle = bundles
                .bundles()
                .iter()
                .find(|b| b.anchor() == key)
                .map(|b| BundleView {
                    issued_at: b.issued_at(),
                    age_days: age_days(b.issued_at(), now),
                    sequence: b.sequence(),
                    issuers: b
                        .bundle()
                        .issuers
                        .iter()
                        .map(|i| first_name(&i.names))
                        .collect(),
                });
            Ok(AnchorView {
                name: a.name,
                kid: key.kid_hex(),
                bundle,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut status_lists: Vec<StatusListView> = lists
        .iter()
        .map(|l| StatusListView {
            issuer: bundles
                .issuer_by_kid(&l.issuer().kid())
                .map(|i| first_name(&i.names))
                .unwrap_or_default(),
            issued_at: l.issued_at(),
            age_days: age_days(l.issued_at(), now),
            revoked: count(l.list().revoked_count()),
        })
        .collect();
    status_lists.sort_by(|a, b| a.issuer.cmp(&b.issuer));
    Ok(TrustView {
        anchors,
        status_lists,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_credential::status_list::StatusListError;
    use carnet_credential::trust_bundle::BundleError;

    fn has_message(e: &IpcError) -> bool {
        carnet_i18n::Localizer::new(&["en"]).has(&format!("error-{}", e.code))
    }

    #[test]
    fn every_refusal_has_a_message() {
        let bundles = BundleError::examples();
        let lists = StatusListError::examples();
        let mut all: Vec<ImportError> = vec![
            ImportError::InvalidKey,
            ImportError::InvalidName,
            ImportError::AnchorKnown { kid: "ab".into() },
            ImportError::BundleNotNewer { held: 2, given: 1 },
            ImportError::StatusIssuerUnknown { kid: "ab".into() },
            ImportError::StatusNotNewer,
            ImportError::Store(StoreError::Damaged),
            ImportError::Store(StoreError::Io {
                path: "x".into(),
                source: std::io::Error::other("x"),
            }),
            ImportError::Write {
                path: "x".into(),
                source: std::io::Error::other("x"),
            },
        ];
        all.extend(bundles.into_iter().map(ImportError::Bundle));
        all.extend(lists.into_iter().map(ImportError::Status));
        for e in all {
            let ipc = import_error(e);
            assert!(has_message(&ipc), "no message for {}", ipc.code);
        }
        for code in ["trust-bundle-malformed", "status-list-malformed"] {
            assert!(has_message(&decode("@@@", code).expect_err("not base64")));
        }
    }

    #[test]
    fn an_empty_folder_trusts_nothing() {
        let dir = std::env::temp_dir().join(format!("carnet-app-trust-{}", std::process::id()));
        let v = view(&VerifierStore::new(&dir)).expect("view");
        assert!(v.anchors.is_empty() && v.status_lists.is_empty());
    }
}
