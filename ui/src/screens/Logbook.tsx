import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { EntryView } from "../bindings/EntryView";
import type { IpcError } from "../bindings/IpcError";
import type { MigrationStage } from "../bindings/MigrationStage";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { KINDS, levelLabel } from "../kinds";
import { STAGES } from "../stages";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { ReadAloud } from "./ReadAloud";
import { EvidenceItems } from "./Evidence";
import { EscoName } from "./EscoPicker";

/** How many entries of a kind are drawn at first, and how many more a
 * "Show more" adds: a logbook of 10,000 entries drawn whole holds over a
 * gigabyte in the web view (docs/benchmarks.md). Search reaches the rest. */
export const PAGE = 50;

export function LogbookScreen(props: {
  msg: Messages;
  onAdd: () => void;
  onEdit: (entry: EntryView) => void;
  onRequest: (entry: EntryView) => void;
  onSettings: () => void;
  onSync: () => void;
  onWallet: () => void;
  onPresent: () => void;
  onVerify: () => void;
  onMatch: () => void;
  onLocked: () => void;
}) {
  const { msg } = props;
  const [entries, setEntries] = useState<EntryView[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [text, setText] = useState("");
  const [stage, setStage] = useState<MigrationStage | null>(null);
  const [removing, setRemoving] = useState<EntryView | null>(null);
  const [version, setVersion] = useState(0);
  const [shown, setShown] = useState<Record<string, number>>({});
  const filtered = text.trim() !== "" || stage !== null;

  useEffect(() => {
    let current = true;
    api
      .listEntries({ kind: null, stage, text: text.trim() || null })
      .then((list) => {
        if (!current) return;
        setEntries(list);
        setShown({});
      })
      .catch((e) => current && setError(asIpcError(e)));
    return () => {
      current = false;
    };
  }, [text, stage, version]);

  const lock = async () => {
    await api.lock();
    props.onLocked();
  };

  const remove = async (entry: EntryView) => {
    try {
      await api.removeEntry(entry.id);
      setRemoving(null);
      setVersion(version + 1);
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  return (
    <main class="screen" id="screen-logbook">
      <header class="bar">
        <h1>{msg.t("app-logbook-title")}</h1>
        <button type="button" id="lock" class="secondary" onClick={lock}>
          <Icon name="lock" /> {msg.t("app-lock")}
        </button>
      </header>
      <button type="button" id="open-present" class="primary wide" onClick={props.onPresent}>
        <Icon name="qr" /> {msg.t("app-present")}
      </button>
      <nav class="nav">
        <button type="button" id="open-wallet" class="secondary" onClick={props.onWallet}>
          <Icon name="badge" /> {msg.t("app-wallet")}
        </button>
        <button type="button" id="open-verify" class="secondary" onClick={props.onVerify}>
          <Icon name="scan" /> {msg.t("app-verify")}
        </button>
        <button type="button" id="open-match" class="secondary" onClick={props.onMatch}>
          <Icon name="experience" /> {msg.t("app-match")}
        </button>
        <button type="button" id="open-sync" class="secondary" onClick={props.onSync}>
          <Icon name="sync" /> {msg.t("app-sync")}
        </button>
        <button type="button" id="open-settings" class="secondary" onClick={props.onSettings}>
          <Icon name="gear" /> {msg.t("app-settings")}
        </button>
      </nav>
      <ErrorLine msg={msg} error={error} />
      <button type="button" id="add" class="primary wide" onClick={props.onAdd}>
        <Icon name="plus" /> {msg.t("app-add")}
      </button>
      <div class="filters" role="search">
        <label for="search">
          <Icon name="search" /> {msg.t("app-search")}
        </label>
        <input
          id="search"
          type="search"
          value={text}
          placeholder={msg.t("app-search-hint")}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <label for="stage">{msg.t("app-stage-filter")}</label>
        <select
          id="stage"
          value={stage ?? ""}
          onChange={(e) => setStage((e.currentTarget.value || null) as MigrationStage | null)}
        >
          <option value="">{msg.t("app-stage-any")}</option>
          {STAGES.map((s) => (
            <option value={s}>{msg.t(`app-stage-${s}`)}</option>
          ))}
        </select>
      </div>
      {entries && entries.length === 0 && (
        <p class="empty" id="empty">
          {msg.t(filtered ? "app-search-none" : "app-logbook-empty")}
        </p>
      )}
      {entries &&
        KINDS.map((kind) => {
          const ofKind = entries.filter((e) => e.kind === kind);
          if (ofKind.length === 0) return null;
          const limit = shown[kind] ?? PAGE;
          const more = ofKind.length - limit;
          return (
            <section class="group" data-kind={kind} aria-labelledby={`group-${kind}`}>
              <h2 id={`group-${kind}`}>
                <Icon name={kind} /> {msg.t(`app-kind-${kind}`)}
              </h2>
              <ul role="list">
                {ofKind.slice(0, limit).map((e) => (
                  <li class="entry" data-id={e.id}>
                    <span class="entry-title">{e.title}</span>
                    {e.esco && <EscoName msg={msg} uri={e.esco} />}
                    <span class="entry-meta">
                      {levelText(msg, e)}
                      <span class={e.endorsed ? "badge endorsed" : "badge"}>
                        {msg.t(e.endorsed ? "app-endorsed" : "app-self-declared")}
                      </span>
                    </span>
                    <EvidenceItems msg={msg} items={e.evidence} />
                    {removing?.id === e.id ? (
                      <div class="confirm" role="alertdialog" aria-labelledby={`confirm-${e.id}`}>
                        <p id={`confirm-${e.id}`}>{msg.t("app-remove-confirm", { title: e.title })}</p>
                        <div class="actions">
                          <button type="button" class="secondary cancel-remove" onClick={() => setRemoving(null)}>
                            <Icon name="close" /> {msg.t("app-cancel")}
                          </button>
                          <button type="button" class="danger confirm-remove" onClick={() => remove(e)}>
                            <Icon name="trash" /> {msg.t("app-remove-yes")}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div class="entry-actions">
                        <ReadAloud
                          msg={msg}
                          text={[e.title, levelText(msg, e), msg.t(e.endorsed ? "app-endorsed" : "app-self-declared")]
                            .filter(Boolean)
                            .join(". ")}
                        />
                        <button type="button" class="secondary edit" onClick={() => props.onEdit(e)}>
                          <Icon name="edit" /> {msg.t("app-edit")}
                        </button>
                        {!e.endorsed && (
                          <button type="button" class="secondary ask" onClick={() => props.onRequest(e)}>
                            <Icon name="badge" /> {msg.t("app-request")}
                          </button>
                        )}
                        <button type="button" class="secondary remove" onClick={() => setRemoving(e)}>
                          <Icon name="trash" /> {msg.t("app-remove")}
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
              {more > 0 && (
                <button
                  type="button"
                  class="secondary wide show-more"
                  onClick={() => setShown({ ...shown, [kind]: limit + PAGE })}
                >
                  <Icon name="plus" /> {msg.t("app-show-more", { count: Math.min(more, PAGE) })}
                </button>
              )}
            </section>
          );
        })}
    </main>
  );
}

function levelText(msg: Messages, e: EntryView): string | null {
  const level = e.kind === "qualification" || e.kind === "learning" ? e.eqf : e.level;
  if (!level) return null;
  const [id, args] = levelLabel(e.kind, level);
  return id ? msg.t(id, args) : level;
}
