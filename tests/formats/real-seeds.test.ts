import { readFileSync } from "node:fs";
import { parseFramework } from "@rungs/core";
import {
  fromMarkdown,
  fromMarkdownFiles,
  type MarkdownFile,
  type MarkdownFilesOptions,
  type MarkdownReadOptions,
} from "@rungs/formats/markdown";
import { describe, expect, it } from "vitest";
import { readLayout } from "../../packages/formats/src/markdown/from-markdown";
import { readMarkdownFiles } from "../../packages/formats/src/markdown/from-markdown-files";
import { readFrontMatter } from "../../packages/formats/src/markdown/front-matter";
import type { MarkdownIssue } from "../../packages/formats/src/markdown/markdown-issue";
import { markdownTree } from "../../packages/formats/src/markdown/markdown-tree";
import { realSeedSlugs, SEEDS_DIR } from "../seeds";
import { REVIEWED_CORE_WARNINGS, REVIEWED_READER_WARNINGS } from "./real-seeds-warnings";

/** `seeds/<slug>/import.json`: how the seed's source is read, and the credit its licence asks for. */
interface ImportConfig {
  /** The source files in reading order (several: `fromMarkdownFiles`); absent: `source.md` alone. */
  readonly files?: readonly { readonly name: string; readonly label?: string; readonly intro?: boolean }[];
  readonly options: MarkdownReadOptions & {
    readonly mode?: "levels" | "tracks";
    readonly frontMatterLevels?: boolean;
  };
  /** What the source does not say of itself: the seed's `sources` and `attribution`. */
  readonly credit: { readonly sources: Record<string, string>; readonly attribution: string };
}

const read = (slug: string, name: string) => readFileSync(`${SEEDS_DIR}${slug}/${name}`, "utf8");
const configOf = (slug: string): ImportConfig => JSON.parse(read(slug, "import.json"));
const filesOf = (slug: string, config: ImportConfig): MarkdownFile[] =>
  (config.files ?? []).map((file) => ({ ...file, text: read(slug, file.name) }));

/** The JSON the importer builds from the source, before core validates it, and what the reader said. */
function built(slug: string, config: ImportConfig): { json: object; warnings: readonly MarkdownIssue[] } {
  if (config.files) {
    const result = readMarkdownFiles(filesOf(slug, config), config.options as MarkdownFilesOptions);
    if ("refused" in result) throw new Error(result.refused.message);
    return result;
  }
  const tree = markdownTree(read(slug, "source.md"));
  if ("refusedLine" in tree) throw new Error("too deep");
  const warnings: MarkdownIssue[] = [];
  const layout = readLayout(tree, readFrontMatter(tree, warnings), config.options);
  return { json: layout.json, warnings: [...warnings, ...layout.warnings] };
}

function imported(slug: string, config: ImportConfig) {
  return config.files
    ? fromMarkdownFiles(filesOf(slug, config), config.options as MarkdownFilesOptions)
    : fromMarkdown(read(slug, "source.md"), config.options);
}

/** How many of each code: core's warnings about a real ladder are many and alike (a statement without a subject). */
function countByCode(issues: readonly { code: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of issues) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

const READER_CODES = new Set(["unplaced-content", "invalid-front-matter"]);

it("has the five real ladders of issue 20", () => {
  expect(realSeedSlugs).toEqual([
    "danscratch-ladder",
    "infracloud-engineering",
    "jorgef-engineering-ladders",
    "postman-open-source-ladders",
    "sourcegraph-product",
  ]);
});

describe.each(realSeedSlugs)("seeds/%s", (slug) => {
  const config = configOf(slug);

  it("is what the Markdown importer makes of its source, with the credit its licence asks for", async () => {
    const { json } = built(slug, config);
    const seed = { ...json, ...config.credit };
    await expect(`${JSON.stringify(seed, null, 2)}\n`).toMatchFileSnapshot(`../../seeds/${slug}/${slug}.json`);
  });

  it("imports to the framework the seed file parses to", () => {
    const result = imported(slug, config);
    const seed = parseFramework(read(slug, `${slug}.json`));
    expect(result.ok && seed.ok).toBe(true);
    if (!result.ok || !seed.ok) return;
    expect(seed.framework.schemaVersion).toBe("1.1");
    const { sources, attribution } = seed.framework;
    expect({ ...result.framework, sources, attribution }).toEqual(seed.framework);
  });

  it("says, with file, line and column, exactly what the reviewed list says it leaves out", () => {
    const result = imported(slug, config);
    const reader = result.warnings.filter((issue) => READER_CODES.has(issue.code));
    expect(reader.map((issue) => issue.message)).toEqual(REVIEWED_READER_WARNINGS[slug]);
    const core = result.warnings.filter((issue) => !READER_CODES.has(issue.code));
    expect(countByCode(core)).toEqual(REVIEWED_CORE_WARNINGS[slug]);
  });
});
