// Ask for a signature: the chosen entry as a QR code that the trainer,
// employer or centre scans with Carnet (`carnet endorse`); they give back
// a signed file, which "Add a signed file" on the wallet screen keeps.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { EntryView } from "../bindings/EntryView";
import type { IpcError } from "../bindings/IpcError";
import type { RequestOut } from "../bindings/RequestOut";
import type { Messages } from "../i18n";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { QrCode } from "./QrCode";
import { ScreenBar } from "./ScreenBar";

export function RequestEndorsement(props: { msg: Messages; entry: EntryView; onBack: () => void }) {
  const { msg, entry } = props;
  const [made, setMade] = useState<RequestOut | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    api
      .requestEndorsement([entry.id])
      .then(setMade)
      .catch((e) => setError(asIpcError(e)));
  }, [entry.id]);
  return (
    <main class="screen qr-screen" id="screen-request">
      <ScreenBar msg={msg} icon="badge" title={msg.t("app-request-title")} onBack={props.onBack} />
      <p class="entry-title">{entry.title}</p>
      <p>{msg.t("app-request-intro")}</p>
      <ErrorLine msg={msg} error={error} />
      {made && (
        <>
          <QrCode
            id="request-qr"
            svg={made.svg}
            version={made.version}
            text={made.text}
            label={msg.t("app-request-title")}
          />
          <p class="hint">{msg.t("app-request-key", { kid: made.holderKid })}</p>
          <label for="request-text">{msg.t("app-request-text")}</label>
          <textarea id="request-text" rows={3} readOnly value={made.text} />
          <p>{msg.t("app-request-next")}</p>
        </>
      )}
    </main>
  );
}
