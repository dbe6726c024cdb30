// Jobs for me: choose a job (ESCO occupation) and see which of its skills
// the logbook shows (signed, or in the person's own word) and which are
// missing, with entries that may match a missing one; and the jobs that
// fit the logbook best.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { MatchView } from "../bindings/MatchView";
import type { RankedView } from "../bindings/RankedView";
import type { SkillMatchView } from "../bindings/SkillMatchView";
import { byCoverage, conceptNames, splitSkills } from "../esco";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { ErrorLine, asIpcError } from "./ErrorLine";
import { EscoPicker } from "./EscoPicker";
import { ScreenBar } from "./ScreenBar";

export function Match(props: { msg: Messages; onBack: () => void }) {
  const { msg } = props;
  const [target, setTarget] = useState<string | null>(null);
  const [match, setMatch] = useState<MatchView | null>(null);
  const [ranked, setRanked] = useState<RankedView[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api
      .escoRank(msg.lang)
      .then(setRanked)
      .catch((e) => setError(asIpcError(e)));
  }, [msg.lang, version]);

  useEffect(() => {
    if (!target) {
      setMatch(null);
      return;
    }
    let current = true;
    api
      .escoMatch(target, msg.lang)
      .then((m) => current && setMatch(m))
      .catch((e) => current && setError(asIpcError(e)));
    return () => {
      current = false;
    };
  }, [target, msg.lang, version]);

  const link = async (entryId: string, skillUri: string) => {
    try {
      await api.linkEntry(entryId, skillUri);
      setVersion(version + 1);
    } catch (e) {
      setError(asIpcError(e));
    }
  };

  const parts = match ? splitSkills(match) : null;
  return (
    <main class="screen" id="screen-match">
      <ScreenBar msg={msg} icon="experience" title={msg.t("app-match-title")} onBack={props.onBack} />
      <p class="hint">{msg.t("app-match-intro")}</p>
      <EscoPicker
        msg={msg}
        kind="occupation"
        value={target}
        onChange={setTarget}
        label="app-match-find"
        hint="app-match-find-hint"
        intro={null}
        chosenLabel="app-match-chosen"
      />
      <ErrorLine msg={msg} error={error} />
      {match && parts && (
        <section id="match" aria-labelledby="match-title" data-uri={match.occupation.uri}>
          <h2 id="match-title">
            <Icon name="experience" /> {conceptNames(match.occupation).name}
          </h2>
          <p id="match-summary" class="ok">
            {msg.t("app-match-summary", { covered: match.essentialCovered, total: match.essentialTotal })}
          </p>
          <h3>{msg.t("app-match-essential")}</h3>
          <Skills msg={msg} skills={byCoverage(parts.essential)} onLink={link} />
          {parts.optional.length > 0 && (
            <details class="more" id="optional">
              <summary>
                {msg.t("app-match-optional")} ({parts.optional.length})
              </summary>
              <Skills msg={msg} skills={byCoverage(parts.optional)} onLink={link} />
            </details>
          )}
        </section>
      )}
      <section id="fit" aria-labelledby="fit-title">
        <h2 id="fit-title">
          <Icon name="search" /> {msg.t("app-match-fit")}
        </h2>
        {ranked && ranked.length === 0 && (
          <p class="empty" id="fit-none">
            {msg.t("app-match-fit-none")}
          </p>
        )}
        {ranked && ranked.length > 0 && (
          <ul class="fit" role="list">
            {ranked.map((r) => {
              const { name, english } = conceptNames(r.occupation);
              return (
                <li>
                  <button
                    type="button"
                    class="ranked"
                    data-uri={r.occupation.uri}
                    onClick={() => {
                      setTarget(r.occupation.uri);
                      window.scrollTo(0, 0);
                    }}
                  >
                    <Icon name="experience" />
                    <span class="esco-names">
                      <span class="esco-name">{name}</span>
                      {english && <span class="esco-english">{msg.t("app-esco-english", { english })}</span>}
                      <span class="fit-share">
                        {msg.t("app-match-fit-line", {
                          covered: r.essentialCovered,
                          total: r.essentialTotal,
                          percent: r.percent,
                        })}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </main>
  );
}

const COVERAGE_ICON = { endorsed: "badge", "self-declared": "check", missing: "close" } as const;

function Skills(props: {
  msg: Messages;
  skills: SkillMatchView[];
  onLink: (entryId: string, skillUri: string) => void;
}) {
  const { msg } = props;
  return (
    <ul class="skills" role="list">
      {props.skills.map((s) => {
        const { name, english } = conceptNames(s.skill);
        return (
          <li class="skill-row" data-uri={s.skill.uri} data-coverage={s.coverage}>
            <div class="skill-head">
              <span class="esco-names">
                <span class="esco-name">{name}</span>
                {english && <span class="esco-english">{msg.t("app-esco-english", { english })}</span>}
              </span>
              <span class={`coverage coverage-${s.coverage}`}>
                <Icon name={COVERAGE_ICON[s.coverage]} size={20} /> {msg.t(`app-match-${s.coverage}`)}
              </span>
            </div>
            {s.entries.length > 0 && <p class="skill-entries">{s.entries.map((e) => e.title).join(", ")}</p>}
            {s.suggested.map((e) => (
              <div class="maybe" data-entry={e.id}>
                <p>{msg.t("app-match-maybe", { title: e.title })}</p>
                <button type="button" class="secondary link" onClick={() => props.onLink(e.id, s.skill.uri)}>
                  <Icon name="check" /> {msg.t("app-match-link")}
                </button>
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
