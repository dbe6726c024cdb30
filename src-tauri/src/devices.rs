//! Pairing a device (docs/sync-protocol.md §6) and the devices of a
//! logbook (§7): thin commands over carnet-core's `sync::pairing` and the
//! devices registry, as the CLI's `pair` and `devices` commands.
//!
//! Waiting for the other device can take minutes, so the waits run on the
//! blocking pool, one command per step (show a code, wait, answer), and a
//! pairing in progress is kept in [`Pairings`] between the steps: the UI
//! stays free, and its Cancel button stops the wait (the stop flag is read
//! before each look into the hub's mailbox).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use carnet_core::keys::{check_new_passphrase, LogbookSecret};
use carnet_core::logbook::unix_now;
use carnet_core::sync::pairing::{self, Hello, Newcomer, Offer, Waiting};
use carnet_core::sync::{recovery, SyncError};
use carnet_core::Logbook;
use carnet_credential::qr::{self, EcLevel};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::commands::blocking;
use crate::error::IpcError;
use crate::ipc::{
    DeviceRemovedView, DeviceView, JoinStartView, JoinedView, PairOfferView, PairRequestView,
    SyncProgressView,
};
use crate::state::{lock_slot, AppState};

/// The event `join_wait` and `recover_logbook` emit while they copy the
/// logbook from the hub, with a [`SyncProgressView`].
pub const JOIN_PROGRESS_EVENT: &str = "join-progress";

/// How often a waiting side looks into the hub's mailbox (as the CLI).
const POLL: Duration = Duration::from_millis(500);

/// The largest QR version tried for a pairing code (it needs about 4).
const MAX_QR_VERSION: u8 = 25;

type Result<T> = std::result::Result<T, IpcError>;

/// The pairing in progress on this device, if any: one at a time, a new
/// one stops the previous.
#[derive(Default)]
pub struct Pairings {
    pending: Mutex<Option<Pending>>,
}

enum Pending {
    /// This device shows a code: it has the logbook and its secret
    /// (unwrapped with the passphrase, needed to seal it to the newcomer).
    Show {
        offer: Offer,
        secret: LogbookSecret,
        hello: Option<Hello>,
        stop: Arc<AtomicBool>,
    },
    /// This device answered a code and waits to be let in.
    Join {
        offer: Offer,
        me: Arc<Newcomer>,
        name: String,
        stop: Arc<AtomicBool>,
    },
}

impl Pending {
    fn stop(&self) {
        match self {
            Pending::Show { stop, .. } | Pending::Join { stop, .. } => {
                stop.store(true, Ordering::SeqCst);
            }
        }
    }
}

