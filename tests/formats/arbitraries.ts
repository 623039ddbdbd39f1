import { parseFramework, toWellFormed } from "@rungs/core";
import fc from "fast-check";
import type { FrameworkJson, LevelJson, StatementJson } from "../../packages/formats/src/shared/framework-json";
import { HOSTILE_TEXTS } from "../ssr/hostile";

/**
 * Framework INPUT objects (Rungs' own JSON, what `parseFramework` reads) for round-trip
 * properties of every format: `fromX(toX(parseFramework(json).framework))` must equal the
 * parsed framework. Every generated object parses (`ok: true`) under the default limits;
 * it may carry warnings (empty statements, numeric or empty level keys, missing labels…),
 * because the exporters must keep exactly what the parse kept, warnings or not.
 */

/**
 * Text that breaks spreadsheets, CSV parsers, Markdown, HTML and JSON-in-script: formulas
 * (and the apostrophe that neutralises them), quotes, delimiters, line breaks of every kind,
 * separators that split a statement, apostrophes before formulas.
 */
const TRICKY_TEXTS: readonly string[] = [
  "=1+1",
  '=HYPERLINK("http://evil.example","click")',
  "+1",
  "-1",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "'",
  "'=1",
  "''=1",
  "'plain",
  "''",
  '"',
  '""',
  '"quoted"',
  ",",
  ";",
  "a,b;c",
  "\n",
  "\r\n",
  "line one\nline two",
  "line one\r\nline two",
  "  padded  ",
  "a  b",
  "Subject — description",
  "Subject —  description",
  "Subject—description",
  " — description only",
  "Subject — ",
  "A — b — c",
  "A – b",
  "A - b",
  "A: b",
  "# heading",
  "* list",
  "1. list",
  "| a | b |",
  "[link](javascript:alert(1))",
  "**bold**",
  "`code`",
  "\\",
  "</script><script>alert(1)</script>",
  "<!--",
  "\u2028",
  "\u2029",
  "https://www.onetcenter.org/",
  "http://example.com/a,b;c",
];

/** Any UTF-16 code unit, lone surrogates included (`fc.string` makes only well-formed text). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Short text, often hostile; never over core's limits (10,000 characters, 2,000 for a statement). */
export const formatText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS, ...TRICKY_TEXTS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_TEXTS, ...TRICKY_TEXTS), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join("")),
  },
);

/** A statement: mostly `Subject — description`, sometimes anything (blank ones are dropped by the parse). */
const statementText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(formatText, formatText).map(([subject, rest]) => `${subject} — ${rest}`) },
  { weight: 1, arbitrary: fc.constantFrom("Designs — circuits", "Tests — prototypes, under supervision") },
  { weight: 2, arbitrary: formatText },
);

/** Level keys that have confused code before: empty, numeric (reordered by JavaScript), inherited names, hostile. */
const levelKey: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("emerging", "proficient", "advanced", "level-1", "L2", "1", "10", "", " ", "a b"),
  },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "-1", "=x", "'=x", " k ") },
  { weight: 2, arbitrary: formatText },
);

const MISSING = Symbol("missing");

/** An optional field: the value, or nothing. */
function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | typeof MISSING> {
  return fc.oneof(value, fc.constant(MISSING));
}

/** An object from its fields, leaving out the missing ones. */
function present<T extends object>(fields: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== MISSING)) as T;
}

