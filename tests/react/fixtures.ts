import { assertFramework, type Framework } from "@rungs/core";
import { seedText } from "../seeds";

export const seedSource = seedText();
export const seed: Framework = assertFramework(seedSource);

/** A small framework for focused tests: three levels, one of them empty. */
export const small: Framework = assertFramework({
  schemaVersion: "1.0",
  occupation: { title: "Gardener" },
  framework: {
    levels: {
      novice: {
        label: "Novice",
        statements: ["Pruning — cuts dead wood with guidance.", "Soil — waters beds on a schedule."],
      },
      skilled: { label: "Skilled", statements: ["Pruning — shapes shrubs unaided."] },
      expert: { label: "Expert", statements: [] },
    },
  },
  sources: { guide: "https://example.org/guide", note: "javascript:alert(1)" },
  attribution: "© Garden Guild",
});

/** A two-level team framework ("Junior", "Senior") with the given statements. */
export function juniorSenior(junior: string[], senior: string[]): Framework {
  return assertFramework({
    schemaVersion: "1.0",
    occupation: { title: "Team" },
    framework: {
      levels: { junior: { label: "Junior", statements: junior }, senior: { label: "Senior", statements: senior } },
    },
    attribution: "© Team",
  });
}
