import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";

// The built package, as a Node server imports it (issue 3's "done when").
describe("@rungs/react dist in plain Node", () => {
  it("renders every seed statement from JSON text, and an alert for '{'", async () => {
    const dist = join(process.cwd(), "packages/react/dist/index.js");
    const { LevelLadder } = await import(/* @vite-ignore */ dist);
    const { parseFramework } = await import(/* @vite-ignore */ join(process.cwd(), "packages/core/dist/index.js"));
    const text = seedText();
    const html = renderToString(createElement(LevelLadder, { framework: text }));
    const result = parseFramework(text);
    const descriptions: string[] = result.framework.levels.flatMap((level: { statements: { description: string }[] }) =>
      level.statements.map((statement) => statement.description),
    );
    expect(descriptions).toHaveLength(40);
    const decoded = html
      .replace(/&amp;/g, "&")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"');
    expect(descriptions.filter((description) => !decoded.includes(description))).toEqual([]);
    expect(renderToString(createElement(LevelLadder, { framework: "{" }))).toContain('role="alert"');
    // The ladder's client part is a client module; the entry that re-exports it is not
    // (client-directives.test.ts checks every file).
    expect(readFileSync(join(dist, "../ladder/ladder-client.js"), "utf8").startsWith('"use client";')).toBe(true);
  });
});
