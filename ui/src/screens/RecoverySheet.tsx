import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { RecoverySheetView } from "../bindings/RecoverySheetView";
import type { SheetFormat } from "../bindings/SheetFormat";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";

/**
 * Settings, "Recovery sheet": what the sheet is for, then the passphrase
 * and PDF or picture; the sheet is saved in the Downloads folder and its
 * 12 words are shown for a person who cannot print.
 */
export function RecoverySheet({ msg }: { msg: Messages }) {
  const [passphrase, setPassphrase] = useState("");
  const [format, setFormat] = useState<SheetFormat>("pdf");
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<RecoverySheetView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  // The result shows below the form: bring it into view.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => result.current?.scrollIntoView({ block: "nearest" }), [made]);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      setMade(await api.makeRecoverySheet(passphrase, format));
      setPassphrase("");
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="settings-sheet" id="recovery-sheet">
      <h2 id="settings-sheet">
        <Icon name="paper" /> {msg.t("app-sheet-title")}
      </h2>
      <p>{msg.t("app-sheet-intro")}</p>
      <p>{msg.t("app-sheet-replaces")}</p>
      <p class="hint">{msg.t("app-sheet-needs-hub")}</p>
      <form onSubmit={submit} id="make-sheet">
        <label for="sheet-passphrase">{msg.t("app-sheet-passphrase")}</label>
        <input
          id="sheet-passphrase"
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <fieldset class="stages">
          <legend>{msg.t("app-sheet-format")}</legend>
          {(["pdf", "png"] as const).map((f) => (
            <label class="check" data-format={f}>
              <input
                type="radio"
                name="sheet-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {msg.t(`app-sheet-${f}`)}
            </label>
          ))}
        </fieldset>
        <ErrorLine msg={msg} error={error} />
        {busy && <progress class="wait" aria-label={msg.t("app-working")} />}
        <div class="actions">
          <button type="submit" id="sheet-make" class="primary" disabled={busy || !passphrase}>
            <Icon name="save" /> {msg.t(busy ? "app-working" : "app-sheet-make")}
          </button>
        </div>
      </form>
      {made && (
        <div role="status" id="sheet-made" ref={result}>
          <p class="ok" id="sheet-path">
            {msg.t("app-sheet-saved", { path: made.path })}
          </p>
          {!made.inOwnLanguage && <p>{msg.t("app-sheet-english")}</p>}
          <h3>{msg.t("app-sheet-words")}</h3>
          <ol class="words" id="sheet-words" dir="ltr">
            {made.words.map((w) => (
              <li>{w}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
