import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { EntryView } from "../bindings/EntryView";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { KINDS, levelLabel } from "../kinds";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function LogbookScreen(props: { msg: Messages; onAdd: () => void; onLocked: () => void }) {
  const { msg } = props;
  const [entries, setEntries] = useState<EntryView[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    api
      .listEntries()
      .then(setEntries)
      .catch((e) => setError(asIpcError(e)));
  }, []);

  const lock = async () => {
    await api.lock();
    props.onLocked();
  };

  return (
    <main class="screen" id="screen-logbook">
      <header class="bar">
        <h1>{msg.t("app-logbook-title")}</h1>
        <button type="button" id="lock" class="secondary" onClick={lock}>
          <Icon name="lock" /> {msg.t("app-lock")}
        </button>
      </header>
      <ErrorLine msg={msg} error={error} />
      <button type="button" id="add" class="primary wide" onClick={props.onAdd}>
        <Icon name="plus" /> {msg.t("app-add")}
      </button>
      {entries && entries.length === 0 && (
        <p class="empty" id="empty">
          {msg.t("app-logbook-empty")}
        </p>
      )}
      {entries &&
        KINDS.map((kind) => {
          const ofKind = entries.filter((e) => e.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section class="group" data-kind={kind} aria-labelledby={`group-${kind}`}>
              <h2 id={`group-${kind}`}>
                <Icon name={kind} /> {msg.t(`app-kind-${kind}`)}
              </h2>
              <ul role="list">
                {ofKind.map((e) => (
                  <li class="entry" data-id={e.id}>
                    <span class="entry-title">{e.title}</span>
                    <span class="entry-meta">
                      {levelText(msg, e)}
                      <span class={e.endorsed ? "badge endorsed" : "badge"}>
                        {msg.t(e.endorsed ? "app-endorsed" : "app-self-declared")}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
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
