/**
 * How big a framework Rungs accepts. Every view's cost grows with these numbers, so a
 * framework over any of them is refused with a `limit-exceeded` error (checked before the
 * work it would cost: the length of the JSON text before `JSON.parse`, an array's length
 * before its items) rather than left to stall a server or a page. Raise one for a
 * framework that needs it:
 *
 * ```ts
 * parseFramework(text, { limits: { maxStatementsPerLevel: 2000 } });
 * ```
 */
export interface FrameworkLimits {
  /** Characters (UTF-16 code units) of JSON text `parseFramework` reads; not applied to objects. */
  readonly maxInputLength: number;
  /** Levels in `framework.levels`. */
  readonly maxLevels: number;
  /** Items in one level's `statements` array (blank ones included). */
  readonly maxStatementsPerLevel: number;
  /** Items in all the levels' `statements` arrays together. */
  readonly maxStatements: number;
  /** Characters of one statement. */
  readonly maxStatementLength: number;
  /** Characters of every other text: titles, labels, level keys, source names and values, attribution… */
  readonly maxTextLength: number;
  /** Entries in `sources`. */
  readonly maxSources: number;
  /** (1.1) Areas in `framework.areas`. */
  readonly maxAreas: number;
  /** (1.1) Tracks in `framework.tracks` (and entries in a level's `equivalentTo`). */
  readonly maxTracks: number;
  /** (1.1) Items in one statement's `examples`. */
  readonly maxExamplesPerStatement: number;
  /** (1.1) Entries in one level's `details`. */
  readonly maxDetailsPerLevel: number;
}

/**
 * The limits used unless an option says otherwise. Each is many times what real frameworks
 * need — the 1.0 seeds have at most 8 levels, 42 statements in a level, 165 in all, a
 * 537-character statement, a 258-character text, 3 sources and 18 KB of JSON; a ladder
 * written in prose (seeds/danscratch-ladder) has a 1,117-character statement, over a third
 * of its limit — and small
 * enough that every view stays quick: the matrix shows at most 50 columns, a comparison
 * pairs at most 1,000 × 1,000 statements, a word diff compares at most 2,000 characters, a
 * search scans at most 5,000 statements of 2,000 characters. The 1.1 limits: real ladders
 * have up to a dozen areas, four tracks, a handful of examples and details.
 */
export const DEFAULT_LIMITS: FrameworkLimits = Object.freeze({
  maxInputLength: 5_000_000,
  maxLevels: 50,
  maxStatementsPerLevel: 1_000,
  maxStatements: 5_000,
  maxStatementLength: 2_000,
  maxTextLength: 10_000,
  maxSources: 100,
  maxAreas: 100,
  maxTracks: 20,
  maxExamplesPerStatement: 50,
  maxDetailsPerLevel: 50,
});

/** Options of `parseFramework`, `resolveFramework` and `assertFramework`. */
export interface ParseOptions {
  /** Limits to use instead of {@link DEFAULT_LIMITS}; those not given keep their default. */
  readonly limits?: Partial<FrameworkLimits>;
}

/**
 * The limits an option asks for, each falling back to its default when absent or not a
 * number ≥ 0 (`Infinity` turns a limit off). Never throws, whatever `options` is (null, a
 * number, getters that throw): importers in other packages take options from hosts too.
 */
export function limitsOf(options: unknown): FrameworkLimits {
  let given: unknown;
  try {
    given = (options as ParseOptions | null | undefined)?.limits;
  } catch {
    return DEFAULT_LIMITS;
  }
  if (typeof given !== "object" || given === null) return DEFAULT_LIMITS;
  const limits: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS)) {
    let value: unknown;
    try {
      value = (given as Record<string, unknown>)[name];
    } catch {
      continue;
    }
    if (typeof value === "number" && value >= 0) limits[name] = value;
  }
  return limits as unknown as FrameworkLimits;
}

/** Which limit a count or a length is measured against, as the sentence names it. */
const UNITS: Record<keyof FrameworkLimits, string> = {
  maxInputLength: "characters of JSON",
  maxLevels: "levels",
  maxStatementsPerLevel: "statements",
  maxStatements: "statements in all",
  maxStatementLength: "characters",
  maxTextLength: "characters",
  maxSources: "sources",
  maxAreas: "areas",
  maxTracks: "tracks",
  maxExamplesPerStatement: "examples",
  maxDetailsPerLevel: "details",
};

/**
 * The sentence of a `limit-exceeded` error: the field (its subject), what was found, the
 * limit and the option that raises it. `unit` replaces the limit's own where it would be
 * wrong (an importer's CSV text is not "characters of JSON").
 */
export function limitMessage(
  subject: string,
  limit: keyof FrameworkLimits,
  limits: FrameworkLimits,
  found: number,
  unit: string = UNITS[limit],
): string {
  return (
    `${subject} has ${count(found)} ${unit}; the limit is ${count(limits[limit])} (${limit}), ` +
    `which the option { limits: { ${limit}: … } } raises.`
  );
}

/** 12345 → "12,345", the same in every runtime (no dependence on the default locale). */
function count(value: number): string {
  return Number.isFinite(value) ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(value);
}
