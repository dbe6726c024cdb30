// Photos of papers and voice notes: what an entry holds (thumbnails and
// players) and the buttons that add more (camera or file picker, the
// recorder, a sound file). Bytes come and go through api.ts only.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { EvidenceView } from "../bindings/EvidenceView";
import type { IpcError } from "../bindings/IpcError";
import {
  MAX_RECORDING_SECS,
  blobBytes,
  bytesUrl,
  canRecord,
  formatElapsed,
  pageRecorderDeps,
  startRecording,
  type RecorderDeps,
  type Recording,
} from "../evidence";
import { Icon } from "../icons";
import type { Messages } from "../i18n";

type Loaded = { url: string } | { missing: true } | null;

/** Loads one item's bytes into an object URL, revoked when it goes: a
 * photo's thumbnail, or with `full` the stored photo itself; a voice
 * note's sound. */
function useEvidenceUrl(item: EvidenceView, full = false): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let url: string | null = null;
    let current = true;
    const thumbnail = item.kind === "photo" && !full;
    const load = thumbnail ? api.evidenceThumbnail(item.sha256) : api.evidenceBytes(item.sha256);
    const mime = thumbnail ? "image/jpeg" : item.mime;
    load
      .then((bytes) => {
        if (!current) return;
        url = bytesUrl(bytes, mime);
        setLoaded({ url });
      })
      .catch(() => current && setLoaded({ missing: true }));
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [item.sha256, item.kind, item.mime, full]);
  return loaded;
}

/** "Remove", then a confirmation that says what removing does. */
function RemoveButton({ msg, onRemove }: { msg: Messages; onRemove: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="secondary remove-evidence" onClick={() => setAsking(true)}>
        <Icon name="trash" /> {msg.t("app-remove")}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog">
      <p>{msg.t("app-evidence-remove-confirm")}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          <Icon name="close" /> {msg.t("app-cancel")}
        </button>
        <button type="button" class="danger confirm-remove-evidence" onClick={() => void onRemove()}>
          <Icon name="trash" /> {msg.t("app-remove-yes")}
        </button>
      </div>
    </div>
  );
}

/** A photo at full size over the whole screen, to read the paper it
 * shows: loads the stored bytes (not the thumbnail) only when opened;
 * Close or Escape goes back to where the person was. */
function PhotoView(props: { msg: Messages; item: EvidenceView; label: string; onClose: () => void }) {
  const { msg, item, label, onClose } = props;
  const loaded = useEvidenceUrl(item, true);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div class="photo-view" role="dialog" aria-modal="true" aria-label={label}>
      <button type="button" class="close-photo" ref={close} onClick={onClose}>
        <Icon name="close" /> {msg.t("app-evidence-close")}
      </button>
      {loaded && "url" in loaded && <img class="photo-full" src={loaded.url} alt={label} />}
      {loaded && "missing" in loaded && <p class="hint">{msg.t("app-evidence-missing")}</p>}
    </div>
  );
}

function Item(props: { msg: Messages; item: EvidenceView; number: number; onRemove?: () => Promise<void> }) {
  const { msg, item, number } = props;
  const remove = props.onRemove && <RemoveButton msg={msg} onRemove={props.onRemove} />;
  const loaded = useEvidenceUrl(item);
  const missing = loaded !== null && "missing" in loaded;
  const url = loaded !== null && "url" in loaded ? loaded.url : undefined;
  const [large, setLarge] = useState(false);
  const closeLarge = useCallback(() => setLarge(false), []);
  if (item.kind === "photo") {
    const label = msg.t("app-evidence-photo", { number });
    return (
      <li class="evidence-item photo" data-sha={item.sha256}>
        {/* The same box before and after the thumbnail arrives, so that
            nothing below it moves under a finger (or a test's click). */}
        <button type="button" class="view-photo" onClick={() => setLarge(true)} disabled={missing}>
          {url ? (
            <img class="thumb" src={url} alt={label} width={96} height={96} />
          ) : (
            <span class="thumb placeholder" role="img" aria-label={label}>
              <Icon name="camera" size={32} />
            </span>
          )}
          <span>
            <Icon name="search" /> {msg.t("app-evidence-view")}
          </span>
        </button>
        {missing && <span class="hint">{msg.t("app-evidence-missing")}</span>}
        {large && <PhotoView msg={msg} item={item} label={label} onClose={closeLarge} />}
        {remove}
      </li>
    );
  }
  if (item.kind === "voice") {
    return (
      <li class="evidence-item voice" data-sha={item.sha256}>
        <span class="voice-label">
          <Icon name="mic" /> {msg.t("app-evidence-voice", { number })}
        </span>
        {url && <audio controls preload="metadata" src={url} aria-label={msg.t("app-evidence-voice", { number })} />}
        {missing && <span class="hint">{msg.t("app-evidence-missing")}</span>}
        {remove}
      </li>
    );
  }
  return (
    <li class="evidence-item other" data-sha={item.sha256}>
      <span class="hint">{msg.t("app-evidence-other")}</span>
      {remove}
    </li>
  );
}

