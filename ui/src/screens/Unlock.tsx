import { useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { PinInput } from "./PinSettings";

/** Errors after which the PIN cannot work: back to the passphrase. */
const PIN_GONE = new Set(["pin-locked", "pin-keystore", "pin-none"]);

/** The unlock screen: the PIN first where one is set on this device
 * (src-tauri/src/pin.rs), the passphrase always one tap away. */
export function Unlock(props: {
  msg: Messages;
  idle?: boolean;
  /** A PIN is set on this device (AppInfo.pinSet). */
  pinSet: boolean;
  /** The PIN can no longer work (turned off after wrong tries, or its
   * device secret is gone): the app forgets it was set. */
  onPinGone: () => void;
  onUnlocked: () => void;
}) {
  const { msg, pinSet } = props;
  const [passphrase, setPassphrase] = useState("");
  const [pin, setPin] = useState("");
  const [usePin, setUsePin] = useState(pinSet);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (usePin) await api.unlockPin(pin);
      else await api.unlock(passphrase);
      props.onUnlocked();
    } catch (e) {
      const err = asIpcError(e);
      setError(err);
      setPin("");
      if (usePin && PIN_GONE.has(err.code)) {
        setUsePin(false);
        props.onPinGone();
      }
      setBusy(false);
    }
  };

  const switchTo = (pinMode: boolean) => {
    setError(null);
    setUsePin(pinMode);
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
        {usePin ? (
          <>
            <label for="pin">{msg.t("app-pin")}</label>
            <PinInput id="pin" value={pin} onInput={setPin} autocomplete="current-password" />
          </>
        ) : (
          <>
            <label for="passphrase">{msg.t("app-passphrase")}</label>
            <input
              id="passphrase"
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          </>
        )}
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          {usePin ? (
            <button type="submit" id="unlock-pin" class="primary" disabled={busy || pin.length < 6}>
              <Icon name="unlock" /> {msg.t(busy ? "app-working" : "app-pin-unlock")}
            </button>
          ) : (
            <button type="submit" id="unlock" class="primary" disabled={busy || !passphrase}>
              <Icon name="unlock" /> {msg.t(busy ? "app-working" : "app-unlock")}
            </button>
          )}
        </div>
      </form>
      {pinSet && (
        <button type="button" id="switch-unlock" class="secondary wide" onClick={() => switchTo(!usePin)} disabled={busy}>
          <Icon name={usePin ? "key" : "lock"} /> {msg.t(usePin ? "app-pin-use-passphrase" : "app-pin-use-pin")}
        </button>
      )}
    </main>
  );
}
