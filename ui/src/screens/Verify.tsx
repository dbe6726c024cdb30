// Check a code: a picture (the camera on phones, a file on computers) or
// pasted text, checked on this device against its trust lists; then the
// verdict in plain words.
import { useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { ReportView } from "../bindings/ReportView";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { Report } from "./Report";
import { DualLanguage } from "./DualLanguage";
import type { LanguageInfo } from "../bindings/LanguageInfo";
import { TrustLists } from "./TrustLists";
import { ScreenBar } from "./ScreenBar";
import { ScanButton } from "./ScanButton";

/** A file's bytes as base64, without building a huge string by hand. */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function Verify(props: { msg: Messages; languages?: LanguageInfo[]; onBack: () => void }) {
  const { msg } = props;
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [report, setReport] = useState<ReportView | null>(null);
  const [trustOpen, setTrustOpen] = useState(false);

  const run = async (work: () => Promise<ReportView>) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await work());
    } catch (e) {
      setError(asIpcError(e));
    } finally {
      setBusy(false);
    }
  };

  const onPicture = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    await run(async () => api.verifyImage(await base64Of(file)));
  };

  if (trustOpen) return <TrustLists msg={msg} onBack={() => setTrustOpen(false)} />;

  return (
    <main class="screen" id="screen-verify">
      <ScreenBar msg={msg} icon="scan" title={msg.t("app-verify-title")} onBack={props.onBack} />
      {report ? (
        <>
          <DualLanguage msg={msg} languages={props.languages ?? []}>
            {(m, second) => <Report msg={m} report={report} second={second} />}
          </DualLanguage>
          <button type="button" id="verify-again" class="primary wide" onClick={() => setReport(null)}>
            <Icon name="scan" /> {msg.t("app-verify-again")}
          </button>
        </>
      ) : (
        <>
          <p>{msg.t("app-verify-intro")}</p>
          <ScanButton msg={msg} id="verify-scan" disabled={busy} onCode={(code) => run(() => api.verifyText(code))} />
          <label class="file-button" for="verify-picture">
            <Icon name="camera" /> {msg.t("app-verify-picture")}
          </label>
          <input
            id="verify-picture"
            class="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            disabled={busy}
            onChange={(e) => onPicture(e.currentTarget)}
          />
          <label for="verify-text">{msg.t("app-verify-text")}</label>
          <textarea id="verify-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button
            type="button"
            id="verify-check"
            class="primary wide"
            disabled={busy || text.trim() === ""}
            onClick={() => run(() => api.verifyText(text))}
          >
            <Icon name="check" /> {msg.t(busy ? "app-verify-checking" : "app-verify-check")}
          </button>
          {busy && <p class="hint" aria-busy="true">{msg.t("app-verify-checking")}</p>}
          <ErrorLine msg={msg} error={error} />
          <button type="button" id="open-trust" class="secondary wide" onClick={() => setTrustOpen(true)}>
            <Icon name="badge" /> {msg.t("app-trust-open")}
          </button>
        </>
      )}
    </main>
  );
}
