// A verdict in plain words: the overall result first (icon, colour and
// sentence), then each shown item with who signed it, its details and the
// reasons. Shared by the verify screen and the present screen's preview.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { ItemView } from "../bindings/ItemView";
import type { ReasonView } from "../bindings/ReasonView";
import type { ReportView } from "../bindings/ReportView";
import { dateText } from "../dates";
import type { Args, Messages } from "../i18n";
import { Icon, type IconName } from "../icons";
import { ReadAloud } from "./ReadAloud";

/** Good, so-so or bad: how a verdict code is coloured and marked. */
export function tone(verdict: string): "good" | "warn" | "bad" {
  if (verdict === "valid") return "good";
  if (verdict === "self-declared" || verdict === "unknown-issuer") return "warn";
  return "bad";
}

const toneIcon: Record<string, IconName> = { good: "check", warn: "info", bad: "close" };

export function reasonText(msg: Messages, r: ReasonView): string {
  const args: Args = {};
  for (const [name, value] of Object.entries(r.args)) {
    if (value === undefined) continue;
    if ((name === "exp" || name === "iat") && /^\d+$/.test(value)) args[name] = dateText(msg.lang, Number(value));
    else if (name === "kind") args[name] = msg.t(`issuer-kind-${value}`);
    else args[name] = value;
  }
  return msg.t(`reason-${r.code}`, args);
}

function fieldValue(msg: Messages, field: string, value: string): string {
  if (field === "kind") return msg.t(`verify-entry-kind-${value}`);
  if (field === "context") return msg.t(`verify-context-${value}`);
  if (field === "esco") {
    const m = /esco\/([a-z]+)\/([0-9a-f-]+)$/.exec(value);
    return m ? `${msg.t(`verify-esco-${m[1]}`)} ${m[2].slice(0, 8)}` : value;
  }
  return value;
}

/** An ESCO concept by its name in the reader's language (the verifier's,
 *  not the holder's), from the offline taxonomy; its short form when the
 *  taxonomy is not on this device. */
function EscoValue({ msg, uri }: { msg: Messages; uri: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api
      .escoConcept(uri, msg.lang)
      .then((c) => current && setName(c.label ?? c.labelEn))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [uri, msg.lang]);
  return <>{name ?? fieldValue(msg, "esco", uri)}</>;
}

function Item({ msg, item }: { msg: Messages; item: ItemView }) {
  const t = tone(item.verdict);
  const title = item.fields.find((f) => f.field === "title")?.value;
  return (
    <li class={`item tone-${t}`} data-verdict={item.verdict}>
      <p class="item-head">
        <Icon name={toneIcon[t]} />
        <strong class="item-title">{title ?? msg.t("verify-field-title")}</strong>
        <span class={item.issuer ? "badge endorsed" : "badge"}>
          {msg.t(item.issuer ? "app-item-endorsed" : "app-item-self")}
        </span>
      </p>
      <p class="item-verdict">{msg.t(`verdict-${item.verdict}`)}</p>
      {item.issuer && (
        <p class="item-issuer">
          {msg.t(item.issuer.trusted ? "verify-endorsed-by" : "verify-endorsed-by-unchecked", {
            name: item.issuer.name,
            kind: msg.t(`issuer-kind-${item.issuer.kind}`),
            country: item.issuer.country,
            kid: item.issuer.kid,
          })}
        </p>
      )}
      {item.issuer?.kind === "colleague" && <p class="hint">{msg.t("verify-colleague-note")}</p>}
      {item.assessedBy && <p>{msg.t("app-item-assessed", { how: msg.t(`verify-how-${item.assessedBy}`) })}</p>}
      <dl class="fields">
        {item.fields
          .filter((f) => f.field !== "title")
          .map((f) => (
            <div class="field" data-field={f.field}>
              <dt>{msg.t(`verify-field-${f.field}`)}</dt>
              <dd>{f.field === "esco" ? <EscoValue msg={msg} uri={f.value} /> : fieldValue(msg, f.field, f.value)}</dd>
            </div>
          ))}
      </dl>
      {item.hidden.length > 0 && <p class="hint">{msg.t("app-item-hidden", { count: item.hidden.length })}</p>}
      <ul class="reasons">
        {item.reasons.map((r) => (
          <li data-reason={r.code}>{reasonText(msg, r)}</li>
        ))}
      </ul>
    </li>
  );
}

export function Report({ msg, report, second }: { msg: Messages; report: ReportView; second?: boolean }) {
  const t = tone(report.verdict);
  return (
    <section class="report" aria-live="polite">
      <p class={`verdict tone-${t}`} id={second ? undefined : "verdict"} data-verdict={report.verdict}>
        <Icon name={toneIcon[t]} size={32} /> {msg.t(`verdict-${report.verdict}`)}
      </p>
      <ReadAloud
        msg={msg}
        text={[
          msg.t(`verdict-${report.verdict}`),
          ...report.items.map(
            (i) => `${i.fields.find((f) => f.field === "title")?.value ?? ""}: ${msg.t(`verdict-${i.verdict}`)}`,
          ),
        ].join(". ")}
      />
      {report.newer && <p class="error">{msg.t("app-verdict-newer")}</p>}
      {report.stage && report.made !== null && (
        <p>
          {msg.t("app-verdict-made", {
            stage: msg.t(`verify-stage-${report.stage}`),
            date: dateText(msg.lang, report.made),
          })}
        </p>
      )}
      {report.expires !== null && <p>{msg.t("app-verdict-expires", { date: dateText(msg.lang, report.expires) })}</p>}
      {report.reasons.length > 0 && (
        <ul class="reasons">
          {report.reasons.map((r) => (
            <li data-reason={r.code}>{reasonText(msg, r)}</li>
          ))}
        </ul>
      )}
      <ul class="items" role="list">
        {report.items.map((i) => (
          <Item msg={msg} item={i} />
        ))}
      </ul>
    </section>
  );
}
