import type { Framework, ParseResult } from "../model/types";
import { checkParsed, looksParsed } from "./check-parsed";
import { limitsOf, type ParseOptions } from "./limits";
import { parseFramework } from "./parse";
import { isTrusted } from "./trust";

// Re-exported where the public entry has always found it; the ladder imports it alone.
export { isFramework } from "./is-framework";

/** Anything a view accepts as a framework: a parsed one, or raw input (object or JSON text). */
export type FrameworkInput = Framework | string | Readonly<Record<string, unknown>>;

/**
 * What views call so that they take either a framework or raw input. Never throws.
 *
 * - A framework core built (returned by `parseFramework` or by this function, in this copy
 *   of `@rungs/core`) is used as it is.
 * - A value in the parsed shape (an object whose `levels` is an array — a framework that
 *   crossed React Server Component props, `structuredClone` or JSON) is checked in full,
 *   in one pass: every field and type, ranks and indexes, unique URL-safe ids, the limits,
 *   well-formed text. On success the result is a new, deeply frozen copy whose source
 *   links are recomputed by `linkTarget`; nothing in the value is trusted for its shape.
 * - Anything else goes through {@link parseFramework}.
 *
 * `options.limits` applies to the last two; a framework core built was checked when it was.
 */
export function resolveFramework(input: unknown, options?: ParseOptions): ParseResult {
  if (isTrusted(input)) return { ok: true, framework: input, warnings: NO_WARNINGS };
  if (looksParsed(input)) return checkParsed(input, limitsOf(options));
  return parseFramework(input, options);
}

const NO_WARNINGS = Object.freeze([]);
