// A framework as a Markdown document: headings per level, statements as lists, optionally
// the progression matrix as a table; every text escaped so it stays text.
export { escapeMarkdown } from "./escape";
export type { FromMarkdownOptions, MarkdownImport } from "./from-markdown";
export { fromMarkdown } from "./from-markdown";
export type { MarkdownFile, MarkdownFilesOptions } from "./from-markdown-files";
export { fromMarkdownFiles } from "./from-markdown-files";
export type { FrontMatter } from "./front-matter";
export type { MarkdownIssue, MarkdownIssueCode } from "./markdown-issue";
export type { MarkdownReadOptions, SectionRole } from "./read-options";
export type { MarkdownOptions } from "./to-markdown";
export { toMarkdown } from "./to-markdown";
