// Settings: "Open with a PIN". Offered only where the platform keystore
// answers (src-tauri/src/pin.rs); setting a PIN asks for the passphrase
// again. The PIN field shows a number pad on phones.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { PinStatusView } from "../bindings/PinStatusView";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";

/** A PIN input: digits only, a number pad on phones, hidden as typed. */
export function PinInput(props: { id: string; value: string; onInput: (v: string) => void; autocomplete: string }) {
  return (
    <input
      id={props.id}
      type="password"
      inputmode="numeric"
      pattern="[0-9]*"
      maxLength={12}
      autocomplete={props.autocomplete}
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value.replace(/\D/g, ""))}
    />
  );
}

export function PinSettings({ msg, onChange }: { msg: Messages; onChange: (set: boolean) => void }) {
  const [status, setStatus] = useState<PinStatusView | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [pin, setPin] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | string | null>(null);

  useEffect(() => {
    api.pinStatus().then(setStatus, (e) => setError(asIpcError(e)));
  }, []);

  const work = async (run: () => Promise<void>, said: string, enabled: boolean) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await run();
      setStatus((s) => (s ? { ...s, enabled } : s));
      onChange(enabled);
      setDone(said);
      setPassphrase("");
      setPin("");
      setAgain("");
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
  };

  const submit = (ev: Event) => {
    ev.preventDefault();
    if (pin !== again) {
      setDone(null);
      setError("app-pin-mismatch");
      return;
    }
    void work(() => api.pinSet(passphrase, pin), "app-pin-set-done", true);
  };

  return (
    <section aria-labelledby="settings-pin" id="pin-settings">
      <h2 id="settings-pin">
        <Icon name="key" /> {msg.t("app-pin-title")}
      </h2>
      <p>{msg.t("app-pin-intro")}</p>
      {done && (
        <p role="status" class="ok" id="pin-done">
          <Icon name="check" /> {msg.t(done)}
        </p>
      )}
      {status && !status.available && !status.enabled && (
        <p class="hint" id="pin-unavailable">
          <Icon name="info" /> {msg.t("app-pin-unavailable")}
        </p>
      )}
      {status?.enabled && (
        <>
          <p id="pin-on">{msg.t("app-pin-on")}</p>
          <ErrorLine msg={msg} error={error} />
          <button
            type="button"
            id="pin-remove"
            class="secondary"
            disabled={busy}
            onClick={() => void work(() => api.pinRemove(), "app-pin-removed", false)}
          >
            <Icon name="trash" /> {msg.t(busy ? "app-working" : "app-pin-remove")}
          </button>
        </>
      )}
      {status?.available && !status.enabled && (
        <form onSubmit={submit} id="pin-form">
          <label for="pin-passphrase">{msg.t("app-passphrase-current")}</label>
          <input
            id="pin-passphrase"
            type="password"
            autocomplete="current-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <label for="pin-new">{msg.t("app-pin-new")}</label>
          <PinInput id="pin-new" value={pin} onInput={setPin} autocomplete="off" />
          <label for="pin-again">{msg.t("app-pin-again")}</label>
          <PinInput id="pin-again" value={again} onInput={setAgain} autocomplete="off" />
          <ErrorLine msg={msg} error={error} />
          <div class="actions">
            <button type="submit" id="pin-set" class="primary" disabled={busy || !passphrase || pin.length < 6}>
              <Icon name="check" /> {msg.t(busy ? "app-working" : "app-pin-set")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
