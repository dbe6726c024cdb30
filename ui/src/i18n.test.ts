import { describe, expect, it } from "vitest";
import { Messages, loadLocale, pseudolocalize, sourcesByLocale } from "./i18n";
import { KINDS, levels } from "./kinds";

const en = new Messages("en");

// Every message id the screens name literally, read from their sources.
const screenSources = import.meta.glob("./**/*.tsx", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

describe("messages", () => {
  it("come from the shared Fluent files, English included", () => {
    const sources = sourcesByLocale();
    expect(sources.has("en")).toBe(true);
    expect(en.t("app-name")).toBe("Carnet");
  });

  it("exist for every id the screens use", () => {
    const ids = new Set<string>();
    for (const text of Object.values(screenSources)) {
      for (const m of text.matchAll(/"((?:app|error)-[a-z0-9-]+)"/g)) ids.add(m[1]);
    }
    for (const k of KINDS) ids.add(`app-kind-${k}`);
    for (const s of ["too-short", "weak", "fair", "strong"]) ids.add(`app-strength-${s}`);
    for (const l of levels("skill")) ids.add(`app-level-${l}`);
    expect(ids.size).toBeGreaterThan(20);
    const missing = [...ids].filter((id) => !en.has(id));
    expect(missing).toEqual([]);
  });

  it("load another language only when it is asked for", async () => {
    expect(sourcesByLocale().has("ar")).toBe(false);
    expect(new Messages("ar").lang).toBe("en");
    await loadLocale("ar");
    const ar = new Messages("ar");
    expect(ar.lang).toBe("ar");
    expect(ar.t("app-unlock")).not.toBe(en.t("app-unlock"));
    await loadLocale("xx-unknown");
    expect(new Messages("xx-unknown").lang).toBe("en");
  });

  it("fill in arguments", () => {
    expect(en.t("app-strength-too-short", { min: 6 })).toContain("6");
  });

  it("show an error code as its error- message with its arguments", () => {
    const text = en.error({ code: "not-found", args: { id: "3f2a" } });
    expect(text).toContain("3f2a");
    expect(text).toBe(en.t("error-not-found", { id: "3f2a" }));
    expect(en.error({ code: "locked", args: {} })).toBe(en.t("error-locked"));
  });

  it("fall back to the internal-error message for an unknown code", () => {
    expect(en.error({ code: "no-such-code", args: {} })).toBe(en.t("error-internal"));
  });

  it("fall back to English for an unknown language and a missing id", () => {
    const xx = new Messages("xx", new Map([["en", ["hello = Hello"]], ["xx", []]]));
    expect(xx.t("hello")).toBe("Hello");
    expect(xx.t("nope")).toBe("nope");
  });
});

describe("the pseudo-locale", () => {
  it("accents and lengthens every message as carnet-i18n does", () => {
    expect(pseudolocalize("Add a skill")).toBe("Åðð á šķíļļẽẽẽẽẽ");
    expect(pseudolocalize("3 / 4")).toBe("3 / 4ẽẽ");
    expect(pseudolocalize("Hello ")).toMatch(/ $/);
    const msg = new Messages("en-XA");
    expect(msg.lang).toBe("en-XA");
    const save = msg.t("app-save");
    expect(save).not.toMatch(/[A-Za-z]/);
    expect([...save].length).toBeGreaterThan("Save".length);
  });
});
