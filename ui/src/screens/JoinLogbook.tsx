import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { JoinStartView } from "../bindings/JoinStartView";
import type { SyncProgressView } from "../bindings/SyncProgressView";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { strength } from "../passphrase";
import { cleanCode, clock, secondsLeft } from "../pairing";
import { NewPassphrase } from "./CreatePassphrase";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { PictureCode } from "./PictureCode";

/**
 * First run, "Join from another device": the code the other device shows
 * (typed, pasted or read from a picture), a name and a passphrase for
 * this device; then this device's fingerprint, to compare on the other
 * one, while it waits to be allowed; then the copy from the hub with its
 * progress, and the logbook opens.
 */
export function JoinLogbook(props: { msg: Messages; onBack: () => void; onJoined: () => void }) {
  const { msg } = props;
  const [code, setCode] = useState("");
  const [name, setName] = useState(msg.t("app-join-name-default"));
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState<JoinStartView | null>(null);
  const [progress, setProgress] = useState<SyncProgressView | null>(null);
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState<IpcError | string | null>(null);
  const round = useRef(0);
  const level = strength(first);

  useEffect(() => {
    const unlisten = api.onJoinProgress(setProgress);
    return () => {
      unlisten.then((stop) => stop()).catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (first !== again) {
      setError("app-passphrase-mismatch");
      return;
    }
    setBusy(true);
    setError(null);
    setProgress(null);
    const mine = ++round.current;
    try {
      const started = await api.joinStart(cleanCode(code), name);
      setNow(Date.now());
      setWaiting(started);
      await api.joinWait(first);
      if (round.current === mine) props.onJoined();
    } catch (e) {
      if (round.current !== mine) return;
      const err = asIpcError(e);
      if (err.code !== "sync-cancelled") setError(err);
      setWaiting(null);
      setBusy(false);
    }
  };

  const cancel = async () => {
    round.current++;
    setWaiting(null);
    setBusy(false);
    await api.pairCancel().catch(() => undefined);
  };

  if (waiting) {
    const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
    return (
      <main class="screen" id="screen-join">
        <h1>
          <Icon name="device" /> {msg.t("app-join-title")}
        </h1>
        <p>{msg.t("app-join-check")}</p>
        <p id="join-fingerprint" class="fingerprint">
          {waiting.fingerprint}
        </p>
        <div class="progress" role="status">
          <label for="join-progress">{msg.t(progress ? "app-join-copying" : "app-join-waiting")}</label>
          <progress id="join-progress" class="wait" max={100} value={percent} />
        </div>
        {!progress && (
          <p id="join-expires">
            {msg.t("app-pair-expires", { time: clock(secondsLeft(waiting.expiresMs, now)) })}
          </p>
        )}
        <div class="actions">
          <button type="button" id="join-cancel" class="secondary" onClick={cancel} disabled={progress !== null}>
            <Icon name="close" /> {msg.t("app-cancel")}
          </button>
        </div>
      </main>
    );
  }

  return (
    <main class="screen" id="screen-join">
      <h1>
        <Icon name="device" /> {msg.t("app-join-title")}
      </h1>
      <p>{msg.t("app-join-intro")}</p>
      <form onSubmit={submit}>
        <label for="join-code">{msg.t("app-join-code")}</label>
        <textarea
          id="join-code"
          rows={3}
          autocapitalize="characters"
          spellcheck={false}
          placeholder={msg.t("app-join-code-hint")}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <PictureCode msg={msg} id="join-picture" label="app-join-picture" disabled={busy} onCode={setCode} />
        <label for="join-name">{msg.t("app-join-name")}</label>
        <input id="join-name" type="text" maxLength={64} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <NewPassphrase
          msg={msg}
          prefix="join-"
          label="app-join-passphrase"
          first={first}
          again={again}
          onFirst={setFirst}
          onAgain={setAgain}
        />
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          <button type="button" class="secondary" onClick={props.onBack} disabled={busy}>
            <Icon name="back" /> {msg.t("app-back")}
          </button>
          <button
            type="submit"
            id="join-send"
            class="primary"
            disabled={busy || !code.trim() || !name.trim() || level === "too-short"}
          >
            <Icon name="next" /> {msg.t(busy ? "app-working" : "app-join-send")}
          </button>
        </div>
      </form>
    </main>
  );
}
