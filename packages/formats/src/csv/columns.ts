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
  "attribution",
] as const;

/** A field of {@link CSV_FIELDS}. */
export type CsvField = (typeof CSV_FIELDS)[number];

/** The prefix of a `field` cell that names a source: `source.O*NET`. */
export const SOURCE_FIELD_PREFIX = "source.";
