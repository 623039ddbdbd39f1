import type { List, Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Origin } from "../shared/parse-built";
import { blockChunks, type Refusal } from "./block-chunks";

/**
 * The document as an mdast syntax tree (CommonMark, GFM tables, YAML front matter): the
 * reader works on the tree, never on the raw text, so a `**` or a `#` inside a statement is
 * what Markdown says it is. Parsed in pieces cut at block boundaries (see `blockChunks`, which
 * keeps the cost linear), each piece's positions moved to where it is in the document; or,
 * for a document indented past `MAX_INDENT`, the line where it is.
 */
export function markdownTree(text: string): Root | Refusal {
  const chunks = blockChunks(text);
  if (!Array.isArray(chunks)) return chunks;
  const root: Root = { type: "root", children: [] };
  let offset = 0;
  for (const [index, chunk] of chunks.entries()) {
    // Front matter can only open the document.
    const tree = index === 0 ? fromMarkdown(chunk.text, FIRST_PIECE) : fromMarkdown(chunk.text, LATER_PIECE);
    for (const [at, node] of tree.children.entries()) {
      movePositions(node, chunk.line, offset);
      const before = root.children.at(-1);
      if (at === 0 && chunk.continuesList && before?.type === "list" && node.type === "list" && !node.ordered) {
        joinLists(before, node);
        continue;
      }
      root.children.push(node);
    }
    offset += chunk.text.length + 1;
  }
  const lines = text.split("\n");
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: text.length },
  };
  return root;
}

const FIRST_PIECE = {
  extensions: [frontmatter(["yaml"]), gfmTable()],
  mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmTableFromMarkdown()],
};
const LATER_PIECE = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/** The items of a list cut in two by `blockChunks`, back in the list before it. */
function joinLists(list: List, rest: List): void {
  list.children.push(...rest.children);
  list.spread = Boolean(list.spread || rest.spread);
  if (list.position && rest.position) list.position.end = rest.position.end;
}

/** Moves a node's positions, and its descendants', down `lines` lines and on `offset` characters. */
function movePositions(node: Nodes, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.position) {
      for (const point of [next.position.start, next.position.end]) {
        point.line += lines;
        if (point.offset !== undefined) point.offset += offset;
      }
    }
    if ("children" in next) stack.push(...next.children);
  }
}

/** Where a node starts, as a person finds it (`line 12, column 3`) and as an issue's path (`/12/3`). */
export function originOf(node: Nodes): Origin {
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  return { path: `/${line}/${column}`, where: `line ${line}, column ${column}` };
}

/**
 * The text a reader sees in a node, markup removed: emphasis and strong give their text,
 * code its code, an image its alt text, raw HTML its source as text (data is text, never
 * markup), and a link its text followed by its destination in parentheses when they differ,
 * so no URL is lost. A hard line break is a space: statements are prose, and white space
 * collapses when core reads them.
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return node.value;
    case "break":
      return " ";
    case "image":
      return node.alt ?? "";
    case "link": {
      const text = childrenText(node.children);
      return text === node.url || node.url === "" ? text : `${text} (${node.url})`;
    }
    default:
      return "children" in node ? childrenText(node.children) : "";
  }
}

/** The plain text of nodes side by side. */
export function childrenText(nodes: readonly Nodes[]): string {
  let text = "";
  for (const node of nodes) text += plainText(node);
  return text;
}

/** The node's kind in words, for a warning about something left out ("a table", "a code block"). */
export function describeNode(node: RootContent): string {
  const names: Partial<Record<RootContent["type"], string>> = {
    blockquote: "a quotation",
    code: "a code block",
    heading: "a heading",
    html: "HTML",
    list: "a list",
    listItem: "a list item",
    paragraph: "a paragraph",
    table: "a table",
    thematicBreak: "a horizontal rule",
    yaml: "front matter",
  };
  return names[node.type] ?? `a ${node.type} block`;
}
