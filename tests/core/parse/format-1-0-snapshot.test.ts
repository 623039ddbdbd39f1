import { parseFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedFiles, seedJson, seedText } from "../../seeds";

/** The 1.0 seeds; a 1.1 seed added later has no snapshot of "before". */
const seeds10 = seedFiles.filter((file) => seedJson(file).schemaVersion === "1.0");

/**
 * The fields a 1.0 framework had before format 1.1. The snapshot beside this file was made
 * from the code before 1.1 existed: every 1.0 seed must keep parsing to exactly this (the
 * fields 1.1 adds are checked on their own, in format-1-1.test.ts).
 */
const FIELDS_1_0 = [
  "schemaVersion",
  "exportedAt",
  "occupation",
  "version",
  "description",
  "contextCovered",
  "levels",
  "sources",
  "attribution",
];

function fieldsOf10(framework: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(framework).filter(([key]) => FIELDS_1_0.includes(key)));
}

describe("format 1.0 parses exactly as before 1.1", () => {
  it.each(seeds10)("seeds/%s", async (file) => {
    const result = parseFramework(seedText(file));
    const summary = result.ok
      ? { ok: true, framework: fieldsOf10(result.framework), warnings: result.warnings }
      : { ok: false, errors: result.errors, warnings: result.warnings };
    await expect(JSON.stringify(summary, null, 1)).toMatchFileSnapshot(`./snapshots/${file}.parsed.txt`);
  });
});
