// Messages by id from the same Fluent files as the CLI (locales/<lang>/*.ftl),
// bundled at build time. English is the last fallback, as in carnet-i18n.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { useEffect, useState } from "preact/hooks";
import type { IpcError } from "./bindings/IpcError";

// The files the app's screens use (esco.ftl for the attribution on the
// about screen); the CLI's own (cli.ftl, credentials-*) stay out. English,
// the last fallback of every chain, is in the main bundle; every other
// language is a chunk of its own (vite.config.ts), loaded when chosen, so
// that 48 languages do not all sit in memory.
const english = import.meta.glob("../../locales/en/{common,errors,esco,verify,app,app-*}.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const others = import.meta.glob(
  ["../../locales/*/{common,errors,esco,verify,app,app-*}.ftl", "!../../locales/en/*.ftl"],
  { query: "?raw", import: "default" },
) as Record<string, () => Promise<string>>;

function tagOf(path: string): string | null {
  return /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path)?.[1] ?? null;
}

const byPath = (a: [string, unknown], b: [string, unknown]) => a[0].localeCompare(b[0]);

const loaded = new Map<string, string[]>([
  ["en", Object.entries(english).sort(byPath).map(([, text]) => text)],
]);

/** Fluent sources by locale tag, of the languages loaded so far (English
 * always; the others after `loadLocale`). */
export function sourcesByLocale(): Map<string, string[]> {
  return loaded;
}

/** Loads one language's files (once); unknown tags load nothing. */
export async function loadLocale(tag: string): Promise<void> {
  if (loaded.has(tag)) return;
  const files = Object.entries(others)
    .filter(([path]) => tagOf(path) === tag)
    .sort(byPath);
  if (files.length === 0) return;
  const texts = await Promise.all(files.map(([, load]) => load()));
  loaded.set(tag, texts);
}

/** The messages of `tag`, loading its files first; until they arrive the
 * screen keeps the messages it had (no flash of another language). */
export function useMessages(tag: string): Messages {
  const [msg, setMsg] = useState(() => new Messages(tag));
  useEffect(() => {
    let live = true;
    const show = () => live && setMsg((m) => (m.requested === tag && m.lang === tag ? m : new Messages(tag)));
    loadLocale(tag).then(show, show);
    return () => {
      live = false;
    };
  }, [tag]);
  return msg;
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
  /** The tag asked for (`lang` is English until that language loads). */
  readonly requested: string;
  private readonly chain: FluentBundle[];

  constructor(lang: string, sources: Map<string, string[]> = sourcesByLocale()) {
    this.requested = lang;
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
