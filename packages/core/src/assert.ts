import { parseFramework } from "./parse";
import type { Framework, Issue } from "./types";

/** Thrown by {@link assertFramework}; carries the same issues `parseFramework` reports. */
export class FrameworkError extends Error {
  override readonly name = "FrameworkError";
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];

  constructor(issues: readonly Issue[], warnings: readonly Issue[] = []) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `${first.message}${more}` : "The input is not a usable framework.");
    this.issues = issues;
    this.warnings = warnings;
  }
}

/** Parses like {@link parseFramework}, but returns the framework or throws a {@link FrameworkError}. */
export function assertFramework(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new FrameworkError(result.errors, result.warnings);
  return result.framework;
}
