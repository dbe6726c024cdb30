// Messages by id from the same Fluent files as the CLI (locales/<lang>/*.ftl),
// bundled at build time. English is the last fallback, as in carnet-i18n.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { IpcError } from "./bindings/IpcError";

// The files the app's screens use (esco.ftl for the attribution on the
// about screen); the CLI's own (cli.ftl, credentials-*) stay out.
const files = import.meta.glob("../../locales/*/{common,errors,esco,verify,app,app-*}.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Fluent sources by locale tag (the folder name under locales/). */
export function sourcesByLocale(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    const list = out.get(m[1]) ?? [];
    list.push(text);
    out.set(m[1], list);
  }
  return out;
}

const FALLBACK = "en";

export type Args = Record<string, FluentVariable>;

/** The pseudo-locale: offered only when the app runs with
 *  CARNET_PSEUDO_LOCALE set (developers, the end-to-end tests). */
export const PSEUDO_LOCALE = "en-XA";

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i],
  ]),
);

/** What carnet-i18n's `pseudolocalize` does: every ASCII letter accented,
 *  the text 40 % longer, spacing at the end kept. */
export function pseudolocalize(text: string): string {
  if (text.trim() === "") return text;
  const body = text.trimEnd();
  const tail = text.slice(body.length);
  const extra = Math.ceil([...body].length * 0.4);
  return [...body].map((c) => ACCENTED[c] ?? c).join("") + "ẽ".repeat(extra) + tail;
}

export class Messages {
  readonly lang: string;
  private readonly chain: FluentBundle[];

  constructor(lang: string, sources: Map<string, string[]> = sourcesByLocale()) {
    if (lang === PSEUDO_LOCALE) {
      // English, every text element accented and lengthened (as carnet-i18n's).
      this.lang = PSEUDO_LOCALE;
      const bundle = new FluentBundle(PSEUDO_LOCALE, { transform: pseudolocalize });
      for (const text of sources.get(FALLBACK) ?? []) bundle.addResource(new FluentResource(text));
      this.chain = [bundle];
      return;
    }
    const tags = sources.has(lang) ? [lang] : [];
    if (lang !== FALLBACK) tags.push(FALLBACK);
    this.lang = tags[0] ?? FALLBACK;
    this.chain = tags.map((tag) => {
      const bundle = new FluentBundle(tag);
      for (const text of sources.get(tag) ?? []) {
        bundle.addResource(new FluentResource(text));
      }
      return bundle;
    });
  }

  has(id: string): boolean {
    return this.chain.some((b) => b.hasMessage(id));
  }

  /** The message `id`, or the id itself when no language has it. */
  t(id: string, args?: Args): string {
    for (const bundle of this.chain) {
      const msg = bundle.getMessage(id);
      if (msg?.value) return bundle.formatPattern(msg.value, args);
    }
    return id;
  }

  /** The message for an error from the app: `error-<code>` with its args. */
  error(err: IpcError): string {
    const id = `error-${err.code}`;
    const args: Args = {};
    for (const [name, value] of Object.entries(err.args)) {
      if (value !== undefined) args[name] = value;
    }
    return this.t(this.has(id) ? id : "error-internal", args);
  }
}
