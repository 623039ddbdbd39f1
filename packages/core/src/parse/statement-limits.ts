import { limitMessage } from "./limits";
import type { Location } from "./location";
import type { ReadContext } from "./read-text";

/** Reading one input with its statements counted, against `limits.maxStatements`. */
export interface CountingContext extends ReadContext {
  /** Items in the statements arrays read so far. */
  statementCount: number;
}

/**
 * Counts a level's statements against the limits before any of them is read: an array
 * with 4 million slots (a sparse one costs nothing to send) is refused by its length.
 * The whole framework's limit is reported once, at the level that crosses it.
 */
export function withinStatementLimits(length: number, at: Location, context: CountingContext): boolean {
  const { reader, limits } = context;
  if (length > limits.maxStatementsPerLevel) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxStatementsPerLevel", limits, length));
    return false;
  }
  const before = context.statementCount;
  context.statementCount += length;
  if (context.statementCount <= limits.maxStatements) return true;
  if (before <= limits.maxStatements) {
    reader.error(
      at,
      "limit-exceeded",
      limitMessage(`The framework, up to ${at.human},`, "maxStatements", limits, context.statementCount),
    );
  }
  return false;
}
