import { CSV_FIELDS, type CsvField, FIELD_PREFIXES, SCOPED_FIELDS, SOURCE_FIELD_PREFIX } from "./columns";

/** What a `field` cell names, and what it applies to: the framework, an area, the row's track or level. */
export type FieldName =
  | { readonly scope: "framework"; readonly field: CsvField }
  | { readonly scope: "source"; readonly name: string }
  | { readonly scope: "area"; readonly key: string; readonly part: "label" | "description" }
  | { readonly scope: "track"; readonly part: "description" | "cumulative" }
  | { readonly scope: "level"; readonly part: "description" }
  | { readonly scope: "level"; readonly part: "detail"; readonly label: string }
  | { readonly scope: "level"; readonly part: "equivalentTo"; readonly track: string }
  | { readonly scope: "allLevels" };

/** Framework-level field names by their lower-case form, for matching without regard to case. */
const FIELDS_BY_NAME = new Map<string, CsvField>(CSV_FIELDS.map((field) => [field.toLowerCase(), field]));

const SCOPED_BY_NAME = new Map<string, FieldName>([
  [SCOPED_FIELDS.allLevels.toLowerCase(), { scope: "allLevels" }],
  [SCOPED_FIELDS.trackDescription.toLowerCase(), { scope: "track", part: "description" }],
  [SCOPED_FIELDS.trackCumulative.toLowerCase(), { scope: "track", part: "cumulative" }],
  [SCOPED_FIELDS.levelDescription.toLowerCase(), { scope: "level", part: "description" }],
]);

/**
 * The field a `field` cell names: names are matched without regard to case or the spaces
 * around them; what follows a prefix (`source.`, `area.`, `level.detail.`…) is a key or a
 * label, taken exactly (it may hold any text). Undefined for a name Rungs does not read.
 */
export function fieldName(cell: string): FieldName | undefined {
  const field = cell.trimStart();
  const lower = field.toLowerCase();
  const after = (prefix: string): string | undefined =>
    lower.startsWith(prefix.toLowerCase()) ? field.slice(prefix.length) : undefined;
  const source = after(SOURCE_FIELD_PREFIX);
  if (source !== undefined) return { scope: "source", name: source };
  const name = lower.trim();
  const known = FIELDS_BY_NAME.get(name);
  if (known !== undefined) return { scope: "framework", field: known };
  const scoped = SCOPED_BY_NAME.get(name);
  if (scoped !== undefined) return scoped;
  const area = after(FIELD_PREFIXES.area);
  if (area !== undefined) return { scope: "area", key: area, part: "label" };
  const areaDescription = after(FIELD_PREFIXES.areaDescription);
  if (areaDescription !== undefined) return { scope: "area", key: areaDescription, part: "description" };
  const detail = after(FIELD_PREFIXES.detail);
  if (detail !== undefined) return { scope: "level", part: "detail", label: detail };
  const track = after(FIELD_PREFIXES.equivalentTo);
  if (track !== undefined) return { scope: "level", part: "equivalentTo", track };
  return undefined;
}

/** Every name a `field` cell may hold, for a message. */
export const FIELD_NAMES_LISTED = [
  ...CSV_FIELDS,
  ...Object.values(SCOPED_FIELDS),
  `${SOURCE_FIELD_PREFIX}<name>`,
  `${FIELD_PREFIXES.area}<key>`,
  `${FIELD_PREFIXES.areaDescription}<key>`,
  `${FIELD_PREFIXES.detail}<label>`,
  `${FIELD_PREFIXES.equivalentTo}<track>`,
].join(", ");
