import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { SyncProgressView } from "../bindings/SyncProgressView";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { cleanCode } from "../pairing";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { PictureCode } from "./PictureCode";

/**
 * First run, "Recover with a sheet": the 12 words and the hub address, or
 * the square code (its text, or a photo of the sheet), and the passphrase
 * the logbook had; then the copy from the hub with its progress, and the
 * logbook opens.
 */
export function RecoverLogbook(props: { msg: Messages; onBack: () => void; onRecovered: () => void }) {
  const { msg } = props;
  const [byWords, setByWords] = useState(true);
  const [words, setWords] = useState("");
  const [hub, setHub] = useState("");
  const [code, setCode] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgressView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    const unlisten = api.onJoinProgress(setProgress);
    return () => {
      unlisten.then((stop) => stop()).catch(() => undefined);
    };
  }, []);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const input = byWords ? { words, hub } : { sheetCode: cleanCode(code) };
      await api.recoverLogbook(input, passphrase);
      props.onRecovered();
    } catch (e) {
      setError(asIpcError(e));
      setBusy(false);
    }
  };

  const ready = passphrase !== "" && (byWords ? words.trim() !== "" && hub.trim() !== "" : code.trim() !== "");
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;

  return (
    <main class="screen" id="screen-recover">
      <h1>
        <Icon name="paper" /> {msg.t("app-recover-title")}
      </h1>
      <p>{msg.t("app-recover-intro")}</p>
      <div class="nav" role="group">
        <button
          type="button"
          id="recover-by-words"
          class={byWords ? "primary" : "secondary"}
          aria-pressed={byWords}
          onClick={() => setByWords(true)}
          disabled={busy}
        >
          <Icon name="edit" /> {msg.t("app-recover-by-words")}
        </button>
        <button
          type="button"
          id="recover-by-code"
          class={byWords ? "secondary" : "primary"}
          aria-pressed={!byWords}
          onClick={() => setByWords(false)}
          disabled={busy}
        >
          <Icon name="qr" /> {msg.t("app-recover-by-code")}
        </button>
      </div>
      <form onSubmit={submit}>
        {byWords ? (
          <>
            <label for="recover-words">{msg.t("app-recover-words")}</label>
            <textarea
              id="recover-words"
              rows={4}
              autocapitalize="none"
              spellcheck={false}
              placeholder={msg.t("app-recover-words-hint")}
              value={words}
              onInput={(e) => setWords(e.currentTarget.value)}
            />
            <label for="recover-hub">{msg.t("app-recover-hub")}</label>
            <input
              id="recover-hub"
              type="url"
              inputMode="url"
              placeholder={msg.t("app-hub-address-hint")}
              value={hub}
              onInput={(e) => setHub(e.currentTarget.value)}
            />
          </>
        ) : (
          <>
            <label for="recover-code">{msg.t("app-recover-code")}</label>
            <textarea
              id="recover-code"
              rows={3}
              autocapitalize="characters"
              spellcheck={false}
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
            <PictureCode msg={msg} id="recover-picture" label="app-recover-picture" disabled={busy} onCode={setCode} />
          </>
        )}
        <label for="recover-passphrase">{msg.t("app-recover-passphrase")}</label>
        <input
          id="recover-passphrase"
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        {busy && (
          <div class="progress" role="status">
            <label for="recover-progress">{msg.t(progress ? "app-join-copying" : "app-working")}</label>
            <progress id="recover-progress" class="wait" max={100} value={percent} />
          </div>
        )}
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          <button type="button" class="secondary" onClick={props.onBack} disabled={busy}>
            <Icon name="back" /> {msg.t("app-back")}
          </button>
          <button type="submit" id="recover-start" class="primary" disabled={busy || !ready}>
            <Icon name="check" /> {msg.t(busy ? "app-working" : "app-recover-start")}
          </button>
        </div>
      </form>
    </main>
  );
}
