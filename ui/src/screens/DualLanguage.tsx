// The same content in the person's language and, beside it, in the
// language of the person across the table (a recruiter, a caseworker),
// who picks theirs, as the EU Skills Profile Tool does for interviews.
// Side by side on a wide screen, one under the other on a phone; each
// column has its own `lang` and direction.
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { LanguageInfo } from "../bindings/LanguageInfo";
import { useMessages, type Messages } from "../i18n";
import { Icon } from "../icons";

export function DualLanguage(props: {
  msg: Messages;
  languages: LanguageInfo[];
  /** `second` is true for the added language's copy (ids stay unique). */
  children: (msg: Messages, second: boolean) => JSX.Element;
}) {
  const { msg, languages } = props;
  const [other, setOther] = useState("");
  const loaded = useMessages(other || msg.lang);
  const second = other && loaded.lang === other ? loaded : null;
  const dir = (tag: string) => (languages.find((l) => l.tag === tag)?.rtl ? "rtl" : "ltr");
  const choices = languages.filter((l) => l.tag !== msg.lang);
  return (
    <section class="dual">
      {choices.length > 0 && (
        <>
          <label for="second-language">
            <Icon name="globe" /> {msg.t("app-dual-language")}
          </label>
          <select id="second-language" value={other} onChange={(e) => setOther(e.currentTarget.value)}>
            <option value="">{msg.t("app-dual-none")}</option>
            {choices.map((l) => (
              <option value={l.tag} lang={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        </>
      )}
      <div class={second ? "dual-columns" : undefined}>
        <div lang={msg.lang} dir={dir(msg.lang)}>
          {props.children(msg, false)}
        </div>
        {second && (
          <div class="dual-second" id="dual-second" lang={second.lang} dir={dir(second.lang)}>
            {props.children(second, true)}
          </div>
        )}
      </div>
    </section>
  );
}
