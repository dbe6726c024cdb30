// The stages of the migration cycle in display order.
import type { MigrationStage } from "./bindings/MigrationStage";

export const STAGES: MigrationStage[] = ["recruitment", "pre-departure", "arrival", "career", "return"];
