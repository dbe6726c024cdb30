// Small pure helpers of the devices screens: the countdown of a pairing
// code, what a pasted code looks like, a date for the devices list, and
// reading a chosen file.

/** Whole seconds from `nowMs` until `expiresMs`, never below 0. */
export function secondsLeft(expiresMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((expiresMs - nowMs) / 1000));
}

/** `m:ss`, as a clock shows it (9:05). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A code as people paste it: line breaks and tabs taken out (copying from
 * a chat or a PDF adds them), outer spaces trimmed, letters in capitals
 * (Base45 has no small letters; a phone keyboard adds them). Inner spaces
 * stay: the space is one of Base45's characters.
 */
export function cleanCode(text: string): string {
  return text.replace(/[\r\n\t]+/g, "").trim().toUpperCase();
}

/** Whether `text` starts like a code of this kind (`CNP1:`, `CNS1:`). */
export function looksLike(text: string, prefix: "CNP1:" | "CNS1:"): boolean {
  return cleanCode(text).startsWith(prefix);
}

/** A day as the person's language writes it. */
export function day(ms: number, lang: string): string {
  return new Date(ms).toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
}

/** The bytes of a file from an `<input type="file">`. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
