import type { ParseResult } from "../model/types";
import { type FrameworkLimits, limitMessage, limitsOf, type ParseOptions } from "./limits";
import { ROOT } from "./location";
import { normalize } from "./normalize";
import { Reader } from "./reader";
import { accepted, rejected } from "./result";
import { hasOnlyTidyStrings } from "./tidy-text";

/**
 * Parses a framework from JSON text (a leading BOM is fine) or an already-parsed value.
 * Never throws and never mutates its input: every problem is reported as an {@link Issue},
 * errors when the framework cannot be used, warnings when it can be shown anyway (at most
 * `MAX_ISSUES` of each, then one `too-many-issues`). A framework over one of the
 * {@link FrameworkLimits} is refused; `options.limits` raises or lowers them.
 */
export function parseFramework(input: unknown, options?: ParseOptions): ParseResult {
  const reader = new Reader();
  const limits = limitsOf(options);
  try {
    const decoded = typeof input === "string" ? decodeJson(input, reader, limits) : { value: input, tidy: false };
    const framework = decoded && normalize(decoded.value, reader, limits, decoded.tidy);
    if (framework && !reader.failed) return accepted(framework, reader);
  } catch (cause) {
    // A guard, not a code path: the readers above catch what input can throw. If this is
    // ever reached, the caller still gets a result instead of an exception.
    reader.error(ROOT, "unreadable-value", `The input could not be read (${String(cause)}).`);
  }
  return rejected(reader);
}

/**
 * The value of JSON text, and whether every string in it is tidy (one look at the text
 * instead of one per string; see `hasOnlyTidyStrings`).
 */
function decodeJson(
  text: string,
  reader: Reader,
  limits: FrameworkLimits,
): { value: unknown; tidy: boolean } | undefined {
  // Measured before anything reads the text: JSON.parse's time and memory grow with it.
  if (text.length > limits.maxInputLength) {
    reader.error(ROOT, "limit-exceeded", limitMessage("The input", "maxInputLength", limits, text.length));
    return undefined;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    reader.error(ROOT, "invalid-json", "The input is empty; expected the JSON text of a framework.");
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    reader.error(ROOT, "invalid-json", `The input is not valid JSON: ${detail.replace(/\.$/, "")}.`);
    return undefined;
  }
  return { value, tidy: hasOnlyTidyStrings(body) };
}
