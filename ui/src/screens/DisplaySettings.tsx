// How the screens look: high contrast (black on white, strong borders)
// and larger text, saved in the data folder with the other settings.
import { useState } from "preact/hooks";
import { api } from "../api";
import type { AppSettings } from "../bindings/AppSettings";
import type { IpcError } from "../bindings/IpcError";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function DisplaySettings(props: {
  msg: Messages;
  settings: AppSettings;
  sizes: number[];
  onChange: (s: AppSettings) => void;
}) {
  const { msg } = props;
  const [error, setError] = useState<IpcError | null>(null);
  // The choice on screen, ahead of the saves: two quick changes must not
  // undo each other while the first is still being saved.
  const [shown, setShown] = useState({ highContrast: props.settings.highContrast, textSize: props.settings.textSize });
  const save = async (highContrast: boolean, textSize: number) => {
    setShown({ highContrast, textSize });
    try {
      props.onChange(await api.setDisplay(highContrast, textSize));
    } catch (e) {
      setError(asIpcError(e));
    }
  };
  const settings = shown;
  return (
    <section aria-labelledby="settings-display">
      <h2 id="settings-display">
        <Icon name="eye" /> {msg.t("app-settings-display")}
      </h2>
      <label class="check">
        <input
          type="checkbox"
          id="high-contrast"
          checked={settings.highContrast}
          onChange={() => save(!settings.highContrast, settings.textSize)}
        />
        {msg.t("app-high-contrast")}
      </label>
      <label for="text-size">{msg.t("app-text-size")}</label>
      <select
        id="text-size"
        value={String(settings.textSize)}
        onChange={(e) => save(settings.highContrast, Number(e.currentTarget.value))}
      >
        {props.sizes.map((s) => (
          <option value={String(s)}>{msg.t("app-text-size-percent", { percent: s })}</option>
        ))}
      </select>
      <ErrorLine msg={msg} error={error} />
    </section>
  );
}

/** Applies the display settings to the whole page. */
export function applyDisplay(root: HTMLElement, settings: Pick<AppSettings, "highContrast" | "textSize">) {
  root.style.fontSize = `${settings.textSize}%`;
  if (settings.highContrast) root.dataset.contrast = "high";
  else delete root.dataset.contrast;
}
