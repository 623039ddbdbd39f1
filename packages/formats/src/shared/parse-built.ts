import { type Issue, type ParseOptions, parseFramework } from "@rungs/core";
import { mergeCapped } from "./capped-issues";
import type { FrameworkJson } from "./framework-json";
import type { ImportIssue, ImportResult } from "./import-result";

/** Where a part of a built framework came from in the imported document. */
export interface Origin {
  /** JSON Pointer into the imported document (see {@link ImportIssue}). */
  readonly path: string;
  /** Where a person finds it, e.g. `row 14, column "description"`. */
  readonly where: string;
}

/**
 * Origins by JSON Pointer into the built {@link FrameworkJson} (e.g.
 * `/framework/levels/emerging/statements/3` → row 14). An issue is placed at its longest
 * listed prefix; `""` should be listed as the document itself.
 */
export type Origins = ReadonlyMap<string, Origin>;

/**
 * Validates a framework an importer built with `parseFramework` (one set of rules for every
 * format) and moves each issue to where it came from in the imported document. The format's
 * own issues (`found`) come first, in the order found; each list stops at core's
 * `MAX_ISSUES`, then one `too-many-issues` counts the rest of both.
 */
export function parseBuilt<Code extends string>(
  built: FrameworkJson,
  origins: Origins,
  found: { errors: readonly ImportIssue<Code>[]; warnings: readonly ImportIssue<Code>[] },
  options?: ParseOptions,
): ImportResult<Code> {
  const result = parseFramework(built, options);
  const warnings = mergeCapped([found.warnings, result.warnings.map((issue) => relocate(issue, origins))], "warnings");
  if (result.ok && found.errors.length === 0) return { ok: true, framework: result.framework, warnings };
  const errors = mergeCapped(
    [found.errors, result.ok ? [] : result.errors.map((issue) => relocate(issue, origins))],
    "errors",
  );
  return { ok: false, errors, warnings };
}

/**
 * An issue of the built framework, placed where its longest known prefix came from. Core's
 * count of the issues past its cap (`too-many-issues`, path `""`) stays as core wrote it:
 * `mergeCapped` reads the number at its start.
 */
function relocate(issue: Issue, origins: Origins): ImportIssue<never> {
  if (issue.code === "too-many-issues" && issue.path === "") return issue;
  for (let path = issue.path; ; path = path.slice(0, Math.max(0, path.lastIndexOf("/")))) {
    const origin = origins.get(path);
    if (origin) return { path: origin.path, code: issue.code, message: `${origin.where}: ${issue.message}` };
    if (path === "") return issue;
  }
}
