// Show my skills: choose entries (signed ones first, chosen already), how
// much of each, and for which stage; then one QR code, full screen, with
// "what the checker will see". From the logbook: Show my skills → Show QR
// code is two taps. Choosing a stage ticks what its template picks
// (carnet-core's stage_views, with why), for recruitment against the job
// applied for when one is chosen.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { EntryView } from "../bindings/EntryView";
import type { IpcError } from "../bindings/IpcError";
import type { MigrationStage } from "../bindings/MigrationStage";
import type { PresentationOut } from "../bindings/PresentationOut";
import { dateTimeText } from "../dates";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { STAGES } from "../stages";
import { stagePicks } from "../esco";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { QrCode } from "./QrCode";
import { EscoPicker } from "./EscoPicker";
import { Report } from "./Report";
import { DualLanguage } from "./DualLanguage";
import type { LanguageInfo } from "../bindings/LanguageInfo";
import { ScreenBar } from "./ScreenBar";

/** The fields of "only the name and the level". */
export const SHORT_FIELDS = ["kind", "title", "level", "eqf"];

/** What `present` is asked for, from the choices on screen. */
export function presentInput(
  entries: EntryView[],
  chosen: Set<string>,
  short: boolean,
  stage: MigrationStage,
  print: boolean,
) {
  const picked = entries.filter((e) => chosen.has(e.id));
  return {
    endorsed: picked.filter((e) => e.endorsed).map((e) => e.id),
    selfDeclared: picked.filter((e) => !e.endorsed).map((e) => e.id),
    fields: short ? SHORT_FIELDS : null,
    stage,
    print,
  };
}

/** Keeps the screen on while the code shows, where the platform lets us. */
function useWakeLock(on: boolean) {
  useEffect(() => {
    if (!on) return;
    const nav = navigator as Navigator & { wakeLock?: { request(t: "screen"): Promise<{ release(): Promise<void> }> } };
    let lock: { release(): Promise<void> } | null = null;
    nav.wakeLock
      ?.request("screen")
      .then((l) => (lock = l))
      .catch(() => undefined);
    return () => void lock?.release().catch(() => undefined);
  }, [on]);
}

