import { useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { fileBytes } from "../pairing";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { ScanButton } from "./ScanButton";

/**
 * "Open a picture of the code": a file picker (on a phone it also offers
 * the camera) whose picture Carnet reads the square code from. The input
 * is hidden behind a label styled as a button, so the control looks like
 * every other button and is as large.
 */
export function PictureCode(props: {
  msg: Messages;
  id: string;
  label: string;
  disabled?: boolean;
  onCode: (text: string) => void;
}) {
  const { msg } = props;
  const [busy, setBusy] = useState(false);
  const [read, setRead] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const choose = async (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setRead(false);
    setError(null);
    try {
      props.onCode(await api.decodeQr(await fileBytes(file)));
      setRead(true);
    } catch (e) {
      setError(asIpcError(e));
    }
    input.value = "";
    setBusy(false);
  };

  return (
    <div class="picture-code">
      <ScanButton msg={msg} id={`${props.id}-scan`} disabled={props.disabled || busy} onCode={props.onCode} />
      <label class={props.disabled || busy ? "button secondary disabled" : "button secondary"} for={props.id}>
        <Icon name="picture" /> {msg.t(busy ? "app-working" : props.label)}
      </label>
      <input
        id={props.id}
        class="file"
        type="file"
        accept="image/*"
        disabled={props.disabled || busy}
        onChange={choose}
      />
      {read && (
        <p role="status" class="ok picture-read">
          {msg.t("app-picture-read")}
        </p>
      )}
      <ErrorLine msg={msg} error={error} />
    </div>
  );
}
