// What a cell holds as written to a file, and back.
//
// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
// carriage return) as a formula: a framework from elsewhere could make a reader's Excel
// fetch a URL or run a command (CSV injection). Such a cell is written with a leading
// apostrophe, which spreadsheets take as "this is text". So that reading undoes exactly
// that, a cell that already starts with an apostrophe followed by one of those characters
// or by another apostrophe gets one too; reading removes one leading apostrophe when the
// next character is one of `=+-@`, tab, carriage return or `'`, and nothing else.

/** A first character that a spreadsheet may run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that reading would strip an apostrophe from. */
const NEUTRALISED = /^'[=+\-@\t\r']/;

/** The cell as written: with a leading `'` when it could run as a formula or would otherwise lose one on reading. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) || NEUTRALISED.test(cell) ? `'${cell}` : cell;
}

/** The value of a cell as read: {@link neutraliseFormula} undone. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** Characters that make a cell need quotes: either delimiter, a quote, a line break, or space at an end. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/**
 * One cell of RFC 4180 CSV: quoted (with inner quotes doubled) when it holds a delimiter
 * (`,` or `;`, whichever the file uses, so a file can be re-saved with the other), a quote,
 * a line break or white space at an end (which some spreadsheets trim otherwise).
 */
export function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
