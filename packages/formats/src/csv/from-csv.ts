import {
  type FrameworkLimits,
  limitMessage,
  limitsOf,
  type ParseOptions,
  SUPPORTED_VERSION,
  splitStatement,
} from "@rungs/core";
import { ownEntries } from "../json/written";
import type { FrameworkJson } from "../shared/framework-json";
import type { ImportResult } from "../shared/import-result";
import { pointerSegment } from "../shared/json-pointer";
import { type Origin, parseBuilt } from "../shared/parse-built";
import { restoreFormula } from "./cells";
import { CSV_COLUMNS, CSV_FIELDS, type CsvColumn, type CsvField, SOURCE_FIELD_PREFIX } from "./columns";
import { type CsvIssue, type CsvIssueCode, cellAt, IssueList, issueAt, quoted } from "./csv-issue";
import { joinedText } from "./joined-text";
import { isBlankRow, readRows } from "./read-table";

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
      const columns = readHeader(cells, row, errors, warnings);
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
  const { built, origins } = reading.build(header.row);
  return parseBuilt(built, origins, { errors: [], warnings: warnings.list("warnings") }, { limits });
}

/** Where each column of the layout is in the file, by index. */
type ColumnIndexes = Partial<Record<CsvColumn, number>>;

/** A header cell as a column name: trimmed, lower case, spaces and hyphens as `_`. */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function readHeader(header: readonly string[], row: number, errors: IssueList, warnings: IssueList): ColumnIndexes {
  const columns: ColumnIndexes = {};
  header.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === "") return;
    const column = CSV_COLUMNS.find((known) => known === name);
    if (column === undefined) {
      warnings.add(
        issueAt(
          "unknown-column",
          row,
          cell,
          `${quoted(cell)} is not a column Rungs reads (${CSV_COLUMNS.join(", ")}); its cells are ignored.`,
        ),
      );
    } else if (columns[column] !== undefined) {
      errors.add(
        issueAt(
          "duplicate-column",
          row,
          column,
          `the column ${quoted(column)} is also column ${(columns[column] ?? 0) + 1}; keep one of them.`,
        ),
      );
    } else {
      columns[column] = index;
    }
  });
  const missing: string[] = [];
  if (columns.level_key === undefined) missing.push('"level_key"');
  if (columns.statement === undefined && columns.description === undefined)
    missing.push('"statement" or "description"');
  if ((columns.field === undefined) !== (columns.value === undefined)) {
    missing.push(columns.field === undefined ? '"field" (beside "value")' : '"value" (beside "field")');
  }
  if (missing.length > 0) {
    errors.add({
      path: cellAt(row).path,
      code: "missing-column",
      message: `${cellAt(row).where}: the header has no column ${missing.join(", nor ")}; the columns are ${CSV_COLUMNS.join(", ")} (see the CSV template).`,
    });
  }
  return columns;
}

/** A level as its rows build it. */
interface LevelRows {
  readonly firstRow: number;
  label?: { readonly text: string; readonly row: number };
  readonly statements: { readonly text: string; readonly row: number; readonly column: CsvColumn }[];
}

/** A field row's value and where it is. */
interface FieldValue {
  readonly value: string;
  readonly row: number;
}

/** Level cells: any of them filled makes a row a level's. */
const LEVEL_COLUMNS: readonly CsvColumn[] = ["level_key", "level_label", "subject", "description", "statement"];

/** Framework-level field names by their lower-case form, for matching without regard to case. */
const FIELDS_BY_NAME = new Map<string, CsvField>(CSV_FIELDS.map((field) => [field.toLowerCase(), field]));

/** The rows of a file, read one by one into levels and fields. */
class RowReading {
  private readonly levels = new Map<string, LevelRows>();
  private readonly fields = new Map<CsvField, FieldValue>();
  private readonly sources = new Map<string, FieldValue>();
  /** Indexes of the layout's columns in the file. */
  private readonly named: ReadonlySet<number>;
  /** Statements read so far, against `maxStatements`. */
  private statementCount = 0;

  constructor(
    private readonly columns: ColumnIndexes,
    private readonly headerWidth: number,
    /** Columns whose header cell is empty. */
    private readonly unnamed: ReadonlySet<number>,
    private readonly warnings: IssueList,
    /** Where a limit crossed is reported. */
    private readonly errors: IssueList,
    private readonly limits: FrameworkLimits,
  ) {
    this.named = new Set(Object.values(columns));
  }

