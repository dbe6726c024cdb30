import { useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function Unlock(props: { msg: Messages; idle?: boolean; onUnlocked: () => void }) {
  const { msg } = props;
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.unlock(passphrase);
      props.onUnlocked();
    } catch (e) {
      setError(asIpcError(e));
      setBusy(false);
    }
  };

  return (
    <main class="screen" id="screen-unlock">
      <h1>
        <Icon name="lock" /> {msg.t("app-unlock-title")}
      </h1>
      {props.idle && (
        <p role="status" id="idle-locked">
          {msg.t("app-locked-idle")}
        </p>
      )}
      <form onSubmit={submit}>
        <label for="passphrase">{msg.t("app-passphrase")}</label>
        <input
          id="passphrase"
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          <button type="submit" id="unlock" class="primary" disabled={busy || !passphrase}>
            <Icon name="unlock" /> {msg.t(busy ? "app-working" : "app-unlock")}
          </button>
        </div>
      </form>
    </main>
  );
}
