import { parseFramework } from "@rungs/core";
import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

/**
 * Issue 18, item 4: a one-letter query over statements of one-letter words made a `<mark>`
 * of every letter (1 MB of input: 500,000 marks, 30 s, 17 MB of HTML). Core bounds the
 * ranges (100 in a text, 2,000 in a search); the views render what it gives, and the count
 * they announce is still every matching statement.
 */
const statements = 400;
const limits = { maxStatementLength: Number.POSITIVE_INFINITY };
const result = parseFramework(
  {
    schemaVersion: "1.0",
    occupation: { title: "Test" },
    framework: {
      levels: {
        one: { label: "One", statements: Array.from({ length: statements }, () => "a ".repeat(1_000).trim()) },
        two: { label: "Two", statements: ["b — other"] },
      },
    },
    attribution: "Test",
  },
  { limits },
);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const framework = result.framework;
const marks = (html: string) => html.split("<mark").length - 1;

describe("marks of a search are bounded (issue 18, item 4)", () => {
  it("LevelLadder marks at most 2,000 ranges, and says all 400 statements match", () => {
    const html = renderToString(<LevelLadder framework={framework} query="a" type="multiple" defaultValue={["one"]} />);
    expect(marks(html)).toBe(2_000);
    expect(html).toContain("400 statements match “a”.");
    // Every statement is shown, marked or not.
    expect(html.split('class="rungs rungs-card"').length - 1).toBeGreaterThanOrEqual(statements);
  });

  it("ProgressionMatrix marks at most 2,000 ranges", () => {
    expect(marks(renderToString(<ProgressionMatrix framework={framework} query="a" />))).toBeLessThanOrEqual(2_000);
  });
});
