import { MAX_ISSUES } from "@rungs/core";
import type { ImportIssue } from "../shared/import-result";
import { pointerSegment } from "../shared/json-pointer";

/**
 * The CSV importer's own issue codes (besides core's, which keep their meaning):
 *
 * - `invalid-csv` (error): the text cannot be read as CSV — not text, empty, a quoted cell
 *   never closed or with text after its closing quote. Nothing else is checked then.
 * - `missing-column` (error): the header lacks `level_key`, lacks both `statement` and
 *   `description`, or has `field` without `value` (or the reverse).
 * - `duplicate-column` (error): two header cells name the same column.
 * - `unknown-column` (warning): a header cell names no column of the layout; its cells are
 *   ignored.
 * - `unknown-field` (warning): a `field` cell names no framework-level field; the row is
 *   ignored.
 * - `duplicate-field` (warning): a field (or source) is given twice; the last row wins, in
 *   the place of the first.
 * - `conflicting-value` (warning): rows of one level give it different labels (the first
 *   wins), or a row's `statement` disagrees with its `subject` and `description` (the
 *   statement wins).
 * - `ignored-cell` (warning): a cell the row's kind does not use (a `value` without a
 *   `field`, level cells on a field row, a cell past the header or under an unnamed column).
 * - `missing-track` (error, 1.1): a row names no track (`track_key` and `track_label` are
 *   empty) where one is needed — a level's row in a file whose other rows name tracks, or a
 *   `track.description` or `track.cumulative` row.
 */
export type CsvIssueCode =
  | "invalid-csv"
  | "missing-column"
  | "duplicate-column"
  | "unknown-column"
  | "unknown-field"
  | "duplicate-field"
  | "conflicting-value"
  | "ignored-cell"
  | "missing-track";

/** An issue of a CSV import. */
export type CsvIssue = ImportIssue<CsvIssueCode>;

/** Where a cell is, as a JSON Pointer (`/<row index>/<column>`) and as a person finds it (`row 14, column "description"`). */
export function cellAt(row: number, column?: string): { path: string; where: string } {
  const place = `row ${row + 1}`;
  if (column === undefined) return { path: `/${row}`, where: place };
  return { path: `/${row}/${pointerSegment(column)}`, where: `${place}, column ${quoted(column)}` };
}

/** An issue at a cell: `row 14, column "description": <message>`. */
export function issueAt(code: CsvIssue["code"], row: number, column: string | undefined, message: string): CsvIssue {
  const { path, where } = cellAt(row, column);
  return { path, code, message: `${where}: ${message}` };
}

/** A value from the file, quoted for a message: escaped (never a lone surrogate), long ones cut. */
export function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}

/**
 * Issues as a result lists them: at most core's `MAX_ISSUES` of each kind, then one
 * `too-many-issues` saying how many more there were (as `parseFramework` does).
 */
export class IssueList {
  private readonly listed: CsvIssue[] = [];
  private count = 0;

  add(issue: CsvIssue): void {
    if (this.count++ < MAX_ISSUES) this.listed.push(issue);
  }

  get size(): number {
    return this.count;
  }

  /** The issues, with the summary when some were left out. */
  list(noun: "errors" | "warnings"): CsvIssue[] {
    const more = this.count - this.listed.length;
    if (more <= 0) return [...this.listed];
    const counted = more === 1 ? `1 more ${noun.slice(0, -1)} is` : `${more} more ${noun} are`;
    return [
      ...this.listed,
      // core's code for the same situation; typed as ours since `ImportIssue` allows both.
      {
        path: "",
        code: "too-many-issues",
        message: `${counted} not listed; only the first ${MAX_ISSUES} ${noun} are.`,
      },
    ];
  }
}
