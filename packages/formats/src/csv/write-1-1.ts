// The rows of a framework that uses format 1.1 (see the layout in columns.ts). Which
// ladder is written (levels or tracks), which every-level statements are the framework's and
// which a track's own, and which statements need their id written are the JSON writer's
// decisions (`toFrameworkJson`), taken from its output, so that CSV and JSON cannot differ;
// the texts, subjects and descriptions come from the framework itself.
import type { Framework, Level, Statement } from "@rungs/core";
import { labelToWrite } from "../json/written";
import type { FrameworkJson, LevelJson, StatementJson } from "../shared/framework-json";
import { areaCell } from "./area-cell";
import { CSV_1_1_COLUMNS, CSV_COLUMNS, EXAMPLE_COLUMN_PREFIX, FIELD_PREFIXES, SCOPED_FIELDS } from "./columns";
import { joinedText } from "./joined-text";

/**
 * Whether the JSON writer writes a field of format 1.1 for a framework (its language, areas,
 * tracks, every-level statements, cumulative, a level's description, details or
 * equivalences, a statement object): then the CSV needs the 1.1 columns.
 */
export function uses11(json: FrameworkJson): boolean {
  const body = json.framework;
  if (json.language !== undefined || body.areas || body.tracks || body.allLevels || body.cumulative) return true;
  return Object.values(body.levels ?? {}).some(
    (level) =>
      level.description !== undefined ||
      level.details !== undefined ||
      level.equivalentTo !== undefined ||
      level.statements.some((statement) => typeof statement !== "string"),
  );
}

/** A row's cells by column name; the rest are empty. */
type Cells = Partial<Record<string, string>>;

/** The 1.1 header for a framework whose longest examples list has `examples` items (at least one column). */
export function header11(examples: number): string[] {
  const exampleColumns = Array.from({ length: Math.max(1, examples) }, (_, i) => `${EXAMPLE_COLUMN_PREFIX}${i + 1}`);
  return [...CSV_COLUMNS, ...CSV_1_1_COLUMNS, ...exampleColumns];
}

/** The most examples any statement of the framework has. */
export function mostExamples(framework: Framework): number {
  let most = 0;
  for (const track of framework.tracks) {
    for (const statement of track.allLevels) most = Math.max(most, statement.examples?.length ?? 0);
    for (const level of track.levels) {
      for (const statement of level.statements) most = Math.max(most, statement.examples?.length ?? 0);
    }
  }
  return most;
}

/** The ladder's rows: framework-wide every-level statements, then each track (or the levels) in order. */
export function ladderRows11(framework: Framework, json: FrameworkJson, header: readonly string[]): string[][] {
  const row = (cells: Cells): string[] => header.map((column) => cells[column] ?? "");
  const rows: string[][] = [];
  const body = json.framework;
  // The framework's own every-level statements, as the model holds them: those of the first
  // track that has no list of its own (every such track holds the same objects).
  const shared = framework.tracks.find(
    (track) => body.tracks === undefined || !ownAllLevels(json, track.key),
  )?.allLevels;
  if (body.allLevels && shared) rows.push(...allLevelsRows(body.allLevels, shared, {}, row));
  if (body.levels) {
    const [track] = framework.tracks;
    if (track) rows.push(...levelsRows(body.levels, track.levels, {}, row));
    return rows;
  }
  for (const track of framework.tracks) {
    const written = body.tracks?.[track.key];
    if (!written) continue;
    const label = labelToWrite(track.label);
    // A track keyed "" with no label would leave both track cells empty: a space keeps it
    // named (reading trims the label to nothing, and core falls back to the key).
    const trackCells: Cells = { track_key: track.key, track_label: track.key === "" && label === "" ? " " : label };
    if (written.description !== undefined) {
      rows.push(row({ ...trackCells, field: SCOPED_FIELDS.trackDescription, value: written.description }));
    }
    if (written.cumulative) rows.push(row({ ...trackCells, field: SCOPED_FIELDS.trackCumulative, value: "true" }));
    if (written.allLevels) {
      rows.push(
        ...(written.allLevels.length === 0
          ? [row({ ...trackCells, field: SCOPED_FIELDS.allLevels })]
          : allLevelsRows(written.allLevels, track.allLevels, trackCells, row)),
      );
    }
    rows.push(...levelsRows(written.levels, track.levels, trackCells, row));
  }
  return rows;
}

function ownAllLevels(json: FrameworkJson, trackKey: string): boolean {
  return (
    Object.hasOwn(json.framework.tracks ?? {}, trackKey) && json.framework.tracks?.[trackKey]?.allLevels !== undefined
  );
}

function allLevelsRows(
  written: readonly (string | StatementJson)[],
  statements: readonly Statement[],
  trackCells: Cells,
  row: (cells: Cells) => string[],
): string[][] {
  return statements.map((statement, index) =>
    row({ ...trackCells, ...statementCells(statement, written[index]), field: SCOPED_FIELDS.allLevels }),
  );
}

function levelsRows(
  written: Record<string, LevelJson>,
  levels: readonly Level[],
  trackCells: Cells,
  row: (cells: Cells) => string[],
): string[][] {
  return levels.flatMap((level) => {
    const json = written[level.key];
    const label = labelToWrite(level.label);
    const levelCells: Cells = {
      ...trackCells,
      level_key: level.key,
      // As in 1.0: a level keyed "" without a label keeps its row with a space.
      level_label: level.key === "" && label === "" ? " " : label,
    };
    const fieldRows = [
      ...(level.description === undefined
        ? []
        : [row({ ...levelCells, field: SCOPED_FIELDS.levelDescription, value: level.description })]),
      ...(level.details ?? []).map((detail) =>
        row({ ...levelCells, field: `${FIELD_PREFIXES.detail}${detail.label}`, value: detail.text }),
      ),
      ...(level.equivalents ?? []).map((equivalent) =>
        row({ ...levelCells, field: `${FIELD_PREFIXES.equivalentTo}${equivalent.track}`, value: equivalent.level }),
      ),
    ];
    const statementRows = level.statements.map((statement, index) =>
      row({ ...levelCells, ...statementCells(statement, json?.statements[index]) }),
    );
    if (fieldRows.length === 0 && statementRows.length === 0) return [row(levelCells)];
    return [...fieldRows, ...statementRows];
  });
}

/** A statement's cells: its text as in 1.0, the id the JSON writer writes, and its 1.1 fields. */
function statementCells(statement: Statement, written: string | StatementJson | undefined): Cells {
  const cells: Cells = {
    subject: statement.subject,
    description: statement.description,
    statement: joinedText(statement) === statement.text ? "" : statement.text,
  };
  if (typeof written === "object" && written.id !== undefined) cells.statement_id = written.id;
  if (statement.area !== undefined) cells.statement_area = areaCell(statement.area);
  if (statement.proficiency !== undefined) cells.statement_proficiency = statement.proficiency;
  if (statement.notes !== undefined) cells.statement_notes = statement.notes;
  statement.examples?.forEach((example, index) => {
    cells[`${EXAMPLE_COLUMN_PREFIX}${index + 1}`] = example;
  });
  return cells;
}
