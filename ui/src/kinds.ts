// The kinds of entry in display order, and the level scale of each.
import type { EntryKind } from "./bindings/EntryKind";

export const KINDS: EntryKind[] = ["skill", "qualification", "experience", "language", "learning"];

/** The values carnet-core accepts as `level` for each kind, in order. */
export function levels(kind: EntryKind): string[] {
  switch (kind) {
    case "skill":
    case "experience":
      return ["basic", "intermediate", "advanced", "expert"];
    case "language":
      return ["A1", "A2", "B1", "B2", "C1", "C2"];
    case "qualification":
    case "learning":
      return ["1", "2", "3", "4", "5", "6", "7", "8"];
  }
}

/** The message id and arguments that name a level. */
export function levelLabel(kind: EntryKind, level: string): [string, Record<string, string>] {
  if (kind === "qualification" || kind === "learning") return ["app-level-eqf", { level }];
  if (kind === "language") return ["", { level }];
  return [`app-level-${level}`, {}];
}
