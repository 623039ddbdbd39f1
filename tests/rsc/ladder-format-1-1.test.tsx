import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertFramework, type Statement } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

// Issue 21 (item 1): the ladder's format 1.1 pieces (area groups, level descriptions and
// details, proficiency labels, examples and notes in native disclosures, the every-level
// section, the cumulative line) are rendered by the ladder's server part: they add no
// client reference, and a StatementCard with them stays server-only.

const SOURCE = "packages/react/src/";
const everyField = assertFramework(
  readFileSync(join(process.cwd(), "tests/core/fixtures/format-1-1/every-field.json"), "utf8"),
);
const seeds = ["infracloud-engineering", "sourcegraph-product"].map((slug) =>
  assertFramework(seedText(`${slug}/${slug}.json`)),
);
const json = (text: string) => JSON.stringify(text).slice(1, -1);

describe("the ladder's format 1.1 pieces in React Server Components", () => {
  it.each([everyField, ...seeds])(
    "$occupation.title: only the ladder's client part crosses, with the pieces rendered",
    async (framework) => {
      const { LevelLadder } = await import("@rungs/react");
      const payload = await flight(<LevelLadder framework={framework} />);
      expect(payload.clientReferences).toEqual([`${SOURCE}ladder/ladder-client.tsx#LadderClient`]);
      const statements: Statement[] = [
        ...framework.allLevels,
        ...framework.levels.flatMap((level) => level.statements),
      ];
      for (const statement of statements) {
        for (const example of statement.examples ?? [])
          expect(payload.text).toContain(json(example.split("\n")[0] ?? ""));
      }
      if (framework.areas.length > 0) expect(payload.text).toContain('"className":"rungs-area__heading"');
      if (framework.allLevels.length > 0) expect(payload.text).toContain("Expected at every level");
      if (framework.cumulative) expect(payload.text).toContain('"className":"rungs-rung__cumulative"');
      if (statements.some((s) => s.examples)) expect(payload.text).toContain('"details"');
    },
  );

  it("StatementCard with a proficiency, examples and a note sends no client component", async () => {
    const { StatementCard } = await import("@rungs/react");
    const statement = everyField.levels[0]?.statements[1] as Statement;
    const payload = await flight(<StatementCard statement={statement} />);
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain('"details"');
    expect(payload.text).toContain(json(statement.notes ?? ""));
  });
});
