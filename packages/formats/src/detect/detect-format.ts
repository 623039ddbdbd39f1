import type { ImportIssue } from "../shared/import-result";

/** The formats a framework can be read from: Rungs' own JSON, CSV, or a CASE `CFPackage`. */
export const INPUT_FORMATS = ["json", "csv", "case"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format a text is in, and why (completes "read as CSV because …"), so a surprise can be understood. */
export interface DetectedFormat {
  readonly format: InputFormat;
  readonly reason: string;
}

/** Spreadsheet workbooks: people try them first; Rungs reads their CSV export. */
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

/**
 * The format of a file's text, by one rule for the CLI, Storybook and hosts: a `.csv` name is
 * CSV, a `*.case.json` name a CASE package; JSON with a top-level `CFDocument` is a CASE
 * package, other JSON Rungs' own format; text that is not JSON is CSV. A spreadsheet
 * workbook's name is refused with what to do instead. Never throws.
 */
export function detectFormat(text: string, fileName = ""): DetectedFormat | ImportIssue<"unsupported-format"> {
  const name = fileName.toLowerCase();
  if (WORKBOOK.test(name)) {
    return {
      path: "",
      code: "unsupported-format",
      message: 'The file is a spreadsheet workbook; Rungs reads CSV: save the sheet as "CSV UTF-8" and use that file.',
    };
  }
  if (name.endsWith(".case.json")) return { format: "case", reason: "the file's name ends in .case.json" };
  if (name.endsWith(".csv")) return { format: "csv", reason: "the file's name ends in .csv" };
  // A byte order mark may lead either kind of text.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^\s*[{[]/.test(body)) {
    return name.endsWith(".json")
      ? { format: "json", reason: "the file's name ends in .json" }
      : { format: "csv", reason: "the text is not JSON" };
  }
  return hasCaseDocument(body)
    ? { format: "case", reason: "it is JSON with a CFDocument" }
    : { format: "json", reason: "it is JSON without a CFDocument" };
}

/** JSON text whose top level is an object with a `CFDocument`. */
function hasCaseDocument(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON after all: core's parser reports where it breaks.
    return false;
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "CFDocument");
}
