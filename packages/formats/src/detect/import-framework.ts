import { limitsOf, type ParseOptions, parseFramework } from "@rungs/core";
import { fromCaseJson } from "../case/import";
import { fromCase, type LevelRule } from "../case/index";
import { fromCsv } from "../csv/index";
import { fromMarkdown } from "../markdown/from-markdown";
import type { ImportIssue, ImportResult } from "../shared/import-result";
import { fromYaml } from "../yaml/from-yaml";
import { INPUT_FORMATS, type InputFormat, type SniffedFormat, sniffFormat } from "./detect-format";

/** Options of {@link importFramework}: core's limits, and what is known of the file. */
export interface ImportOptions extends ParseOptions {
  /** The format to read, when the caller knows it (the CLI's `--from`); else detected. */
  readonly from?: InputFormat;
  /** The file's name, whose extension helps detect the format. */
  readonly fileName?: string;
}

/**
 * What {@link importFramework} gives: the importer's result, the format read and why, and the
 * rule the importer followed where it has several — for CASE the {@link LevelRule} that chose
 * the levels, for Markdown the layout it read, in words.
 */
export type ImportedFramework = ImportResult & {
  /** Unset only when the format could not be told (a spreadsheet workbook, input that is not text). */
  readonly format?: InputFormat;
  readonly reason?: string;
  readonly rule?: LevelRule | string;
};

/**
 * Reads a framework from a file's text in whichever format it is in (`from`, else
 * {@link detectFormat}) with that format's importer — `parseFramework`, `fromCsv`,
 * `fromCase`, `fromYaml` or `fromMarkdown` — so every format is validated by core's rules. JSON text is parsed once, and
 * not at all past `maxInputLength` (refused as `parseFramework` refuses it). Never throws,
 * whatever the arguments: input that is not text (bytes: decode them first) is an error;
 * options that are not an object, or whose fields are of the wrong type or throw, count as
 * not given.
 */
export function importFramework(text: string, options: ImportOptions = {}): ImportedFramework {
  try {
    return importText(text, options);
  } catch (cause) {
    // A guard, not a code path: nothing above is known to throw on any input.
    const reason = cause instanceof Error ? cause.message : "unknown cause";
    return failed({ path: "", code: "unreadable-value", message: `The input could not be read (${reason}).` });
  }
}

function importText(text: unknown, options: unknown): ImportedFramework {
  if (typeof text !== "string") {
    return failed({
      path: "",
      code: "invalid-type",
      message: `Expected the file's text (a string); found ${kindOf(text)}. Decode a file's bytes as UTF-8 text first.`,
    });
  }
  const from = field(options, "from");
  const limits = limitsOf(options);
  const parseOptions: ParseOptions = { limits };
  const detected: SniffedFormat | ImportIssue = isInputFormat(from)
    ? { format: from, reason: "it was asked for" }
    : sniffFormat(text, field(options, "fileName"), limits.maxInputLength);
  if (!("format" in detected)) return failed(detected);
  const { format, reason, json } = detected;
  if (format === "csv") return { format, reason, ...fromCsv(text, parseOptions) };
  if (format === "yaml") return { format, reason, ...fromYaml(text, parseOptions) };
  if (format === "markdown") return { format, reason, ...fromMarkdown(text, parseOptions) };
  if (format === "case") {
    return { format, reason, ...(json ? fromCaseJson(json.value, parseOptions) : fromCase(text, parseOptions)) };
  }
  return { format, reason, ...parseFramework(json ? json.value : text, parseOptions) };
}

function failed(issue: ImportIssue): ImportedFramework {
  return { ok: false, errors: [issue], warnings: [] };
}

/** A field of the options, `undefined` when they are no object or reading it throws. */
function field(options: unknown, name: "from" | "fileName"): unknown {
  if (typeof options !== "object" || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function isInputFormat(value: unknown): value is InputFormat {
  return INPUT_FORMATS.some((format) => format === value);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