/** An object keyed in this order, `__proto__` as an own key (as `JSON.parse` makes it). */
function ownObject<T>(entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const object: Record<string, T> = {};
  for (const [name, value] of entries) {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const occupation = fc
  .record({
    title: optional(formatText),
    soc: optional(fc.oneof(fc.constantFrom("17-3024.00", "15-1252.00", "11-1011"), formatText)),
    group: optional(formatText),
    sector: optional(formatText),
    jobZone: optional(fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>),
    jobZoneInferred: optional(fc.boolean()),
  })
  // `title` is required by the type; a file without one parses with a warning and title "".
  .map((fields) => present<FrameworkJson["occupation"]>(fields));

const level = fc.record({
  label: fc.oneof({ weight: 4, arbitrary: formatText }, { weight: 1, arbitrary: fc.constant("") }),
  statements: fc.array(statementText, { maxLength: 5 }),
});

/**
 * Keys are unique as a framework reads them: with lone surrogates replaced by U+FFFD, as core
 * does, so `"\ud800"` and `"\udfff"` are one key (core refuses two levels keyed so — issue
 * 18 found the arbitrary making such pairs, at seed 724174811).
 */
const levels = fc
  .uniqueArray(fc.tuple(levelKey, level), { minLength: 1, maxLength: 5, selector: ([key]) => toWellFormed(key) })
  .map((entries) => ownObject(entries));

const sources = fc
  .uniqueArray(
    fc.tuple(
      fc.oneof(fc.constantFrom("O*NET", "onet", "source.x", "", "__proto__"), formatText),
      fc.oneof(fc.constantFrom("https://www.onetcenter.org/", "javascript:alert(1)"), formatText),
    ),
    // Unique as read (see `levels`): two names that differ only in lone surrogates would be one.
    { maxLength: 4, selector: ([name]) => toWellFormed(name) },
  )
  .map((entries) => ownObject(entries));

/**
 * A framework in Rungs' JSON format that `parseFramework` accepts: varied and hostile level
 * keys (empty, numeric, `__proto__`), labels (sometimes empty), statement texts (hostile,
 * formula-like, quotes, line breaks, irregular spacing, several separators), every optional
 * field present or absent.
 */
export const frameworkJsonArbitrary: fc.Arbitrary<FrameworkJson> = fc
  .record({
    schemaVersion: fc.constantFrom("1.0", "1.0", "1.1"),
    exportedAt: optional(fc.oneof(fc.constant("2026-11-27T21:31:07Z"), formatText)),
    occupation,
    version: optional(formatText),
    description: optional(formatText),
    contextCovered: optional(formatText),
    levels,
    sources,
    attribution: optional(formatText),
  })
  .map(
    ({ schemaVersion, exportedAt, occupation, version, description, contextCovered, levels, sources, attribution }) =>
      present<FrameworkJson>({
        schemaVersion,
        exportedAt,
        occupation,
        framework: present<FrameworkJson["framework"]>({ version, description, contextCovered, levels }),
        sources,
        attribution,
      }),
  );

// Format 1.1 (issue 20): every new field, hostile text in each, paragraphs, prototype keys.

/** Text of a 1.1 field: any format text, or paragraphs (a blank line is kept as a break). */
const paragraphs: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: formatText },
  { weight: 1, arbitrary: fc.tuple(formatText, formatText).map(([first, second]) => `${first}\n\n${second}`) },
  { weight: 1, arbitrary: fc.constantFrom("Leads — a team.\n\nAnd its hiring.", "A\r\n\r\nB", " x \n \n y ") },
);

/** Keys of areas, tracks, levels and details: words, prototype names, hostile text. */
const key11: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("delivery", "people", "ic", "manager", "default", "all", "1", "L2") },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "", " k ") },
  { weight: 1, arbitrary: formatText },
);

/** Keys unique as core reads them (lone surrogates replaced), in order. */
const uniqueKeys = (options: { minLength?: number; maxLength: number }) =>
  fc.uniqueArray(key11, { ...options, selector: (key) => toWellFormed(key) });

/** A 1.1 statement before its area and id are chosen: `area` picks one of the framework's areas. */
const statement11 = fc.oneof(
  { weight: 2, arbitrary: statementText },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        text: fc.oneof(statementText, paragraphs),
        authorId: fc.boolean(),
        area: fc.nat(4),
        proficiency: formatText,
        examples: fc.array(paragraphs, { maxLength: 3 }),
        notes: paragraphs,
      },
      { requiredKeys: ["text"] },
    ),
  },
);
type Statement11 =
  | string
  | { text: string; authorId?: boolean; area?: number; proficiency?: string; examples?: string[]; notes?: string };

interface Level11 {
  label: string;
  description?: string;
  details?: (readonly [string, string])[];
  statements: Statement11[];
}

const level11: fc.Arbitrary<Level11> = fc.record(
  {
    label: fc.oneof({ weight: 4, arbitrary: formatText }, { weight: 1, arbitrary: fc.constant("") }),
    description: paragraphs,
    details: uniqueKeys({ maxLength: 3 }).chain((keys) =>
      fc.tuple(...keys.map((key) => paragraphs.map((text) => [key, text] as const))),
    ),
    statements: fc.array(statement11, { maxLength: 4 }),
  },
  { requiredKeys: ["label", "statements"] },
);

const levels11 = fc
  .tuple(uniqueKeys({ minLength: 1, maxLength: 4 }), fc.array(level11, { minLength: 4, maxLength: 4 }))
  .map(([keys, shapes]) => keys.map((key, index) => [key, shapes[index] as Level11] as const));