impl Pairings {
    /// A panic while it was held leaves nothing half-done worth keeping.
    fn lock(&self) -> MutexGuard<'_, Option<Pending>> {
        self.pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Stops and forgets the pairing in progress (on lock, and before a
    /// new one).
    pub fn clear(&self) {
        if let Some(p) = self.lock().take() {
            p.stop();
        }
    }

    fn replace(&self, next: Pending) {
        if let Some(old) = self.lock().replace(next) {
            old.stop();
        }
    }
}

fn no_pairing() -> IpcError {
    // The UI lost track of the steps (or the app locked in between): the
    // person starts again, which the cancelled message says.
    SyncError::Cancelled.into()
}

/// "Add another device": unwraps the secret with the passphrase (Argon2id,
/// so on the blocking pool), syncs so the hub holds everything the new
/// device will copy, and returns the code with its QR picture.
#[tauri::command]
pub async fn pair_start(
    state: State<'_, AppState>,
    pairings: State<'_, Pairings>,
    passphrase: String,
) -> Result<PairOfferView> {
    let slot = state.slot();
    let (offer, secret) = blocking(move || {
        let mut guard = lock_slot(&slot);
        let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
        let secret = logbook.secret_again(&passphrase)?;
        Ok((pairing::offer(logbook, unix_now())?, secret))
    })
    .await?;
    let code = offer.to_text();
    let svg = qr::render(&code, EcLevel::M, MAX_QR_VERSION)
        .and_then(|q| q.to_svg(8))
        .map_err(|e| IpcError::internal(format!("drawing the pairing code: {e}")))?;
    let view = PairOfferView {
        code,
        svg,
        expires_ms: offer.expires.saturating_mul(1000),
    };
    pairings.replace(Pending::Show {
        offer,
        secret,
        hello: None,
        stop: Arc::new(AtomicBool::new(false)),
    });
    Ok(view)
}

/// Waits (blocking pool) until a new device answers the code shown by
/// [`pair_start`], the code expires or the person cancels; returns who
/// asks, for the person to compare the fingerprint with the new device's
/// screen.
#[tauri::command]
pub async fn pair_wait(pairings: State<'_, Pairings>) -> Result<PairRequestView> {
    let (offer, stop) = match pairings.lock().as_ref() {
        Some(Pending::Show { offer, stop, .. }) => (offer.clone(), Arc::clone(stop)),
        _ => return Err(no_pairing()),
    };
    let hello = blocking({
        let stop = Arc::clone(&stop);
        move || {
            let stopped = || stop.load(Ordering::SeqCst);
            let w = Waiting {
                every: POLL,
                now: &unix_now,
                stop: &stopped,
            };
            Ok(pairing::wait_hello_with(&offer, &w)?)
        }
    })
    .await?;
    let view = PairRequestView {
        name: hello.name.clone(),
        fingerprint: pairing::fingerprint(&hello.public),
    };
    match pairings.lock().as_mut() {
        // Still the same pairing (not cancelled meanwhile).
        Some(Pending::Show {
            hello: h,
            stop: current,
            ..
        }) if Arc::ptr_eq(current, &stop) => *h = Some(hello),
        _ => return Err(no_pairing()),
    }
    Ok(view)
}

/// The person's answer: `approve` seals the logbook's secret to the new
/// device; otherwise it is told no (so it stops waiting). Either way the
/// pairing ends.
#[tauri::command]
pub async fn pair_answer(
    state: State<'_, AppState>,
    pairings: State<'_, Pairings>,
    approve: bool,
) -> Result<()> {
    let (offer, secret, hello) = match pairings.lock().take() {
        Some(Pending::Show {
            offer,
            secret,
            hello: Some(hello),
            ..
        }) => (offer, secret, hello),
        _ => return Err(no_pairing()),
    };
    let slot = state.slot();
    blocking(move || {
        let guard = lock_slot(&slot);
        let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
        pairing::answer(logbook, &offer, &hello, approve.then_some(&secret))?;
        Ok(())
    })
    .await
}

/// Stops a pairing in progress (either side). A device that already
/// answered this one's code is told no, so it does not wait in vain.
#[tauri::command]
pub async fn pair_cancel(pairings: State<'_, Pairings>) -> Result<()> {
    let pending = pairings.lock().take();
    if let Some(p) = &pending {
        p.stop();
    }
    if let Some(Pending::Show {
        offer,
        hello: Some(hello),
        ..
    }) = pending
    {
        // Best effort: the other side's code expires anyway.
        let _ = blocking(move || Ok(pairing::send_reply(&offer, &hello, None)?)).await;
    }
    Ok(())
}

/// New device, first run: reads the code (typed, pasted or from a
/// picture), announces this device under `name` and returns the
/// fingerprint to compare with the other device's screen.
#[tauri::command]
pub async fn join_start(
    state: State<'_, AppState>,
    pairings: State<'_, Pairings>,
    code: String,
    name: String,
) -> Result<JoinStartView> {
    if Logbook::exists(state.dir()) {
        return Err(carnet_core::Error::AlreadyExists.into());
    }
    let offer = Offer::from_text(&code, unix_now()).map_err(IpcError::from)?;
    let name: String = name.trim().chars().take(64).collect();
    let me = Arc::new(Newcomer::default());
    let view = JoinStartView {
        fingerprint: pairing::fingerprint(&me.public),
        hub: offer.hub.clone(),
        expires_ms: offer.expires.saturating_mul(1000),
    };
    blocking({
        let (offer, me, name) = (offer.clone(), Arc::clone(&me), name.clone());
        move || Ok(pairing::send_hello(&offer, &me, &name)?)
    })
    .await?;
    pairings.replace(Pending::Join {
        offer,
        me,
        name,
        stop: Arc::new(AtomicBool::new(false)),
    });
    Ok(view)
}

/// New device: waits for the other device's answer, then copies the
/// logbook from the hub under this device's own `passphrase`, emitting
/// [`JOIN_PROGRESS_EVENT`]; the logbook is then open.
#[tauri::command]
pub async fn join_wait<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pairings: State<'_, Pairings>,
    passphrase: String,
) -> Result<JoinedView> {
    // Checked before a wait of minutes, not after it.
    check_new_passphrase(&passphrase)?;
    let (offer, me, name, stop) = match pairings.lock().as_ref() {
        Some(Pending::Join {
            offer,
            me,
            name,
            stop,
        }) => (
            offer.clone(),
            Arc::clone(me),
            name.clone(),
            Arc::clone(stop),
        ),
        _ => return Err(no_pairing()),
    };
    let dir = state.dir().to_path_buf();
    let slot = state.slot();
    let done = blocking({
        let stop = Arc::clone(&stop);
        move || {
            let stopped = || stop.load(Ordering::SeqCst);
            let w = Waiting {
                every: POLL,
                now: &unix_now,
                stop: &stopped,
            };
            let logbook = pairing::join(&dir, &passphrase, &offer, &me, &name, &w, &mut |p| {
                // A lost event only leaves the bar behind.
                let _ = app.emit(JOIN_PROGRESS_EVENT, SyncProgressView::from(p));
            })?;
            let entries = logbook.entries()?.len() as u64;
            *lock_slot(&slot) = Some(logbook);
            Ok(JoinedView { entries })
        }
    })
    .await;
    let mut pending = pairings.lock();
    if matches!(pending.as_ref(), Some(Pending::Join { stop: s, .. }) if Arc::ptr_eq(s, &stop)) {
        *pending = None;
    }
    done
}

