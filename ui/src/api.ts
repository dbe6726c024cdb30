// The only file that calls `invoke`: one typed function per command of
// src-tauri, with the types generated from Rust (bindings/).
import { invoke } from "@tauri-apps/api/core";
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
import type { WalletItemView } from "./bindings/WalletItemView";
import type { PresentInput } from "./bindings/PresentInput";
import type { PresentationOut } from "./bindings/PresentationOut";
import type { ReportView } from "./bindings/ReportView";
import type { RequestOut } from "./bindings/RequestOut";
import type { ReceivedView } from "./bindings/ReceivedView";
import type { EscoStatus } from "./bindings/EscoStatus";
import type { EscoKind } from "./bindings/EscoKind";
import type { EscoHit } from "./bindings/EscoHit";
import type { ConceptView } from "./bindings/ConceptView";
import type { MatchView } from "./bindings/MatchView";
import type { RankedView } from "./bindings/RankedView";
import type { MigrationStage } from "./bindings/MigrationStage";
import type { StageViewOut } from "./bindings/StageViewOut";

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
  editEntry: (id: string, changes: EntryChanges) => call<EntryView>("edit_entry", { id, changes }),
  removeEntry: (id: string) => call<null>("remove_entry", { id }),
  syncStatus: () => call<SyncStatusView>("sync_status"),
  setHub: (url: string) => call<SyncStatusView>("set_hub", { url }),
  syncNow: () => call<SyncReportView>("sync_now"),
  setLanguage: (tag: string) => call<null>("set_language", { tag }),
  setLockMinutes: (minutes: number) => call<number>("set_lock_minutes", { minutes }),
  changePassphrase: (current: string, next: string) =>
    call<null>("change_passphrase", { current, new: next }),
  walletList: () => call<WalletItemView[]>("wallet_list"),
  present: (input: PresentInput) => call<PresentationOut>("present", { input }),
  verifyText: (text: string) => call<ReportView>("verify_text", { text }),
  /** `picture`: the file as base64 (raw IPC bodies do not reach Rust on Android). */
  verifyImage: (picture: string) => call<ReportView>("verify_image", { picture }),
  requestEndorsement: (ids: string[]) => call<RequestOut>("request_endorsement", { ids }),
  /** `file`: the signed credential file as base64. */
  receiveCredential: (file: string) => call<ReceivedView>("receive_credential", { file }),
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
};

export type Api = typeof api;
