import { useState } from "preact/hooks";
import { api } from "../api";
import type { ExportedView } from "../bindings/ExportedView";
import type { ImportReportView } from "../bindings/ImportReportView";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";

/** The lines that say what an import changed, as message ids and counts. */
export function importLines(r: ImportReportView): [string, number][] {
  const lines: [string, number][] = [
    ["app-import-added", r.added],
    ["app-import-updated", r.updated],
    ["app-import-unchanged", r.unchanged],
  ];
  if (r.profileUpdated) lines.push(["app-import-profile", 0]);
  if (r.missingPhotos > 0) lines.push(["app-import-missing-photos", r.missingPhotos]);
  return lines;
}

/**
 * Settings, "Export and import". The export is plain JSON (carnet-core's
 * `export`: not encrypted), so the person first reads what that means and
 * agrees; the file goes to the Downloads folder. Import reads a file the
 * person chooses and says what it added.
 */
export function ExportImport({ msg }: { msg: Messages }) {
  const [asking, setAsking] = useState(false);
  const [exported, setExported] = useState<ExportedView | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const doExport = async () => {
    setBusy(true);
    setError(null);
    try {
      setExported(await api.exportLogbook());
      setAsking(false);
    } catch (e) {
      setError(asIpcError(e));
    }
    setBusy(false);
  };

  const doImport = async (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.importLogbook(await file.text()));
    } catch (e) {
      setError(asIpcError(e));
    }
    input.value = "";
    setBusy(false);
  };

  return (
    <section aria-labelledby="settings-export" id="export-import">
      <h2 id="settings-export">
        <Icon name="save" /> {msg.t("app-export-title")}
      </h2>
      <p>{msg.t("app-export-intro")}</p>
      {asking ? (
        <div class="confirm" role="alertdialog" aria-labelledby="export-consent">
          <p id="export-consent">{msg.t("app-export-consent")}</p>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setAsking(false)} disabled={busy}>
              <Icon name="close" /> {msg.t("app-cancel")}
            </button>
            <button type="button" id="export-agree" class="primary" onClick={doExport} disabled={busy}>
              <Icon name="save" /> {msg.t(busy ? "app-working" : "app-export-agree")}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            id="export"
            class="secondary"
            onClick={() => {
              setExported(null);
              setAsking(true);
            }}
            disabled={busy}
          >
            <Icon name="save" /> {msg.t("app-export")}
          </button>
        </div>
      )}
      {exported && (
        <p role="status" class="ok" id="export-saved">
          {msg.t("app-export-saved", { count: exported.entries, path: exported.path })}
        </p>
      )}
      <p>{msg.t("app-import-intro")}</p>
      <div class="actions">
        <label class={busy ? "button secondary disabled" : "button secondary"} for="import-file">
          <Icon name="open" /> {msg.t(busy ? "app-working" : "app-import")}
        </label>
        <input
          id="import-file"
          class="file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={doImport}
        />
      </div>
      <ErrorLine msg={msg} error={error} />
      {report && (
        <div role="status" id="import-report">
          {importLines(report).map(([id, count]) => (
            <p class="import-line">{msg.t(id, { count })}</p>
          ))}
        </div>
      )}
    </section>
  );
}
