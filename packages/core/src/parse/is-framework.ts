import type { Framework } from "../model/types";
import { checkParsed, looksParsed } from "./check-parsed";
import { limitsOf, type ParseOptions } from "./limits";
import { isTrusted } from "./trust";

/**
 * True for a framework `parseFramework` or `resolveFramework` returned, and for a value
 * that passes the same full check `resolveFramework` makes of a parsed-looking object
 * (every field and type, the limits). Nothing is recognized by its shape alone. A value
 * that passes may still hold a source `url` Rungs would not make: to use it, pass it
 * through `resolveFramework`, which returns a checked, trusted copy.
 */
export function isFramework(value: unknown, options?: ParseOptions): value is Framework {
  // Its own module, without the parser: a client component that re-checks a framework
  // which crossed from the server needs only the check of the parsed shape.
  if (isTrusted(value)) return true;
  return looksParsed(value) && checkParsed(value, limitsOf(options)).ok;
}
