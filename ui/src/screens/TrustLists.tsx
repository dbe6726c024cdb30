// Trust lists, reached from "Check a code": which networks this device
// believes (a key typed, pasted or read from the network's key file), the
// trust lists they signed, and the lists of endorsements taken back. A
// recruiter with only the app can then get a "checked" verdict.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { TrustDoneView } from "../bindings/TrustDoneView";
import type { TrustView } from "../bindings/TrustView";
import { dateText } from "../dates";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { base64Of } from "./Verify";
import { ScreenBar } from "./ScreenBar";

/** What `carnet trust anchor show --json` prints (other fields ignored). */
export function anchorFromJson(text: string): { key: string; name: string } | null {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return null;
    const o = v as Record<string, unknown>;
    const key = typeof o.public_key === "string" ? o.public_key : typeof o.publicKey === "string" ? o.publicKey : null;
    if (key === null) return null;
    return { key: key.trim(), name: typeof o.name === "string" ? o.name.trim() : "" };
  } catch {
    return null;
  }
}

const FILE_ERROR: IpcError = { code: "trust-anchor-file", args: {} };

export function TrustLists(props: { msg: Messages; onBack: () => void }) {
  const { msg } = props;
  const [trust, setTrust] = useState<TrustView | null>(null);
  const [key, setKey] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);

  useEffect(() => {
    api.trustList().then(setTrust, (e) => setError(asIpcError(e)));
  }, []);

  const run = async (work: () => Promise<TrustDoneView>, said: (d: TrustDoneView) => string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const d = await work();
      setTrust(d.trust);
      setDone(said(d));
      return true;
    } catch (e) {
      setError(asIpcError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The answer shows at the top; after a file chosen further down, bring
  // it into view so that nobody misses it.
  useEffect(() => {
    if (done || error) document.querySelector("#trust-done, #screen-trust #error")?.scrollIntoView({ block: "nearest" });
  }, [done, error]);

  const date = (secs: number) => dateText(msg.lang, secs);

  const onKeyFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setDone(null);
    const got = anchorFromJson(await file.text());
    if (!got) {
      setError(FILE_ERROR);
      return;
    }
    setError(null);
    setKey(got.key);
    if (got.name) setName(got.name);
  };

  const onAdd = async () => {
    // The JSON pasted whole into the key box counts too.
    let [k, n] = [key.trim(), name.trim()];
    if (k.startsWith("{")) {
      const got = anchorFromJson(k);
      if (!got) {
        setError(FILE_ERROR);
        return;
      }
      k = got.key;
      n = n || got.name;
    }
    const ok = await run(
      () => api.trustAddAnchor(k, n),
      (d) => msg.t("app-trust-added", { name: d.name }),
    );
    if (ok) {
      setKey("");
      setName("");
    }
  };

  const onRemove = async (kid: string) => {
    await run(
      () => api.trustRemoveAnchor(kid),
      (d) => msg.t("app-trust-removed", { name: d.name }),
    );
    setAsking(null);
  };

  const onFile = async (input: HTMLInputElement, kind: "bundle" | "status") => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const data = await base64Of(file);
    if (kind === "bundle") {
      await run(
        () => api.trustImportBundle(data),
        (d) => msg.t("app-trust-bundle-done", { name: d.name, count: d.count, date: date(d.issuedAt) }),
      );
    } else {
      await run(
        () => api.trustImportStatusList(data),
        (d) => msg.t("app-trust-status-done", { name: d.name, count: d.count, date: date(d.issuedAt) }),
      );
    }
  };

  return (
    <main class="screen" id="screen-trust">
      <ScreenBar msg={msg} icon="badge" title={msg.t("app-trust-title")} onBack={props.onBack} />
      <p>{msg.t("app-trust-intro")}</p>

      {done && (
        <p role="status" class="ok" id="trust-done">
          <Icon name="check" /> {done}
        </p>
      )}
      <ErrorLine msg={msg} error={error} />

      <section aria-labelledby="trust-held">
        <h2 id="trust-held">
          <Icon name="badge" /> {msg.t("app-trust-held")}
        </h2>
        {trust && trust.anchors.length === 0 && <p id="trust-none">{msg.t("app-trust-none")}</p>}
        {trust && trust.anchors.length > 0 && (
          <ul id="anchors" class="plain">
            {trust.anchors.map((a) => (
              <li class="anchor" data-kid={a.kid} key={a.kid}>
                <strong class="anchor-name">{a.name}</strong>
                <div class="hint">{msg.t("app-trust-kid", { kid: a.kid })}</div>
                {a.bundle ? (
                  <>
                    <div class="bundle-line">
                      {msg.t("app-trust-list-line", {
                        date: date(a.bundle.issuedAt),
                        days: a.bundle.ageDays,
                        count: a.bundle.issuers.length,
                      })}
                    </div>
                    <ul class="issuers">
                      {a.bundle.issuers.map((i) => (
                        <li key={i}>{i}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <div class="no-list">{msg.t("app-trust-no-list")}</div>
                )}
                {asking !== a.kid ? (
                  <button
                    type="button"
                    class="secondary remove-anchor"
                    onClick={() => {
                      setDone(null);
                      setAsking(a.kid);
                    }}
                    disabled={busy}
                  >
                    <Icon name="trash" /> {msg.t("app-trust-remove")}
                  </button>
                ) : (
                  <div class="confirm" role="alertdialog" aria-labelledby="remove-anchor-question">
                    <p id="remove-anchor-question">{msg.t("app-trust-remove-confirm", { name: a.name })}</p>
                    <div class="actions">
                      <button type="button" class="secondary" onClick={() => setAsking(null)} disabled={busy}>
                        <Icon name="close" /> {msg.t("app-cancel")}
                      </button>
                      <button type="button" class="danger confirm-remove-anchor" onClick={() => onRemove(a.kid)} disabled={busy}>
                        <Icon name="trash" /> {msg.t(busy ? "app-working" : "app-trust-remove-yes")}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {trust && trust.statusLists.length > 0 && (
          <>
            <h3>{msg.t("app-trust-status-held")}</h3>
            <ul id="status-lists" class="plain">
              {trust.statusLists.map((l) => (
                <li class="status-list" key={l.issuer}>
                  {msg.t("app-trust-status-line", {
                    name: l.issuer,
                    date: date(l.issuedAt),
                    days: l.ageDays,
                    count: l.revoked,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="trust-add-title">
        <h2 id="trust-add-title">
          <Icon name="key" /> {msg.t("app-trust-add-title")}
        </h2>
        <p class="warning" id="trust-warning">
          <Icon name="info" /> {msg.t("app-trust-warning")}
        </p>
        <p class="hint">{msg.t("app-trust-add-hint")}</p>
        <label class="file-button secondary-file" for="anchor-file">
          <Icon name="open" /> {msg.t("app-trust-from-file")}
        </label>
        <input
          id="anchor-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json,text/plain"
          disabled={busy}
          onChange={(e) => onKeyFile(e.currentTarget)}
        />
        <label for="anchor-key">{msg.t("app-trust-key")}</label>
        <textarea
          id="anchor-key"
          rows={2}
          spellcheck={false}
          autocapitalize="off"
          autocomplete="off"
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <label for="anchor-name">{msg.t("app-trust-name")}</label>
        <input id="anchor-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button
          type="button"
          id="anchor-add"
          class="primary wide"
          disabled={busy || key.trim() === ""}
          onClick={onAdd}
        >
          <Icon name="check" /> {msg.t("app-trust-add")}
        </button>
      </section>

      <section aria-labelledby="trust-bundle-title">
        <h2 id="trust-bundle-title">
          <Icon name="paper" /> {msg.t("app-trust-bundle-title")}
        </h2>
        <p class="hint">{msg.t("app-trust-bundle-hint")}</p>
        <label class="file-button" for="bundle-file">
          <Icon name="open" /> {msg.t("app-trust-bundle-open")}
        </label>
        <input
          id="bundle-file"
          class="visually-hidden"
          type="file"
          accept=".cbor,application/cbor,application/octet-stream"
          disabled={busy}
          onChange={(e) => onFile(e.currentTarget, "bundle")}
        />
      </section>

      <section aria-labelledby="trust-status-title">
        <h2 id="trust-status-title">
          <Icon name="trash" /> {msg.t("app-trust-status-title")}
        </h2>
        <p class="hint">{msg.t("app-trust-status-hint")}</p>
        <label class="file-button secondary-file" for="status-file">
          <Icon name="open" /> {msg.t("app-trust-status-open")}
        </label>
        <input
          id="status-file"
          class="visually-hidden"
          type="file"
          accept=".cbor,application/cbor,application/octet-stream"
          disabled={busy}
          onChange={(e) => onFile(e.currentTarget, "status")}
        />
      </section>
    </main>
  );
}
