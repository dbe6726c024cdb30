// My endorsements: what others signed, each with who signed it, until
// when it holds, and how this device's trust lists see it.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { WalletItemView } from "../bindings/WalletItemView";
import { dateText } from "../dates";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { tone } from "./Report";
import { ReadAloud } from "./ReadAloud";
import { base64Of } from "./Verify";
import type { ReceivedView } from "../bindings/ReceivedView";
import { ScreenBar } from "./ScreenBar";

export function Wallet(props: { msg: Messages; onBack: () => void; onPresent: () => void }) {
  const { msg } = props;
  const [items, setItems] = useState<WalletItemView[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [received, setReceived] = useState<ReceivedView | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api
      .walletList()
      .then(setItems)
      .catch((e) => setError(asIpcError(e)));
  }, [version]);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setError(null);
    setReceived(null);
    try {
      setReceived(await api.receiveCredential(await base64Of(file)));
      setVersion(version + 1);
    } catch (e) {
      setError(asIpcError(e));
    }
  };
  const now = Date.now() / 1000;
  return (
    <main class="screen" id="screen-wallet">
      <ScreenBar msg={msg} icon="badge" title={msg.t("app-wallet-title")} onBack={props.onBack} />
      <p>{msg.t("app-wallet-intro")}</p>
      <label class="file-button secondary-file" for="receive-file">
        <Icon name="plus" /> {msg.t("app-receive")}
      </label>
      <input
        id="receive-file"
        class="visually-hidden"
        type="file"
        accept=".cbor,application/cbor,application/octet-stream"
        onChange={(e) => onFile(e.currentTarget)}
      />
      {received && (
        <p class="ok" id="received" role="status">
          {msg.t("app-received", {
            name: received.issuerName,
            kind: msg.t(`issuer-kind-${received.issuerKind}`),
            titles: received.titles.join(", "),
          })}
        </p>
      )}
      <ErrorLine msg={msg} error={error} />
      {items && items.length === 0 && (
        <p class="empty" id="empty">
          {msg.t("app-wallet-empty")}
        </p>
      )}
      {/* No empty list: a list without items is a broken list to a screen reader. */}
      {items && items.length > 0 && (
        <ul role="list" class="wallet">
          {items.map((i) => (
            <li class={`entry credential tone-${tone(i.standing)}`} data-entry={i.entryId} data-standing={i.standing}>
              <span class="entry-title">{i.title}</span>
              {i.damaged ? (
                <p class="error">{msg.t("app-wallet-damaged")}</p>
              ) : (
                <>
                  <span class="issuer">
                    {msg.t("app-wallet-by", {
                      name: i.issuerName,
                      kind: msg.t(`issuer-kind-${i.issuerKind}`),
                      country: i.issuerCountry,
                    })}
                  </span>
                  <span class="entry-meta">
                    {msg.t("app-wallet-issued", { date: dateText(msg.lang, i.issued) })}
                    {" · "}
                    {i.expires === null
                      ? msg.t("app-wallet-no-expiry")
                      : msg.t(i.expires <= now ? "app-wallet-expired" : "app-wallet-expires", {
                          date: dateText(msg.lang, i.expires),
                        })}
                  </span>
                  <span class="standing">{msg.t(`app-standing-${i.standing}`)}</span>
                  <ReadAloud
                    msg={msg}
                    text={[
                      i.title,
                      msg.t("app-wallet-by", {
                        name: i.issuerName,
                        kind: msg.t(`issuer-kind-${i.issuerKind}`),
                        country: i.issuerCountry,
                      }),
                      msg.t(`app-standing-${i.standing}`),
                    ].join(". ")}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {items && items.length > 0 && (
        <button type="button" id="open-present" class="primary wide" onClick={props.onPresent}>
          <Icon name="qr" /> {msg.t("app-present")}
        </button>
      )}
    </main>
  );
}
