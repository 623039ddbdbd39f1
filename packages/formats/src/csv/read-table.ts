import { MAX_ISSUES } from "@rungs/core";
import Papa from "papaparse";
import { cappedList } from "../shared/capped-issues";
import { type CsvIssue, issueAt } from "./csv-issue";

/** What reading the rows found besides them: the delimiter used, and the rows that cannot be trusted. */
export interface TableReading {
  readonly delimiter: "," | ";";
  /**
   * Quoted cells never closed, or with text after their closing quote (`invalid-csv`), in row
   * order: at most `MAX_ISSUES`, then one `too-many-issues`.
   */
  readonly errors: readonly CsvIssue[];
}

/**
 * Reads CSV text row by row with papaparse (RFC 4180: quoted cells, doubled quotes, line
 * breaks inside quotes), after a leading byte order mark, handing each row's cells (quotes
 * undone, nothing trimmed) and its index in the file — blank rows included, so an index is
 * the row's place in the file — to `onRow`, which returns false to stop reading there
 * (`broken`: a broken quote was found at or before this row).
 *
 * The delimiter is the one given, else the one a first line `sep=;` (or `sep=,`) names, as
 * Excel writes it, else whichever of `,` and `;` the first line (the header) holds more of —
 * European Excel writes `;` — with `,` on a tie. Every line break outside quotes ends a row,
 * `\r\n`, `\n` or a lone `\r`, mixed as they may be (a file pasted together from two
 * systems), as a spreadsheet shows it; inside a quoted cell a line break is text, kept as
 * written. A quoted cell that is never closed, or has text after its closing quote, is an
 * `invalid-csv` error at its row: the rest of the file cannot be trusted then.
 */
export function readRows(
  text: string,
  delimiter: "," | ";" | undefined,
  onRow: (cells: readonly string[], row: number, broken: boolean) => boolean,
): TableReading {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel writes, and reads, a first line `sep=;` naming the delimiter.
  const hint = SEPARATOR_HINT.exec(body)?.[1] as "," | ";" | undefined;
  const chosen = delimiter ?? hint ?? guessDelimiter(body);
  const errors: CsvIssue[] = [];
  let errorCount = 0;
  let header: readonly string[] | undefined;
  let row = 0;
  Papa.parse<string[]>(unifyLineBreaks(body, chosen), {
    header: false,
    delimiter: chosen,
    newline: "\n",
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (results, parser) => {
      const data: unknown = results.data;
      // The hint line stays in place as a blank row, so every row keeps its index in the file.
      const cells = row === 0 && hint ? [""] : Array.isArray(data) ? (data as string[]) : [];
      if (header === undefined && !isBlankRow(cells)) header = cells;
      for (const error of results.errors) {
        if (error.type !== "Quotes") continue;
        // Past the cap only the count matters: no sentence is made for an issue nobody sees.
        if (errorCount++ >= MAX_ISSUES) continue;
        // Papa puts the rest of the file into the broken cell: the row's last cell.
        const column = cells.length > 0 ? (header?.[cells.length - 1]?.trim() ?? `column ${cells.length}`) : undefined;
        errors.push(issueAt("invalid-csv", row, column || undefined, quoteMessage(error.code)));
      }
      if (!onRow(cells, row++, errorCount > 0)) parser.abort();
    },
  });
  return { delimiter: chosen, errors: cappedList(errors, errorCount, "errors") };
}

/**
 * The text with every line break outside quotes as `\n` (a lone `\r` and `\r\n` alike), those
 * inside quoted cells as written: papaparse takes one kind of line break per file. Quotes are
 * read as papaparse reads them: one opens a quoted cell only at the cell's start.
 */
function unifyLineBreaks(text: string, delimiter: "," | ";"): string {
  if (!text.includes("\r")) return text;
  const parts: string[] = [];
  const separator = delimiter.charCodeAt(0);
  let copied = 0;
  let quoted = false;
  let cellStart = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(index + 1) === QUOTE) index++;
        else quoted = false;
      }
      continue;
    }
    if (code === CR) {
      parts.push(text.slice(copied, index), "\n");
      if (text.charCodeAt(index + 1) === LF) index++;
      copied = index + 1;
      cellStart = true;
      continue;
    }
    if (code === QUOTE && cellStart) quoted = true;
    cellStart = code === LF || code === separator;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Excel's first line naming the delimiter: `sep=;` or `sep=,`. */
const SEPARATOR_HINT = /^sep=([,;])[ \t]*(?:\r\n|\n|\r|$)/i;

/** A row of nothing but empty cells (a blank line, or only delimiters): skipped. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell === "");
}

function quoteMessage(code: string): string {
  return code === "MissingQuotes"
    ? 'a quoted cell starts here and is never closed (a " is missing), so the rest of the file reads as one cell; close the quote, and write "" for a quote inside a quoted cell.'
    : 'a quoted cell has text after its closing quote; write "" for a quote inside a quoted cell, or quote the whole cell.';
}

/** The delimiter of the first line: the one of `,` and `;` it holds more of outside quotes (`,` on a tie). */
function guessDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      // Leading blank lines are not the header.
      if (commas + semicolons > 0) break;
    } else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}
