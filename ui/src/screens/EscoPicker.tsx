// "Find the standard name (ESCO)": a search box whose results show the
// name in the person's language and in English; choosing one links the
// entry (or picks the job) by its ESCO address. Also `EscoName`, the
// linked name as the logbook shows it.
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { ConceptView } from "../bindings/ConceptView";
import type { EntryKind } from "../bindings/EntryKind";
import type { EscoHit } from "../bindings/EscoHit";
import type { IpcError } from "../bindings/IpcError";
import { conceptNames, escoKindFor } from "../esco";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";
import "./esco.css";

/** Wait this long after the last key before searching. */
const TYPING_MS = 200;

/** Labels already asked for, by language and address. */
const names = new Map<string, Promise<ConceptView>>();

export function conceptOf(uri: string, lang: string): Promise<ConceptView> {
  const key = `${lang} ${uri}`;
  let p = names.get(key);
  if (!p) {
    p = api.escoConcept(uri, lang);
    p.catch(() => names.delete(key));
    names.set(key, p);
  }
  return p;
}

/** A concept's names: in the person's language, then in English. */
function Names({ msg, concept }: { msg: Messages; concept: ConceptView }) {
  const { name, english } = conceptNames(concept);
  return (
    <span class="esco-names">
      <span class="esco-name">{name}</span>
      {english && <span class="esco-english">{msg.t("app-esco-english", { english })}</span>}
    </span>
  );
}

/** The name an entry is linked to, as the logbook shows it. */
export function EscoName({ msg, uri }: { msg: Messages; uri: string }) {
  const [concept, setConcept] = useState<ConceptView | null>(null);
  useEffect(() => {
    let current = true;
    conceptOf(uri, msg.lang)
      .then((c) => current && setConcept(c))
      .catch(() => current && setConcept(null));
    return () => {
      current = false;
    };
  }, [uri, msg.lang]);
  if (!concept) return null;
  return (
    <span class="entry-esco" data-uri={uri}>
      <Icon name="globe" size={18} /> <Names msg={msg} concept={concept} />
    </span>
  );
}

/** Search and choose. `kind` is the entry's kind (skills search ESCO
 * skills; other kinds skills and jobs) or "occupation" for jobs only.
 * `value` is the chosen address; `onChange(null)` unlinks. */
export function EscoPicker(props: {
  msg: Messages;
  kind: EntryKind | "occupation";
  value: string | null;
  onChange: (uri: string | null) => void;
  /** The message id of the box's label. */
  label?: string;
  hint?: string;
  /** The message id of the line under the label; `null` for none. */
  intro?: string | null;
  /** The message id over the chosen concept. */
  chosenLabel?: string;
}) {
  const { msg, kind, value } = props;
  const [text, setText] = useState("");
  const [hits, setHits] = useState<EscoHit[] | null>(null);
  const [chosen, setChosen] = useState<ConceptView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (!value) {
      setChosen(null);
      return;
    }
    let current = true;
    conceptOf(value, msg.lang)
      .then((c) => current && setChosen(c))
      .catch((e) => current && setError(asIpcError(e)));
    return () => {
      current = false;
    };
  }, [value, msg.lang]);

  useEffect(() => {
    const words = text.trim();
    if (words === "") {
      setHits(null);
      return;
    }
    const n = ++asked.current;
    const timer = setTimeout(() => {
      api
        .escoSearch(words, msg.lang, escoKindFor(kind))
        .then((found) => {
          if (n !== asked.current) return;
          setError(null);
          setHits(found);
        })
        .catch((e) => n === asked.current && setError(asIpcError(e)));
    }, TYPING_MS);
    return () => clearTimeout(timer);
  }, [text, kind, msg.lang]);

  const choose = (hit: EscoHit) => {
    names.set(`${msg.lang} ${hit.concept.uri}`, Promise.resolve(hit.concept));
    setChosen(hit.concept);
    setText("");
    setHits(null);
    props.onChange(hit.concept.uri);
  };

  return (
    <div class="esco-picker">
      {value && chosen && (
        <div class="esco-chosen" id="esco-chosen" data-uri={value}>
          <span class="esco-chosen-label">
            <Icon name="globe" /> {msg.t(props.chosenLabel ?? "app-esco-linked")}
          </span>
          <Names msg={msg} concept={chosen} />
          <button type="button" class="secondary" id="esco-unlink" onClick={() => props.onChange(null)}>
            <Icon name="close" /> {msg.t("app-esco-unlink")}
          </button>
        </div>
      )}
      <label for="esco-search">
        <Icon name="search" /> {msg.t(props.label ?? "app-esco-find")}
      </label>
      {props.intro !== null && <p class="hint">{msg.t(props.intro ?? "app-esco-why")}</p>}
      <input
        id="esco-search"
        type="search"
        autocomplete="off"
        value={text}
        placeholder={msg.t(props.hint ?? "app-esco-find-hint")}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter chooses nothing by itself: it would send the entry's form.
          if (e.key === "Enter") e.preventDefault();
        }}
      />
      <ErrorLine msg={msg} error={error} />
      {hits && hits.length === 0 && (
        <p class="empty" id="esco-none">
          {msg.t("app-esco-none")}
        </p>
      )}
      {hits && hits.length > 0 && (
        <ul class="esco-results" id="esco-results" role="list">
          {hits.map((h) => (
            <li>
              <button
                type="button"
                class="esco-hit"
                data-uri={h.concept.uri}
                data-kind={h.concept.kind}
                onClick={() => choose(h)}
              >
                <Icon name={h.concept.kind === "occupation" ? "experience" : "skill"} />
                <Names msg={msg} concept={h.concept} />
                <span class="esco-choose">
                  <Icon name="check" /> {msg.t("app-esco-choose")}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
