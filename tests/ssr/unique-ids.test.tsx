import { type Framework, levelSteps, parseFramework } from "@rungs/core";
import {
  AssessmentSummary,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  StatementCard,
} from "@rungs/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "./html";

/**
 * Issue 18, item 12: a level keyed `emerging-1` took the id `emerging-1`, which is also
 * statement 1 of the level `emerging`; every view repeated the id and a stepper link to
 * the rung landed on the statement. `emerging-1-1` (statement 1 of `emerging-1`, and a
 * level of its own) and `b-02` (not a statement id: statements count from 1, no zeros)
 * make it harder.
 */
const levels = {
  emerging: ["Testing — writes unit tests.", "Delivery — ships small changes.", "Review — reads a pull request."],
  "emerging-1": ["Testing — designs test plans.", "Delivery — plans a release."],
  "emerging-1-1": ["Testing — owns the test strategy."],
  b: ["Testing — coaches others."],
  "b-02": ["Delivery — owns the roadmap."],
};
const text = JSON.stringify({
  schemaVersion: "1.0",
  occupation: { title: "Test" },
  framework: {
    levels: Object.fromEntries(Object.entries(levels).map(([key, statements]) => [key, { label: key, statements }])),
  },
  attribution: "Test",
});
const result = parseFramework(text);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const framework: Framework = result.framework;
const keys = Object.keys(levels);
const allIds = framework.levels.flatMap((level) => level.statements.map((statement) => statement.id));

/** Every `id` attribute of the HTML, decoded, in order. */
function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ""));
}

const repeated = (ids: readonly string[]) => ids.filter((id, at) => ids.indexOf(id) !== at);

const views: Array<[string, ReactElement]> = [
  ["LevelLadder", <LevelLadder key="l" framework={text} type="multiple" defaultValue={keys} />],
  [
    "LevelLadder with levelSteps and a query",
    <LevelLadder
      key="s"
      framework={framework}
      type="multiple"
      defaultValue={keys}
      levelSteps={levelSteps(framework)}
      query="testing"
    />,
  ],
  ["ProgressionMatrix", <ProgressionMatrix key="m" framework={text} />],
  ["LevelCompare", <LevelCompare key="c" framework={text} from="emerging" to="emerging-1" />],
  ["LevelCompare (nested keys)", <LevelCompare key="c2" framework={text} from="emerging-1" to="emerging-1-1" />],
  ["AssessmentSummary", <AssessmentSummary key="a" framework={text} checked={allIds.slice(0, 3)} />],
  [
    "StatementCard, each statement",
    <div key="cards">
      {framework.levels.flatMap((level) =>
        level.statements.map((statement) => <StatementCard key={statement.id} statement={statement} idPrefix="" />),
      )}
    </div>,
  ],
];

describe("ids of levels and statements never meet (issue 18, item 12)", () => {
  it("core gives every level and statement an id of its own", () => {
    const ids = framework.levels.flatMap((level) => [level.id, ...level.statements.map((statement) => statement.id)]);
    expect(repeated(ids)).toEqual([]);
    // Ids that collided with nothing are today's: the level `emerging` and its statements, `b`.
    expect(framework.levels[0]?.id).toBe("emerging");
    expect(framework.levels[0]?.statements.map((statement) => statement.id)).toEqual([
      "emerging-1",
      "emerging-2",
      "emerging-3",
    ]);
    expect(framework.levels[3]?.id).toBe("b");
    expect(framework.levels[4]?.id).toBe("b-02");
  });

  // The stepper has no ids of its own: its links are checked below.
  it.each(views)("%s repeats no id in its HTML", (_name, element) => {
    const ids = idsOf(renderToString(element));
    expect(ids.length).toBeGreaterThan(0);
    expect(repeated(ids)).toEqual([]);
  });

  it("the stepper links each level to its own rung of the ladder, not to a statement", () => {
    const ladder = renderToString(<LevelLadder framework={text} type="multiple" defaultValue={keys} />);
    const stepper = renderToString(<LevelStepper framework={text} currentLevel="emerging" linkTo="/ladder" />);
    const targets = [...stepper.matchAll(/href="\/ladder#([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ""));
    expect(targets).toHaveLength(keys.length);
    for (const [at, target] of targets.entries()) {
      // The element with that id in the ladder is the rung of the level the step names.
      const element = ladder.match(new RegExp(`<[^>]*\\sid="${target}"[^>]*>`))?.[0] ?? "";
      expect(element, target).toContain(`data-level="${keys[at]}"`);
    }
  });
});
