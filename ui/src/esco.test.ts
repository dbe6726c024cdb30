// The pure parts of the ESCO screens, and the ESCO commands' argument names.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "./api";
import type { ConceptView } from "./bindings/ConceptView";
import type { MatchView } from "./bindings/MatchView";
import type { SkillMatchView } from "./bindings/SkillMatchView";
import { byCoverage, conceptNames, escoKindFor, splitSkills, stagePicks } from "./esco";
import { Messages } from "./i18n";

afterEach(() => clearMocks());

const concept = (uri: string, label: string | null, labelEn: string): ConceptView => ({
  uri,
  kind: "skill",
  label,
  labelEn,
});

const skill = (uri: string, essential: boolean, coverage: SkillMatchView["coverage"], maybe = false): SkillMatchView => ({
  skill: concept(uri, uri, uri),
  essential,
  coverage,
  entries: [],
  suggested: maybe ? [{ id: "e1", title: "My welding" }] : [],
});

describe("esco", () => {
  it("searches skills for a skill, jobs for a job, both for the rest", () => {
    expect(escoKindFor("skill")).toBe("skill");
    expect(escoKindFor("occupation")).toBe("occupation");
    expect(escoKindFor("experience")).toBeNull();
    expect(escoKindFor("qualification")).toBeNull();
  });

  it("shows the English name only when it differs", () => {
    expect(conceptNames(concept("u", "soudage", "welding"))).toEqual({ name: "soudage", english: "welding" });
    expect(conceptNames(concept("u", "welding", "welding"))).toEqual({ name: "welding", english: null });
    // No label in the person's language: English alone.
    expect(conceptNames(concept("u", null, "welding"))).toEqual({ name: "welding", english: null });
  });

  it("splits a match and lists covered skills first", () => {
    const m: MatchView = {
      occupation: { ...concept("o", "welder", "welder"), kind: "occupation" },
      essentialCovered: 1,
      essentialTotal: 3,
      skills: [
        skill("a", true, "missing"),
        skill("b", true, "missing", true),
        skill("c", true, "self-declared"),
        skill("d", false, "endorsed"),
      ],
    };
    const { essential, optional } = splitSkills(m);
    expect(essential.map((s) => s.skill.uri)).toEqual(["a", "b", "c"]);
    expect(optional.map((s) => s.skill.uri)).toEqual(["d"]);
    expect(byCoverage(essential).map((s) => s.skill.uri)).toEqual(["c", "b", "a"]);
  });

  it("ticks what a stage view picks, with its reasons in words", () => {
    const picked = stagePicks({
      stage: "recruitment",
      target: null,
      picks: [
        { id: "x", why: ["target-essential"] },
        { id: "y", why: ["marked", "language"] },
      ],
    });
    expect([...picked.chosen]).toEqual(["x", "y"]);
    const msg = new Messages("en");
    expect(picked.why.get("y")?.map((id) => msg.t(id))).toEqual(["you marked it for this stage", "a language"]);
    // Every reason has words.
    for (const w of ["target-essential", "target-optional", "target-maybe", "marked", "abroad", "endorsed",
      "qualification", "language", "experience", "learning", "skill"]) {
      expect(msg.has(`stage-why-${w}`)).toBe(true);
    }
  });

  it("sends the ESCO commands with their declared argument names", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === "esco_search" ? [] : null;
    });
    await api.escoSearch("weld", "fr", "skill");
    await api.linkEntry("e1", null);
    await api.escoMatch("http://data.europa.eu/esco/occupation/x", "en");
    await api.stageView("return", null, "en");
    expect(calls).toEqual([
      ["esco_search", { text: "weld", lang: "fr", kind: "skill" }],
      ["link_entry", { id: "e1", uri: null }],
      ["esco_match", { occupation: "http://data.europa.eu/esco/occupation/x", lang: "en" }],
      ["stage_view", { stage: "return", target: null, lang: "en" }],
    ]);
  });
});
