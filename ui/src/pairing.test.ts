import { describe, expect, it } from "vitest";
import { cleanCode, clock, day, fileBytes, looksLike, secondsLeft } from "./pairing";

describe("the pairing helpers", () => {
  it("count down whole seconds and stop at zero", () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 99_999)).toBe(0);
  });

  it("show minutes and seconds as a clock", () => {
    expect(clock(600)).toBe("10:00");
    expect(clock(545)).toBe("9:05");
    expect(clock(0)).toBe("0:00");
    expect(clock(-3)).toBe("0:00");
  });

  it("take a pasted code as the code it is", () => {
    expect(cleanCode(" cnp1:6BF\n0Q2\r\n")).toBe("CNP1:6BF0Q2");
    expect(cleanCode("CNP1:A B")).toBe("CNP1:A B");
    expect(looksLike("cnp1:abc", "CNP1:")).toBe(true);
    expect(looksLike("CNS1:ABC", "CNP1:")).toBe(false);
    expect(looksLike("", "CNS1:")).toBe(false);
  });

  it("write a day in the person's language", () => {
    const ms = Date.UTC(2025, 2, 1, 12);
    expect(day(ms, "en")).toContain("2025");
    expect(day(ms, "en")).toContain("March");
  });

  it("read a chosen file's bytes", async () => {
    const bytes = await fileBytes(new Blob([new Uint8Array([137, 80, 78, 71])]));
    expect([...bytes]).toEqual([137, 80, 78, 71]);
  });
});
