// This device's name, as the person's other devices list it ("Amina's
// phone" rather than "device"), so that removing a lost phone picks the
// right one.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function DeviceName({ msg }: { msg: Messages }) {
  const [name, setName] = useState("");
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    api
      .deviceName()
      .then(setName)
      .catch((e) => setError(asIpcError(e)));
  }, []);
  const save = async () => {
    setError(null);
    try {
      setName(await api.setDeviceName(name));
      setSaved(true);
    } catch (e) {
      setError(asIpcError(e));
    }
  };
  return (
    <section aria-labelledby="device-name-title">
      <h2 id="device-name-title">
        <Icon name="device" /> {msg.t("app-device-name")}
      </h2>
      <label for="device-name">{msg.t("app-device-name-hint")}</label>
      <input
        id="device-name"
        type="text"
        maxLength={64}
        value={name}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="actions">
        <button type="button" id="save-device-name" class="secondary" onClick={save} disabled={name.trim() === ""}>
          <Icon name="check" /> {msg.t("app-save")}
        </button>
      </div>
      {saved && (
        <p class="ok" id="device-name-saved" role="status">
          {msg.t("app-device-name-saved")}
        </p>
      )}
      <ErrorLine msg={msg} error={error} />
    </section>
  );
}
