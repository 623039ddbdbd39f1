import { type ParseOptions, parseFramework } from "@rungs/core";
import { fromCase, type LevelRule } from "../case/index";
import { fromCsv } from "../csv/index";
import type { ImportIssue, ImportResult } from "../shared/import-result";
import { type DetectedFormat, detectFormat, type InputFormat } from "./detect-format";

/** Options of {@link importFramework}: core's limits, and what is known of the file. */
export interface ImportOptions extends ParseOptions {
  /** The format to read, when the caller knows it (the CLI's `--from`); else detected. */
  readonly from?: InputFormat;
  /** The file's name, whose extension helps detect the format. */
  readonly fileName?: string;
}

/** What {@link importFramework} gives: the importer's result, the format read and why, and for CASE the level rule. */
export type ImportedFramework = ImportResult & {
  /** Unset only when the format could not be told (a spreadsheet workbook). */
  readonly format?: InputFormat;
  readonly reason?: string;
  readonly rule?: LevelRule;
};

/**
 * Reads a framework from a file's text in whichever format it is in (`from`, else
 * {@link detectFormat}) with that format's importer — `parseFramework`, `fromCsv` or
 * `fromCase` — so every format is validated by core's rules. Never throws.
 */
export function importFramework(text: string, options: ImportOptions = {}): ImportedFramework {
  const { from, fileName, ...parseOptions } = options;
  const detected: DetectedFormat | ImportIssue =
    from !== undefined ? { format: from, reason: "it was asked for" } : detectFormat(text, fileName);
  if (!("format" in detected)) return { ok: false, errors: [detected], warnings: [] };
  const { format, reason } = detected;
  if (format === "csv") return { format, reason, ...fromCsv(text, parseOptions) };
  if (format === "case") return { format, reason, ...fromCase(text, parseOptions) };
  return { format, reason, ...parseFramework(text, parseOptions) };
}
