// Read aloud is offered only where a voice speaks the language.
import { describe, expect, it } from "vitest";
import { hasVoice, type Synth } from "./speech";

const fake = (langs: string[]): Synth => ({
  getVoices: () => langs.map((lang) => ({ lang })),
  speak: () => undefined,
  cancel: () => undefined,
});

describe("hasVoice", () => {
  it("matches a language with any region, in either separator style", () => {
    expect(hasVoice("fa", fake(["fa-IR"]))).toBe(true);
    expect(hasVoice("en", fake(["en_GB"]))).toBe(true);
    expect(hasVoice("ar", fake(["AR-eg"]))).toBe(true);
  });

  it("says no where no voice speaks it, or where there is no speech at all", () => {
    expect(hasVoice("ti", fake(["en-US", "am-ET"]))).toBe(false);
    expect(hasVoice("en", fake([]))).toBe(false);
    expect(hasVoice("en", null)).toBe(false);
  });
});
