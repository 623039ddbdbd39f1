import { type FrameworkLimits, limitMessage } from "./limits";
import { type Location, nameOf } from "./location";
import type { Reader } from "./reader";
import { isWellFormed, toWellFormed } from "./well-formed";

/** What reading one input needs besides the value: where issues go, and the limits in force. */
export interface ReadContext {
  readonly reader: Reader;
  readonly limits: FrameworkLimits;
}

/**
 * A text from the input as a framework keeps it: refused (an error, `undefined`) when longer
 * than its limit, and made well-formed — each lone surrogate replaced by U+FFFD, with an
 * `ill-formed-text` warning — so that every text a view renders encodes as it reads.
 */
export function readText(
  text: string,
  at: Location,
  context: ReadContext,
  limit: "maxTextLength" | "maxStatementLength" = "maxTextLength",
): string | undefined {
  if (text.length > context.limits[limit]) {
    context.reader.error(at, "limit-exceeded", limitMessage(nameOf(at), limit, context.limits, text.length));
    return undefined;
  }
  if (isWellFormed(text)) return text;
  context.reader.warn(
    at,
    "ill-formed-text",
    `${nameOf(at)} holds half of a character (a lone surrogate), which cannot be encoded; it is shown as U+FFFD (\uFFFD).`,
  );
  return toWellFormed(text);
}
