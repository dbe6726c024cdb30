// Adding a photo to a new entry: the entry is saved first, then the photo
// is attached to it, and its thumbnail shows. Real components, mocked IPC.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render } from "preact";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { AddEntry } from "./AddEntry";
import { Messages } from "../i18n";
import type { EntryView } from "../bindings/EntryView";

const entry = (evidence: EntryView["evidence"]): EntryView => ({
  id: "e1",
  kind: "skill",
  title: "Welding",
  level: null,
  eqf: null,
  stages: [],
  endorsed: false,
  modified: 1,
  evidence,
  esco: null,
});

const photo = { sha256: "ab".repeat(32), kind: "photo" as const, mime: "image/jpeg", width: 40, height: 30, added: 2 };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.appendChild(root);
  URL.createObjectURL = vi.fn(() => "blob:thumb");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  render(null, root);
  root.remove();
  clearMocks();
});

/** Waits (bounded) until `check` holds; the UI updates after promises. */
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Text without Fluent's bidi isolation marks around arguments. */
const plain = (s: string | null | undefined) => (s ?? "").replace(/[\u2068\u2069]/g, "");

function pick(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("AddEntry with evidence", () => {
  it("saves a new entry, then attaches the photo and shows its thumbnail", async () => {
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const processing = new Promise<void>((r) => (release = r));
    mockIPC(async (cmd, args) => {
      calls.push(cmd);
      if (cmd === "add_entry") return entry([]);
      if (cmd === "attach_photo") {
        expect(args).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
        await processing;
        return entry([photo]);
      }
      if (cmd === "evidence_thumbnail") return new Uint8Array([0xff, 0xd8]).buffer;
      return null;
    });
    render(<AddEntry msg={new Messages("en")} onDone={() => undefined} />, root);
    const title = root.querySelector<HTMLInputElement>("#title")!;
    title.value = "Welding";
    title.dispatchEvent(new Event("input", { bubbles: true }));
    const button = root.querySelector<HTMLButtonElement>("#add-photo")!;
    expect(button.textContent).toContain("Add a photo of a certificate");
    pick(root.querySelector<HTMLInputElement>("#photo-file")!, new File([new Uint8Array([0xff, 0xd8, 0xff])], "c.jpg"));

    await until(() => root.querySelector("#evidence-progress") !== null);
    expect(root.querySelector("#evidence-progress")!.textContent).toContain("Adding the photo…");
    expect(root.querySelector<HTMLButtonElement>("#save")!.disabled).toBe(true);
    release();
    await until(() => root.querySelector("img.thumb") !== null);
    expect(plain(root.querySelector("img.thumb")!.getAttribute("alt"))).toBe("Photo 1");
    expect(root.querySelector("#evidence-progress")).toBeNull();
    expect(calls.slice(0, 2)).toEqual(["add_entry", "attach_photo"]);
    // The form now changes that entry instead of adding another.
    expect(root.querySelector<HTMLFieldSetElement>("fieldset.kinds")!.hidden).toBe(true);
  });

  it("shows the error in words and keeps the entry", async () => {
    mockIPC((cmd) => {
      if (cmd === "attach_voice") throw { code: "evidence-not-audio", args: {} };
      return null;
    });
    render(<AddEntry msg={new Messages("en")} entry={entry([])} onDone={() => undefined} />, root);
    pick(root.querySelector<HTMLInputElement>("#voice-file")!, new File(["text"], "note.txt"));
    await until(() => root.querySelector("#error") !== null);
    expect(root.querySelector("#error")!.textContent).toContain("This file is not a sound recording.");
    expect(root.querySelector<HTMLInputElement>("#title")!.value).toBe("Welding");
  });

  it("plays a voice note from its stored bytes", async () => {
    mockIPC((cmd) => (cmd === "evidence_bytes" ? new Uint8Array([82, 73, 70, 70]).buffer : null));
    const voice = { ...photo, kind: "voice" as const, mime: "audio/ogg", width: 0, height: 0 };
    render(<AddEntry msg={new Messages("en")} entry={entry([voice])} onDone={() => undefined} />, root);
    await until(() => root.querySelector("audio") !== null);
    expect(root.querySelector("audio")!.getAttribute("src")).toBe("blob:thumb");
    expect(plain(root.querySelector(".voice-label")!.textContent)).toContain("Voice note 1");
  });
});
