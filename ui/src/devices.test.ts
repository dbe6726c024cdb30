// The devices screens' IPC calls and the logic they hold: argument names
// as src-tauri declares them, a picture sent as raw bytes, the import
// report's lines, and the messages named from values.
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { api } from "./api";
import { Messages } from "./i18n";
import { importLines } from "./screens/ExportImport";

afterEach(() => clearMocks());

const en = new Messages("en");

describe("the devices commands", () => {
  it("send their declared argument names", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    await api.pairStart("my passphrase");
    await api.pairWait();
    await api.pairAnswer(true);
    await api.pairCancel();
    await api.joinStart("CNP1:ABC", "Amal's phone");
    await api.joinWait("a new passphrase");
    await api.removeDevice("3f2a");
    await api.makeRecoverySheet("my passphrase", "png");
    await api.recoverLogbook({ words: "w1 w2", hub: "http://h:1" }, "pp");
    await api.importLogbook("{}");
    expect(calls).toEqual([
      ["pair_start", { passphrase: "my passphrase" }],
      ["pair_wait", {}],
      ["pair_answer", { approve: true }],
      ["pair_cancel", {}],
      ["join_start", { code: "CNP1:ABC", name: "Amal's phone" }],
      ["join_wait", { passphrase: "a new passphrase" }],
      ["remove_device", { id: "3f2a" }],
      ["make_recovery_sheet", { passphrase: "my passphrase", format: "png" }],
      ["recover_logbook", { input: { words: "w1 w2", hub: "http://h:1" }, passphrase: "pp" }],
      ["import_logbook", { text: "{}" }],
    ]);
  });

  it("send a picture as its bytes, not as JSON", async () => {
    let sent: unknown = null;
    mockIPC((cmd, args) => {
      if (cmd === "decode_qr") sent = args;
      return "CNP1:ABC";
    });
    const png = new Uint8Array([137, 80, 78, 71]);
    expect(await api.decodeQr(png)).toBe("CNP1:ABC");
    expect(sent).toBeInstanceOf(Uint8Array);
    expect([...(sent as Uint8Array)]).toEqual([137, 80, 78, 71]);
  });

  it("pass a refusal through as its code", async () => {
    mockIPC(() => {
      throw { code: "sync-pairing-refused", args: {} };
    });
    await expect(api.joinWait("a new passphrase")).rejects.toEqual({ code: "sync-pairing-refused", args: {} });
  });
});

describe("the import report", () => {
  it("says what was added, changed and kept, and only what applies", () => {
    const lines = importLines({ added: 2, updated: 0, unchanged: 1, missingPhotos: 0, profileUpdated: false });
    expect(lines.map(([id]) => id)).toEqual(["app-import-added", "app-import-updated", "app-import-unchanged"]);
    // Fluent wraps placeables in isolation marks; a reader does not see them.
    const shown = lines.map(([id, count]) => en.t(id, { count }).replace(/[\u2068\u2069]/g, ""));
    expect(shown).toEqual([
      "2 new entries added.",
      "No entry changed.",
      "1 entry was already the same.",
    ]);
    const more = importLines({ added: 0, updated: 1, unchanged: 0, missingPhotos: 3, profileUpdated: true });
    expect(more.map(([id]) => id)).toContain("app-import-profile");
    expect(en.t("app-import-missing-photos", { count: 3 })).toContain("photos named");
  });
});

describe("messages named from values", () => {
  it("exist for each sheet format and each outcome of a passphrase change", () => {
    for (const id of ["app-sheet-pdf", "app-sheet-png", "app-passphrase-sheet-updated", "app-passphrase-sheet-not-updated"]) {
      expect(en.has(id), id).toBe(true);
    }
  });

  it("say that an export is readable by anyone who has the file", () => {
    expect(en.t("app-export-consent")).toContain("readable form");
    expect(en.error({ code: "sync-cancelled", args: {} })).toContain("Nothing was shared");
  });
});
