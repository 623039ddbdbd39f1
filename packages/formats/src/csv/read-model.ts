import type { Csv11Column, CsvColumn } from "./columns";

/** A column of the layout: 1.0's, 1.1's, or an example column (`statement_example_3`). */
export type LayoutColumn = CsvColumn | Csv11Column | `statement_example_${number}`;

/** A cell's value and where it is. */
export interface CellValue {
  readonly value: string;
  readonly row: number;
  readonly column: LayoutColumn;
}

/** A statement as its row gives it: its text (and the cell it came from) and its 1.1 cells. */
export interface StatementRow {
  readonly text: string;
  readonly row: number;
  readonly column: LayoutColumn;
  readonly id?: CellValue;
  readonly area?: CellValue;
  readonly proficiency?: CellValue;
  readonly notes?: CellValue;
  readonly examples: readonly CellValue[];
}

/** Statements read into one list (a level's, or an `allLevels`), and the row it starts at. */
export interface StatementList {
  readonly firstRow: number;
  readonly statements: StatementRow[];
}

/** A level as its rows build it. */
export interface LevelRows extends StatementList {
  label?: { readonly text: string; readonly row: number };
  description?: CellValue;
  /** Label → text, in order of first appearance. */
  readonly details: Map<string, CellValue>;
  /** Track key → level key, in order of first appearance. */
  readonly equivalents: Map<string, CellValue>;
}

/**
 * A track as its rows build it; the rows that name no track build one too (the framework's
 * levels, every-level statements and cumulative flag, in a file without tracks).
 */
export interface TrackRows {
  readonly firstRow: number;
  label?: { readonly text: string; readonly row: number };
  description?: CellValue;
  cumulative?: CellValue;
  readonly levels: Map<string, LevelRows>;
  allLevels?: StatementList;
}

/** A new, empty level or track read from `row` on. */
export function newLevel(row: number): LevelRows {
  return { firstRow: row, statements: [], details: new Map(), equivalents: new Map() };
}

export function newTrack(row: number): TrackRows {
  return { firstRow: row, levels: new Map() };
}
