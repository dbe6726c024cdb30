// The only file that calls `invoke`: one typed function per command of
// src-tauri, with the types generated from Rust (bindings/).
import { invoke, type InvokeArgs, type InvokeOptions } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AppInfo } from "./bindings/AppInfo";
import type { AppSettings } from "./bindings/AppSettings";
import type { EntryChanges } from "./bindings/EntryChanges";
import type { SyncProgressView } from "./bindings/SyncProgressView";
import type { SyncReportView } from "./bindings/SyncReportView";
import type { EntryView } from "./bindings/EntryView";
import type { IpcError } from "./bindings/IpcError";
import type { ListFilter } from "./bindings/ListFilter";
import type { NewEntryInput } from "./bindings/NewEntryInput";
import type { SyncStatusView } from "./bindings/SyncStatusView";
import type { WalletItemView } from "./bindings/WalletItemView";
import type { PresentInput } from "./bindings/PresentInput";
import type { PresentationOut } from "./bindings/PresentationOut";
import type { ReportView } from "./bindings/ReportView";
import type { RequestOut } from "./bindings/RequestOut";
import type { ReceivedView } from "./bindings/ReceivedView";
import type { DeviceRemovedView } from "./bindings/DeviceRemovedView";
import type { DeviceView } from "./bindings/DeviceView";
import type { ExportedView } from "./bindings/ExportedView";
import type { ImportReportView } from "./bindings/ImportReportView";
import type { JoinStartView } from "./bindings/JoinStartView";
import type { JoinedView } from "./bindings/JoinedView";
import type { PairOfferView } from "./bindings/PairOfferView";
import type { PairRequestView } from "./bindings/PairRequestView";
import type { RecoverInput } from "./bindings/RecoverInput";
import type { RecoverySheetView } from "./bindings/RecoverySheetView";
import type { SheetAfterChange } from "./bindings/SheetAfterChange";
import type { SheetFormat } from "./bindings/SheetFormat";
import type { EscoStatus } from "./bindings/EscoStatus";
import type { EscoKind } from "./bindings/EscoKind";
import type { EscoHit } from "./bindings/EscoHit";
import type { ConceptView } from "./bindings/ConceptView";
import type { MatchView } from "./bindings/MatchView";
import type { RankedView } from "./bindings/RankedView";
import type { MigrationStage } from "./bindings/MigrationStage";
import type { StageViewOut } from "./bindings/StageViewOut";
import type { TrustDoneView } from "./bindings/TrustDoneView";
import type { TrustView } from "./bindings/TrustView";
import type { PinStatusView } from "./bindings/PinStatusView";

/** What a failed command rejects with. */
export function isIpcError(e: unknown): e is IpcError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as IpcError).code === "string" &&
    typeof (e as IpcError).args === "object"
  );
}

async function call<T>(command: string, args?: InvokeArgs, options?: InvokeOptions): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (e) {
    if (isIpcError(e)) throw e;
    // A failure of IPC itself (no such command, bad argument shape).
    const reason = e instanceof Error ? e.message : String(e);
    throw { code: "internal", args: { reason } } satisfies IpcError;
  }
}

/** Phones only (AppInfo.cameraScanner): App sets it once the app's
 * description arrives, and the scan buttons read it. */
let cameraScanner = false;
export function setCameraScanner(on: boolean) {
  cameraScanner = on;
}
export function hasCameraScanner(): boolean {
  return cameraScanner;
}

/** What the official barcode-scanner plugin answers (its `Scanned`). */
type Scanned = { content: string };

/** The header naming the entry a file is attached to (src-tauri/src/evidence.rs). */
export const ENTRY_HEADER = "x-carnet-entry";

/** Files go as the raw request body, the entry id in a header (see evidence.rs). */
const attach = (command: string) => (id: string, bytes: Uint8Array) =>
  call<EntryView>(command, bytes, { headers: { [ENTRY_HEADER]: id } });

/** Raw bytes from a command answering a raw `Response`: an `ArrayBuffer`
 * over the custom protocol, an array of numbers where Tauri falls back to
 * postMessage (Android, or a blocked custom protocol). */
export function asBytes(body: ArrayBuffer | ArrayLike<number>): Uint8Array {
  return body instanceof ArrayBuffer ? new Uint8Array(body) : Uint8Array.from(body);
}

