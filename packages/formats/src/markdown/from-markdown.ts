import { limitsOf, type ParseOptions } from "@rungs/core";
import type { Root } from "mdast";
import type { ImportResult } from "../shared/import-result";
import { parseBuilt } from "../shared/parse-built";
import { EXPORT_RULE, exportedRecord } from "./exported-record";
import { type FrontMatter, readFrontMatter } from "./front-matter";
import { type MarkdownIssue, type MarkdownIssueCode, markdownIssue } from "./markdown-issue";
import { markdownTree } from "./markdown-tree";
import { HEADINGS_RULE, type MarkdownRead, readHeadings } from "./read-headings";
import type { MarkdownReadOptions } from "./read-options";
import { readTable } from "./read-table";

/** {@link fromMarkdown}'s options: core's limits, and how to read a layout its rules alone do not tell apart. */
export type FromMarkdownOptions = ParseOptions & MarkdownReadOptions;

/** What {@link fromMarkdown} gives: the import's result and, once a layout was read, the rule it followed. */
export type MarkdownImport = ImportResult<MarkdownIssueCode> & {
  /** Which layout the document was read as, in words ("one heading per level, …"). */
  readonly rule?: string;
};

const START: { path: string; where: string } = { path: "/1/1", where: "line 1, column 1" };

/**
 * Reads a career ladder written in Markdown into a framework, validated by core's rules
 * like every other format. The document is parsed into a syntax tree (CommonMark, GFM
 * tables, YAML front matter) and read by its layout, which `rule` names: headings per
 * level with statements as list items (`readHeadings`), or a table with a row or a column
 * per level (`readTable`). Every issue starts with its
 * line and column, and its `path` is `/<line>/<column>`; content the reader cannot place
 * is a warning, never dropped in silence. Rungs' own `toMarkdown` reads back to the same
 * framework. Never throws: text that is not a string, or longer than core's
 * `maxInputLength`, is an error. `options` may also say how to read a real ladder's layout
 * (which heading depth is a level, which section defines the areas…: {@link MarkdownReadOptions}).
 */
export function fromMarkdown(text: string, options: FromMarkdownOptions = {}): MarkdownImport {
  if (typeof text !== "string") {
    return failed(markdownIssue(START, "invalid-type", "expected the document's text (a string)."));
  }
  const { maxInputLength } = limitsOf(options);
  if (text.length > maxInputLength) {
    return failed(
      markdownIssue(
        START,
        "invalid-type",
        `the document is ${text.length} characters long; at most ${maxInputLength} are read (the limit maxInputLength).`,
      ),
    );
  }
  try {
    const tree = markdownTree(text);
    if ("refusedLine" in tree) {
      const line = tree.refusedLine + 1;
      return failed(
        markdownIssue({ path: `/${line}/1`, where: `line ${line}, column 1` }, "limit-exceeded", tree.reason),
      );
    }
    const frontMatterWarnings: MarkdownIssue[] = [];
    const frontMatter = readFrontMatter(tree, frontMatterWarnings);
    const exported = exportedRecord(text, tree, frontMatter);
    if (exported?.kind === "record") {
      const origins = new Map([["", { path: START.path, where: "the front matter" }]]);
      return {
        rule: EXPORT_RULE,
        ...parseBuilt(exported.json, origins, { errors: [], warnings: frontMatterWarnings }, options),
      };
    }
    if (exported?.kind === "edited") {
      frontMatterWarnings.push(
        markdownIssue(
          START,
          "invalid-front-matter",
          "the body is not what Rungs exported with this front matter (it was edited): the body is read, and the front matter's levels and statements are not used.",
        ),
      );
    }
    const read = readLayout(tree, frontMatter, options);
    const warnings = [...frontMatterWarnings, ...read.warnings];
    // No level found: core would only say so again.
    if (read.errors.length > 0) return { rule: read.rule, ok: false, errors: read.errors, warnings };
    return { rule: read.rule, ...parseBuilt(read.json, read.origins, { errors: [], warnings }, options) };
  } catch (cause) {
    // A guard, not a code path: nothing above is known to throw on any text.
    const reason = cause instanceof Error ? cause.message : "unknown cause";
    return failed(markdownIssue(START, "invalid-type", `the document could not be read (${reason}).`));
  }
}

/**
 * The document read by its layout: headings and lists, unless they hold no statement and
 * the document has a table, which is then read as the ladder. (Exported for the seeds'
 * test, which compares the JSON it builds with the seed file.)
 */
export function readLayout(
  tree: Root,
  frontMatter: FrontMatter,
  options: MarkdownReadOptions,
): MarkdownRead & { rule: string } {
  const headings = readHeadings(tree, frontMatter, options);
  const statements = Object.values(headings.json.framework.levels ?? {}).reduce(
    (sum, level) => sum + level.statements.length,
    0,
  );
  const table = statements === 0 ? readTable(tree, frontMatter) : undefined;
  return table ?? { ...headings, rule: HEADINGS_RULE };
}

function failed(issue: MarkdownIssue): MarkdownImport {
  return { ok: false, errors: [issue], warnings: [] };
}
