import { DEFAULT_LIMITS } from "./limits";

/**
 * The framework file format, described once: each object's fields, the version that
 * added each, a sentence on what it holds, and its JSON Schema. The reader takes its key
 * lists from here ({@link fieldNames}) and `schema.json` is generated from it
 * ({@link formatSchema}; `node packages/core/scripts/write-schema.mjs` after a build), so
 * the two cannot drift apart (a test compares the committed file with the generated one).
 */

/** A JSON Schema fragment (2020-12). */
export type SchemaFragment = { readonly [keyword: string]: unknown };

export interface FieldSpec {
  readonly name: string;
  /** The minor of format 1 that added the field: 0 (1.0) or 1 (1.1). */
  readonly since: 0 | 1;
  /** One sentence: what the field holds. */
  readonly description: string;
  readonly required?: boolean;
  /** The value's JSON Schema, the description aside. */
  readonly schema: SchemaFragment;
}

export type ObjectName = "root" | "occupation" | "framework" | "level" | "track" | "area" | "statement";

const text = (maxLength = DEFAULT_LIMITS.maxTextLength): SchemaFragment => ({ type: "string", maxLength });
const keyNames: SchemaFragment = { propertyNames: { maxLength: DEFAULT_LIMITS.maxTextLength } };
const ref = (name: string): SchemaFragment => ({ $ref: `#/$defs/${name}` });

/** A statement: "Subject — description" text, or (1.1) an object with the text and more. */
const STATEMENTS: SchemaFragment = {
  type: "array",
  items: { anyOf: [text(DEFAULT_LIMITS.maxStatementLength), ref("statement")] },
  maxItems: DEFAULT_LIMITS.maxStatementsPerLevel,
};

const LEVELS: SchemaFragment = {
  type: "object",
  minProperties: 1,
  additionalProperties: ref("level"),
  maxProperties: DEFAULT_LIMITS.maxLevels,
  ...keyNames,
};

export const FORMAT: Readonly<Record<ObjectName, readonly FieldSpec[]>> = {
  root: [
    {
      name: "schemaVersion",
      since: 0,
      required: true,
      description: "Format version; Rungs reads major version 1.",
      schema: { type: "string", pattern: "^1\\.[0-9]+$" },
    },
    { name: "exportedAt", since: 0, description: "When the framework was exported (ISO 8601).", schema: text() },
    { name: "occupation", since: 0, description: "The occupation the framework is for.", schema: ref("occupation") },
    {
      name: "framework",
      since: 0,
      required: true,
      description: "The levels (or tracks) and what they expect.",
      schema: ref("framework"),
    },
    {
      name: "sources",
      since: 0,
      description: "Where the framework comes from: name → text or http(s) URL.",
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxSources,
        ...keyNames,
      },
    },
    {
      name: "attribution",
      since: 0,
      description: "Attribution line the licence requires to be shown.",
      schema: text(),
    },
    {
      name: "language",
      since: 1,
      description: 'The framework\'s language as a BCP 47 tag ("de", "pt-BR"); views set lang with it.',
      schema: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" },
    },
  ],
  occupation: [
    { name: "soc", since: 0, description: "O*NET-SOC or SOC code, e.g. 17-3024.00.", schema: text() },
    { name: "title", since: 0, description: "Occupation title; shown as the caption.", schema: text() },
    { name: "group", since: 0, description: "The occupation's group.", schema: text() },
    { name: "sector", since: 0, description: "The occupation's sector.", schema: text() },
    { name: "jobZone", since: 0, description: "O*NET job zone.", schema: { type: "integer", minimum: 1, maximum: 5 } },
    {
      name: "jobZoneInferred",
      since: 0,
      description: "Whether the job zone was inferred.",
      schema: { type: "boolean" },
    },
  ],
  framework: [
    { name: "version", since: 0, description: "The framework's own version.", schema: text() },
    { name: "description", since: 0, description: "What the framework is.", schema: text() },
    { name: "contextCovered", since: 0, description: "What the framework covers.", schema: text() },
    {
      name: "levels",
      since: 0,
      description: "The levels; the order of the keys is the ladder's order, lowest first. Not with tracks.",
      schema: LEVELS,
    },
    {
      name: "areas",
      since: 1,
      description: "Competency areas, in order: key → label and description; statements name them by key.",
      schema: {
        type: "object",
        additionalProperties: ref("area"),
        maxProperties: DEFAULT_LIMITS.maxAreas,
        ...keyNames,
      },
    },
    {
      name: "allLevels",
      since: 1,
      description: "Statements expected at every level (of every track without its own).",
      schema: STATEMENTS,
    },
    {
      name: "cumulative",
      since: 1,
      description: "True when each level also expects everything the levels below it expect.",
      schema: { type: "boolean" },
    },
    {
      name: "tracks",
      since: 1,
      description: "Several ladders (IC and manager), in order: key → track. Instead of levels.",
      schema: {
        type: "object",
        minProperties: 1,
        additionalProperties: ref("track"),
        maxProperties: DEFAULT_LIMITS.maxTracks,
        ...keyNames,
      },
    },
  ],
  level: [
    { name: "label", since: 0, description: "The level's name as shown.", schema: text() },
    {
      name: "statements",
      since: 0,
      required: true,
      description: 'Statements in the author\'s order, each "Subject — description" (1.1: or an object).',
      schema: STATEMENTS,
    },
    { name: "description", since: 1, description: "What the level is; blank lines keep paragraphs.", schema: text() },
    {
      name: "details",
      since: 1,
      description: 'Labelled details in order: label → text ("Years of experience": "0–2").',
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxDetailsPerLevel,
        ...keyNames,
      },
    },
    {
      name: "equivalentTo",
      since: 1,
      description: "Levels of other tracks this one matches: track key → level key.",
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxTracks,
        ...keyNames,
      },
    },
  ],
  track: [
    { name: "label", since: 1, description: "The track's name as shown.", schema: text() },
    { name: "description", since: 1, description: "What the track is.", schema: text() },
    {
      name: "levels",
      since: 1,
      required: true,
      description: "The track's levels, lowest first, as framework.levels.",
      schema: LEVELS,
    },
    {
      name: "allLevels",
      since: 1,
      description: "Statements expected at every level of this track (instead of the framework's).",
      schema: STATEMENTS,
    },
    {
      name: "cumulative",
      since: 1,
      description: "This track's cumulative (instead of the framework's).",
      schema: { type: "boolean" },
    },
  ],
  area: [
    { name: "label", since: 1, description: "The area's name as shown.", schema: text() },
    { name: "description", since: 1, description: "What the area covers.", schema: text() },
  ],
  statement: [
    {
      name: "text",
      since: 1,
      required: true,
      description: '"Subject — description", as a string statement.',
      schema: text(DEFAULT_LIMITS.maxStatementLength),
    },
    {
      name: "id",
      since: 1,
      description: "A stable id for links and assessment codes: letters, digits, - and _.",
      schema: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$", maxLength: DEFAULT_LIMITS.maxTextLength },
    },
    { name: "area", since: 1, description: "The key of the framework's area it belongs to.", schema: text() },
    { name: "proficiency", since: 1, description: 'How well: "Adopts", "level 2 of 5".', schema: text() },
    {
      name: "examples",
      since: 1,
      description: "Examples of the statement; never expectations themselves.",
      schema: {
        type: "array",
        items: text(DEFAULT_LIMITS.maxStatementLength),
        maxItems: DEFAULT_LIMITS.maxExamplesPerStatement,
      },
    },
    { name: "notes", since: 1, description: "A note; never an expectation itself.", schema: text() },
  ],
};

