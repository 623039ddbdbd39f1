import { assertFramework, type Framework } from "@rungs/core";
import { seedTexts } from "../seeds";

/** A seed framework by file name, parsed once for all the screens. */
export function seedFramework(file: string): Framework {
  return assertFramework(seedTexts[file] as string);
}

/** The ids of one level's statements, in order. */
export function idsOf(framework: Framework, levelKey: string): string[] {
  return framework.levels.find((level) => level.key === levelKey)?.statements.map((statement) => statement.id) ?? [];
}
