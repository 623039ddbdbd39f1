import { readdirSync, readFileSync } from "node:fs";
import { assertFramework, levelSteps } from "@rungs/core";
import * as React from "react";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { hasUseClientDirective } from "./client-boundary";
import { flight } from "./flight";

/**
 * Rungs in a React Server Component tree, as Radix checks its packages
 * (scripts/rsc-compatibility.rsc.test.ts), and one step further: the server-safe
 * components are rendered by React's Flight renderer, as Next.js renders a page, and the
 * payload shows what crosses to the browser. Runs under the `react-server` export
 * condition (the `rsc` project), where React has no useState, useEffect or context.
 */

const SOURCE = "packages/react/src/";
const seed = assertFramework(seedText());

/** The modules that need the browser; every other module must work in a server component. */
const CLIENT_MODULES = [
  "card/checkable-statement-card.tsx",
  "ladder/ladder-client.tsx",
  "shared/use-assessment.ts",
  "summary/assessment-summary-actions.tsx",
];

/** Every module of the package, by its path under src/ (the component folders included). */
const modules = readdirSync(SOURCE, { recursive: true, encoding: "utf8" })
  .filter((name) => /\.tsx?$/.test(name))
  .sort();
const serverSafe = modules.filter((name) => !CLIENT_MODULES.includes(name));

/** Every statement text of the seed, as it appears in a payload (JSON strings). */
const statementTexts = seed.levels.flatMap((level) =>
  level.statements.map((statement) => JSON.stringify(statement.description).slice(1, -1)),
);

describe("React Server Components", () => {
  it("runs under the react-server condition", () => {
    // Otherwise every check below would pass for the wrong reason.
    expect((React as Record<string, unknown>).useState).toBeUndefined();
    expect((React as Record<string, unknown>).createContext).toBeUndefined();
  });

  it('marks exactly the modules that need the browser "use client"', () => {
    const marked = modules.filter((name) => hasUseClientDirective(readFileSync(`${SOURCE}${name}`, "utf8")));
    expect(marked).toEqual(CLIENT_MODULES);
  });

  it.each(serverSafe)("imports %s in a server component", async (name) => {
    await expect(import(/* @vite-ignore */ `../../${SOURCE}${name}`)).resolves.toBeDefined();
  });

  it("imports the package, whose client parts are client references", async () => {
    const rungs = await import("@rungs/react");
    const reference = Symbol.for("react.client.reference");
    expect((rungs.useAssessment as unknown as { $$typeof: symbol }).$$typeof).toBe(reference);
    expect((rungs.ProgressionMatrix as unknown as { $$typeof?: symbol }).$$typeof).not.toBe(reference);
  });

  describe("server-safe components render on the server and send no client component", () => {
    it("ProgressionMatrix, with every statement", async () => {
      const { ProgressionMatrix } = await import("@rungs/react");
      const payload = await flight(<ProgressionMatrix framework={seed} currentLevel="developing" />);
      expect(payload.clientReferences).toEqual([]);
      for (const text of statementTexts) expect(payload.text).toContain(text);
    });

    it("LevelCompare", async () => {
      const { LevelCompare } = await import("@rungs/react");
      const payload = await flight(<LevelCompare framework={seed} from="emerging" to="advanced" />);
      expect(payload.clientReferences).toEqual([]);
      expect(payload.text).toContain("Emerging");
    });

    it("StatementCard without a checkbox, FrameworkAttribution and the error panel", async () => {
      const { StatementCard, FrameworkAttribution, ProgressionMatrix } = await import("@rungs/react");
      const statement = seed.levels[0]?.statements[0];
      if (!statement) throw new Error("seed has no statements");
      const payload = await flight(
        <div>
          <StatementCard statement={statement} idPrefix="" />
          <FrameworkAttribution framework={seed} />
          <ProgressionMatrix framework="{ not json" />
        </div>,
      );
      expect(payload.clientReferences).toEqual([]);
      expect(payload.text).toContain(JSON.stringify(statement.description).slice(1, -1));
      expect(payload.text).toContain('"role":"alert"');
    });
  });

  it("parses on the server and sends the ladder as a client component, with its props; a card with a checkbox stays HTML", async () => {
    const { LevelLadder, StatementCard } = await import("@rungs/react");
    const statement = seed.levels[0]?.statements[0];
    if (!statement) throw new Error("seed has no statements");
    const payload = await flight(
      <div>
        <LevelLadder framework={seedText()} currentLevel="developing" />
        <StatementCard statement={statement} defaultChecked />
      </div>,
    );
    // Issue 19: the plain card is server-only (its checkbox is the browser's own), so only
    // the ladder's client part crosses.
    expect(payload.clientReferences).toEqual([`${SOURCE}ladder/ladder-client.tsx#LadderClient`]);
    expect(payload.text).toContain('"type":"checkbox"');
    // Raw JSON was parsed here: what crosses is the parsed framework, as data.
    for (const text of statementTexts) expect(payload.text).toContain(text);
  });

  // Issue 19: the server part renders the rungs, steps included, so what crosses is markup
  // and the ids the open state needs: no levelSteps data (theme ids), no step marks to
  // render in the browser, and no framework beside the rendered rungs, only its outline.
  it("hands the ladder's client part rendered rungs and an outline, not the data they are made from", async () => {
    const { LevelLadder } = await import("@rungs/react");
    const payload = await flight(<LevelLadder framework={seed} levelSteps={levelSteps(seed)} />);
    expect(payload.clientReferences).toEqual([`${SOURCE}ladder/ladder-client.tsx#LadderClient`]);
    expect(payload.text).not.toContain("themeId");
    expect(payload.text).not.toContain('"byStatement"');
    expect(payload.text).toContain("New at this level");
    const outline = {
      levels: seed.levels.map((level) => ({
        id: level.id,
        key: level.key,
        statements: level.statements.map((statement) => ({ id: statement.id })),
      })),
    };
    expect(payload.text).toContain(`"outline":${JSON.stringify(outline)}`);
  });
});
