import type { Framework, Level } from "@rungs/core";
import { toFrameworkJson } from "../json/index";
import { labelToWrite } from "../json/written";
import type { FrameworkJson } from "../shared/framework-json";
import { csvCell } from "./cells";
import { CSV_COLUMNS, type CsvField, FIELD_PREFIXES, SOURCE_FIELD_PREFIX } from "./columns";
import { joinedText } from "./joined-text";
import { header11, ladderRows11, mostExamples, uses11 } from "./write-1-1";

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
 *
 * A framework that uses a field of format 1.1 gets the 1.1 columns after 1.0's (track,
 * statement id, area, proficiency, notes, examples) and 1.1's field rows (areas, level
 * descriptions, details, equivalences, every-level statements; see `columns.ts`); any
 * other framework is written in 1.0's columns, exactly as before 1.1.
 */
export function toCsv(framework: Framework, options?: CsvExportOptions): string {
  const delimiter = options?.delimiter === ";" ? ";" : ",";
  const json = toFrameworkJson(framework);
  const rows = uses11(json) ? rows11(framework, json) : rows10(framework);
  const text = rows.map((row) => row.map(csvCell).join(delimiter)).join(ROW_END) + ROW_END;
  return options?.bom === true ? `\uFEFF${text}` : text;
}

/** 1.0's layout: the header, the framework-level fields, then the levels' rows. */
function rows10(framework: Framework): string[][] {
  return [[...CSV_COLUMNS], ...metadataRows(framework).map(fieldRow), ...framework.levels.flatMap(levelRows)];
}

/** 1.1's layout: the wider header, the framework-level fields and areas, then the ladder's rows. */
function rows11(framework: Framework, json: FrameworkJson): string[][] {
  const header = header11(mostExamples(framework));
  const areaRows = framework.areas.flatMap((area): (readonly [string, string])[] => [
    [`${FIELD_PREFIXES.area}${area.key}`, labelToWrite(area.label)],
    ...(area.description === undefined
      ? []
      : [[`${FIELD_PREFIXES.areaDescription}${area.key}`, area.description] as const]),
  ]);
  const fields = metadataRows(framework, json.framework.cumulative === true, areaRows);
  const width = header.length;
  return [
    header,
    ...fields.map(([field, value]) => [
      ...fieldRow([field, value]),
      ...Array<string>(width - CSV_COLUMNS.length).fill(""),
    ]),
    ...ladderRows11(framework, json, header),
  ];
}

/** A row of 1.0's columns that fills only `field` and `value`. */
function fieldRow([field, value]: readonly [string, string]): string[] {
  return ["", "", "", "", "", field, value];
}

/**
 * The framework-level fields the framework has, in the documented order, then its areas
 * (1.1), then its sources. `cumulative` is the framework's own (a file with levels).
 */
function metadataRows(
  framework: Framework,
  cumulative = false,
  areaRows: readonly (readonly [string, string])[] = [],
): (readonly [string, string])[] {
  const { occupation } = framework;
  const fields: ReadonlyArray<readonly [CsvField, string | number | boolean | undefined]> = [
    ["schemaVersion", framework.schemaVersion],
    ["language", framework.language],
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
    ["cumulative", cumulative ? true : undefined],
    ["attribution", framework.attribution],
  ];
  return [
    ...fields.flatMap(([field, value]) => (value === undefined ? [] : [[field, String(value)] as const])),
    ...areaRows,
    ...framework.sources.map((source) => [`${SOURCE_FIELD_PREFIX}${source.name}`, source.value] as const),
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
