// The strength hint shown while a person makes a passphrase. A hint, not a
// rule: carnet-core enforces only the minimum length.

/** carnet-core's MIN_PASSPHRASE_CHARS. */
export const MIN_CHARS = 6;

export type Strength = "too-short" | "weak" | "fair" | "strong";

export function strength(passphrase: string): Strength {
  const chars = [...passphrase].length;
  if (chars < MIN_CHARS) return "too-short";
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((r) =>
    r.test(passphrase),
  ).length;
  if (chars >= 20 || (words >= 4 && chars >= 16) || (chars >= 14 && classes >= 3)) return "strong";
  if (chars >= 10 || words >= 3) return "fair";
  return "weak";
}
