//! Evidence commands: a photo of a paper or a voice note attached to an
//! entry, and the stored bytes back for thumbnails and players. Thin, as
//! every command: checking, cleaning and storing is carnet-core's
//! (`Logbook::attach_photo`, `Logbook::attach_voice`).
//!
//! How the bytes cross IPC: as the request body itself (a `Uint8Array` in
//! the UI), with the entry id in the [`ENTRY_HEADER`] header. A photo is
//! several megabytes; as a JSON array of numbers it would be about four
//! times bigger and parsed number by number, and base64 would still add a
//! third and an encoding pass in JavaScript on a slow phone. Desktop and
//! iOS pass a raw body through untouched. Android has no raw bodies (Tauri
//! sends the bytes there as a JSON array of numbers), so that form is
//! accepted too. Bytes going back to the UI are a raw [`Response`] (an
//! `ArrayBuffer` in JavaScript) for the same reason.

use carnet_core::Logbook;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::State;

use crate::commands::blocking;
use crate::error::IpcError;
use crate::ipc::EntryView;
use crate::state::{lock_slot, AppState};

type Result<T> = std::result::Result<T, IpcError>;

/// The header that names the entry a file is attached to.
pub const ENTRY_HEADER: &str = "x-carnet-entry";

/// The error code when evidence is named by an entry but its bytes are
/// not on this device (another device has not synced them yet).
pub const EVIDENCE_MISSING: &str = "evidence-missing";

/// Attaches a photo of a paper (cleaned by carnet-core: metadata removed,
/// upright, downscaled, with a thumbnail). Returns the entry as it is now.
#[tauri::command]
pub async fn attach_photo(state: State<'_, AppState>, request: Request<'_>) -> Result<EntryView> {
    attach(&state, &request, Logbook::attach_photo).await
}

/// Attaches a voice note (a recording or a sound file; carnet-core checks
/// its format and size). Returns the entry as it is now.
#[tauri::command]
pub async fn attach_voice(state: State<'_, AppState>, request: Request<'_>) -> Result<EntryView> {
    attach(&state, &request, Logbook::attach_voice).await
}

type AttachFn = fn(
    &mut Logbook,
    &carnet_core::model::EntryId,
    &[u8],
) -> carnet_core::Result<carnet_core::model::EvidenceRef>;

/// Decoding and re-encoding a photo takes seconds on a cheap phone: it
/// runs on the blocking pool so the window keeps drawing the progress.
async fn attach(state: &AppState, request: &Request<'_>, how: AttachFn) -> Result<EntryView> {
    let id = entry_header(request)?;
    let bytes = body_bytes(request.body())?;
    let slot = state.slot();
    blocking(move || {
        let mut guard = lock_slot(&slot);
        let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
        let id = logbook.resolve(&id)?;
        how(logbook, &id, &bytes)?;
        Ok(EntryView::from(&logbook.entry(&id)?))
    })
    .await
}

/// Takes a photo or voice note off an entry (its bytes leave this device
/// unless another entry shows them). Returns the entry as it is now.
#[tauri::command]
pub fn remove_evidence(
    state: State<'_, AppState>,
    id: String,
    sha256: String,
) -> Result<EntryView> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let id = logbook.resolve(&id)?;
    logbook.remove_evidence(&id, &sha256)?;
    Ok(EntryView::from(&logbook.entry(&id)?))
}

/// The small JPEG of a photo, for lists.
#[tauri::command]
pub fn evidence_thumbnail(state: State<'_, AppState>, sha256: String) -> Result<Response> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let stored = logbook.evidence(&sha256)?.ok_or_else(|| missing(&sha256))?;
    // A photo stored before thumbnails existed is small enough to show.
    Ok(Response::new(stored.thumbnail.unwrap_or(stored.bytes)))
}

/// The stored bytes of a photo or a voice note (for the player; the MIME
/// type is in the entry's `EvidenceView`).
#[tauri::command]
pub fn evidence_bytes(state: State<'_, AppState>, sha256: String) -> Result<Response> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    let stored = logbook.evidence(&sha256)?.ok_or_else(|| missing(&sha256))?;
    Ok(Response::new(stored.bytes))
}

fn missing(sha256: &str) -> IpcError {
    let mut e = IpcError::new(EVIDENCE_MISSING);
    e.args
        .insert("sha".into(), sha256.chars().take(12).collect());
    e
}

fn entry_header(request: &Request<'_>) -> Result<String> {
    request
        .headers()
        .get(ENTRY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .ok_or_else(|| IpcError::internal(format!("the {ENTRY_HEADER} header is missing")))
}

/// The file's bytes, from a raw body or (Android) a JSON array of numbers.
fn body_bytes(body: &InvokeBody) -> Result<Vec<u8>> {
    match body {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| IpcError::internal("the file is not a list of bytes"))
            })
            .collect(),
        InvokeBody::Json(_) => Err(IpcError::internal("the file is not a list of bytes")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_bodies_and_android_number_arrays_give_the_same_bytes() {
        let raw = InvokeBody::Raw(vec![0, 7, 255]);
        let json = InvokeBody::Json(serde_json::json!([0, 7, 255]));
        assert_eq!(body_bytes(&raw).ok(), Some(vec![0, 7, 255]));
        assert_eq!(body_bytes(&json).ok(), Some(vec![0, 7, 255]));
    }

    #[test]
    fn anything_else_is_refused_without_a_panic() {
        for bad in [
            serde_json::json!([0, 256]),
            serde_json::json!([-1]),
            serde_json::json!(["a"]),
            serde_json::json!({"0": 1}),
        ] {
            let e = body_bytes(&InvokeBody::Json(bad)).expect_err("refused");
            assert_eq!(e.code, IpcError::INTERNAL);
        }
    }

    #[test]
    fn a_missing_item_says_which() {
        let e = missing("0123456789abcdef0123");
        assert_eq!(e.code, "evidence-missing");
        assert_eq!(e.args.get("sha").map(String::as_str), Some("0123456789ab"));
    }
}
