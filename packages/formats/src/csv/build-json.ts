import { SUPPORTED_VERSION } from "@rungs/core";
import { ownEntries } from "../json/written";
import type { FrameworkJson, LevelJson, StatementJson, TrackJson } from "../shared/framework-json";
import { pointerSegment } from "../shared/json-pointer";
import type { Origin } from "../shared/parse-built";
import { areaOfCell } from "./area-cell";
import type { CsvField } from "./columns";
import { cellAt, type IssueList, issueAt, quoted } from "./csv-issue";
import type { CellValue, LevelRows, StatementList, TrackRows } from "./read-model";
import type { RowReading } from "./row-reading";

/**
 * The framework the rows describe, as the JSON a person would have written (wrong types
 * included: a jobZone of "three"), so that `parseFramework` reports what it would in a JSON
 * file; and where each part of it came from, so that its issues point at rows and cells.
 * Undefined when the rows cannot make one (reported in `errors`): a file with tracks and
 * levels that name none.
 */
export function buildJson(
  reading: RowReading,
  headerRow: number,
  errors: IssueList,
  warnings: IssueList,
): { built: FrameworkJson; origins: Map<string, Origin> } | undefined {
  const origins = new Map<string, Origin>();
  const at = (row: number, column?: string): Origin => cellAt(row, column);
  const cellOrigin = (pointer: string, value: CellValue | undefined): string | undefined => {
    if (value === undefined) return undefined;
    origins.set(pointer, at(value.row, value.column));
    return value.value;
  };
  origins.set("", { path: "", where: "the file" });

  const { untracked, tracks } = reading;
  const [firstTracked] = tracks.values();
  const [firstUntracked] = untracked.levels;
  if (firstTracked && firstUntracked) {
    const [key, level] = firstUntracked;
    errors.add(
      issueAt(
        "missing-track",
        level.firstRow,
        "track_key",
        `level ${quoted(key)} names no track, but row ${firstTracked.firstRow + 1} puts levels in tracks; in a file with tracks, give every level's track in "track_key".`,
      ),
    );
    return undefined;
  }

  /** A list of statements: strings, or objects when a row fills a 1.1 cell. */
  const statementsOf = (list: StatementList, pointer: string): (string | StatementJson)[] =>
    list.statements.map((statement, index) => {
      const statementPointer = `${pointer}/${index}`;
      origins.set(statementPointer, at(statement.row, statement.column));
      const { id, area, proficiency, notes, examples } = statement;
      if (!id && !area && !proficiency && !notes && examples.length === 0) return statement.text;
      const object: StatementJson = { text: statement.text };
      if (id) object.id = cellOrigin(`${statementPointer}/id`, id) as string;
      const areaKey = area && areaOfCell(area.value);
      if (area && areaKey !== undefined) {
        origins.set(`${statementPointer}/area`, at(area.row, area.column));
        object.area = areaKey;
      }
      if (proficiency) object.proficiency = cellOrigin(`${statementPointer}/proficiency`, proficiency) as string;
      if (examples.length > 0) {
        origins.set(`${statementPointer}/examples`, at(statement.row, examples[0]?.column));
        object.examples = examples.map((example, position) => {
          origins.set(`${statementPointer}/examples/${position}`, at(example.row, example.column));
          return example.value;
        });
      }
      if (notes) object.notes = cellOrigin(`${statementPointer}/notes`, notes) as string;
      return object;
    });

  const levelsOf = (track: TrackRows, pointer: string): Record<string, LevelJson> => {
    origins.set(pointer, at(track === untracked ? headerRow : track.firstRow, "level_key"));
    return ownEntries(
      [...track.levels].map(([key, level]) => [key, levelOf(level, `${pointer}/${pointerSegment(key)}`)]),
    );
  };

  const levelOf = (level: LevelRows, pointer: string): LevelJson => {
    origins.set(pointer, at(level.firstRow, "level_key"));
    if (level.label) origins.set(`${pointer}/label`, at(level.label.row, "level_label"));
    const description = cellOrigin(`${pointer}/description`, level.description);
    const details = mapOf(level.details, `${pointer}/details`);
    const equivalentTo = mapOf(level.equivalents, `${pointer}/equivalentTo`);
    return {
      label: level.label?.text ?? "",
      ...(description !== undefined && { description }),
      ...(details && { details }),
      ...(equivalentTo && { equivalentTo }),
      statements: statementsOf(level, `${pointer}/statements`),
    };
  };

  /** Label → text (or track → level), each entry at its value's cell; undefined for none. */
  const mapOf = (entries: Map<string, CellValue>, pointer: string): Record<string, string> | undefined => {
    const [first] = entries.values();
    if (!first) return undefined;
    origins.set(pointer, at(first.row, "field"));
    return ownEntries(
      [...entries].map(([name, value]) => [name, cellOrigin(`${pointer}/${pointerSegment(name)}`, value) as string]),
    );
  };

  const allLevelsOf = (track: TrackRows, pointer: string): (string | StatementJson)[] | undefined => {
    if (!track.allLevels) return undefined;
    origins.set(pointer, at(track.allLevels.firstRow, "field"));
    return statementsOf(track.allLevels, pointer);
  };

  const trackOf = (track: TrackRows, pointer: string): TrackJson => {
    origins.set(pointer, at(track.firstRow, "track_key"));
    if (track.label) origins.set(`${pointer}/label`, at(track.label.row, "track_label"));
    const description = cellOrigin(`${pointer}/description`, track.description);
    const cumulative = booleanOf(cellOrigin(`${pointer}/cumulative`, track.cumulative));
    const allLevels = allLevelsOf(track, `${pointer}/allLevels`);
    return {
      label: track.label?.text ?? "",
      ...(description !== undefined && { description }),
      levels: levelsOf(track, `${pointer}/levels`),
      ...(allLevels && { allLevels }),
      ...(cumulative !== undefined && { cumulative: cumulative as boolean }),
    };
  };

  const fieldValue = (field: CsvField, pointer: string): string | undefined => {
    const found = reading.fields.get(field);
    if (found === undefined) return undefined;
    origins.set(pointer, at(found.row, "value"));
    return found.value;
  };

  const areas =
    reading.areas.size === 0
      ? undefined
      : ownEntries(
          [...reading.areas].map(([key, area]) => {
            const pointer = `/framework/areas/${pointerSegment(key)}`;
            origins.set(pointer, at(area.row, "field"));
            if (area.label) origins.set(`${pointer}/label`, at(area.label.row, "value"));
            if (area.description) origins.set(`${pointer}/description`, at(area.description.row, "value"));
            return [
              key,
              {
                label: area.label?.value ?? "",
                ...(area.description !== undefined && { description: area.description.value }),
              },
            ];
          }),
        );
  if (areas) origins.set("/framework/areas", at([...reading.areas.values()][0]?.row ?? headerRow, "field"));

  const ladder: Pick<FrameworkJson["framework"], "levels" | "tracks"> = firstTracked
    ? {
        tracks: ownEntries(
          [...tracks].map(([key, track]) => [key, trackOf(track, `/framework/tracks/${pointerSegment(key)}`)]),
        ),
      }
    : { levels: levelsOf(untracked, "/framework/levels") };
  if (firstTracked) origins.set("/framework/tracks", at(firstTracked.firstRow, "track_key"));

  const sources = ownEntries(
    [...reading.sources].map(([name, source]) => {
      origins.set(`/sources/${pointerSegment(name)}`, at(source.row, "value"));
      return [name, source.value];
    }),
  );
  const cumulative = booleanOf(fieldValue("cumulative", "/framework/cumulative"));
  const givenVersion = reading.fields.get("schemaVersion");
  if (givenVersion) origins.set("/schemaVersion", at(givenVersion.row, "value"));
  const allLevels = allLevelsOf(untracked, "/framework/allLevels");
  const built = definedOnly({
    schemaVersion: versionOf(reading, warnings),
    language: fieldValue("language", "/language"),
    exportedAt: fieldValue("exportedAt", "/exportedAt"),
    occupation: definedOnly({
      title: fieldValue("occupation.title", "/occupation/title"),
      soc: fieldValue("occupation.soc", "/occupation/soc"),
      group: fieldValue("occupation.group", "/occupation/group"),
      sector: fieldValue("occupation.sector", "/occupation/sector"),
      jobZone: jobZoneOf(fieldValue("occupation.jobZone", "/occupation/jobZone")),
      jobZoneInferred: booleanOf(fieldValue("occupation.jobZoneInferred", "/occupation/jobZoneInferred")),
    }),
    framework: definedOnly({
      version: fieldValue("version", "/framework/version"),
      description: fieldValue("description", "/framework/description"),
      contextCovered: fieldValue("contextCovered", "/framework/contextCovered"),
      cumulative,
      areas,
      allLevels,
      ...ladder,
    }),
    sources,
    attribution: fieldValue("attribution", "/attribution"),
  }) as unknown as FrameworkJson;
  return { built, origins };
}

