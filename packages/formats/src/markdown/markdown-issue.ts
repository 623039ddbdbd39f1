import type { ImportIssue } from "../shared/import-result";
import type { Origin } from "../shared/parse-built";

/**
 * What the Markdown reader says of a document by itself, before core validates what it
 * built: content it cannot place in the framework, front matter it cannot use, or no level
 * at all.
 */
export type MarkdownIssueCode =
  | "unplaced-content"
  | "invalid-front-matter"
  | "no-levels"
  | "invalid-type"
  | "limit-exceeded";

export type MarkdownIssue = ImportIssue<MarkdownIssueCode>;

/** An issue at `origin`: its path (`/line/column`) and a message that starts with where a person finds it. */
export function markdownIssue(origin: Origin, code: MarkdownIssueCode, message: string): MarkdownIssue {
  return { path: origin.path, code, message: `${origin.where}: ${message}` };
}
