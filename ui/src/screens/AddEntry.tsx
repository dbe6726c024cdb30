import { useState } from "preact/hooks";
import { api } from "../api";
import type { EntryKind } from "../bindings/EntryKind";
import type { EntryView } from "../bindings/EntryView";
import type { MigrationStage } from "../bindings/MigrationStage";
import { STAGES } from "../stages";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { KINDS, levelLabel, levels } from "../kinds";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { EvidenceActions, EvidenceItems } from "./Evidence";
import { EscoPicker } from "./EscoPicker";

/** Adds an entry, or changes `entry` when given (its kind stays). A photo
 * or voice note added to a new entry saves the entry first, so a person
 * never has to press Save before adding evidence. */
export function AddEntry(props: { msg: Messages; entry?: EntryView; onDone: () => void }) {
  const { msg, entry } = props;
  // The entry as stored: the one being changed, or a new one once saved.
  const [saved, setSaved] = useState<EntryView | null>(entry ?? null);
  const [kind, setKind] = useState<EntryKind>(entry?.kind ?? "skill");
  const [title, setTitle] = useState(entry?.title ?? "");
  const [level, setLevel] = useState(
    (entry && (entry.kind === "qualification" || entry.kind === "learning" ? entry.eqf : entry.level)) ?? "",
  );
  const [stages, setStages] = useState<MigrationStage[]>(entry?.stages ?? []);
  const [esco, setEsco] = useState<string | null>(entry?.esco ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (saved) await api.editEntry(saved.id, { title, level: level || null, stages, esco: esco ?? "" });
      else await api.addEntry({ kind, title, level: level || null, stages, esco });
      props.onDone();
    } catch (e) {
      setError(asIpcError(e));
      setBusy(false);
    }
  };

  // Save and Cancel wait while a file is added: a second Save of a new
  // entry would add it twice.
  const [attaching, setAttaching] = useState(false);
  const attach = async (what: "photo" | "voice", bytes: Uint8Array) => {
    setAttaching(true);
    try {
      const target = saved ?? (await api.addEntry({ kind, title, level: level || null, stages, esco }));
      if (!saved) setSaved(target);
      setSaved(await (what === "photo" ? api.attachPhoto : api.attachVoice)(target.id, bytes));
    } finally {
      setAttaching(false);
    }
  };

  return (
    <main class="screen" id={entry ? "screen-edit" : "screen-add"}>
      <h1>
        <Icon name={entry ? "edit" : "plus"} /> {msg.t(entry ? "app-edit-title" : "app-add-title")}
      </h1>
      <form onSubmit={submit}>
        <fieldset class="kinds" hidden={!!saved}>
          <legend>{msg.t("app-add-kind")}</legend>
          {KINDS.map((k) => (
            <label class={k === kind ? "kind selected" : "kind"} data-kind={k}>
              <input
                type="radio"
                name="kind"
                value={k}
                checked={k === kind}
                onChange={() => {
                  setKind(k);
                  setLevel("");
                }}
              />
              <Icon name={k} /> <span>{msg.t(`app-kind-${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <label for="title">{msg.t("app-add-title-label")}</label>
        <input
          id="title"
          type="text"
          value={title}
          placeholder={msg.t("app-add-title-hint")}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <EscoPicker msg={msg} kind={kind} value={esco} onChange={setEsco} />
        <label for="level">{msg.t("app-add-level")}</label>
        <select id="level" value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
          <option value="">{msg.t("app-level-none")}</option>
          {levels(kind).map((l) => {
            const [id, args] = levelLabel(kind, l);
            return <option value={l}>{id ? msg.t(id, args) : l}</option>;
          })}
        </select>
        <fieldset class="stages">
          <legend>{msg.t("app-stages")}</legend>
          {STAGES.map((st) => (
            <label class="check" data-stage={st}>
              <input
                type="checkbox"
                checked={stages.includes(st)}
                onChange={(e) =>
                  setStages(e.currentTarget.checked ? [...stages, st] : stages.filter((x) => x !== st))
                }
              />
              <span>{msg.t(`app-stage-${st}`)}</span>
            </label>
          ))}
        </fieldset>
        <section class="evidence" aria-labelledby="evidence-title">
          <h2 id="evidence-title">
            <Icon name="camera" /> {msg.t("app-evidence-title")}
          </h2>
          <p class="hint">{msg.t("app-evidence-hint")}</p>
          <EvidenceItems
            msg={msg}
            items={saved?.evidence ?? []}
            onRemove={async (item) => {
              if (!saved) return;
              try {
                setSaved(await api.removeEvidence(saved.id, item.sha256));
              } catch (e) {
                setError(asIpcError(e));
              }
            }}
          />
          {saved && !entry && (
            <p class="ok" id="auto-saved">
              {msg.t("app-evidence-saved")}
            </p>
          )}
          <EvidenceActions
            msg={msg}
            disabled={busy}
            attach={attach}
            onError={(e) => setError(e && asIpcError(e))}
          />
        </section>
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          <button type="button" id="cancel" class="secondary" onClick={props.onDone} disabled={busy || attaching}>
            <Icon name="close" /> {msg.t("app-cancel")}
          </button>
          <button type="submit" id="save" class="primary" disabled={busy || attaching}>
            <Icon name="check" /> {msg.t("app-save")}
          </button>
        </div>
      </form>
    </main>
  );
}
