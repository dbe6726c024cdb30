import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { DeviceRemovedView } from "../bindings/DeviceRemovedView";
import type { DeviceView } from "../bindings/DeviceView";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { day } from "../pairing";
import { ErrorLine, asIpcError } from "./ErrorLine";

/**
 * The devices of this logbook (each appears after its first sync), this
 * one marked; any other can be removed after a confirmation that says
 * what removing does. `version` changes when the list may have changed
 * (after a sync or a pairing).
 */
export function Devices(props: { msg: Messages; version: number; disabled: boolean }) {
  const { msg } = props;
  const [devices, setDevices] = useState<DeviceView[] | null>(null);
  const [asking, setAsking] = useState<DeviceView | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<DeviceRemovedView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const load = () =>
    api
      .listDevices()
      .then(setDevices)
      .catch((e) => setError(asIpcError(e)));

  useEffect(() => {
    load();
  }, [props.version]);

  const remove = async (d: DeviceView) => {
    setBusy(true);
    setError(null);
    try {
      setRemoved(await api.removeDevice(d.id));
      setAsking(null);
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
    await load();
  };

  return (
    <section aria-labelledby="devices-title" id="devices">
      <h2 id="devices-title">
        <Icon name="device" /> {msg.t("app-devices-title")}
      </h2>
      {removed && (
        <div role="status" id="device-removed">
          <p class="ok">{msg.t("app-devices-removed-done", { name: removed.name })}</p>
          {removed.printNewSheet && <p id="device-new-sheet">{msg.t("app-devices-new-sheet")}</p>}
        </div>
      )}
      <ErrorLine msg={msg} error={error} />
      {devices !== null && devices.length === 0 && <p id="devices-none">{msg.t("app-devices-none")}</p>}
      {devices !== null && devices.length > 0 && (
        <ul class="devices" role="list">
          {devices.map((d) => (
            <li class={d.removedMs === null ? "device" : "device removed"} data-device={d.id} data-name={d.name}>
              <span class="device-name">
                <Icon name="device" /> {d.name}
              </span>
              <span class="entry-meta">
                {d.thisDevice && <span class="badge this-device">{msg.t("app-devices-this")}</span>}
                <span>{msg.t("app-devices-added", { date: day(d.addedMs, msg.lang) })}</span>
                {d.removedMs !== null && (
                  <span class="removed-on">{msg.t("app-devices-removed", { date: day(d.removedMs, msg.lang) })}</span>
                )}
              </span>
              {!d.thisDevice && d.removedMs === null && asking?.id !== d.id && (
                <div class="entry-actions">
                  <button
                    type="button"
                    class="secondary remove-device"
                    disabled={busy || props.disabled}
                    onClick={() => {
                      setRemoved(null);
                      setAsking(d);
                    }}
                  >
                    <Icon name="trash" /> {msg.t("app-devices-remove")}
                  </button>
                </div>
              )}
              {asking?.id === d.id && (
                <div class="confirm" role="alertdialog" aria-labelledby="remove-device-question">
                  <p id="remove-device-question">{msg.t("app-devices-remove-confirm", { name: d.name })}</p>
                  <p class="consequences">{msg.t("app-devices-remove-consequences")}</p>
                  {busy && <progress class="wait" aria-label={msg.t("app-working")} />}
                  <div class="actions">
                    <button type="button" class="secondary" onClick={() => setAsking(null)} disabled={busy}>
                      <Icon name="close" /> {msg.t("app-cancel")}
                    </button>
                    <button type="button" class="danger confirm-remove-device" onClick={() => remove(d)} disabled={busy}>
                      <Icon name="trash" /> {msg.t(busy ? "app-working" : "app-devices-remove-yes")}
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
