import { type FrameworkLimits, limitMessage, splitStatement } from "@rungs/core";
import { restoreFormula } from "./cells";
import type { CsvField } from "./columns";
import { type IssueList, issueAt, quoted } from "./csv-issue";
import { FIELD_NAMES_LISTED, type FieldName, fieldName } from "./field-names";
import { joinedText } from "./joined-text";
import {
  type CellValue,
  type LayoutColumn,
  type LevelRows,
  newLevel,
  newTrack,
  type StatementList,
  type TrackRows,
} from "./read-model";

/** Where each column of the layout is in the file, by index; the example columns in their numbers' order. */
export interface ColumnIndexes {
  readonly named: Partial<Record<LayoutColumn, number>>;
  readonly examples: readonly { readonly column: LayoutColumn; readonly index: number }[];
}

/** A field row's value and where it is. */
export interface FieldValue {
  readonly value: string;
  readonly row: number;
}

/** 1.0's level cells: any of them filled makes a row a level's. */
const LEVEL_COLUMNS: readonly LayoutColumn[] = ["level_key", "level_label", "subject", "description", "statement"];
const TRACK_COLUMNS: readonly LayoutColumn[] = ["track_key", "track_label"];
const STATEMENT_TEXT_COLUMNS: readonly LayoutColumn[] = ["subject", "description", "statement"];
const STATEMENT_FIELD_COLUMNS: readonly LayoutColumn[] = [
  "statement_id",
  "statement_area",
  "statement_proficiency",
  "statement_notes",
];
/** 1.1's cells; one filled makes the file a 1.1 file. */
const COLUMNS_1_1: readonly LayoutColumn[] = [...TRACK_COLUMNS, ...STATEMENT_FIELD_COLUMNS];

/** A row's cells by column, formula escapes undone. */
type RowCells = (column: LayoutColumn) => string;

