// Read aloud with the platform's voices (Web Speech). Only offered where
// a voice for the language exists: a play button that stays silent would
// teach people that the button does nothing. Phones' webviews often lack
// Web Speech; a native text-to-speech plugin is still to do there.

/** The part of `speechSynthesis` this module uses (tests give a fake). */
export interface Synth {
  getVoices(): { lang: string }[];
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
}

function synth(): Synth | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

/** Whether some voice speaks `lang` (a BCP 47 tag; `fa` matches `fa-IR`). */
export function hasVoice(lang: string, s: Synth | null = synth()): boolean {
  if (!s) return false;
  const base = lang.toLowerCase().split("-")[0];
  return s.getVoices().some((v) => v.lang.toLowerCase().replace("_", "-").split("-")[0] === base);
}

/** Speaks `text` in `lang`, stopping whatever was being read. */
export function speak(text: string, lang: string, s: Synth | null = synth()): boolean {
  if (!s || !hasVoice(lang, s) || typeof SpeechSynthesisUtterance === "undefined") return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang;
  s.speak(u);
  return true;
}
