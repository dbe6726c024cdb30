import { useState } from "preact/hooks";
import { api } from "../api";
import type { AppInfo } from "../bindings/AppInfo";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { strength } from "../passphrase";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { NewPassphrase } from "./CreatePassphrase";
import { ExportImport } from "./ExportImport";
import { RecoverySheet } from "./RecoverySheet";
import { DisplaySettings } from "./DisplaySettings";
import { PinSettings } from "./PinSettings";
import type { AppSettings } from "../bindings/AppSettings";
import type { SheetAfterChange } from "../bindings/SheetAfterChange";
import { EscoAbout } from "./EscoAbout";
import { ScreenBar } from "./ScreenBar";

/** Language, lock delay, passphrase change, recovery sheet, export and import, about. */
export function Settings(props: {
  msg: Messages;
  info: AppInfo;
  lang: string;
  onLanguage: (tag: string) => void;
  onLockMinutes: (minutes: number, lockAfterSecs: number) => void;
  onDisplay: (settings: AppSettings) => void;
  /** A PIN was set (true) or turned off (false). */
  onPin: (set: boolean) => void;
  onBack: () => void;
}) {
  const { msg, info } = props;
  const [error, setError] = useState<IpcError | null>(null);

  const chooseLanguage = async (tag: string) => {
    try {
      await api.setLanguage(tag);
      props.onLanguage(tag);
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  const chooseLock = async (minutes: number) => {
    try {
      props.onLockMinutes(minutes, await api.setLockMinutes(minutes));
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  return (
    <main class="screen" id="screen-settings">
      <ScreenBar msg={msg} icon="gear" title={msg.t("app-settings-title")} onBack={props.onBack} />
      <ErrorLine msg={msg} error={error} />
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">
          <Icon name="globe" /> {msg.t("app-settings-language")}
        </h2>
        <ul class="choices" role="list">
          {info.languages.map((l) => (
            <li>
              <button
                type="button"
                class={l.tag === props.lang ? "choice selected" : "choice"}
                data-lang={l.tag}
                lang={l.tag}
                dir={l.rtl ? "rtl" : "ltr"}
                aria-pressed={l.tag === props.lang}
                onClick={() => chooseLanguage(l.tag)}
              >
                <bdi class="choice-label" lang={l.tag}>
                  {l.name}
                </bdi>
                {l.tag === props.lang && <Icon name="check" />}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <DisplaySettings msg={msg} settings={info.settings} sizes={info.textSizeChoices} onChange={props.onDisplay} />
      <section aria-labelledby="settings-lock">
        <h2 id="settings-lock">
          <Icon name="lock" /> {msg.t("app-settings-lock")}
        </h2>
        <select
          id="lock-minutes"
          aria-labelledby="settings-lock"
          value={String(info.settings.lockMinutes)}
          onChange={(e) => chooseLock(Number(e.currentTarget.value))}
        >
          {info.lockMinutesChoices.map((m) => (
            <option value={String(m)}>{msg.t("app-lock-minutes", { minutes: m })}</option>
          ))}
        </select>
      </section>
      <ChangePassphrase msg={msg} />
      <PinSettings msg={msg} onChange={props.onPin} />
      <RecoverySheet msg={msg} />
      <ExportImport msg={msg} />
      <section aria-labelledby="settings-about" id="about">
        <h2 id="settings-about">
          <Icon name="info" /> {msg.t("app-about")}
        </h2>
        <p id="version">{msg.t("app-version", { version: info.version })}</p>
        <EscoAbout msg={msg} />
      </section>
    </main>
  );
}

function ChangePassphrase({ msg }: { msg: Messages }) {
  const [current, setCurrent] = useState("");
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [sheet, setSheet] = useState<SheetAfterChange>("none");
  const [error, setError] = useState<IpcError | string | null>(null);
  const level = strength(first);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setDone(false);
    if (first !== again) {
      setError("app-passphrase-mismatch");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSheet(await api.changePassphrase(current, first));
      setCurrent("");
      setFirst("");
      setAgain("");
      setDone(true);
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">
        <Icon name="lock" /> {msg.t("app-settings-passphrase")}
      </h2>
      <form onSubmit={submit} id="change-passphrase">
        <label for="current-passphrase">{msg.t("app-passphrase-current")}</label>
        <input
          id="current-passphrase"
          type="password"
          autocomplete="current-password"
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
        <NewPassphrase
          msg={msg}
          prefix="new-"
          label="app-passphrase-new"
          first={first}
          again={again}
          onFirst={setFirst}
          onAgain={setAgain}
          toggle={false}
        />
        <ErrorLine msg={msg} error={error} />
        {done && (
          <p role="status" id="passphrase-changed" class="ok">
            {msg.t("app-passphrase-changed")}
            {sheet === "updated" && <> {msg.t("app-passphrase-sheet-updated")}</>}
            {sheet === "hub-not-updated" && <> {msg.t("app-passphrase-sheet-not-updated")}</>}
          </p>
        )}
        <div class="actions">
          <button
            type="submit"
            id="change"
            class="primary"
            disabled={busy || !current || level === "too-short"}
          >
            <Icon name="check" /> {msg.t(busy ? "app-working" : "app-passphrase-change")}
          </button>
        </div>
      </form>
    </section>
  );
}
