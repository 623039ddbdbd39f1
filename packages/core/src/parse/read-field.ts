import { describe } from "./describe";
import { type Location, nameOf } from "./location";
import type { Context } from "./read-context";
import { type ReadContext, readText } from "./read-text";
import { collapseParagraphs } from "./text";

/** Digits without a leading zero: an array index when also at most {@link MAX_ARRAY_INDEX}. */
const CANONICAL_INTEGER = /^(0|[1-9]\d{0,9})$/;
/** The largest array index (2³² − 2): keys up to it are ordered numerically, "4294967295" is not. */
const MAX_ARRAY_INDEX = 4_294_967_294;

/**
 * True for a key JavaScript puts first, in numeric order, in every object whatever the
 * order it was written in: an array index, `"0"` to `"4294967294"` without leading zeros.
 */
export function isArrayIndex(key: string): boolean {
  return CANONICAL_INTEGER.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

/**
 * A text field that may be absent; a value of another type is warned about and dropped.
 * The text is read with {@link readText} (its limit, well-formed).
 */
export function optionalText(value: unknown, at: Location, context: ReadContext): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return readText(value, at, context);
  context.reader.warn(at, "invalid-field", `${nameOf(at)} must be text; found ${describe(value)}. It is ignored.`);
  return undefined;
}

/**
 * (1.1) A text of paragraphs (a description, a note): as {@link optionalText}, its white
 * space collapsed but for blank lines, which stay paragraph breaks. Empty: left out.
 */
export function paragraphText(value: unknown, at: Location, context: Context): string | undefined {
  const text = optionalText(value, at, context);
  if (text === undefined) return undefined;
  return collapseParagraphs(text) || undefined;
}

/** (1.1) A flag that may be absent; a value of another type is warned about and dropped. */
export function optionalBoolean(value: unknown, at: Location, context: Context): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  context.reader.warn(
    at,
    "invalid-field",
    `${nameOf(at)} must be true or false; found ${describe(value)}. It is ignored.`,
  );
  return undefined;
}
