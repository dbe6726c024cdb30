import { describe, expect, it } from "vitest";
import { anchorFromJson } from "./screens/TrustLists";

describe("anchorFromJson", () => {
  it("reads what `carnet trust anchor show --json` prints", () => {
    const key = "ab".repeat(32);
    const text = JSON.stringify({ name: " Centres network ", public_key: key, kid: "00", bundles_made: 1 });
    expect(anchorFromJson(text)).toEqual({ key, name: "Centres network" });
  });
  it("refuses anything else", () => {
    expect(anchorFromJson("not json")).toBeNull();
    expect(anchorFromJson("[1,2]")).toBeNull();
    expect(anchorFromJson(JSON.stringify({ name: "x" }))).toBeNull();
    expect(anchorFromJson("null")).toBeNull();
  });
});
