import { describe, expect, it } from "vitest";
import { strength } from "./passphrase";

describe("passphrase strength hint", () => {
  const check = (p: string, expected: string) => expect([p, strength(p)]).toEqual([p, expected]);
  it("rates by length, words and kinds of characters", () => {
    check("", "too-short");
    check("abcde", "too-short");
    check("ابجدهو", "weak");
    check("abcdef", "weak");
    check("abcdefghij", "fair");
    check("red fox jumps", "fair");
    check("Abcdefgh1234!x", "strong");
    check("correct horse battery staple", "strong");
    check("aaaaaaaaaaaaaaaaaaaa", "strong");
  });
});
