import type { Framework } from "@rungs/core";
import { type DetectedFormat, type InputFormat, importFramework, type LevelRule } from "@rungs/formats";

/** The formats the import story reads: those `importFramework` tells apart. */
export type ImportFormat = InputFormat;

/** How each format is named to a designer. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: "CSV",
  case: "CASE package",
  json: "Rungs JSON",
  yaml: "YAML",
  markdown: "Markdown",
};

/** An issue as the story lists it: where it is (a JSON Pointer into the imported text), what it is. */
export interface ShownIssue {
  readonly severity: "error" | "warning";
  /** JSON Pointer into the imported document: `/<row>/<column>` for CSV, `/CFItems/3/…` for CASE. */
  readonly path: string;
  readonly code: string;
  /** For CSV and CASE it starts with where a person finds it: `row 14, column "description": …`. */
  readonly message: string;
}

/** What importing a text gave: the framework when it is usable, and every problem either way. */
export interface ImportOutcome extends DetectedFormat {
  readonly framework?: Framework;
  /** Errors first, then warnings, each in the importer's order. */
  readonly issues: readonly ShownIssue[];
  /** For a CASE package the rule that chose the levels; for Markdown the layout it was read as. */
  readonly rule?: LevelRule | string;
}

/**
 * Imports a pasted or dropped text with `importFramework` (the rule `rungs validate` uses to
 * tell formats apart, and the importer of each); never throws.
 */
export function importText(text: string, fileName?: string): ImportOutcome {
  const { format, reason, rule, ...result } = importFramework(text, fileName === undefined ? {} : { fileName });
  const issues: ShownIssue[] = [
    ...(result.ok ? [] : result.errors.map((issue) => ({ ...issue, severity: "error" as const }))),
    ...result.warnings.map((issue) => ({ ...issue, severity: "warning" as const })),
  ];
  return {
    // A refused file (a workbook, JSON-LD, an HTML page) has no format; the story shows it as
    // CSV, with the refusal among the issues.
    format: format ?? "csv",
    reason: reason ?? "Rungs does not read the file's format",
    issues,
    ...(result.ok && { framework: result.framework }),
    ...(rule !== undefined && { rule }),
  };
}