const track11 = fc.record(
  {
    label: fc.oneof({ weight: 4, arbitrary: formatText }, { weight: 1, arbitrary: fc.constant("") }),
    description: paragraphs,
    levels: levels11,
    allLevels: fc.array(statement11, { maxLength: 3 }),
    cumulative: fc.boolean(),
    equivalent: fc.boolean(),
  },
  { requiredKeys: ["label", "levels"] },
);

/**
 * A format 1.1 framework that `parseFramework` accepts: areas (sometimes none), a ladder of
 * `levels` or of `tracks` (with equivalences to the first track), statements as strings and
 * as objects with an author's id, area, proficiency, examples and notes, level
 * descriptions and details, every-level statements of the framework and of a track,
 * `cumulative`, `language`; keys such as `__proto__`, hostile text and paragraphs in every
 * text field. Author ids are `id_<n>`, which no level or made id can be (made ids have no `_`).
 */
export const framework11JsonArbitrary: fc.Arbitrary<FrameworkJson> = fc
  .record({
    base: frameworkJsonArbitrary,
    language: fc.option(fc.constantFrom("de", "pt-BR", "en-GB", "zh-Hant-TW"), { nil: undefined }),
    areas: uniqueKeys({ maxLength: 4 }).chain((keys) =>
      fc.tuple(
        ...keys.map((key) =>
          fc
            .record({ label: formatText, description: paragraphs }, { requiredKeys: ["label"] })
            .map((area) => [key, area] as const),
        ),
      ),
    ),
    useTracks: fc.boolean(),
    tracks: uniqueKeys({ minLength: 1, maxLength: 3 }).chain((keys) =>
      fc.tuple(...keys.map((key) => track11.map((track) => [key, track] as const))),
    ),
    allLevels: fc.option(fc.array(statement11, { maxLength: 3 }), { nil: undefined }),
    cumulative: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ base, language, areas, useTracks, tracks, allLevels, cumulative }) => {
    const areaKeys = areas.map(([key]) => key);
    let nextId = 0;
    const statementOf = (statement: Statement11): string | StatementJson => {
      if (typeof statement === "string") return statement;
      const { authorId, area, ...rest } = statement;
      const areaKey = area === undefined ? undefined : areaKeys[area % Math.max(areaKeys.length, 1)];
      return {
        ...rest,
        ...(authorId && { id: `id_${nextId++}` }),
        ...(areaKey !== undefined && { area: areaKey }),
      };
    };
    const [firstTrack] = tracks;
    const firstLevelKey = firstTrack?.[1].levels[0]?.[0];
    const levelsOf = (levels: (readonly [string, Level11])[], equivalent: boolean): Record<string, LevelJson> =>
      ownObject(
        levels.map(([key, { label, description, details, statements }]) => [
          key,
          {
            label,
            ...(description !== undefined && { description }),
            ...(details !== undefined && { details: ownObject(details) }),
            ...(equivalent &&
              firstTrack &&
              firstLevelKey !== undefined && { equivalentTo: ownObject([[firstTrack[0], firstLevelKey]]) }),
            statements: statements.map(statementOf),
          },
        ]),
      );
    const ladder = useTracks
      ? {
          tracks: ownObject(
            tracks.map(([key, track], index) => [
              key,
              {
                label: track.label,
                ...(track.description !== undefined && { description: track.description }),
                levels: levelsOf(track.levels, index > 0 && track.equivalent === true),
                ...(track.allLevels !== undefined && { allLevels: track.allLevels.map(statementOf) }),
                ...(track.cumulative !== undefined && { cumulative: track.cumulative }),
              },
            ]),
          ),
        }
      : { levels: levelsOf(firstTrack?.[1].levels ?? [], false) };
    const { levels: _levels, ...meta } = base.framework;
    return {
      ...base,
      schemaVersion: "1.1",
      ...(language !== undefined && { language }),
      framework: {
        ...meta,
        ...(areas.length > 0 && { areas: ownObject(areas) }),
        ...(allLevels !== undefined && { allLevels: allLevels.map(statementOf) }),
        ...(cumulative !== undefined && { cumulative }),
        ...ladder,
      },
    } satisfies FrameworkJson;
  })
  // A few generated files are refused (an example or a note that is blank, say): the
  // properties are about files that parse.
  .filter((json) => parseFramework(json).ok);