  /** Reads a row; false when it crosses one of core's limits (reported), and reading should stop. */
  read(cells: readonly string[], row: number): boolean {
    const cell = (column: CsvColumn): string => {
      const index = this.columns[column];
      return index === undefined ? "" : restoreFormula(cells[index] ?? "");
    };
    this.warnIgnoredCells(cells, row);
    const field = cell("field");
    if (field.trim() !== "") {
      const filled = LEVEL_COLUMNS.filter((column) => cell(column) !== "");
      if (filled.length > 0) {
        this.warnings.add(
          issueAt(
            "ignored-cell",
            row,
            filled[0],
            `a field row (${quoted(field)}) fills only "field" and "value"; ${filled.map((column) => `"${column}"`).join(", ")} ${filled.length === 1 ? "is" : "are"} ignored.`,
          ),
        );
      }
      this.readField(field, cell("value"), row);
    } else if (LEVEL_COLUMNS.some((column) => cell(column) !== "")) {
      return this.readLevelRow(cell, row);
    } else if (cell("value") !== "") {
      this.warnings.add(
        issueAt("ignored-cell", row, "value", `a value without a field is ignored; name its field in "field".`),
      );
    }
    return true;
  }

  /** Reports a limit crossed at a cell, in core's words; always false (stop reading). */
  private refuse(row: number, column: CsvColumn, message: string): false {
    this.errors.add(issueAt("limit-exceeded", row, column, message));
    return false;
  }

  /** Cells under no column of the layout: past the header, or under an unnamed header cell. */
  private warnIgnoredCells(cells: readonly string[], row: number): void {
    cells.forEach((value, index) => {
      if (value === "" || this.named.has(index)) return;
      if (index >= this.headerWidth) {
        this.warnings.add(
          issueAt(
            "ignored-cell",
            row,
            undefined,
            `cell ${index + 1} is past the header's ${this.headerWidth} columns and is ignored.`,
          ),
        );
      } else if (this.unnamed.has(index)) {
        this.warnings.add(
          issueAt("ignored-cell", row, undefined, `cell ${index + 1} is under a column without a name and is ignored.`),
        );
      }
      // Cells of a named but unknown column were reported once, at the header.
    });
  }

  private readField(rawField: string, value: string, row: number): void {
    const field = rawField.trimStart();
    if (field.toLowerCase().startsWith(SOURCE_FIELD_PREFIX)) {
      // The name is everything after the prefix, exactly: names may hold any text.
      const name = field.slice(SOURCE_FIELD_PREFIX.length);
      this.setOnce(this.sources, name, { value, row }, `source ${quoted(name)}`);
      return;
    }
    const known = FIELDS_BY_NAME.get(field.trim().toLowerCase());
    if (known === undefined) {
      this.warnings.add(
        issueAt(
          "unknown-field",
          row,
          "field",
          `${quoted(rawField)} is not a field Rungs reads (${CSV_FIELDS.join(", ")}, or ${SOURCE_FIELD_PREFIX}<name>); the row is ignored.`,
        ),
      );
      return;
    }
    this.setOnce(this.fields, known, { value, row }, quoted(known));
  }

  /** Sets a field; a second row for it wins, in the place of the first, with a warning. */
  private setOnce<K>(map: Map<K, FieldValue>, key: K, value: FieldValue, name: string): void {
    const earlier = map.get(key);
    if (earlier !== undefined) {
      this.warnings.add(
        issueAt(
          "duplicate-field",
          value.row,
          "field",
          `${name} is also on row ${earlier.row + 1}; this row's value is used.`,
        ),
      );
    }
    map.set(key, value);
  }

  private readLevelRow(cell: (column: CsvColumn) => string, row: number): boolean {
    const { limits } = this;
    const key = cell("level_key");
    let level = this.levels.get(key);
    if (level === undefined) {
      if (this.levels.size >= limits.maxLevels) {
        const found = this.levels.size + 1;
        return this.refuse(row, "level_key", limitMessage("the file, up to this row,", "maxLevels", limits, found));
      }
      level = { firstRow: row, statements: [] };
      this.levels.set(key, level);
    }
    const label = cell("level_label").trim();
    if (label !== "") {
      if (level.label === undefined) level.label = { text: label, row };
      else if (level.label.text !== label) {
        this.warnings.add(
          issueAt(
            "conflicting-value",
            row,
            "level_label",
            `level ${quoted(key)} is labelled ${quoted(label)} here but ${quoted(level.label.text)} on row ${level.label.row + 1}; ${quoted(level.label.text)} is used.`,
          ),
        );
      }
    }
    const statement = this.statementOf(cell, row);
    if (!statement) return true;
    const { text, column } = statement;
    if (text.length > limits.maxStatementLength) {
      return this.refuse(row, column, limitMessage("the statement", "maxStatementLength", limits, text.length));
    }
    if (level.statements.length >= limits.maxStatementsPerLevel) {
      const subject = `level ${quoted(key)}, up to this row,`;
      return this.refuse(
        row,
        column,
        limitMessage(subject, "maxStatementsPerLevel", limits, level.statements.length + 1),
      );
    }
    if (this.statementCount >= limits.maxStatements) {
      const found = this.statementCount + 1;
      return this.refuse(row, column, limitMessage("the file, up to this row,", "maxStatements", limits, found));
    }
    this.statementCount++;
    level.statements.push({ ...statement, row });
    return true;
  }

