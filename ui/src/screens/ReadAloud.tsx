// A play button that reads `text` aloud; absent where no voice speaks the
// language (voices may load late, so it looks again when they change).
import { useEffect, useState } from "preact/hooks";
import type { Messages } from "../i18n";
import { Icon } from "../icons";
import { hasVoice, speak } from "../speech";

export function ReadAloud({ msg, text }: { msg: Messages; text: string }) {
  const [can, setCan] = useState(() => hasVoice(msg.lang));
  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const update = () => setCan(hasVoice(msg.lang));
    update();
    window.speechSynthesis.addEventListener?.("voiceschanged", update);
    return () => window.speechSynthesis.removeEventListener?.("voiceschanged", update);
  }, [msg.lang]);
  if (!can) return null;
  return (
    <button type="button" class="secondary speak" onClick={() => speak(text, msg.lang)}>
      <Icon name="sound" /> {msg.t("app-read-aloud")}
    </button>
  );
}