export function Present(props: { msg: Messages; languages?: LanguageInfo[]; onBack: () => void }) {
  const { msg } = props;
  const [entries, setEntries] = useState<EntryView[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [short, setShort] = useState(false);
  const [stage, setStage] = useState<MigrationStage>("recruitment");
  const [print, setPrint] = useState(false);
  const [error, setError] = useState<IpcError | string | null>(null);
  const [shown, setShown] = useState<PresentationOut | null>(null);
  const [preview, setPreview] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const [why, setWhy] = useState<Map<string, string[]> | null>(null);
  useWakeLock(shown !== null);

  useEffect(() => {
    api
      .listEntries({ kind: null, stage: null })
      .then((list) => {
        setEntries(list);
        setChosen(new Set(list.filter((e) => e.endorsed).map((e) => e.id)));
      })
      .catch((e) => setError(asIpcError(e)));
  }, []);

  /** Ticks what the template of `forStage` picks. */
  const applyStage = async (forStage: MigrationStage, job: string | null) => {
    setError(null);
    try {
      const picked = stagePicks(await api.stageView(forStage, forStage === "recruitment" ? job : null, msg.lang));
      setChosen(picked.chosen);
      setWhy(picked.why);
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  const make = async () => {
    if (!entries || chosen.size === 0) {
      setError("app-present-none");
      return;
    }
    setError(null);
    try {
      setShown(await api.present(presentInput(entries, chosen, short, stage, print)));
      setPreview(false);
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  if (shown) {
    return (
      <main class="screen qr-screen" id="screen-qr">
        <h1>
          <Icon name="qr" /> {msg.t("app-qr-title")}
        </h1>
        <QrCode id="qr" svg={shown.svg} version={shown.version} text={shown.text} label={msg.t("app-qr-title")} />
        <p id="qr-expires">{msg.t("app-qr-expires", { date: dateTimeText(msg.lang, shown.expires) })}</p>
        <div class="actions">
          <button type="button" id="preview" class="secondary" onClick={() => setPreview(!preview)}>
            <Icon name="eye" /> {msg.t(preview ? "app-qr-preview-hide" : "app-qr-preview")}
          </button>
          <button type="button" id="qr-done" class="primary" onClick={() => setShown(null)}>
            <Icon name="check" /> {msg.t("app-qr-done")}
          </button>
        </div>
        {preview && (
          <section id="preview-report">
            <p class="hint">{msg.t("app-qr-preview-note")}</p>
            <DualLanguage msg={msg} languages={props.languages ?? []}>
              {(m, second) => <Report msg={m} report={shown.preview} second={second} />}
            </DualLanguage>
          </section>
        )}
      </main>
    );
  }

  const group = (endorsed: boolean) =>
    (entries ?? [])
      .filter((e) => e.endorsed === endorsed)
      .map((e) => (
        <label class="check" data-id={e.id}>
          <input type="checkbox" checked={chosen.has(e.id)} onChange={() => toggle(e.id)} />
          <Icon name={e.kind} />
          <span>
            <bdi>{e.title}</bdi>
            {why?.get(e.id) && (
              <span class="why">{why.get(e.id)?.map((id) => msg.t(id)).join(" · ")}</span>
            )}
          </span>
        </label>
      ));

  return (
    <main class="screen" id="screen-present">
      <ScreenBar msg={msg} icon="qr" title={msg.t("app-present-title")} onBack={props.onBack} />
      {entries && entries.length === 0 && <p class="empty">{msg.t("app-present-nothing-yet")}</p>}
      <button type="button" id="make-qr" class="primary wide" onClick={make}>
        <Icon name="qr" /> {msg.t("app-present-make")}
      </button>
      <ErrorLine msg={msg} error={error} />
      <label for="present-stage">{msg.t("app-present-stage")}</label>
      <select
        id="present-stage"
        value={stage}
        onChange={(e) => {
          const next = e.currentTarget.value as MigrationStage;
          setStage(next);
          void applyStage(next, target);
        }}
      >
        {STAGES.map((s) => (
          <option value={s}>{msg.t(`app-stage-${s}`)}</option>
        ))}
      </select>
      {stage === "recruitment" && (
        <EscoPicker
          msg={msg}
          kind="occupation"
          value={target}
          onChange={(uri) => {
            setTarget(uri);
            void applyStage("recruitment", uri);
          }}
          label="app-stage-target"
          hint="app-match-find-hint"
          intro={null}
          chosenLabel="app-match-chosen"
        />
      )}
      <p class="hint">{msg.t("app-stage-template-hint")}</p>
      <button type="button" id="stage-apply" class="secondary wide" onClick={() => applyStage(stage, target)}>
        <Icon name="check" /> {msg.t("app-stage-template")}
      </button>
      {entries?.some((e) => e.endorsed) && (
        <fieldset class="stages" id="choose-endorsed">
          <legend>
            <Icon name="badge" /> {msg.t("app-present-endorsed")}
          </legend>
          {group(true)}
        </fieldset>
      )}
      {entries?.some((e) => !e.endorsed) && (
        <fieldset class="stages" id="choose-self">
          <legend>{msg.t("app-present-self")}</legend>
          <p class="hint">{msg.t("app-present-self-hint")}</p>
          {group(false)}
        </fieldset>
      )}
      <fieldset class="stages">
        <legend>{msg.t("app-present-details")}</legend>
        <label class="check">
          <input type="radio" name="details" id="details-all" checked={!short} onChange={() => setShort(false)} />
          {msg.t("app-present-details-all")}
        </label>
        <label class="check">
          <input type="radio" name="details" id="details-short" checked={short} onChange={() => setShort(true)} />
          {msg.t("app-present-details-short")}
        </label>
      </fieldset>
      <label class="check">
        <input type="checkbox" id="print" checked={print} onChange={() => setPrint(!print)} />
        {msg.t("app-present-print")}
      </label>
    </main>
  );
}
