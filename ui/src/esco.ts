// The pure parts of the ESCO screens: which kind of concept an entry is
// searched for, how a concept's names show, how a match reads.
import type { ConceptView } from "./bindings/ConceptView";
import type { EntryKind } from "./bindings/EntryKind";
import type { EscoKind } from "./bindings/EscoKind";
import type { MatchView } from "./bindings/MatchView";
import type { SkillMatchView } from "./bindings/SkillMatchView";
import type { StageViewOut } from "./bindings/StageViewOut";

/** What to search for an entry of `kind` (`null`: skills and jobs). A
 * skill is matched against jobs by its ESCO skill; work experience may
 * name a job; a job search asks for occupations only. */
export function escoKindFor(kind: EntryKind | "occupation"): EscoKind | null {
  if (kind === "skill") return "skill";
  if (kind === "occupation") return "occupation";
  return null;
}

/** The name in the person's language, and the English one when it
 * differs (the data has no label in some languages for some concepts). */
export function conceptNames(c: ConceptView): { name: string; english: string | null } {
  const name = c.label ?? c.labelEn;
  return { name, english: name === c.labelEn ? null : c.labelEn };
}

/** The skills of a match: essential ones, then the others. */
export function splitSkills(m: MatchView): { essential: SkillMatchView[]; optional: SkillMatchView[] } {
  return {
    essential: m.skills.filter((s) => s.essential),
    optional: m.skills.filter((s) => !s.essential),
  };
}

/** Skills covered first (signed, then self-declared), then missing ones
 * that have a suggestion, then the rest; the order within each stays. */
export function byCoverage(skills: SkillMatchView[]): SkillMatchView[] {
  const rank = (s: SkillMatchView) =>
    s.coverage === "endorsed" ? 0 : s.coverage === "self-declared" ? 1 : s.suggested.length > 0 ? 2 : 3;
  return skills
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([s]) => s);
}

/** What a stage view ticks: the entries, and why each (message ids). */
export function stagePicks(view: StageViewOut): { chosen: Set<string>; why: Map<string, string[]> } {
  return {
    chosen: new Set(view.picks.map((p) => p.id)),
    why: new Map(view.picks.map((p) => [p.id, p.why.map((w) => `stage-why-${w}`)])),
  };
}
