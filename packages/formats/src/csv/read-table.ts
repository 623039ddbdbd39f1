import Papa from "papaparse";
import { type CsvIssue, issueAt } from "./csv-issue";

/** The rows of a CSV text, each row's cells as written (quotes undone, nothing trimmed). */
export interface CsvTable {
  /** Every record of the file, blank ones included, so a row's index is its place in the file. */
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: "," | ";";
}

/**
 * Reads CSV text into rows with papaparse (RFC 4180: quoted cells, doubled quotes, line
 * breaks inside quotes), after a leading byte order mark. The delimiter is the one given,
 * else the one a first line `sep=;` (or `sep=,`) names, as Excel writes it, else whichever of `,` and `;` the first line (the header) holds more of — European Excel
 * writes `;` — with `,` on a tie. Line breaks are the file's first one (`\r\n`, `\n` or
 * `\r`): Excel writes `\r\n`, and a lone `\r` inside a quoted cell stays text.
 * A quoted cell that is never closed, or has text after its closing quote, is an
 * `invalid-csv` error at its row: the rest of the file cannot be trusted then.
 */
export function readTable(
  text: string,
  delimiter: "," | ";" | undefined,
): { table: CsvTable; errors: readonly CsvIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel writes, and reads, a first line `sep=;` naming the delimiter.
  const hint = SEPARATOR_HINT.exec(body)?.[1] as "," | ";" | undefined;
  const chosen = delimiter ?? hint ?? guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    delimiter: chosen,
    newline: lineBreakOf(body),
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  // The hint line stays in place as a blank row, so every row keeps its index in the file.
  const rows = parsed.data.filter(Array.isArray).map((row, index) => (index === 0 && hint ? [""] : row));
  const header = rows.find((row) => !isBlankRow(row));
  const errors = parsed.errors
    .filter((error) => error.type === "Quotes")
    .map((error): CsvIssue => {
      const row = typeof error.row === "number" ? error.row : 0;
      const cells = rows[row];
      // Papa puts the rest of the file into the broken cell: the row's last cell.
      const column =
        cells && cells.length > 0 ? (header?.[cells.length - 1]?.trim() ?? `column ${cells.length}`) : undefined;
      return issueAt("invalid-csv", row, column || undefined, quoteMessage(error.code));
    });
  return { table: { rows, delimiter: chosen }, errors };
}

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

/** The file's line break: its first outside quotes (`\n` when it has none). */
function lineBreakOf(text: string): "\r\n" | "\n" | "\r" {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\r") return text[index + 1] === "\n" ? "\r\n" : "\r";
    else if (!quoted && char === "\n") return "\n";
  }
  return "\n";
}
