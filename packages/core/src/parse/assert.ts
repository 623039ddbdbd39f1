import type { Framework, Issue } from "../model/types";
import type { ParseOptions } from "./limits";
import { parseFramework } from "./parse";

/** Thrown by {@link assertFramework}; carries the same issues `parseFramework` reports. */
export class FrameworkError extends Error {
  override readonly name = "FrameworkError";
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];

  constructor(issues: readonly Issue[], warnings: readonly Issue[] = []) {
    const first = issues[0];
    // A capped list ends with a too-many-issues summary: the count is then unknown here.
    const capped = issues.at(-1)?.code === "too-many-issues";
    const more = capped ? " (and more)" : issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `${first.message}${more}` : "The input is not a usable framework.");
    this.issues = issues;
    this.warnings = warnings;
  }
}

/** Parses like {@link parseFramework} (same options), but returns the framework or throws a {@link FrameworkError}. */
export function assertFramework(input: unknown, options?: ParseOptions): Framework {
  const result = parseFramework(input, options);
  if (!result.ok) throw new FrameworkError(result.errors, result.warnings);
  return result.framework;
}