const bytesOf = (command: string) => async (sha256: string) =>
  asBytes(await call<ArrayBuffer | number[]>(command, { sha256 }));

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  createLogbook: (passphrase: string) => call<null>("create_logbook", { passphrase }),
  unlock: (passphrase: string) => call<null>("unlock", { passphrase }),
  lock: () => call<null>("lock"),
  listEntries: (filter: ListFilter = { kind: null, stage: null }) =>
    call<EntryView[]>("list_entries", { filter }),
  addEntry: (entry: NewEntryInput) => call<EntryView>("add_entry", { entry }),
  editEntry: (id: string, changes: EntryChanges) => call<EntryView>("edit_entry", { id, changes }),
  removeEntry: (id: string) => call<null>("remove_entry", { id }),
  syncStatus: () => call<SyncStatusView>("sync_status"),
  setHub: (url: string) => call<SyncStatusView>("set_hub", { url }),
  syncNow: () => call<SyncReportView>("sync_now"),
  setLanguage: (tag: string) => call<null>("set_language", { tag }),
  setLockMinutes: (minutes: number) => call<number>("set_lock_minutes", { minutes }),
  changePassphrase: (current: string, next: string) =>
    call<SheetAfterChange>("change_passphrase", { current, new: next }),
  setDisplay: (highContrast: boolean, textSize: number) =>
    call<AppSettings>("set_display", { highContrast, textSize }),
  deviceName: () => call<string>("device_name"),
  setDeviceName: (name: string) => call<string>("set_device_name", { name }),
  walletList: () => call<WalletItemView[]>("wallet_list"),
  present: (input: PresentInput) => call<PresentationOut>("present", { input }),
  verifyText: (text: string) => call<ReportView>("verify_text", { text }),
  /** `picture`: the file as base64 (raw IPC bodies do not reach Rust on Android). */
  verifyImage: (picture: string) => call<ReportView>("verify_image", { picture }),
  trustList: () => call<TrustView>("trust_list"),
  /** `key`: 64 hex digits; `name`: what the person calls the network. */
  trustAddAnchor: (key: string, name: string) => call<TrustDoneView>("trust_add_anchor", { key, name }),
  pinStatus: () => call<PinStatusView>("pin_status"),
  pinSet: (passphrase: string, pin: string) => call<null>("pin_set", { passphrase, pin }).then(() => undefined),
  pinRemove: () => call<null>("pin_remove").then(() => undefined),
  unlockPin: (pin: string) => call<null>("unlock_pin", { pin }).then(() => undefined),
  trustRemoveAnchor: (kid: string) => call<TrustDoneView>("trust_remove_anchor", { kid }),
  /** The camera, full screen, until a square code is seen (the official
   * barcode-scanner plugin on phones; its permission is asked for first).
   * A refusal or a cancel is the stable code `camera-scan`. */
  scanWithCamera: async (): Promise<string> => {
    try {
      const got = await invoke<Scanned>("plugin:barcode-scanner|scan", { windowed: false, formats: ["QR_CODE"] });
      return got.content;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw { code: "camera-scan", args: { reason } } satisfies IpcError;
    }
  },
  /** `file`: the trust list file (`.cbor`) as base64. */
  trustImportBundle: (file: string) => call<TrustDoneView>("trust_import_bundle", { file }),
  /** `file`: an issuer's status list (`.cbor`) as base64. */
  trustImportStatusList: (file: string) => call<TrustDoneView>("trust_import_status_list", { file }),
  requestEndorsement: (ids: string[]) => call<RequestOut>("request_endorsement", { ids }),
  /** `file`: the signed credential file as base64. */
  receiveCredential: (file: string) => call<ReceivedView>("receive_credential", { file }),
  /** A photo of a paper; returns the entry with its evidence. */
  attachPhoto: attach("attach_photo"),
  /** A voice note (recording or sound file); returns the entry. */
  attachVoice: attach("attach_voice"),
  /** A photo's small JPEG, for lists. */
  evidenceThumbnail: bytesOf("evidence_thumbnail"),
  /** Takes a photo or voice note off an entry; returns the entry. */
  removeEvidence: (id: string, sha256: string) => call<EntryView>("remove_evidence", { id, sha256 }),
  /** The stored bytes of a photo or voice note. */
  evidenceBytes: bytesOf("evidence_bytes"),
  escoStatus: () => call<EscoStatus>("esco_status"),
  escoSearch: (text: string, lang: string, kind: EscoKind | null) =>
    call<EscoHit[]>("esco_search", { text, lang, kind }),
  escoConcept: (uri: string, lang: string) => call<ConceptView>("esco_concept", { uri, lang }),
  /** Links an entry to an ESCO concept, or unlinks it (`null`). */
  linkEntry: (id: string, uri: string | null) => call<EntryView>("link_entry", { id, uri }),
  escoMatch: (occupation: string, lang: string) => call<MatchView>("esco_match", { occupation, lang }),
  escoRank: (lang: string) => call<RankedView[]>("esco_rank", { lang }),
  stageView: (stage: MigrationStage, target: string | null, lang: string) =>
    call<StageViewOut>("stage_view", { stage, target, lang }),
  /** Calls `onProgress` for each `sync-progress` event until unlistened. */
  onSyncProgress: (onProgress: (p: SyncProgressView) => void): Promise<UnlistenFn> =>
    listen<SyncProgressView>("sync-progress", (e) => onProgress(e.payload)),

  // Pairing, on the device that has the logbook: show a code, wait for
  // the new device, answer. Each step is its own call, so the screen
  // stays free and can cancel.
  pairStart: (passphrase: string) => call<PairOfferView>("pair_start", { passphrase }),
  pairWait: () => call<PairRequestView>("pair_wait"),
  pairAnswer: (approve: boolean) => call<null>("pair_answer", { approve }),
  pairCancel: () => call<null>("pair_cancel"),
  // Pairing, on the new device (first run).
  joinStart: (code: string, name: string) => call<JoinStartView>("join_start", { code, name }),
  joinWait: (passphrase: string) => call<JoinedView>("join_wait", { passphrase }),
  /** Calls `onProgress` for each `join-progress` event (joining, recovering). */
  onJoinProgress: (onProgress: (p: SyncProgressView) => void): Promise<UnlistenFn> =>
    listen<SyncProgressView>("join-progress", (e) => onProgress(e.payload)),
  /** The text of the QR code in a picture's bytes (sent raw, not as JSON). */
  decodeQr: (picture: Uint8Array) => call<string>("decode_qr", picture),
  listDevices: () => call<DeviceView[]>("list_devices"),
  removeDevice: (id: string) => call<DeviceRemovedView>("remove_device", { id }),
  makeRecoverySheet: (passphrase: string, format: SheetFormat) =>
    call<RecoverySheetView>("make_recovery_sheet", { passphrase, format }),
  recoverLogbook: (input: RecoverInput, passphrase: string) =>
    call<JoinedView>("recover_logbook", { input, passphrase }),
  exportLogbook: () => call<ExportedView>("export_logbook"),
  importLogbook: (text: string) => call<ImportReportView>("import_logbook", { text }),
};

export type Api = typeof api;
