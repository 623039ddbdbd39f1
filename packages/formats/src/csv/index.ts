/**
 * CSV in and out, in a layout a person can edit in a spreadsheet: one row per statement
 * (`level_key`, `level_label`, `subject`, `description`, and `statement` when those would
 * not give the text back exactly), one row per framework-level field (`field`, `value`).
 * `fromCsv(toCsv(f))` equals `f`. A filled example is `@rungs/formats/csv-template.csv`.
 * A framework that uses format 1.1 gets more columns after these (tracks, a statement's id,
 * area, proficiency, notes and examples) and more field rows (areas, level descriptions,
 * details, equivalences, every-level statements): see `fromCsv` and the package README.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is written with a leading `'` so that spreadsheets show it as text instead of running it;
 * so that reading can undo exactly that, a cell starting with `'` followed by one of those
 * or by another `'` gets one too. `fromCsv` removes one leading `'` when the next character
 * is one of `= + - @`, tab, carriage return or `'` — and round trips stay exact. (A cell
 * typed by hand as `'=x` reads as `=x`: write `''=x` to keep the apostrophe.)
 *
 * @packageDocumentation
 */
export type { CsvColumn, CsvField } from "./columns";
export { CSV_COLUMNS, CSV_FIELDS } from "./columns";
export type { CsvIssue, CsvIssueCode } from "./csv-issue";
export type { CsvImportOptions } from "./from-csv";
export { fromCsv } from "./from-csv";
export type { CsvExportOptions } from "./to-csv";
export { toCsv } from "./to-csv";