/** Each object's field names in 1.0 and in 1.1, made once: the reader asks for them per level. */
const NAMES = Object.fromEntries(
  Object.entries(FORMAT).map(([object, fields]) => [
    object,
    [0, 1].map((minor) => Object.freeze(fields.filter((field) => field.since <= minor).map((field) => field.name))),
  ]),
) as unknown as Record<ObjectName, readonly (readonly string[])[]>;

/** The names of an object's fields in a file of format 1.`minor` (minors above 1 read as 1.1). */
export function fieldNames(object: ObjectName, minor: number): readonly string[] {
  return NAMES[object][minor >= 1 ? 1 : 0] as readonly string[];
}

/** An object's JSON Schema: its fields with their descriptions; unknown keys are allowed (a warning). */
function objectSchema(object: ObjectName, description?: string): SchemaFragment {
  const fields = FORMAT[object];
  const required = fields.filter((field) => field.required).map((field) => field.name);
  return {
    ...(description !== undefined && { description }),
    type: "object",
    ...(required.length > 0 && { required }),
    properties: Object.fromEntries(
      fields.map((field) => [field.name, { description: field.description, ...field.schema }]),
    ),
  };
}

/** The JSON Schema of format 1.1, as `@rungs/core/schema.json` ships it. */
export function formatSchema(): SchemaFragment {
  const root = objectSchema(
    "root",
    "A competency framework (career ladder), schemaVersion 1.x (1.1 adds areas, tracks, every-level statements, statement objects, level descriptions and details, language). Generated from packages/core/src/parse/format-spec.ts. Keys Rungs does not know are allowed and ignored with a warning. Size limits (maxLength, maxItems, maxProperties) are Rungs' defaults (DEFAULT_LIMITS), which an option raises; the total of statements (5000) and the length of the JSON text (5,000,000 characters) cannot be said here. framework has levels or tracks, not both.",
  );
  const properties = root.properties as Record<string, SchemaFragment>;
  // Occupation and framework are written out where they are, as schema.json always had them.
  const inline = (name: "occupation" | "framework", schema: SchemaFragment) => ({
    description: properties[name]?.description,
    ...schema,
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://rungs.dev/schema/framework-1.json",
    title: "Rungs competency framework",
    ...root,
    properties: {
      ...properties,
      occupation: inline("occupation", objectSchema("occupation")),
      framework: inline("framework", {
        ...objectSchema("framework"),
        // Exactly one of the two: both, or neither, is refused.
        oneOf: [
          { properties: { levels: true }, required: ["levels"] },
          { properties: { tracks: true }, required: ["tracks"] },
        ],
      }),
    },
    // A 1.0 file is read as 1.0 always was: statements are strings, and levels are required
    // (1.1's fields in it are unknown keys, ignored with a warning).
    if: { properties: { schemaVersion: { const: "1.0" } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword, never awaited.
    then: {
      properties: {
        framework: {
          type: "object",
          properties: {
            levels: {
              type: "object",
              additionalProperties: {
                type: "object",
                properties: { statements: { type: "array", items: { type: "string" } } },
              },
            },
          },
          required: ["levels"],
        },
      },
    },
    $defs: {
      level: objectSchema("level"),
      track: objectSchema("track"),
      area: objectSchema("area"),
      statement: objectSchema("statement"),
    },
  };
}
