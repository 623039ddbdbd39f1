import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Issue 20: "README and the DataFormat docs page show a 1.1 example with every new field".
// Each page shows the fixture that format-1-1.test.ts proves parses clean and uses every
// field, so an edit to one cannot leave the others showing an older format.

const FIXTURE = JSON.parse(readFileSync(new URL("../fixtures/format-1-1/every-field.json", import.meta.url), "utf8"));
// The README's 1.1 example moved to the API / Core docs page with the rest of its reference (issue 22).
const PAGES = ["stories/ApiCore.mdx", "packages/core/README.md", "stories/DataFormat.mdx"];

/** The page's one JSON block that says `"schemaVersion": "1.1"` and uses tracks. */
function exampleOf(page: string): unknown {
  const text = readFileSync(new URL(`../../../${page}`, import.meta.url), "utf8");
  const blocks = text
    .split("```json\n")
    .slice(1)
    .map((block) => block.slice(0, block.indexOf("```")));
  const examples = blocks.filter((block) => block.includes('"schemaVersion": "1.1"') && block.includes('"tracks"'));
  expect(examples, `${page} shows one 1.1 example with tracks`).toHaveLength(1);
  return JSON.parse(examples[0] as string);
}

describe("the 1.1 example in the docs", () => {
  it.each(PAGES)("%s shows the fixture with every field", (page) => {
    expect(exampleOf(page)).toEqual(FIXTURE);
  });
});
