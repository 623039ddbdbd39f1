import type { PhrasingContent, Root, RootContent, Table, TableCell } from "mdast";
import type { FrameworkJson, LevelJson } from "../shared/framework-json";
import { pointer } from "../shared/json-pointer";
import { define, slug } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import { type FrontMatter, laidOver } from "./front-matter";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { childrenText, describeNode, originOf } from "./markdown-tree";
import type { MarkdownRead } from "./read-headings";

/** The two ways a ladder is laid out as a table, in the words `fromMarkdown`'s `rule` reports. */
export const TABLE_RULES = {
  levelRows: "a table with one row per level and a column per area",
  areaRows: "a table with one row per area and a column per level",
} as const;

/** A first header cell that names the rows as areas ("Competency", "Area", "Skill"…); otherwise rows are levels. */
const AREA_HEADER = /\b(areas?|competenc(y|ies|e|es)|skills?|categor(y|ies)|dimensions?|themes?|pillars?)\b/i;
/** A line break inside a cell: `<br>`, `<br/>`, `<br />`. */
const BREAK_TAG = /^<br\s*\/?>$/i;

/**
 * Reads a ladder laid out as a GFM table: the document's first table, under an optional
 * `# Title`. Rows are levels and columns areas, unless the first header cell names the rows
 * as areas ("Competency", "Area", "Skill"…), or the front matter's `levels` are the column
 * headers; then rows are areas and columns levels. A cell holds one statement per line (a
 * `<br>` or a line break separates them). A level's label is its header or first cell; its
 * key comes from the front matter's `levels`, else from its label. Every other block is a
 * warning with its line and column. Returns undefined when the document has no table.
 */
export function readTable(tree: Root, frontMatter: FrontMatter): (MarkdownRead & { rule: string }) | undefined {
  const table = tree.children.find((node): node is Table => node.type === "table");
  if (!table) return undefined;
  const warnings: MarkdownIssue[] = [];
  const origins = new Map<string, Origin>();
  let title: string | undefined;
  for (const node of tree.children) {
    if (node === table || node.type === "yaml") continue;
    if (node.type === "heading" && node.depth === 1 && title === undefined) {
      title = childrenText(node.children).trim();
      origins.set("/occupation/title", originOf(node));
    } else warnings.push(leftOut(node));
  }
  const [header, ...rows] = table.children;
  const headers = (header?.children ?? []).map(cellText);
  const rowsAreAreas =
    AREA_HEADER.test(headers[0] ?? "") ||
    headers.slice(1).some((label, index) => frontMatter.keyFor(index, label) !== undefined);

  const levels: Record<string, LevelJson> = {};
  const areas: Record<string, { label: string }> = {};
  const levelKeys: string[] = [];
  const areaKeys: string[] = [];
  const addLevel = (label: string, at: Origin): string => {
    const index = levelKeys.length;
    const key = unique(frontMatter.keyFor(index, label) ?? (slug(label) || `level-${index + 1}`), levels);
    define(levels, key, { label, statements: [] });
    levelKeys.push(key);
    origins.set(pointer("framework", "levels", key), at);
    return key;
  };
  const addArea = (label: string, at: Origin): string => {
    const key = unique(slug(label) || `area-${areaKeys.length + 1}`, areas);
    define(areas, key, { label });
    areaKeys.push(key);
    origins.set(pointer("framework", "areas", key), at);
    return key;
  };

  const headerCells = header?.children.slice(1) ?? [];
  // The columns: areas when rows are levels, levels when rows are areas.
  const columns = headerCells.map((cell, index) =>
    rowsAreAreas
      ? addLevel(headers[index + 1] ?? "", originOf(cell))
      : addArea(headers[index + 1] ?? "", originOf(cell)),
  );
  for (const row of rows) {
    const [first, ...cells] = row.children;
    if (!first) continue;
    const rowKey = rowsAreAreas
      ? addArea(cellText(first), originOf(first))
      : addLevel(cellText(first), originOf(first));
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column === undefined) {
        warnings.push(markdownIssue(originOf(cell), "unplaced-content", "a cell past the last header is left out."));
        return;
      }
      const [levelKey, area] = rowsAreAreas ? [column, rowKey] : [rowKey, column];
      const level = levels[levelKey] as LevelJson;
      for (const text of cellLines(cell)) {
        origins.set(
          `${pointer("framework", "levels", levelKey, "statements")}/${level.statements.length}`,
          originOf(cell),
        );
        level.statements.push({ text, area });
      }
    });
  }
  const json: FrameworkJson = {
    schemaVersion: "1.1",
    occupation: { title: frontMatter.title ?? title ?? "" },
    framework: { levels, areas },
    sources: {},
  };
  const errors =
    levelKeys.length === 0
      ? [markdownIssue(originOf(table), "no-levels", "the table has no level: expected a row or a column per level.")]
      : [];
  return {
    json: laidOver(json, frontMatter),
    origins,
    warnings,
    errors,
    rule: rowsAreAreas ? TABLE_RULES.areaRows : TABLE_RULES.levelRows,
  };
}

/** A cell's text on one line. */
function cellText(cell: TableCell): string {
  return childrenText(cell.children).replace(/\s+/g, " ").trim();
}

/** A cell's statements: its text split at each `<br>` and line break, blank pieces left out. */
function cellLines(cell: TableCell): string[] {
  const lines: string[] = [];
  let line: PhrasingContent[] = [];
  const flush = () => {
    const text = childrenText(line).replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = [];
  };
  for (const node of cell.children) {
    if (node.type === "break" || (node.type === "html" && BREAK_TAG.test(node.value.trim()))) flush();
    else line.push(node);
  }
  flush();
  return lines;
}

function unique(key: string, taken: Record<string, unknown>): string {
  let candidate = key;
  for (let n = 2; Object.hasOwn(taken, candidate); n++) candidate = `${key}-${n}`;
  return candidate;
}

function leftOut(node: RootContent): MarkdownIssue {
  return markdownIssue(
    originOf(node),
    "unplaced-content",
    `${describeNode(node)} outside the table is not part of the ladder; it is left out.`,
  );
}
