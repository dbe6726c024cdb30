// The only file that calls `invoke`: one typed function per command of
// src-tauri, with the types generated from Rust (bindings/).
import { invoke, type InvokeArgs, type InvokeOptions } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AppInfo } from "./bindings/AppInfo";
import type { EntryChanges } from "./bindings/EntryChanges";
import type { SyncProgressView } from "./bindings/SyncProgressView";
import type { SyncReportView } from "./bindings/SyncReportView";
import type { EntryView } from "./bindings/EntryView";
import type { IpcError } from "./bindings/IpcError";
import type { ListFilter } from "./bindings/ListFilter";
import type { NewEntryInput } from "./bindings/NewEntryInput";
import type { SyncStatusView } from "./bindings/SyncStatusView";

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
    call<null>("change_passphrase", { current, new: next }),
  /** A photo of a paper; returns the entry with its evidence. */
  attachPhoto: attach("attach_photo"),
  /** A voice note (recording or sound file); returns the entry. */
  attachVoice: attach("attach_voice"),
  /** A photo's small JPEG, for lists. */
  evidenceThumbnail: bytesOf("evidence_thumbnail"),
  /** The stored bytes of a photo or voice note. */
  evidenceBytes: bytesOf("evidence_bytes"),
  /** Calls `onProgress` for each `sync-progress` event until unlistened. */
  onSyncProgress: (onProgress: (p: SyncProgressView) => void): Promise<UnlistenFn> =>
    listen<SyncProgressView>("sync-progress", (e) => onProgress(e.payload)),
};

export type Api = typeof api;
