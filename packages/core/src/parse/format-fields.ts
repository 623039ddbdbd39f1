/**
 * The framework file format's fields: for each object, its fields in order with the minor
 * of format 1 that added each (0: 1.0, 1: 1.1). The reader takes its key lists from here
 * ({@link fieldNames}); format-spec.ts describes each field (a sentence, its JSON Schema)
 * under the same names, and generates schema.json from both.
 */
export const FIELDS = {
  root: { schemaVersion: 0, exportedAt: 0, occupation: 0, framework: 0, sources: 0, attribution: 0, language: 1 },
  occupation: { soc: 0, title: 0, group: 0, sector: 0, jobZone: 0, jobZoneInferred: 0 },
  framework: {
    version: 0,
    description: 0,
    contextCovered: 0,
    levels: 0,
    areas: 1,
    allLevels: 1,
    cumulative: 1,
    tracks: 1,
  },
  level: { label: 0, statements: 0, description: 1, details: 1, equivalentTo: 1 },
  track: { label: 1, description: 1, levels: 1, allLevels: 1, cumulative: 1 },
  area: { label: 1, description: 1 },
  statement: { text: 1, id: 1, area: 1, proficiency: 1, examples: 1, notes: 1 },
} as const;

export type ObjectName = keyof typeof FIELDS;
export type FieldName<O extends ObjectName> = keyof (typeof FIELDS)[O] & string;

/** Each object's field names in 1.0 and in 1.1, made once: the reader asks for them per level. */
const NAMES = Object.fromEntries(
  Object.entries(FIELDS).map(([object, fields]) => {
    const entries = Object.entries(fields as Record<string, number>);
    return [
      object,
      [0, 1].map((minor) => Object.freeze(entries.filter(([, since]) => since <= minor).map(([name]) => name))),
    ];
  }),
) as unknown as Record<ObjectName, readonly (readonly string[])[]>;

/** The names of an object's fields in a file of format 1.`minor` (minors above 1 read as 1.1). */
export function fieldNames(object: ObjectName, minor: number): readonly string[] {
  return NAMES[object][minor >= 1 ? 1 : 0] as readonly string[];
}
