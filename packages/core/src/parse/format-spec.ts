import { FIELDS, type FieldName, type ObjectName } from "./format-fields";
import { DEFAULT_LIMITS } from "./limits";

/**
 * The framework file format, described once: each object's fields (named, with the version
 * that added them, in format-fields.ts, which the reader takes its key lists from), a
 * sentence on what each holds, and its JSON Schema. `schema.json` is generated from it
 * ({@link formatSchema}; `node packages/core/scripts/write-schema.mjs` after a build), so
 * the reader and the schema cannot drift apart: the type {@link FormatSpec} wants exactly
 * the fields the reader knows, and a test compares the committed file with the generated
 * one. The sentences live apart from the names so that a parse does not carry them.
 */

/** A JSON Schema fragment (2020-12). */
export type SchemaFragment = { readonly [keyword: string]: unknown };

export interface FieldSpec {
  /** One sentence: what the field holds. */
  readonly description: string;
  readonly required?: boolean;
  /** The value's JSON Schema, the description aside. */
  readonly schema: SchemaFragment;
}

/**
 * Every object's fields, each with its sentence and schema: exactly the fields of
 * format-fields.ts (the type refuses one missing or one more).
 */
export type FormatSpec = { readonly [O in ObjectName]: { readonly [F in FieldName<O>]: FieldSpec } };

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

export const FORMAT: FormatSpec = {
  root: {
    schemaVersion: {
      required: true,
      description: "Format version; Rungs reads major version 1.",
      schema: { type: "string", pattern: "^1\\.[0-9]+$" },
    },
    exportedAt: { description: "When the framework was exported (ISO 8601).", schema: text() },
    occupation: { description: "The occupation the framework is for.", schema: ref("occupation") },
    framework: {
      required: true,
      description: "The levels (or tracks) and what they expect.",
      schema: ref("framework"),
    },
    sources: {
      description: "Where the framework comes from: name → text or http(s) URL.",
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxSources,
        ...keyNames,
      },
    },
    attribution: { description: "Attribution line the licence requires to be shown.", schema: text() },
    language: {
      description: 'The framework\'s language as a BCP 47 tag ("de", "pt-BR"); views set lang with it.',
      schema: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" },
    },
  },
  occupation: {
    soc: { description: "O*NET-SOC or SOC code, e.g. 17-3024.00.", schema: text() },
    title: { description: "Occupation title; shown as the caption.", schema: text() },
    group: { description: "The occupation's group.", schema: text() },
    sector: { description: "The occupation's sector.", schema: text() },
    jobZone: { description: "O*NET job zone.", schema: { type: "integer", minimum: 1, maximum: 5 } },
    jobZoneInferred: { description: "Whether the job zone was inferred.", schema: { type: "boolean" } },
  },
  framework: {
    version: { description: "The framework's own version.", schema: text() },
    description: { description: "What the framework is.", schema: text() },
    contextCovered: { description: "What the framework covers.", schema: text() },
    levels: {
      description: "The levels; the order of the keys is the ladder's order, lowest first. Not with tracks.",
      schema: LEVELS,
    },
    areas: {
      description: "Competency areas, in order: key → label and description; statements name them by key.",
      schema: {
        type: "object",
        additionalProperties: ref("area"),
        maxProperties: DEFAULT_LIMITS.maxAreas,
        ...keyNames,
      },
    },
    allLevels: {
      description: "Statements expected at every level (of every track without its own).",
      schema: STATEMENTS,
    },
    cumulative: {
      description: "True when each level also expects everything the levels below it expect.",
      schema: { type: "boolean" },
    },
    tracks: {
      description: "Several ladders (IC and manager), in order: key → track. Instead of levels.",
      schema: {
        type: "object",
        minProperties: 1,
        additionalProperties: ref("track"),
        maxProperties: DEFAULT_LIMITS.maxTracks,
        ...keyNames,
      },
    },
  },
  level: {
    label: { description: "The level's name as shown.", schema: text() },
    statements: {
      required: true,
      description: 'Statements in the author\'s order, each "Subject — description" (1.1: or an object).',
      schema: STATEMENTS,
    },
    description: { description: "What the level is; blank lines keep paragraphs.", schema: text() },
    details: {
      description: 'Labelled details in order: label → text ("Years of experience": "0–2").',
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxDetailsPerLevel,
        ...keyNames,
      },
    },
    equivalentTo: {
      description: "Levels of other tracks this one matches: track key → level key.",
      schema: {
        type: "object",
        additionalProperties: text(),
        maxProperties: DEFAULT_LIMITS.maxTracks,
        ...keyNames,
      },
    },
  },
  track: {
    label: { description: "The track's name as shown.", schema: text() },
    description: { description: "What the track is.", schema: text() },
    levels: { required: true, description: "The track's levels, lowest first, as framework.levels.", schema: LEVELS },
    allLevels: {
      description: "Statements expected at every level of this track (instead of the framework's).",
      schema: STATEMENTS,
    },
    cumulative: { description: "This track's cumulative (instead of the framework's).", schema: { type: "boolean" } },
  },
  area: {
    label: { description: "The area's name as shown.", schema: text() },
    description: { description: "What the area covers.", schema: text() },
  },
  statement: {
    text: {
      required: true,
      description: '"Subject — description", as a string statement.',
      schema: text(DEFAULT_LIMITS.maxStatementLength),
    },
    id: {
      description: "A stable id for links and assessment codes: letters, digits, - and _.",
      schema: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$", maxLength: DEFAULT_LIMITS.maxTextLength },
    },
    area: { description: "The key of the framework's area it belongs to.", schema: text() },
    proficiency: { description: 'How well: "Adopts", "level 2 of 5".', schema: text() },
    examples: {
      description: "Examples of the statement; never expectations themselves.",
      schema: {
        type: "array",
        items: text(DEFAULT_LIMITS.maxStatementLength),
        maxItems: DEFAULT_LIMITS.maxExamplesPerStatement,
      },
    },
    notes: { description: "A note; never an expectation itself.", schema: text() },
  },
};

/** An object's JSON Schema: its fields with their descriptions; unknown keys are allowed (a warning). */
function objectSchema(object: ObjectName, description?: string): SchemaFragment {
  const fields = Object.keys(FIELDS[object]).map(
    (name) => [name, (FORMAT[object] as Record<string, FieldSpec>)[name] as FieldSpec] as const,
  );
  const required = fields.filter(([, field]) => field.required).map(([name]) => name);
  return {
    ...(description !== undefined && { description }),
    type: "object",
    ...(required.length > 0 && { required }),
    properties: Object.fromEntries(
      fields.map(([name, field]) => [name, { description: field.description, ...field.schema }]),
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