/** The rows of a file, read one by one into tracks, levels and fields. */
export class RowReading {
  /** The rows that name no track: a file without tracks keeps its levels here. */
  readonly untracked: TrackRows = newTrack(0);
  readonly tracks = new Map<string, TrackRows>();
  readonly fields = new Map<CsvField, FieldValue>();
  readonly sources = new Map<string, FieldValue>();
  /** Area key → its label row and description row, in order of first appearance. */
  readonly areas = new Map<string, { label?: FieldValue; description?: FieldValue; readonly row: number }>();
  /** The first cell that uses format 1.1, if any. */
  first11: { readonly row: number; readonly column: LayoutColumn } | undefined;
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
    /** Where a limit crossed, or a row that cannot be placed, is reported. */
    private readonly errors: IssueList,
    private readonly limits: FrameworkLimits,
  ) {
    this.named = new Set<number>([
      ...Object.values(columns.named).filter((index) => index !== undefined),
      ...columns.examples.map((example) => example.index),
    ]);
  }

  /** Reads a row; false when it crosses one of core's limits (reported), and reading should stop. */
  read(cells: readonly string[], row: number): boolean {
    const cell: RowCells = (column) => {
      const index = this.columns.named[column];
      return index === undefined ? "" : restoreFormula(cells[index] ?? "");
    };
    this.warnIgnoredCells(cells, row);
    const used = COLUMNS_1_1.find((column) => cell(column) !== "");
    if (used !== undefined) this.mark11(row, used);
    const examples = this.examplesOf(cells, row);
    const field = cell("field");
    if (field.trim() !== "") {
      const name = fieldName(field);
      if (name === undefined) {
        this.warnings.add(
          issueAt(
            "unknown-field",
            row,
            "field",
            `${quoted(field)} is not a field Rungs reads (${FIELD_NAMES_LISTED}); the row is ignored.`,
          ),
        );
        return true;
      }
      if (isField11(name)) this.mark11(row, "field");
      return this.readFieldRow(name, field, cell, examples, row);
    }
    if (LEVEL_COLUMNS.some((column) => cell(column) !== "")) return this.readLevelRow(cell, examples, row);
    if (TRACK_COLUMNS.some((column) => cell(column) !== "")) {
      // A row that names only a track adds it (in its place), and no level.
      this.warnUnused(row, "a row that names only a track", cell, examples, [...STATEMENT_FIELD_COLUMNS, "value"]);
      return this.trackOf(cell, row) !== false;
    }
    if (cell("value") !== "") {
      this.warnings.add(
        issueAt("ignored-cell", row, "value", `a value without a field is ignored; name its field in "field".`),
      );
    }
    this.warnUnused(row, "a row without a level or a field", cell, examples, [...STATEMENT_FIELD_COLUMNS]);
    return true;
  }

  private mark11(row: number, column: LayoutColumn): void {
    this.first11 ??= { row, column };
  }

  /**
   * The row's examples, in their columns' order. (No row has more than the limit: the
   * header is refused with more example columns than that.)
   */
  private examplesOf(cells: readonly string[], row: number): CellValue[] {
    const examples: CellValue[] = [];
    for (const { column, index } of this.columns.examples) {
      const value = restoreFormula(cells[index] ?? "");
      if (value === "") continue;
      this.mark11(row, column);
      examples.push({ value, row, column });
    }
    return examples;
  }

  /** Reports a limit crossed at a cell, in core's words; always false (stop reading). */
  private refuse(row: number, column: LayoutColumn, message: string): false {
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

  /**
   * One warning for the filled cells a row of this kind does not use (the first is where it
   * points): `a field row ("version") fills only "field" and "value"; "level_key" is ignored.`
   */
  private warnUnused(
    row: number,
    kind: string,
    cell: RowCells,
    examples: readonly CellValue[],
    unused: readonly LayoutColumn[],
    uses = "",
  ): void {
    const filled = [...unused.filter((column) => cell(column) !== ""), ...examples.map((example) => example.column)];
    if (filled.length === 0) return;
    const names = filled.map((column) => `"${column}"`).join(", ");
    this.warnings.add(
      issueAt(
        "ignored-cell",
        row,
        filled[0],
        `${kind}${uses}; ${names} ${filled.length === 1 ? "is" : "are"} ignored.`,
      ),
    );
  }

  private readFieldRow(
    name: FieldName,
    field: string,
    cell: RowCells,
    examples: readonly CellValue[],
    row: number,
  ): boolean {
    const kind = `a field row (${quoted(field)})`;
    const value = cell("value");
    switch (name.scope) {
      case "framework":
      case "source":
      case "area": {
        this.warnUnused(
          row,
          kind,
          cell,
          examples,
          [...LEVEL_COLUMNS, ...COLUMNS_1_1],
          ` fills only "field" and "value"`,
        );
        if (name.scope === "framework") this.setOnce(this.fields, name.field, { value, row }, quoted(name.field));
        else if (name.scope === "source")
          this.setOnce(this.sources, name.name, { value, row }, `source ${quoted(name.name)}`);
        else return this.readArea(name.key, name.part, value, row);
        return true;
      }
      case "track": {
        this.warnUnused(
          row,
          kind,
          cell,
          examples,
          [...LEVEL_COLUMNS, ...STATEMENT_FIELD_COLUMNS],
          ` fills only its track's cells, "field" and "value"`,
        );
        const track = this.trackOf(cell, row, field);
        if (track === false) return false;
        if (track === undefined) return true;
        const at: CellValue = { value, row, column: "value" };
        if (name.part === "description") track.description = this.replaced(track.description, at, field);
        else track.cumulative = this.replaced(track.cumulative, at, field);
        return true;
      }
      case "level": {
        this.warnUnused(
          row,
          kind,
          cell,
          examples,
          [...STATEMENT_TEXT_COLUMNS, ...STATEMENT_FIELD_COLUMNS],
          ` fills only its level's cells, "field" and "value"`,
        );
        const level = this.levelOf(cell, row);
        if (level === false) return false;
        if (level === undefined) return true;
        const at: CellValue = { value, row, column: "value" };
        if (name.part === "description") {
          level.description = this.replaced(level.description, at, field);
        } else if (name.part === "detail") {
          if (!level.details.has(name.label) && level.details.size >= this.limits.maxDetailsPerLevel) {
            const found = level.details.size + 1;
            return this.refuse(
              row,
              "field",
              limitMessage("the level, up to this row,", "maxDetailsPerLevel", this.limits, found),
            );
          }
          this.setOnce(level.details, name.label, at, `the detail ${quoted(name.label)} of this level`);
        } else {
          if (!level.equivalents.has(name.track) && level.equivalents.size >= this.limits.maxTracks) {
            const found = level.equivalents.size + 1;
            const subject = "the level's equivalences, up to this row,";
            return this.refuse(row, "field", limitMessage(subject, "maxTracks", this.limits, found));
          }
          this.setOnce(level.equivalents, name.track, at, `the equivalence to track ${quoted(name.track)}`);
        }
        return true;
      }
      case "allLevels": {
        if (value !== "") {
          this.warnings.add(
            issueAt(
              "ignored-cell",
              row,
              "value",
              `an "allLevels" row holds its statement in the statement's cells; "value" is ignored.`,
            ),
          );
        }
        this.warnUnused(
          row,
          kind,
          cell,
          [],
          ["level_key", "level_label"],
          ` is expected at every level, of no one level`,
        );
        const tracked = TRACK_COLUMNS.some((column) => cell(column) !== "");
        const track = tracked ? this.trackOf(cell, row, field) : this.untracked;
        if (track === false) return false;
        if (track === undefined) return true;
        track.allLevels ??= { firstRow: row, statements: [] };
        return this.addStatement(track.allLevels, "every level", cell, examples, row);
      }
    }
  }

  /** Sets a value read once; a second row for it wins, with a warning. */
  private replaced(earlier: CellValue | undefined, value: CellValue, name: string): CellValue {
    if (earlier !== undefined) {
      this.warnings.add(
        issueAt(
          "duplicate-field",
          value.row,
          "field",
          `${quoted(name)} is also on row ${earlier.row + 1}; this row's value is used.`,
        ),
      );
    }
    return value;
  }

  private readArea(key: string, part: "label" | "description", value: string, row: number): boolean {
    let area = this.areas.get(key);
    if (area === undefined) {
      if (this.areas.size >= this.limits.maxAreas) {
        return this.refuse(
          row,
          "field",
          limitMessage("the file, up to this row,", "maxAreas", this.limits, this.areas.size + 1),
        );
      }
      area = { row };
      this.areas.set(key, area);
    }
    const earlier = area[part];
    if (earlier !== undefined) {
      const name = part === "label" ? `the area ${quoted(key)}` : `the description of the area ${quoted(key)}`;
      this.warnings.add(
        issueAt(
          "duplicate-field",
          row,
          "field",
          `${name} is also on row ${earlier.row + 1}; this row's value is used.`,
        ),
      );
    }
    area[part] = { value, row };
    return true;
  }

  /** Sets a field; a second row for it wins, in the place of the first, with a warning. */
  private setOnce<K, V extends FieldValue>(map: Map<K, V>, key: K, value: V, name: string): void {
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

  /**
   * The track a row names (its key in `track_key`; named when either track cell is filled),
   * made at its first row; the untracked rows' "track" when the row names none. False when
   * a new track is over the limit (reported). For a track field (`field` given), a row that
   * names no track is an error, and undefined.
   */
  private trackOf(cell: RowCells, row: number, field?: string): TrackRows | false | undefined {
    const key = cell("track_key");
    const label = cell("track_label");
    if (key === "" && label === "") {
      if (field === undefined) return this.untracked;
      this.errors.add(
        issueAt(
          "missing-track",
          row,
          "track_key",
          `${quoted(field)} belongs to a track, but this row names none; give the track's key in "track_key".`,
        ),
      );
      return undefined;
    }
    let track = this.tracks.get(key);
    if (track === undefined) {
      if (this.tracks.size >= this.limits.maxTracks) {
        const found = this.tracks.size + 1;
        return this.refuse(
          row,
          "track_key",
          limitMessage("the file, up to this row,", "maxTracks", this.limits, found),
        );
      }
      track = newTrack(row);
      this.tracks.set(key, track);
    }
    this.keepLabel(track, "track", key, label, row);
    return track;
  }

  /** The level a row names (in its track), made at its first row; false when a limit is crossed (reported). */
  private levelOf(cell: RowCells, row: number): LevelRows | false | undefined {
    const track = this.trackOf(cell, row);
    if (track === false || track === undefined) return track;
    const { limits } = this;
    const key = cell("level_key");
    let level = track.levels.get(key);
    if (level === undefined) {
      if (track.levels.size >= limits.maxLevels) {
        const found = track.levels.size + 1;
        const subject = track === this.untracked ? "the file, up to this row," : "the track, up to this row,";
        return this.refuse(row, "level_key", limitMessage(subject, "maxLevels", limits, found));
      }
      level = newLevel(row);
      track.levels.set(key, level);
    }
    this.keepLabel(level, "level", key, cell("level_label"), row);
    return level;
  }

  /**
   * A track's or a level's label, given on any of its rows: the first one given is kept, and
   * a row that gives another is warned about at its label cell.
   */
  private keepLabel(
    holder: { label?: { text: string; row: number } },
    kind: "track" | "level",
    key: string,
    label: string,
    row: number,
  ): void {
    const text = label.trim();
    if (text === "") return;
    const kept = holder.label;
    if (kept === undefined) {
      holder.label = { text, row };
    } else if (kept.text !== text) {
      this.warnings.add(
        issueAt(
          "conflicting-value",
          row,
          kind === "track" ? "track_label" : "level_label",
          `${kind} ${quoted(key)} is labelled ${quoted(text)} here but ${quoted(kept.text)} on row ${kept.row + 1}; ${quoted(kept.text)} is used.`,
        ),
      );
    }
  }

  private readLevelRow(cell: RowCells, examples: readonly CellValue[], row: number): boolean {
    const level = this.levelOf(cell, row);
    if (level === false) return false;
    if (level === undefined) return true;
    return this.addStatement(level, `level ${quoted(cell("level_key"))}`, cell, examples, row);
  }

  /** Adds the row's statement, if it has one, to a list, counted against the limits. */
  private addStatement(
    list: StatementList,
    listName: string,
    cell: RowCells,
    examples: readonly CellValue[],
    row: number,
  ): boolean {
    const { limits } = this;
    const statement = this.statementOf(cell, row);
    if (!statement) {
      this.warnUnused(
        row,
        "a row without a statement",
        cell,
        examples,
        STATEMENT_FIELD_COLUMNS,
        " names only its level",
      );
      return true;
    }
    const { text, column } = statement;
    if (text.length > limits.maxStatementLength) {
      return this.refuse(row, column, limitMessage("the statement", "maxStatementLength", limits, text.length));
    }
    if (list.statements.length >= limits.maxStatementsPerLevel) {
      const subject = `${listName}, up to this row,`;
      return this.refuse(
        row,
        column,
        limitMessage(subject, "maxStatementsPerLevel", limits, list.statements.length + 1),
      );
    }
    if (this.statementCount >= limits.maxStatements) {
      const found = this.statementCount + 1;
      return this.refuse(row, column, limitMessage("the file, up to this row,", "maxStatements", limits, found));
    }
    this.statementCount++;
    const filled = (column: LayoutColumn): CellValue | undefined => {
      const value = cell(column);
      return value === "" ? undefined : { value, row, column };
    };
    const id = filled("statement_id");
    const area = filled("statement_area");
    const proficiency = filled("statement_proficiency");
    const notes = filled("statement_notes");
    list.statements.push({
      text,
      row,
      column,
      ...(id && { id }),
      ...(area && { area }),
      ...(proficiency && { proficiency }),
      ...(notes && { notes }),
      examples,
    });
    return true;
  }

  /** The row's statement text and the column it came from; undefined for a row that only names a level. */
  private statementOf(cell: RowCells, row: number): { text: string; column: LayoutColumn } | undefined {
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
}

/** Whether a field is one of format 1.1. */
function isField11(name: FieldName): boolean {
  if (name.scope === "source") return false;
  if (name.scope === "framework") return name.field === "language" || name.field === "cumulative";
  return true;
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