/**
 * `schemaVersion` as written (`"1.0"` when absent; a whole number, as Excel turns `1.0`
 * into `1`, gets its `.0` back); `"1.1"` when the file uses a 1.1 column or field and says
 * no version, or a version before 1.1 (with a warning: its 1.1 fields would be dropped).
 */
function versionOf(reading: RowReading, warnings: IssueList): string {
  const given = reading.fields.get("schemaVersion");
  const written = given === undefined ? undefined : wholeVersion(given.value);
  const used = reading.first11;
  if (used === undefined) return written ?? SUPPORTED_VERSION;
  if (written === undefined) return "1.1";
  if (written === "1.0" && given) {
    warnings.add(
      issueAt(
        "conflicting-value",
        given.row,
        "value",
        `schemaVersion is "1.0", but row ${used.row + 1} (column ${quoted(used.column)}) uses format 1.1; the file is read as "1.1".`,
      ),
    );
    return "1.1";
  }
  return written;
}

function wholeVersion(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? `${trimmed}.0` : trimmed;
}

/** `occupation.jobZone`: a number when the cell is one, else the text (which `parseFramework` reports); empty is none. */
function jobZoneOf(value: string | undefined): number | string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : (value as string);
}

/** A flag: `true` or `false` in any case (Excel writes `TRUE`), else the text; empty is none. */
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
