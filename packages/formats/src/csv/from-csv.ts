import { type FrameworkLimits, limitMessage, limitsOf, type ParseOptions } from "@rungs/core";
import type { ImportResult } from "../shared/import-result";
import { parseBuilt } from "../shared/parse-built";
import { buildJson } from "./build-json";
import { CSV_1_1_COLUMNS, CSV_COLUMNS, EXAMPLE_COLUMN_PREFIX } from "./columns";
import { type CsvIssue, type CsvIssueCode, cellAt, IssueList, issueAt, quoted } from "./csv-issue";
import type { LayoutColumn } from "./read-model";
import { isBlankRow, readRows } from "./read-table";
import { type ColumnIndexes, RowReading } from "./row-reading";

/** Options of {@link fromCsv}: core's (limits), and the delimiter when it should not be guessed. */
export interface CsvImportOptions extends ParseOptions {
  /** `","` or `";"`; by default, whichever of the two the header row holds more of. */
  readonly delimiter?: "," | ";";
}

/**
 * Reads a framework from CSV in Rungs' layout (see `CSV_COLUMNS` and `toCsv`), the way
 * `parseFramework` reads JSON: never throws, and reports every problem with where a person
 * finds it — `path` is `/<row index>/<column>` (0-based, header included), `message` starts
 * with `row 14, column "description": ` (as a spreadsheet numbers rows). The built
 * framework goes through `parseFramework`, so every rule of the JSON format applies, and
 * its issues point at the rows they came from.
 *
 * - Reading: RFC 4180 by papaparse; a byte order mark, CRLF, LF or CR line breaks, line
 *   breaks and quotes inside quoted cells; `,` or `;` (European Excel) as the header shows
 *   or as `options.delimiter` says. Blank rows (anywhere) are skipped.
 * - Columns: matched by name in any order, ignoring case, spaces at the ends, and `_`
 *   versus space or `-`. Needed: `level_key`; `statement` or `description`; `field` and
 *   `value` together. Other columns are reported and ignored.
 * - Rows: a row whose `field` is filled sets that framework-level field to its `value`
 *   (`schemaVersion` — `"1.0"` when absent, and `1` as Excel turns `1.0` reads as `1.0` —,
 *   `exportedAt`, `occupation.title`, `.soc`, `.group`, `.sector`, `.jobZone` (a number;
 *   empty is none), `.jobZoneInferred` (`true`/`false`, any case), `version`,
 *   `description`, `contextCovered`, `attribution`, `source.<name>`); given twice, the last
 *   wins. Any other row belongs to the level in `level_key` (levels in order of first
 *   appearance; the first non-empty `level_label` names it) and is a statement when it has
 *   text: `statement` if filled, else `subject — description` (the description alone
 *   without a subject).
 * - Formulas: a cell starting with `'` followed by `=`, `+`, `-`, `@`, tab, carriage
 *   return or another `'` loses that one `'` (how `toCsv` neutralises formulas).
 * - Format 1.1 (see `columns.ts` for the layout and why): the columns `track_key`,
 *   `track_label`, `statement_id`, `statement_area` (an area's key; `'` is the key ""),
 *   `statement_proficiency`, `statement_notes` and `statement_example_<n>` (any number of
 *   them, in their numbers' order, at most `maxExamplesPerStatement`); the fields
 *   `language`, `cumulative`, `area.<key>` (its label), `areaDescription.<key>`; on a row
 *   that names its track, `track.description` and `track.cumulative`; on a row that names
 *   its level (and track), `level.description`, `level.detail.<label>` and
 *   `level.equivalentTo.<track>` (value: the level's key there); and `allLevels` rows, whose
 *   statement (in the usual cells) is expected at every level — of the framework, or of the
 *   row's track. A file that names a track on any row has tracks, and every level must name
 *   its own (`missing-track` otherwise). `schemaVersion` is `"1.1"` when a 1.1 cell or field
 *   is filled and the file says no version or `1.0` (with a warning then).
 */
export function fromCsv(text: string, options?: CsvImportOptions): ImportResult<CsvIssueCode> {
  try {
    return importCsv(text, options);
  } catch (cause) {
    // A guard, not a code path: nothing above is known to throw on any input.
    return failed([{ path: "", code: "invalid-csv", message: `The CSV could not be read (${describeCause(cause)}).` }]);
  }
}

function importCsv(text: unknown, options: CsvImportOptions | undefined): ImportResult<CsvIssueCode> {
  if (typeof text !== "string") {
    return failed([{ path: "", code: "invalid-csv", message: `Expected CSV text; found ${typeName(text)}.` }]);
  }
  const limits = limitsOf(options);
  // Measured before papaparse reads a character, as core measures JSON text.
  if (text.length > limits.maxInputLength) {
    const message = limitMessage("The CSV text", "maxInputLength", limits, text.length, "characters");
    return failed([{ path: "", code: "limit-exceeded", message }]);
  }
  const errors = new IssueList();
  const warnings = new IssueList();
  let header: { readonly row: number; readonly cells: readonly string[] } | undefined;
  let reading: RowReading | undefined;
  // Rows are read as papaparse finds them, each level and statement counted, and reading
  // stops at the first limit crossed: a file many times too big costs what the limit allows.
  const { errors: syntaxErrors } = readRows(text, delimiterOf(options), (cells, row, broken) => {
    if (isBlankRow(cells)) return true;
    if (header === undefined) {
      header = { row, cells };
      const columns = readHeader(cells, row, errors, warnings, limits);
      const unnamed = new Set(cells.flatMap((cell, index) => (columnName(cell) === "" ? [index] : [])));
      if (errors.size === 0) reading = new RowReading(columns, cells.length, unnamed, warnings, errors, limits);
      return true;
    }
    // After a broken quote, rows are looked at only for more broken quotes: they are garbled.
    if (reading === undefined || broken) return true;
    return reading.read(cells, row);
  });
  // Only the broken quotes then: what was read around them cannot be trusted.
  if (syntaxErrors.length > 0) return failed(syntaxErrors);
  if (header === undefined) {
    return failed([
      {
        path: "",
        code: "invalid-csv",
        message: `The CSV is empty; expected a header row (${CSV_COLUMNS.join(", ")}) and a row per statement.`,
      },
    ]);
  }
  if (errors.size > 0 || reading === undefined) return failed(errors.list("errors"), warnings.list("warnings"));
  const framework = buildJson(reading, header.row, errors, warnings);
  if (!framework) return failed(errors.list("errors"), warnings.list("warnings"));
  return parseBuilt(
    framework.built,
    framework.origins,
    { errors: [], warnings: warnings.list("warnings") },
    { limits },
  );
}

