// The IPC layer against the generated types: command names and argument
// shapes as src-tauri declares them, errors passed through as code + args.
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { api } from "./api";
import type { EntryView } from "./bindings/EntryView";
import type { NewEntryInput } from "./bindings/NewEntryInput";

afterEach(() => clearMocks());

describe("api", () => {
  it("sends each command with its declared argument names", async () => {
    const calls: [string, unknown][] = [];
    const welding: EntryView = {
      id: "0b0e5c1e-0000-4000-8000-000000000001",
      kind: "skill",
      title: "Welding",
      level: "advanced",
      eqf: null,
      stages: [],
      endorsed: false,
      esco: null,
      modified: 1,
      evidence: [],
    };
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "add_entry") return welding;
      if (cmd === "list_entries") return [welding];
      return null;
    });
    const input: NewEntryInput = { kind: "skill", title: "Welding", level: "advanced", stages: [] };
    await api.createLogbook("pass phrase");
    expect(await api.addEntry(input)).toEqual(welding);
    expect(await api.listEntries()).toEqual([welding]);
    expect(calls).toEqual([
      ["create_logbook", { passphrase: "pass phrase" }],
      ["add_entry", { entry: input }],
      ["list_entries", { filter: { kind: null, stage: null } }],
    ]);
  });

  it("sends a file as the raw body, the entry in a header", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "evidence_thumbnail") return new Uint8Array([0xff, 0xd8]).buffer;
      return { id: "e1", evidence: [] };
    });
    const bytes = new Uint8Array([1, 2, 3]);
    await api.attachPhoto("e1", bytes);
    await api.attachVoice("e1", bytes);
    const thumb = await api.evidenceThumbnail("ab12");
    expect(thumb).toEqual(new Uint8Array([0xff, 0xd8]));
    expect(calls).toEqual([
      ["attach_photo", bytes],
      ["attach_voice", bytes],
      ["evidence_thumbnail", { sha256: "ab12" }],
    ]);
  });

  it("takes bytes as a buffer or, after a fallback, as numbers", async () => {
    mockIPC(() => [1, 2, 255]);
    expect(await api.evidenceBytes("ab12")).toEqual(new Uint8Array([1, 2, 255]));
  });

  it("rejects with the command's code and arguments", async () => {
    mockIPC(() => {
      throw { code: "wrong-passphrase", args: {} };
    });
    await expect(api.unlock("nope")).rejects.toEqual({ code: "wrong-passphrase", args: {} });
  });

  it("turns a failure of IPC itself into the internal error", async () => {
    mockIPC(() => {
      throw new Error("command not found");
    });
    await expect(api.lock()).rejects.toMatchObject({ code: "internal" });
  });
});
