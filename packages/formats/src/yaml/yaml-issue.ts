import type { LineCounter } from "yaml";
import type { ImportIssue } from "../shared/import-result";

/**
 * The YAML importer's own issue codes (besides core's, which keep their meaning):
 *
 * - `invalid-yaml` (error): the text cannot be read as one YAML document — a syntax error,
 *   a key given twice in one mapping, more than one document, an alias to no anchor, more
 *   aliases than {@link MAX_ALIAS_COUNT} allows, nesting deeper than {@link MAX_DEPTH}, a key
 *   that is a list or a mapping, or an empty text. Nothing else is checked then.
 * - `ignored-tag` (warning): a tag Rungs does not resolve (`!!js/function`, `!!binary`,
 *   `!custom`): the value is read as the plain text or number it is written as.
 * - `yaml-warning` (warning): anything else the YAML reader warns about (a directive it
 *   does not know, for one); the document is read as written.
 */
export type YamlIssueCode = "invalid-yaml" | "ignored-tag" | "yaml-warning";

/** An issue of a YAML import. */
export type YamlIssue = ImportIssue<YamlIssueCode>;

/**
 * Aliases (`*name`) the reader expands, weighted by the aliases inside what they repeat: a
 * real ladder repeats a list of shared statements a few times; an "alias bomb" (each level
 * repeating the one before nine times) would otherwise build billions of values from a few
 * hundred characters. The `yaml` package's own default.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * How deep lists and mappings may nest. A framework nests about eight deep; this leaves room
 * for data Rungs ignores, and keeps every walk over the document far from the call stack's
 * limit.
 */
export const MAX_DEPTH = 64;

/** `line 3, column 5` (both from 1) of a character offset, as editors count them. */
export function placeOf(lineCounter: LineCounter, offset: number): string {
  const { line, col } = lineCounter.linePos(offset);
  return `line ${line}, column ${col}`;
}

/** An issue at a place in the text: `line 3, column 5: <message>`. */
export function issueAt(
  code: YamlIssueCode,
  path: string,
  lineCounter: LineCounter,
  offset: number,
  message: string,
): YamlIssue {
  return { path, code, message: `${placeOf(lineCounter, offset)}: ${message}` };
}
