import type { LanguageInfo } from "../bindings/LanguageInfo";
import { Icon } from "../icons";
import type { Messages } from "../i18n";

// Each language is named in its own script and direction, so a person
// finds theirs without reading the current one.
export function ChooseLanguage(props: {
  msg: Messages;
  languages: LanguageInfo[];
  current: string;
  onChoose: (tag: string) => void;
}) {
  const { msg, languages, current, onChoose } = props;
  return (
    <main class="screen" id="screen-language">
      <h1>
        <Icon name="globe" /> {msg.t("app-choose-language")}
      </h1>
      <ul class="choices" role="list">
        {languages.map((l) => (
          <li>
            <button
              type="button"
              class={l.tag === current ? "choice selected" : "choice"}
              data-lang={l.tag}
              lang={l.tag}
              dir={l.rtl ? "rtl" : "ltr"}
              onClick={() => onChoose(l.tag)}
            >
              <bdi class="choice-label" lang={l.tag}>
                {l.name}
              </bdi>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
