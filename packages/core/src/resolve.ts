import { parseFramework } from "./parse";
import type { Framework, ParseResult } from "./types";

/** Anything a view accepts as a framework: a parsed one, or raw input (object or JSON text). */
export type FrameworkInput = Framework | unknown;

/**
 * True for a value shaped like a parsed {@link Framework}. The check is structural, not a
 * brand, so a framework that crossed a serialization boundary (React Server Components
 * props, `structuredClone`, JSON) is still recognized.
 */
export function isFramework(value: unknown): value is Framework {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof Framework, unknown>>;
  return (
    typeof candidate.schemaVersion === "string" &&
    typeof candidate.occupation === "object" &&
    candidate.occupation !== null &&
    Array.isArray(candidate.sources) &&
    Array.isArray(candidate.levels) &&
    candidate.levels.every(
      (level) =>
        typeof level?.key === "string" &&
        typeof level.id === "string" &&
        typeof level.label === "string" &&
        typeof level.rank === "number" &&
        Array.isArray(level.statements) &&
        level.statements.every(
          (statement: unknown) =>
            typeof (statement as { id?: unknown })?.id === "string" &&
            typeof (statement as { description?: unknown }).description === "string",
        ),
    )
  );
}

/**
 * A parsed framework as it is, anything else through {@link parseFramework}: what views
 * call so that they take either. Never throws.
 */
export function resolveFramework(input: FrameworkInput): ParseResult {
  try {
    if (isFramework(input)) return { ok: true, framework: input, warnings: [] };
  } catch {
    // A hostile value (a throwing getter or Proxy) is not a framework; parse reports why.
  }
  return parseFramework(input);
}
