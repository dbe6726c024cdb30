// "Scan with the camera" exists only where the app has a camera scanner
// (phones), and hands the code the plugin read to the screen; a refused
// camera says what to do. Real component, mocked IPC.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render } from "preact";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { setCameraScanner } from "../api";
import { Messages } from "../i18n";
import { ScanButton } from "./ScanButton";

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  clearMocks();
  setCameraScanner(false);
});

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe("ScanButton", () => {
  const msg = new Messages("en");

  it("is not drawn on a computer", () => {
    render(<ScanButton msg={msg} id="scan" onCode={() => {}} />, root);
    expect(root.querySelector("#scan")).toBeNull();
  });

  it("asks the plugin for a QR code and passes on what it read", async () => {
    setCameraScanner(true);
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { content: "CN1:abc", format: "QR_CODE" };
    });
    const got: string[] = [];
    render(<ScanButton msg={msg} id="scan" onCode={(c) => got.push(c)} />, root);
    const button = root.querySelector<HTMLButtonElement>("#scan");
    expect(button?.textContent).toContain("Scan with the camera");
    button?.click();
    await until(() => got.length > 0);
    expect(got).toEqual(["CN1:abc"]);
    expect(calls).toEqual([["plugin:barcode-scanner|scan", { windowed: false, formats: ["QR_CODE"] }]]);
  });

  it("says what to do when the camera is refused", async () => {
    setCameraScanner(true);
    mockIPC(() => {
      throw new Error("Permission denied");
    });
    render(<ScanButton msg={msg} id="scan" onCode={() => {}} />, root);
    root.querySelector<HTMLButtonElement>("#scan")?.click();
    await until(() => (root.textContent ?? "").includes("No code was read"));
    expect(root.textContent).toContain("allow it in your phone's settings");
  });
});
