import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { SyncProgressView } from "../bindings/SyncProgressView";
import type { SyncStatusView } from "../bindings/SyncStatusView";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { Devices } from "./Devices";
import { DeviceName } from "./DeviceName";
import { PairDevice } from "./PairDevice";
import { ScreenBar } from "./ScreenBar";

/**
 * Hub address, "Sync now" with a progress bar, last synced, pending
 * changes; then adding another device and the list of devices.
 */
export function Sync(props: { msg: Messages; onBack: () => void }) {
  const { msg } = props;
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgressView | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  // Bumped when the devices list may have changed (a sync, a pairing).
  const [devicesVersion, setDevicesVersion] = useState(0);

  const show = (s: SyncStatusView) => {
    setStatus(s);
    setUrl((u) => u || s.hub || "");
  };

  useEffect(() => {
    api
      .syncStatus()
      .then(show)
      .catch((e) => setError(asIpcError(e)));
    const unlisten = api.onSyncProgress(setProgress);
    return () => {
      unlisten.then((stop) => stop()).catch(() => undefined);
    };
  }, []);

  const saveHub = async (ev: Event) => {
    ev.preventDefault();
    setError(null);
    setDone(false);
    try {
      show(await api.setHub(url));
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  const syncNow = async () => {
    setBusy(true);
    setError(null);
    setDone(false);
    setProgress(null);
    try {
      if (url.trim() && url.trim() !== status?.hub) await api.setHub(url);
      await api.syncNow();
      setDone(true);
    } catch (e) {
      setError(asIpcError(e));
    }
    try {
      show(await api.syncStatus());
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
    setDevicesVersion((v) => v + 1);
  };

  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;

  return (
    <main class="screen" id="screen-sync">
      <ScreenBar msg={msg} icon="sync" title={msg.t("app-sync-title")} onBack={props.onBack} disabled={busy} />
      <p>{msg.t("app-sync-intro")}</p>
      <form onSubmit={saveHub}>
        <label for="hub-url">{msg.t("app-hub-address")}</label>
        <input
          id="hub-url"
          type="url"
          inputMode="url"
          value={url}
          placeholder={msg.t("app-hub-address-hint")}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" id="save-hub" class="secondary" disabled={busy || !url.trim()}>
            <Icon name="check" /> {msg.t("app-hub-save")}
          </button>
          <button type="button" id="sync-now" class="primary" onClick={syncNow} disabled={busy || !url.trim()}>
            <Icon name="sync" /> {msg.t(busy ? "app-working" : "app-sync-now")}
          </button>
        </div>
      </form>
      {busy && (
        <div class="progress">
          <label for="sync-progress">{progress ? msg.t(`app-sync-${progress.phase}`) : msg.t("app-working")}</label>
          <progress id="sync-progress" max={100} value={percent ?? undefined} />
        </div>
      )}
      <ErrorLine msg={msg} error={error} />
      {done && (
        <p role="status" id="sync-done" class="ok">
          {msg.t("app-sync-done")}
        </p>
      )}
      {status && (
        <div class="status">
          <p id="last-synced">
            {status.lastSyncedMs === null
              ? msg.t("app-sync-never")
              : msg.t("app-sync-last", { when: new Date(status.lastSyncedMs).toLocaleString(msg.lang) })}
          </p>
          <p id="pending" data-count={String(status.pendingChanges)}>
            {msg.t("app-sync-pending", { count: status.pendingChanges })}
          </p>
        </div>
      )}
      <PairDevice msg={msg} disabled={busy} onPaired={() => setDevicesVersion((v) => v + 1)} />
      <DeviceName msg={msg} />
      <Devices msg={msg} version={devicesVersion} disabled={busy} />
    </main>
  );
}
