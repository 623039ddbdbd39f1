import { DEFAULT_LIMITS, type FrameworkLimits, type ParseOptions } from "@rungs/core";

// `limitsOf` and `limitMessage` are core's (packages/core/src/parse/limits.ts), which
// @rungs/core does not export; these are the smallest copies, so an importer refuses with
// the limits and the sentence `parseFramework` would use. Drop them once core exports its own.

/**
 * The limits an option asks for, each falling back to its default when absent or not a
 * number ≥ 0. Never throws, whatever `options` is (null, a number, getters that throw).
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
    try {
      const value: unknown = (given as Record<string, unknown>)[name];
      if (typeof value === "number" && value >= 0) limits[name] = value;
    } catch {
      // A getter that throws: the default stays.
    }
  }
  return limits as unknown as FrameworkLimits;
}

/** What each limit counts, as core's sentence names it. */
const UNITS: Record<keyof FrameworkLimits, string> = {
  maxInputLength: "characters of JSON",
  maxLevels: "levels",
  maxStatementsPerLevel: "statements",
  maxStatements: "statements in all",
  maxStatementLength: "characters",
  maxTextLength: "characters",
  maxSources: "sources",
};

/**
 * Core's sentence of a `limit-exceeded` error: `<subject> has <found> <unit>; the limit is
 * <limit> (<name>), which the option { limits: { <name>: … } } raises.` `unit` replaces the
 * limit's own where it would be wrong (a CSV text is not "characters of JSON").
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
export function count(value: number): string {
  return Number.isFinite(value) ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(value);
}
