// The only file that calls `invoke`: one typed function per command of
// src-tauri, with the types generated from Rust (bindings/).
import { invoke } from "@tauri-apps/api/core";
import type { AppInfo } from "./bindings/AppInfo";
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isIpcError(e)) throw e;
    // A failure of IPC itself (no such command, bad argument shape).
    const reason = e instanceof Error ? e.message : String(e);
    throw { code: "internal", args: { reason } } satisfies IpcError;
  }
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  createLogbook: (passphrase: string) => call<null>("create_logbook", { passphrase }),
  unlock: (passphrase: string) => call<null>("unlock", { passphrase }),
  lock: () => call<null>("lock"),
  listEntries: (filter: ListFilter = { kind: null, stage: null }) =>
    call<EntryView[]>("list_entries", { filter }),
  addEntry: (entry: NewEntryInput) => call<EntryView>("add_entry", { entry }),
  syncStatus: () => call<SyncStatusView>("sync_status"),
};

export type Api = typeof api;
