import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Origin } from "../shared/parse-built";

/**
 * The document as an mdast syntax tree (CommonMark, GFM tables, YAML front matter): the
 * reader works on the tree, never on the raw text, so a `**` or a `#` inside a statement is
 * what Markdown says it is.
 */
export function markdownTree(text: string): Root {
  return fromMarkdown(text, {
    extensions: [frontmatter(["yaml"]), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmTableFromMarkdown()],
  });
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
    paragraph: "a paragraph",
    table: "a table",
    thematicBreak: "a horizontal rule",
    yaml: "front matter",
  };
  return names[node.type] ?? `a ${node.type} block`;
}