  /** The row's statement text and the column it came from; undefined for a row that only names a level. */
  private statementOf(
    cell: (column: CsvColumn) => string,
    row: number,
  ): { text: string; column: CsvColumn } | undefined {
    const statement = cell("statement");
    const subject = cell("subject");
    const description = cell("description");
    if (statement.trim() === "") {
      const text = joinedText({ subject, description });
      if (text === "") return undefined;
      return { text, column: description.trim() === "" ? "subject" : "description" };
    }
    if ((subject.trim() !== "" || description.trim() !== "") && !agrees(statement, subject, description)) {
      this.warnings.add(
        issueAt(
          "conflicting-value",
          row,
          "statement",
          `the statement says ${quoted(statement)}, which "subject" and "description" do not match; the statement is used (clear it to use them).`,
        ),
      );
    }
    return { text: statement, column: "statement" };
  }

  /** The framework the rows describe, and where each part of it came from. */
  build(headerRow: number): { built: FrameworkJson; origins: Map<string, Origin> } {
    const origins = new Map<string, Origin>();
    const at = (row: number, column?: string): Origin => cellAt(row, column);
    origins.set("", { path: "", where: "the file" });
    origins.set("/framework/levels", at(headerRow, "level_key"));

    const levels = ownEntries(
      [...this.levels].map(([key, level]) => {
        const levelPointer = `/framework/levels/${pointerSegment(key)}`;
        origins.set(levelPointer, at(level.firstRow, "level_key"));
        if (level.label) origins.set(`${levelPointer}/label`, at(level.label.row, "level_label"));
        level.statements.forEach((statement, index) => {
          origins.set(`${levelPointer}/statements/${index}`, at(statement.row, statement.column));
        });
        return [
          key,
          { label: level.label?.text ?? "", statements: level.statements.map((statement) => statement.text) },
        ];
      }),
    );

    const fieldValue = (field: CsvField, pointer: string): string | undefined => {
      const found = this.fields.get(field);
      if (found === undefined) return undefined;
      origins.set(pointer, at(found.row, "value"));
      return found.value;
    };
    const schemaVersion = fieldValue("schemaVersion", "/schemaVersion");
    const occupation = definedOnly({
      title: fieldValue("occupation.title", "/occupation/title"),
      soc: fieldValue("occupation.soc", "/occupation/soc"),
      group: fieldValue("occupation.group", "/occupation/group"),
      sector: fieldValue("occupation.sector", "/occupation/sector"),
      jobZone: jobZoneOf(fieldValue("occupation.jobZone", "/occupation/jobZone")),
      jobZoneInferred: booleanOf(fieldValue("occupation.jobZoneInferred", "/occupation/jobZoneInferred")),
    });
    const sources = ownEntries(
      [...this.sources].map(([name, source]) => {
        origins.set(`/sources/${pointerSegment(name)}`, at(source.row, "value"));
        return [name, source.value];
      }),
    );
    // Built as the JSON a person would have written, wrong types included (a jobZone of
    // "three"), so that parseFramework reports them as it would in a JSON file.
    const built = definedOnly({
      schemaVersion: schemaVersion === undefined ? SUPPORTED_VERSION : versionOf(schemaVersion),
      exportedAt: fieldValue("exportedAt", "/exportedAt"),
      occupation,
      framework: definedOnly({
        version: fieldValue("version", "/framework/version"),
        description: fieldValue("description", "/framework/description"),
        contextCovered: fieldValue("contextCovered", "/framework/contextCovered"),
        levels,
      }),
      sources,
      attribution: fieldValue("attribution", "/attribution"),
    }) as unknown as FrameworkJson;
    return { built, origins };
  }
}

/** Whether a row's subject and description say what its statement says (as `parseFramework` splits it). */
function agrees(statement: string, subject: string, description: string): boolean {
  const text = collapse(statement);
  const parts = splitStatement(text);
  return collapse(subject) === (parts?.subject ?? "") && collapse(description) === (parts?.description ?? text);
}

/** White space collapsed as `parseFramework` collapses a statement's. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `schemaVersion` as written; a whole number (Excel turns `1.0` into `1`) gets its `.0` back. */
function versionOf(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? `${trimmed}.0` : trimmed;
}

/** `occupation.jobZone`: a number when the cell is one, else the text (which `parseFramework` reports); empty is none. */
function jobZoneOf(value: string | undefined): number | string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : (value as string);
}

/** `occupation.jobZoneInferred`: `true` or `false` in any case (Excel writes `TRUE`), else the text; empty is none. */
function booleanOf(value: string | undefined): boolean | string | undefined {
  const trimmed = value?.trim().toLowerCase();
  if (trimmed === undefined || trimmed === "") return undefined;
  if (trimmed === "true") return true;
  if (trimmed === "false") return false;
  return value as string;
}

/** The object without its undefined fields. */
function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
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
