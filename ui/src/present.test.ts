// Choosing what to show, and how verdicts read: the pure parts of the
// present and verify screens.
import { describe, expect, it } from "vitest";
import type { EntryView } from "./bindings/EntryView";
import type { ReasonView } from "./bindings/ReasonView";
import { Messages } from "./i18n";
import { SHORT_FIELDS, presentInput } from "./screens/Present";
import { reasonText, tone } from "./screens/Report";

const entry = (id: string, endorsed: boolean): EntryView => ({
  id,
  kind: "skill",
  title: id,
  level: null,
  eqf: null,
  stages: [],
  endorsed,
  esco: null,
  modified: 0,
  evidence: [],
});

describe("presentInput", () => {
  const entries = [entry("a", true), entry("b", false), entry("c", true)];

  it("sends signed entries as endorsed and the rest as the person's own word", () => {
    const input = presentInput(entries, new Set(["a", "b"]), false, "arrival", false);
    expect(input.endorsed).toEqual(["a"]);
    expect(input.selfDeclared).toEqual(["b"]);
    expect(input.fields).toBeNull();
    expect(input.stage).toBe("arrival");
  });

  it("limits the details when asked", () => {
    const input = presentInput(entries, new Set(["c"]), true, "recruitment", true);
    expect(input.fields).toEqual(SHORT_FIELDS);
    expect(input.print).toBe(true);
  });
});

describe("verdicts", () => {
  it("are good, so-so or bad", () => {
    expect(tone("valid")).toBe("good");
    expect(tone("self-declared")).toBe("warn");
    expect(tone("unknown-issuer")).toBe("warn");
    expect(tone("tampered")).toBe("bad");
    expect(tone("revoked")).toBe("bad");
  });

  it("give reasons in words, with dates as dates and kinds as words", () => {
    const msg = new Messages("en");
    const expired: ReasonView = { code: "endorsement-expired", verdict: "expired", args: { exp: "1715644800" } };
    const text = reasonText(msg, expired);
    expect(text).toContain("2024");
    expect(text).not.toContain("1715644800");
    const differ: ReasonView = {
      code: "issuer-claims-differ",
      verdict: "valid",
      args: { kind: "college", country: "SY" },
    };
    expect(reasonText(msg, differ)).toContain("a college");
  });

  it("has a message for every verdict and every app standing", () => {
    const msg = new Messages("en");
    for (const v of ["valid", "self-declared", "unknown-issuer", "expired", "revoked", "tampered", "malformed"]) {
      expect(msg.has(`verdict-${v}`)).toBe(true);
    }
    for (const s of ["valid", "unknown-issuer", "expired", "revoked", "malformed"]) {
      expect(msg.has(`app-standing-${s}`)).toBe(true);
    }
  });
});

describe("QR code size", () => {
  it("gives every module the same whole number of pixels", async () => {
    const { modulesAcross, qrPixels } = await import("./screens/QrCode");
    expect(modulesAcross(1)).toBe(29);
    const px = qrPixels(modulesAcross(13), 388);
    expect(px % modulesAcross(13)).toBe(0);
    expect(px).toBeLessThanOrEqual(388);
    expect(px).toBeGreaterThan(388 - modulesAcross(13));
    expect(qrPixels(200, 100)).toBe(200);
  });
});
