// "Scan with the camera": on phones only (AppInfo.cameraScanner), beside
// opening a picture. The camera opens full screen until it sees a square
// code; its text goes to `onCode`. On computers nothing is drawn: the
// picture button does the work, so there is never a dead button.
import { useState } from "preact/hooks";
import { api, hasCameraScanner } from "../api";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function ScanButton(props: { msg: Messages; id: string; disabled?: boolean; onCode: (text: string) => void }) {
  const { msg } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  if (!hasCameraScanner()) return null;
  const scan = async () => {
    setBusy(true);
    setError(null);
    try {
      props.onCode(await api.scanWithCamera());
    } catch (e) {
      setError(asIpcError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="scan-camera">
      <button type="button" id={props.id} class="primary wide" disabled={props.disabled || busy} onClick={scan}>
        <Icon name="scan" /> {msg.t(busy ? "app-working" : "app-scan-camera")}
      </button>
      <ErrorLine msg={msg} error={error} />
    </div>
  );
}
