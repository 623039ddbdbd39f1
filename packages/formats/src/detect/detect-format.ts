import { DEFAULT_LIMITS } from "@rungs/core";
import type { ImportIssue } from "../shared/import-result";

/** The formats a framework can be read from: Rungs' own JSON, CSV, or a CASE `CFPackage`. */
export const INPUT_FORMATS = ["json", "csv", "case"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format a text is in, and why (completes "read as CSV because …"), so a surprise can be understood. */
export interface DetectedFormat {
  readonly format: InputFormat;
  readonly reason: string;
}

/** A detected format, with the text's JSON value when telling it meant parsing the text. */
export type SniffedFormat = DetectedFormat & { readonly json?: { readonly value: unknown } };

/** Spreadsheet workbooks: people try them first; Rungs reads their CSV export. */
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

/**
 * The format of a file's text, by one rule for the CLI, Storybook and hosts: a `.csv` name is
 * CSV, a `*.case.json` name a CASE package; JSON with a top-level `CFDocument` is a CASE
 * package, other JSON Rungs' own format; text that is not JSON is CSV. A spreadsheet
 * workbook's name is refused with what to do instead. JSON text longer than core's default
 * `maxInputLength` is not read to look for a `CFDocument` (it is called JSON, which
 * `parseFramework` refuses). Never throws, whatever the arguments.
 */
export function detectFormat(text: string, fileName = ""): DetectedFormat | ImportIssue<"unsupported-format"> {
  const found = sniffFormat(text, fileName, DEFAULT_LIMITS.maxInputLength);
  return "format" in found ? { format: found.format, reason: found.reason } : found;
}

/**
 * {@link detectFormat} for `importFramework`: JSON text is parsed only up to `maxLength`
 * characters, and its value is handed on (`json`), so the text is parsed once.
 */
export function sniffFormat(
  text: unknown,
  fileName: unknown,
  maxLength: number,
): SniffedFormat | ImportIssue<"unsupported-format"> {
  const name = typeof fileName === "string" ? fileName.toLowerCase() : "";
  if (WORKBOOK.test(name)) {
    return {
      path: "",
      code: "unsupported-format",
      message: 'The file is a spreadsheet workbook; Rungs reads CSV: save the sheet as "CSV UTF-8" and use that file.',
    };
  }
  if (name.endsWith(".case.json")) return { format: "case", reason: "the file's name ends in .case.json" };
  if (name.endsWith(".csv")) return { format: "csv", reason: "the file's name ends in .csv" };
  const content = typeof text === "string" ? text : "";
  // A byte order mark may lead either kind of text.
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (!/^\s*[{[]/.test(body)) {
    return name.endsWith(".json")
      ? { format: "json", reason: "the file's name ends in .json" }
      : { format: "csv", reason: "the text is not JSON" };
  }
  // Measured before JSON.parse, whose time and memory grow with the text: core refuses it.
  if (content.length > maxLength) return { format: "json", reason: "it looks like JSON (too long to read further)" };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Not JSON after all: core's parser reports where it breaks.
    return { format: "json", reason: "it looks like JSON" };
  }
  const json = { value };
  return hasCaseDocument(value)
    ? { format: "case", reason: "it is JSON with a CFDocument", json }
    : { format: "json", reason: "it is JSON without a CFDocument", json };
}

/** A JSON value whose top level is an object with a `CFDocument`. */
function hasCaseDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "CFDocument");
}