/** An entry's photos (thumbnails) and voice notes (players), numbered per kind. */
export function EvidenceItems({
  msg,
  items,
  onRemove,
}: {
  msg: Messages;
  items: EvidenceView[];
  /** Offers "Remove" on each item (the add/edit screen). */
  onRemove?: (item: EvidenceView) => Promise<void>;
}) {
  if (items.length === 0) return null;
  const counts = { photo: 0, voice: 0, other: 0 };
  return (
    <ul class="evidence-items" role="list">
      {items.map((item) => {
        counts[item.kind] += 1;
        return (
          <Item
            key={item.sha256}
            msg={msg}
            item={item}
            number={counts[item.kind]}
            onRemove={onRemove && (() => onRemove(item))}
          />
        );
      })}
    </ul>
  );
}

type Busy = "photo" | "voice" | "starting" | null;

/** The buttons that add evidence. `attach` does the saving (the entry is
 * saved first when it is new); errors are shown by the form via `onError`. */
export function EvidenceActions(props: {
  msg: Messages;
  attach: (kind: "photo" | "voice", bytes: Uint8Array) => Promise<void>;
  onError: (e: IpcError | null) => void;
  disabled?: boolean;
  deps?: RecorderDeps;
}) {
  const { msg } = props;
  const deps = props.deps ?? pageRecorderDeps();
  const photoInput = useRef<HTMLInputElement>(null);
  const soundInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [recording, setRecording] = useState<Recording | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const startedAt = useRef(0);

  const run = async (kind: "photo" | "voice", bytes: () => Promise<Uint8Array>) => {
    props.onError(null);
    setBusy(kind);
    try {
      await props.attach(kind, await bytes());
    } catch (e) {
      props.onError(e as IpcError);
    } finally {
      setBusy(null);
    }
  };

  const picked = (kind: "photo" | "voice") => (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Emptied so that picking the same file again still fires a change.
    void run(kind, () => blobBytes(file)).finally(() => {
      input.value = "";
    });
  };

  const record = async () => {
    props.onError(null);
    setBusy("starting");
    try {
      const rec = await startRecording(deps);
      startedAt.current = Date.now();
      setElapsed(0);
      setRecording(rec);
    } catch (e) {
      props.onError(e as IpcError);
    } finally {
      setBusy(null);
    }
  };

  const stop = (rec: Recording) => {
    setRecording(null);
    void run("voice", () => rec.stop());
  };

  // The clock while recording; the recording stops by itself at the limit.
  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => {
      const secs = Math.floor((Date.now() - startedAt.current) / 1000);
      setElapsed(secs);
      if (secs >= MAX_RECORDING_SECS) stop(recording);
    }, 250);
    return () => clearInterval(timer);
  }, [recording]);

  // Leaving the screen while recording releases the microphone.
  useEffect(() => () => recording?.cancel(), [recording]);

  const off = props.disabled || busy !== null;
  return (
    <div class="evidence-actions">
      <button type="button" id="add-photo" class="secondary wide" disabled={off || !!recording} onClick={() => photoInput.current?.click()}>
        <Icon name="camera" /> {msg.t("app-evidence-add-photo")}
      </button>
      <input
        ref={photoInput}
        id="photo-file"
        class="file-input"
        type="file"
        accept="image/*"
        capture="environment"
        tabIndex={-1}
        aria-hidden="true"
        onChange={picked("photo")}
      />
      {canRecord(deps) && !recording && (
        <button type="button" id="record" class="secondary wide" disabled={off} onClick={record}>
          <Icon name="mic" /> {msg.t("app-evidence-record")}
        </button>
      )}
      {recording && (
        <div class="recording" role="status" id="recording">
          <span class="rec-dot" aria-hidden="true" />
          <span id="recording-time">
            {msg.t("app-evidence-recording", {
              time: formatElapsed(elapsed),
              max: formatElapsed(MAX_RECORDING_SECS),
            })}
          </span>
          <button type="button" id="stop-recording" class="primary" onClick={() => stop(recording)}>
            <Icon name="stop" /> {msg.t("app-evidence-stop")}
          </button>
        </div>
      )}
      <button type="button" id="attach-sound" class="secondary wide" disabled={off || !!recording} onClick={() => soundInput.current?.click()}>
        <Icon name="sound" /> {msg.t("app-evidence-attach-sound")}
      </button>
      <input
        ref={soundInput}
        id="voice-file"
        class="file-input"
        type="file"
        accept="audio/*"
        tabIndex={-1}
        aria-hidden="true"
        onChange={picked("voice")}
      />
      {busy && (
        <p role="status" class="progress-line" id="evidence-progress">
          <span class="spinner" aria-hidden="true" />{" "}
          {msg.t(
            busy === "photo"
              ? "app-evidence-adding-photo"
              : busy === "voice"
                ? "app-evidence-adding-voice"
                : "app-evidence-starting",
          )}
        </p>
      )}
    </div>
  );
}