/** A header cell as a column name: trimmed, lower case, spaces and hyphens as `_`. */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Every column of the layout, 1.0's then 1.1's, by name. */
const LAYOUT_COLUMNS: readonly LayoutColumn[] = [...CSV_COLUMNS, ...CSV_1_1_COLUMNS];

/** The number of an example column (`statement_example_` and this). */
const EXAMPLE_NUMBER = /^\d{1,9}$/;

/** The number of an example column's name, undefined for another name. */
function exampleNumber(name: string): number | undefined {
  if (!name.startsWith(EXAMPLE_COLUMN_PREFIX)) return undefined;
  const digits = name.slice(EXAMPLE_COLUMN_PREFIX.length);
  return EXAMPLE_NUMBER.test(digits) ? Number(digits) : undefined;
}

/** The columns Rungs reads, for a message. */
const COLUMNS_LISTED = `${LAYOUT_COLUMNS.join(", ")}, ${EXAMPLE_COLUMN_PREFIX}1, ${EXAMPLE_COLUMN_PREFIX}2…`;

function readHeader(
  header: readonly string[],
  row: number,
  errors: IssueList,
  warnings: IssueList,
  limits: FrameworkLimits,
): ColumnIndexes {
  const named: Partial<Record<LayoutColumn, number>> = {};
  const examples = new Map<number, { column: LayoutColumn; index: number }>();
  let firstTooMany: LayoutColumn | undefined;
  let tooMany = 0;
  header.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === "") return;
    const column = LAYOUT_COLUMNS.find((known) => known === name);
    const number = column === undefined ? exampleNumber(name) : undefined;
    if (number !== undefined) {
      const earlier = examples.get(number);
      const canonical = `${EXAMPLE_COLUMN_PREFIX}${number}` as LayoutColumn;
      if (earlier !== undefined) {
        errors.add(
          issueAt(
            "duplicate-column",
            row,
            canonical,
            `the column ${quoted(canonical)} is also column ${earlier.index + 1}; keep one of them.`,
          ),
        );
      } else if (examples.size >= limits.maxExamplesPerStatement) {
        // Every row is read in every example column: a header of a million of them is refused here, once.
        firstTooMany ??= canonical;
        tooMany++;
      } else {
        examples.set(number, { column: canonical, index });
      }
    } else if (column === undefined) {
      warnings.add(
        issueAt(
          "unknown-column",
          row,
          cell,
          `${quoted(cell)} is not a column Rungs reads (${COLUMNS_LISTED}); its cells are ignored.`,
        ),
      );
    } else if (named[column] !== undefined) {
      errors.add(
        issueAt(
          "duplicate-column",
          row,
          column,
          `the column ${quoted(column)} is also column ${(named[column] ?? 0) + 1}; keep one of them.`,
        ),
      );
    } else {
      named[column] = index;
    }
  });
  if (firstTooMany !== undefined) {
    const found = examples.size + tooMany;
    const message = limitMessage("the header", "maxExamplesPerStatement", limits, found, "example columns");
    errors.add(issueAt("limit-exceeded", row, firstTooMany, message));
  }
  const missing: string[] = [];
  if (named.level_key === undefined) missing.push('"level_key"');
  if (named.statement === undefined && named.description === undefined) missing.push('"statement" or "description"');
  if ((named.field === undefined) !== (named.value === undefined)) {
    missing.push(named.field === undefined ? '"field" (beside "value")' : '"value" (beside "field")');
  }
  if (missing.length > 0) {
    errors.add({
      path: cellAt(row).path,
      code: "missing-column",
      message: `${cellAt(row).where}: the header has no column ${missing.join(", nor ")}; the columns are ${CSV_COLUMNS.join(", ")} (see the CSV template).`,
    });
  }
  const ordered = [...examples].sort(([first], [second]) => first - second).map(([, example]) => example);
  return { named, examples: ordered };
}

function failed(errors: readonly CsvIssue[], warnings: readonly CsvIssue[] = []): ImportResult<CsvIssueCode> {
  return { ok: false, errors, warnings };
}

/** The delimiter option, when it is one of the two. */
function delimiterOf(options: CsvImportOptions | undefined): "," | ";" | undefined {
  const delimiter = options?.delimiter;
  return delimiter === "," || delimiter === ";" ? delimiter : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

function describeCause(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return "unknown cause";
  }
}
