import {
  alignThemes,
  type Framework,
  repeatsRowLabel,
  type Statement,
  type ThemeRow,
  themesAreSparse,
} from "@rungs/core";
import { escapeMarkdown } from "./escape";

/** What an empty cell shows: a table cell with nothing in it reads as missing data. */
const EMPTY_CELL = "—";
/** Between statements that share a cell: a GFM table cell cannot hold a list or a line break without HTML. */
const STATEMENT_SEPARATOR = " · ";

/**
 * The progression matrix as a GFM table, laid out as the `ProgressionMatrix` component lays
 * it out by default: a row per theme of core's `alignThemes` and a column per level, or,
 * when the themes are too sparse for that, a column per level holding its statements.
 * Under a theme row a statement's subject is shown only where it differs from the row's
 * label (core's `repeatsRowLabel`).
 */
export function matrixTable(framework: Framework): string {
  const { rows } = alignThemes(framework);
  const levels = framework.levels.map((level) => escapeMarkdown(level.label || level.key));
  if (themesAreSparse(framework, rows)) {
    const cells = framework.levels.map((level) => cell(level.statements, undefined));
    return [tableRow(levels), tableRow(levels.map(() => "---")), tableRow(cells)].join("\n");
  }
  const lines = [tableRow(["Theme", ...levels]), tableRow(["---", ...levels.map(() => "---")])];
  for (const row of rows) {
    const cells = framework.levels.map((level) => cell(row.cells[level.rank] ?? [], row));
    lines.push(tableRow([escapeMarkdown(row.label), ...cells]));
  }
  return lines.join("\n");
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function cell(statements: readonly Statement[], row: ThemeRow | undefined): string {
  if (statements.length === 0) return EMPTY_CELL;
  return statements.map((statement) => cellStatement(statement, row)).join(STATEMENT_SEPARATOR);
}

function cellStatement(statement: Statement, row: ThemeRow | undefined): string {
  const description = escapeMarkdown(statement.description);
  const showSubject = statement.subject !== "" && !(row && repeatsRowLabel(statement, row));
  if (!showSubject) return description || EMPTY_CELL;
  const subject = `**${escapeMarkdown(statement.subject)}**`;
  return description ? `${subject} — ${description}` : subject;
}
