// Evidence in the UI without the screens: reading picked files, the voice
// recorder over getUserMedia + MediaRecorder, and object URLs for stored
// bytes. Kept apart from the components so vitest can drive it with fakes
// (jsdom has no microphone, and neither has Xvfb).
import type { IpcError } from "./bindings/IpcError";

/** The longest voice note, in seconds: long enough to tell about a skill,
 * short enough to stay far below carnet-core's 5 MB limit (Opus speech is
 * about 4 KB a second; AAC from WebKit about 16). */
export const MAX_RECORDING_SECS = 180;

/** Container types asked of MediaRecorder, best first. All are accepted by
 * carnet-core: Opus in WebM or Ogg is smallest; MP4 (AAC) is what WebKit
 * records. `undefined` lets the recorder choose. */
export const RECORDING_TYPES = [
  "audio/webm;codecs=opus",
  "audio/ogg;codecs=opus",
  "audio/mp4",
  "audio/webm",
  "audio/ogg",
];

/** Minutes and seconds, as a recorder shows them: 0:07, 2:30. */
export function formatElapsed(secs: number): string {
  const whole = Math.max(0, Math.floor(secs));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  return `${minutes}:${seconds.toString().padStart(2, "0")}`;
}

/** The bytes of a picked file or a finished recording. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The first type the recorder supports, or `undefined` for its default. */
export function recordingType(isSupported: ((type: string) => boolean) | undefined): string | undefined {
  if (!isSupported) return undefined;
  return RECORDING_TYPES.find((t) => {
    try {
      return isSupported(t);
    } catch {
      return false;
    }
  });
}

/** What recording needs from the page; the real `navigator` and
 * `MediaRecorder` in the app, fakes in tests. */
export interface RecorderDeps {
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  Recorder?: {
    new (stream: MediaStream, options?: MediaRecorderOptions): MediaRecorder;
    isTypeSupported?: (type: string) => boolean;
  };
}

/** The page's own microphone and recorder, where the webview has them. */
export function pageRecorderDeps(): RecorderDeps {
  const devices = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
  return {
    getUserMedia: devices?.getUserMedia ? (c) => devices.getUserMedia(c) : undefined,
    Recorder: typeof MediaRecorder === "function" ? MediaRecorder : undefined,
  };
}

/** Whether a voice note can be recorded here; else only a sound file can
 * be attached (the button is hidden). */
export function canRecord(deps: RecorderDeps): boolean {
  return typeof deps.getUserMedia === "function" && typeof deps.Recorder === "function";
}

/** A refused or failed microphone, as an error the UI shows in words. */
export function microphoneError(e: unknown): IpcError {
  const name = typeof e === "object" && e !== null && "name" in e ? String((e as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") {
    return { code: "microphone-denied", args: {} };
  }
  if (typeof e === "object" && e !== null && "code" in e && "args" in e) return e as IpcError;
  return { code: "microphone-failed", args: {} };
}

/** A recording under way. */
export interface Recording {
  /** Stops and gives the recorded bytes (rejects with `recording-empty`
   * when nothing came). The microphone is released either way. */
  stop(): Promise<Uint8Array>;
  /** Stops and throws the sound away. */
  cancel(): void;
}

/** Asks for the microphone and starts recording. Rejects with an
 * `IpcError` (see [`microphoneError`]) when it cannot. */
export async function startRecording(deps: RecorderDeps): Promise<Recording> {
  if (!deps.getUserMedia || !deps.Recorder) throw { code: "microphone-failed", args: {} } satisfies IpcError;
  let stream: MediaStream;
  try {
    stream = await deps.getUserMedia({ audio: true });
  } catch (e) {
    throw microphoneError(e);
  }
  const release = () => stream.getTracks().forEach((t) => t.stop());
  const type = recordingType(deps.Recorder.isTypeSupported?.bind(deps.Recorder));
  let recorder: MediaRecorder;
  try {
    recorder = new deps.Recorder(stream, type ? { mimeType: type } : undefined);
  } catch (e) {
    release();
    throw microphoneError(e);
  }
  const chunks: Blob[] = [];
  recorder.ondataavailable = (ev: BlobEvent) => {
    if (ev.data && ev.data.size > 0) chunks.push(ev.data);
  };
  const finished = new Promise<Blob>((resolve, reject) => {
    recorder.onstop = () => {
      release();
      resolve(new Blob(chunks, { type: recorder.mimeType || type || "" }));
    };
    recorder.onerror = (ev: Event) => {
      release();
      reject(microphoneError(ev));
    };
  });
  // Chunks every second, so a recorder that dies late still leaves sound.
  try {
    recorder.start(1000);
  } catch (e) {
    release();
    throw microphoneError(e);
  }
  let stopped = false;
  const end = () => {
    stopped = true;
    if (recorder.state !== "inactive") recorder.stop();
  };
  return {
    async stop() {
      end();
      const blob = await finished;
      if (blob.size === 0) throw { code: "recording-empty", args: {} } satisfies IpcError;
      return blobBytes(blob);
    },
    cancel() {
      if (stopped) return;
      finished.catch(() => undefined);
      end();
      release();
    },
  };
}

/** An object URL for stored bytes (a thumbnail, a voice note); the caller
 * revokes it when the element goes away. */
export function bytesUrl(bytes: ArrayBuffer | Uint8Array, mime: string): string {
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
}
