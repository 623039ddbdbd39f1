// A framework as a Markdown document: headings per level, statements as lists, optionally
// the progression matrix as a table; every text escaped so it stays text.
export { escapeMarkdown } from "./escape";
export type { MarkdownOptions } from "./to-markdown";
export { toMarkdown } from "./to-markdown";
