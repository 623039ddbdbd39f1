/**
 * The columns of Rungs' CSV layout, in the order `toCsv` writes them. One row per
 * statement (`level_key`, `level_label`, and `subject` + `description`, or the full text in
 * `statement` when those two would not give it back exactly); a level without statements is
 * one row with `level_key` and `level_label` only; framework-level fields are rows that fill
 * only `field` and `value` (see {@link CSV_FIELDS}).
 */
export const CSV_COLUMNS = [
  "level_key",
  "level_label",
  "subject",
  "description",
  "statement",
  "field",
  "value",
] as const;

/** A column of {@link CSV_COLUMNS}. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The framework-level fields a `field` cell names, in the order `toCsv` writes them; each
 * source is one more row, `source.<name>`, after these. Names are matched without regard to
 * case or the spaces around them; a source's name is everything after `source.`, exactly.
 */
export const CSV_FIELDS = [
  "schemaVersion",
  "language",
  "exportedAt",
  "occupation.title",
  "occupation.soc",
  "occupation.group",
  "occupation.sector",
  "occupation.jobZone",
  "occupation.jobZoneInferred",
  "version",
  "description",
  "contextCovered",
  "cumulative",
  "attribution",
] as const;

/** A field of {@link CSV_FIELDS}. */
export type CsvField = (typeof CSV_FIELDS)[number];

/** The prefix of a `field` cell that names a source: `source.O*NET`. */
export const SOURCE_FIELD_PREFIX = "source.";

// Format 1.1 (issue 20). 1.0's columns stay first and unchanged; these come after them, and
// `toCsv` writes them only for a framework that uses a field of 1.1, so a 1.0 framework's
// CSV is the same as before and a 1.0 CSV reads as before.
//
// How each 1.1 field is laid out, and why:
// - A statement's own fields are cells of its row (`statement_id`, `statement_area` — the
//   area's key —, `statement_proficiency`, `statement_notes`), as a spreadsheet user would
//   add a column; named after the statement, as 1.0's `level_` columns are after the level,
//   so that a column a 1.0 file already had for itself ("notes", "id") stays its own and
//   ignored. Its examples are one column each, `statement_example_1`,
//   `statement_example_2`, …, as many as the longest list: a cell holds one example
//   exactly (paragraphs and all), so no separator has to be escaped out of any text, and a
//   person adds an example by filling the next column. (One cell with a separator would need
//   an escape for text that holds the separator; repeated rows would tie an example to the
//   row above it, which sorting a sheet breaks.)
// - A level's fields that have one value per label (its description, its details, its
//   equivalences) are `field`/`value` rows that name their level in `level_key` (and track):
//   `level.description`, `level.detail.<label>`, `level.equivalentTo.<track>` (value: the
//   level key). Labels and track keys are everything after the prefix, exactly, as a
//   source's name is; any number of them fit without new columns.
// - Tracks: `track_key` and `track_label` on every row of a track's levels (as `level_key`
//   and `level_label`); a track's description and cumulative flag are `track.description`
//   and `track.cumulative` rows. A file that names a track anywhere has tracks, and then
//   every level row must name its track.
// - Areas: `area.<key>` rows (value: the label) and `areaDescription.<key>` rows, in order.
// - Statements expected at every level are rows whose `field` is `allLevels` with the
//   statement in its usual cells: the framework's without a track, a track's own with it (a
//   track whose own list is empty has one such row without a statement).
// - `language` and `cumulative` (the framework's) are framework-level fields.

/** The columns 1.1 adds, after {@link CSV_COLUMNS}, in the order `toCsv` writes them (then the example columns). */
export const CSV_1_1_COLUMNS = [
  "track_key",
  "track_label",
  "statement_id",
  "statement_area",
  "statement_proficiency",
  "statement_notes",
] as const;

/** A column of {@link CSV_1_1_COLUMNS}. */
export type Csv11Column = (typeof CSV_1_1_COLUMNS)[number];

/** The columns of a statement's examples: `statement_example_1`, `statement_example_2`, … (the number orders them). */
export const EXAMPLE_COLUMN_PREFIX = "statement_example_";

/** `field` names of 1.1 scoped by the row's track or level, and the marker of an every-level statement. */
export const SCOPED_FIELDS = {
  allLevels: "allLevels",
  trackDescription: "track.description",
  trackCumulative: "track.cumulative",
  levelDescription: "level.description",
} as const;

/** Prefixes of 1.1 `field` names that carry a key or label after them, exactly. */
export const FIELD_PREFIXES = {
  area: "area.",
  areaDescription: "areaDescription.",
  detail: "level.detail.",
  equivalentTo: "level.equivalentTo.",
} as const;
