// The recorder and file helpers with fake media (jsdom, like Xvfb, has no
// microphone): what a person sees depends on these answers.
import { describe, expect, it, vi } from "vitest";
import {
  MAX_RECORDING_SECS,
  RECORDING_TYPES,
  blobBytes,
  canRecord,
  formatElapsed,
  microphoneError,
  recordingType,
  startRecording,
  type RecorderDeps,
} from "./evidence";

describe("formatElapsed", () => {
  it("shows minutes and two-digit seconds", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(7.9)).toBe("0:07");
    expect(formatElapsed(150)).toBe("2:30");
    expect(formatElapsed(MAX_RECORDING_SECS)).toBe("3:00");
    expect(formatElapsed(-3)).toBe("0:00");
  });
});

describe("recordingType", () => {
  it("asks for the first type the recorder supports", () => {
    expect(recordingType((t) => t === "audio/mp4")).toBe("audio/mp4");
    expect(recordingType(() => true)).toBe(RECORDING_TYPES[0]);
    expect(recordingType(() => false)).toBeUndefined();
    expect(recordingType(undefined)).toBeUndefined();
    expect(
      recordingType(() => {
        throw new Error("old webview");
      }),
    ).toBeUndefined();
  });
});

/** A MediaRecorder stand-in: `data` is what it "records". */
function fakeMedia(data: Blob[], opts: { deny?: string } = {}) {
  const stopped: string[] = [];
  const track = { stop: () => stopped.push("track") };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const made: { options?: MediaRecorderOptions }[] = [];
  class FakeRecorder {
    static isTypeSupported = (t: string) => t === "audio/ogg;codecs=opus";
    state: RecordingState = "inactive";
    mimeType = "audio/ogg";
    ondataavailable: ((ev: BlobEvent) => void) | null = null;
    onstop: (() => void) | null = null;
    onerror: ((ev: Event) => void) | null = null;
    constructor(_stream: MediaStream, options?: MediaRecorderOptions) {
      made.push({ options });
    }
    start() {
      this.state = "recording";
    }
    stop() {
      this.state = "inactive";
      queueMicrotask(() => {
        for (const d of data) this.ondataavailable?.({ data: d } as BlobEvent);
        this.onstop?.();
      });
    }
  }
  const deps: RecorderDeps = {
    getUserMedia: vi.fn(async () => {
      if (opts.deny) throw Object.assign(new Error("no"), { name: opts.deny });
      return stream;
    }),
    Recorder: FakeRecorder as unknown as RecorderDeps["Recorder"],
  };
  return { deps, stopped, made };
}

describe("startRecording", () => {
  it("records, gives the bytes and releases the microphone", async () => {
    const { deps, stopped, made } = fakeMedia([new Blob([new Uint8Array([1, 2])]), new Blob([new Uint8Array([3])])]);
    expect(canRecord(deps)).toBe(true);
    const rec = await startRecording(deps);
    expect(deps.getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(made[0].options).toEqual({ mimeType: "audio/ogg;codecs=opus" });
    expect(await rec.stop()).toEqual(new Uint8Array([1, 2, 3]));
    expect(stopped).toEqual(["track"]);
    rec.cancel(); // after stop: nothing more happens
    expect(stopped).toEqual(["track"]);
  });

  it("says so when nothing was recorded", async () => {
    const { deps } = fakeMedia([]);
    const rec = await startRecording(deps);
    await expect(rec.stop()).rejects.toEqual({ code: "recording-empty", args: {} });
  });

  it("turns a refused microphone into words", async () => {
    const { deps } = fakeMedia([], { deny: "NotAllowedError" });
    await expect(startRecording(deps)).rejects.toEqual({ code: "microphone-denied", args: {} });
    const broken = fakeMedia([], { deny: "NotReadableError" });
    await expect(startRecording(broken.deps)).rejects.toEqual({ code: "microphone-failed", args: {} });
  });

  it("cancelling releases the microphone", async () => {
    const { deps, stopped } = fakeMedia([new Blob(["x"])]);
    const rec = await startRecording(deps);
    rec.cancel();
    expect(stopped.length).toBeGreaterThan(0);
  });

  it("is not offered where the webview has no recorder", () => {
    expect(canRecord({})).toBe(false);
    expect(canRecord({ getUserMedia: async () => ({}) as MediaStream })).toBe(false);
  });
});

describe("microphoneError", () => {
  it("keeps app errors and names the rest", () => {
    expect(microphoneError({ code: "recording-empty", args: {} })).toEqual({ code: "recording-empty", args: {} });
    expect(microphoneError({ name: "SecurityError" }).code).toBe("microphone-denied");
    expect(microphoneError("odd").code).toBe("microphone-failed");
  });
});

describe("blobBytes", () => {
  it("reads a picked file", async () => {
    const file = new File([new Uint8Array([9, 8, 7])], "photo.jpg", { type: "image/jpeg" });
    expect(await blobBytes(file)).toEqual(new Uint8Array([9, 8, 7]));
  });
});

describe("recorder errors", () => {
  it("each has a message in words", async () => {
    const { Messages } = await import("./i18n");
    const en = new Messages("en");
    for (const code of ["microphone-denied", "microphone-failed", "recording-empty", "evidence-missing"]) {
      expect(en.has(`error-${code}`), code).toBe(true);
    }
  });
});
