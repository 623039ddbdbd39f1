import { DEFAULT_LIMITS } from "@rungs/core";
import type { ImportIssue } from "../shared/import-result";

/**
 * The formats a framework can be read from: Rungs' own JSON, CSV, a CASE `CFPackage`, Rungs'
 * JSON written as YAML, or a ladder written in Markdown.
 */
export const INPUT_FORMATS = ["json", "csv", "case", "yaml", "markdown"] as const;
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
 * The format of a file's text, by one rule for the CLI, Storybook and hosts, the first that
 * applies:
 *
 * 1. The file's name: a spreadsheet workbook is refused with what to do instead; `*.case.json`
 *    is a CASE package, `.csv` CSV, `.yaml`/`.yml` YAML, `.md`/`.markdown` Markdown;
 *    `.jsonld`, `.html`/`.htm` are refused as formats Rungs writes but does not read
 *    ("export only").
 * 2. JSON (text starting with `{` or `[`): with a top-level `CFDocument` a CASE package, with
 *    a top-level `@context` JSON-LD (export only), else Rungs' format. JSON text longer than
 *    core's default `maxInputLength` is not read to look inside (it is called JSON, which
 *    `parseFramework` refuses). A `.json` name makes text that is not JSON JSON too, so that
 *    core says where it breaks.
 * 3. An HTML page (`<!doctype html` or `<html` first): export only.
 * 4. Markdown with front matter: a first line `---`, a closing `---` (or `...`) line, and
 *    more text after it.
 * 5. YAML: the first line that is not blank, a `#` comment or a `%` directive is a `key:`
 *    line, and the text either starts with `---` or has a top-level `schemaVersion:` or
 *    `framework:` key. (Checked before rule 6, since `# …` is also a YAML comment.)
 * 6. Markdown: the first line that is not blank is a heading (`#` to `######` and a space)
 *    or a table row (`|`).
 * 7. Anything else is CSV.
 *
 * Never throws, whatever the arguments.
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
  const yamlName = /\.ya?ml$/.exec(name);
  if (yamlName) return { format: "yaml", reason: `the file's name ends in ${yamlName[0]}` };
  const markdownName = /\.(?:md|markdown)$/.exec(name);
  if (markdownName) return { format: "markdown", reason: `the file's name ends in ${markdownName[0]}` };
  if (name.endsWith(".jsonld")) return exportOnly("JSON-LD (its name ends in .jsonld)", JSON_LD_WRITER);
  const htmlName = /\.html?$/.exec(name);
  if (htmlName) return exportOnly(`an HTML page (its name ends in ${htmlName[0]})`, HTML_WRITER);
  const content = typeof text === "string" ? text : "";
  // A byte order mark may lead any kind of text.
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (/^\s*[{[]/.test(body)) return sniffJson(content, body, maxLength);
  if (name.endsWith(".json")) return { format: "json", reason: "the file's name ends in .json" };
  if (HTML_START.test(body)) return exportOnly("an HTML page", HTML_WRITER);
  if (hasFrontMatterAndBody(body)) return { format: "markdown", reason: "it starts with front matter and Markdown" };
  const yaml = yamlReason(body);
  if (yaml !== undefined) return { format: "yaml", reason: yaml };
  const markdown = markdownReason(body);
  if (markdown !== undefined) return { format: "markdown", reason: markdown };
  return { format: "csv", reason: "the text is neither JSON, YAML nor Markdown" };
}

/** Text that starts like JSON: CASE, JSON-LD or Rungs' format, by its top-level keys. */
function sniffJson(
  content: string,
  body: string,
  maxLength: number,
): SniffedFormat | ImportIssue<"unsupported-format"> {
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
  if (hasKey(value, "CFDocument")) return { format: "case", reason: "it is JSON with a CFDocument", json };
  if (hasKey(value, "@context")) return exportOnly('JSON-LD (JSON with an "@context")', JSON_LD_WRITER);
  return { format: "json", reason: "it is JSON without a CFDocument", json };
}

/** `<!doctype html` or `<html` first, in any case, after white space. */
const HTML_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

const JSON_LD_WRITER = "rungs convert --to jsonld, or toJsonLd";
const HTML_WRITER = "rungs render, or the React components";

/** A format Rungs writes but does not read, refused with where to read the framework from instead. */
function exportOnly(what: string, writer: string): ImportIssue<"unsupported-format"> {
  return {
    path: "",
    code: "unsupported-format",
    message: `The file is ${what}, which Rungs writes (${writer}) but does not read: export only. Read the framework from the file it was made from (Rungs JSON, YAML, CSV or a CASE package).`,
  };
}

/** A `key:` line: a plain name or a quoted one, a colon, then white space or the line's end. */
const KEY_LINE = /^(?:[A-Za-z_$][\w$.-]*|"[^"\n]*"|'[^'\n]*')[ \t]*:(?:[ \t\r]|$)/;

/** A top-level `schemaVersion:` or `framework:` key, anywhere in the text. */
const FRAMEWORK_KEY =
  /^(?:schemaVersion|framework|"(?:schemaVersion|framework)"|'(?:schemaVersion|framework)')[ \t]*:(?:[ \t\r]|$)/m;

/**
 * Why the text is YAML (see {@link detectFormat}, rule 4), or `undefined` when it is not. Reads
 * lines only up to the first that says something, then one search for a framework key.
 */
function yamlReason(body: string): string | undefined {
  let startsWithMarker = false;
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf("\n", start);
    const line = body.slice(start, end === -1 ? body.length : end);
    start = end === -1 ? body.length : end + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || (trimmed.startsWith("%") && !startsWithMarker)) continue;
    if (!startsWithMarker && /^---(?:\s|$)/.test(line)) {
      startsWithMarker = true;
      continue;
    }
    if (!KEY_LINE.test(line)) return undefined;
    if (startsWithMarker) return "it starts with --- and a YAML key";
    return FRAMEWORK_KEY.test(body) ? "it has a top-level schemaVersion or framework key, as YAML" : undefined;
  }
  return undefined;
}

/** A first line `---`, a closing `---` or `...` line, then a line that is not blank: Markdown's front matter and a body. */
function hasFrontMatterAndBody(body: string): boolean {
  const opening = /^---[ \t]*\r?\n/.exec(body);
  if (!opening) return false;
  const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = body.slice(opening[0].length);
  const found = closing.exec(rest);
  return found !== null && rest.slice(found.index + found[0].length).trim() !== "";
}

/** Why the text is Markdown by its first line that is not blank (rule 6), or `undefined`. */
function markdownReason(body: string): string | undefined {
  const first = /^[ \t]*(\S.*)$/m.exec(body)?.[1] ?? "";
  if (/^#{1,6}(?:[ \t]|$)/.test(first)) return "it starts with a Markdown heading";
  if (first.startsWith("|")) return "it starts with a Markdown table";
  return undefined;
}

/** A JSON value whose top level is an object with this key. */
function hasKey(value: unknown, key: string): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key);
}
