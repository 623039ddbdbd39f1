import type { Framework, Level } from "@rungs/core";
import { labelToWrite } from "../json/written";
import { csvCell } from "./cells";
import { CSV_COLUMNS, type CsvField, SOURCE_FIELD_PREFIX } from "./columns";
import { joinedText } from "./joined-text";

/** Options of {@link toCsv}. */
export interface CsvExportOptions {
  /**
   * The cell delimiter: `","` (default), or `";"` as Excel writes and expects in locales
   * whose decimal separator is a comma (most of Europe).
   */
  readonly delimiter?: "," | ";";
  /**
   * Start the text with a byte order mark (U+FEFF), default `false`. Set it for a file a
   * person will open in Excel: without one, Excel reads UTF-8 as the local code page and
   * shows "â€”" for every em dash. `fromCsv` and most CSV readers skip it.
   */
  readonly bom?: boolean;
}

/** Line breaks between rows, as RFC 4180 and Excel write them. */
const ROW_END = "\r\n";

/**
 * A framework as CSV in Rungs' layout ({@link CSV_COLUMNS}): the header, the
 * framework-level fields (one `field`/`value` row each, sources last), then one row per
 * statement, level by level in ladder order; a level without statements is one row.
 * `fromCsv(toCsv(f))` gives back a framework deep-equal to `f`.
 *
 * A statement's `statement` cell is filled only when `subject — description` would not
 * give back its text exactly (irregular spacing, no subject, a second separator…). Cells a
 * spreadsheet could run as a formula are written with a leading `'` (see `fromCsv`).
 */
export function toCsv(framework: Framework, options?: CsvExportOptions): string {
  const delimiter = options?.delimiter === ";" ? ";" : ",";
  const rows: string[][] = [[...CSV_COLUMNS], ...metadataRows(framework), ...framework.levels.flatMap(levelRows)];
  const text = rows.map((row) => row.map(csvCell).join(delimiter)).join(ROW_END) + ROW_END;
  return options?.bom === true ? `\uFEFF${text}` : text;
}

/** A row that fills only `field` and `value`. */
function fieldRow(field: string, value: string): string[] {
  return ["", "", "", "", "", field, value];
}

/** The framework-level fields the framework has, in the documented order, then its sources. */
function metadataRows(framework: Framework): string[][] {
  const { occupation } = framework;
  const fields: ReadonlyArray<readonly [CsvField, string | number | boolean | undefined]> = [
    ["schemaVersion", framework.schemaVersion],
    ["exportedAt", framework.exportedAt],
    // Always written, even empty: a reader sees where the title goes.
    ["occupation.title", occupation.title],
    ["occupation.soc", occupation.soc],
    ["occupation.group", occupation.group],
    ["occupation.sector", occupation.sector],
    ["occupation.jobZone", occupation.jobZone],
    ["occupation.jobZoneInferred", occupation.jobZoneInferred],
    ["version", framework.version],
    ["description", framework.description],
    ["contextCovered", framework.contextCovered],
    ["attribution", framework.attribution],
  ];
  return [
    ...fields.flatMap(([field, value]) => (value === undefined ? [] : [fieldRow(field, String(value))])),
    ...framework.sources.map((source) => fieldRow(`${SOURCE_FIELD_PREFIX}${source.name}`, source.value)),
  ];
}

/** A level's rows: one per statement, or one for the level alone. */
function levelRows(level: Level): string[][] {
  const label = labelToWrite(level.label);
  if (level.statements.length === 0) {
    // A level keyed "" whose label fell back to that key would be an empty row, which
    // reading skips: a space in its label keeps the row (reading trims the label to nothing
    // and falls back to the key again).
    return [[level.key, level.key === "" && label === "" ? " " : label, "", "", "", "", ""]];
  }
  return level.statements.map((statement) => [
    level.key,
    label,
    statement.subject,
    statement.description,
    joinedText(statement) === statement.text ? "" : statement.text,
    "",
    "",
  ]);
}