/// The text of a QR code in a picture (a pairing code or a recovery
/// sheet), sent as the raw bytes of the file the person chose.
#[tauri::command]
pub async fn decode_qr(request: Request<'_>) -> Result<String> {
    let bytes = match request.body() {
        InvokeBody::Raw(bytes) => bytes.clone(),
        // Where the webview has no custom-protocol IPC (WebKitGTK here),
        // Tauri sends the bytes as a JSON array of numbers.
        InvokeBody::Json(value) => serde_json::from_value::<Vec<u8>>(value.clone())
            .map_err(|e| IpcError::internal(format!("decode_qr takes a picture's bytes: {e}")))?,
    };
    blocking(move || {
        qr::decode_image(&bytes).map_err(|_| {
            // Which code was expected is for the screen to say; both
            // messages ask for a sharper picture or typing the code.
            IpcError::new("qr-unreadable")
        })
    })
    .await
}

/// The devices recorded in the logbook (each writes its record on a sync),
/// this one marked.
#[tauri::command]
pub fn list_devices(state: State<'_, AppState>) -> Result<Vec<DeviceView>> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    let (devices, me) = logbook.devices()?;
    let mut out: Vec<DeviceView> = devices
        .into_iter()
        .map(|d| DeviceView {
            this_device: d.id == me,
            id: d.id,
            name: d.name,
            added_ms: d.added,
            removed_ms: d.removed,
        })
        .collect();
    // This device first, then the others in the order they were added.
    out.sort_by_key(|d| (!d.this_device, d.added_ms));
    Ok(out)
}

/// The name other devices see for this one.
#[tauri::command]
pub fn device_name(state: State<'_, AppState>) -> Result<String> {
    let guard = state.lock();
    let logbook = guard.as_ref().ok_or_else(IpcError::locked)?;
    Ok(logbook.device_name()?)
}

/// Names this device (other devices see the name after its next sync);
/// returns the name as kept (trimmed, at most 64 characters).
#[tauri::command]
pub fn set_device_name(state: State<'_, AppState>, name: String) -> Result<String> {
    let mut guard = state.lock();
    let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
    logbook.set_device_name(&name)?;
    Ok(logbook.device_name()?)
}

/// Takes the logbook away from device `id` (a lost or sold phone): the
/// logbook moves to a new key it never gets. Network, so on the blocking
/// pool. Says whether a recovery sheet was printed: it has the old key
/// and must be replaced.
#[tauri::command]
pub async fn remove_device(state: State<'_, AppState>, id: String) -> Result<DeviceRemovedView> {
    let slot = state.slot();
    blocking(move || {
        let mut guard = lock_slot(&slot);
        let logbook = guard.as_mut().ok_or_else(IpcError::locked)?;
        let hub = logbook.connect_hub(None)?;
        let removed = logbook.remove_device(&hub, &id)?;
        Ok(DeviceRemovedView {
            name: removed.name,
            print_new_sheet: recovery::has_sheet(logbook)?,
        })
    })
    .await
}
