import type { InputFormat } from "@rungs/formats";

/** A problem as every importer reports it: core's `Issue` and the formats' `ImportIssue`. */
export interface ReportedIssue {
  /** JSON Pointer into the file as its format sees it (`""` = the whole file). */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** What one file turned out to be. */
export interface FileReport {
  /** The file as named on the command line (`-` for stdin). */
  readonly file: string;
  /** The format it was read as; absent when it could not be read as any. */
  readonly format?: InputFormat;
  /** Why it was read as that format ("the file's name ends in .yaml", "it was asked for"). */
  readonly reason?: string;
  /** For formats read by one of several rules (a CASE package's levels): the rule used. */
  readonly rule?: string;
  /** Usable as a framework: no errors (warnings allowed). */
  readonly ok: boolean;
  readonly errors: readonly ReportedIssue[];
  readonly warnings: readonly ReportedIssue[];
}

/**
 * Characters that would let a file's text act on a terminal or a CI log instead of being
 * shown: C0 and C1 controls (escape sequences, carriage returns that overwrite a line,
 * newlines that forge another problem line), line and paragraph separators, and the
 * bidirectional controls that make text read in another order than it is written.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Text made safe for one line of a terminal: every unprintable character as `\u{…}`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)?.toString(16).toUpperCase()}}`);
}

/**
 * One problem as one line: `file:path: error: code: message` (or `warning:`), the shape
 * compilers use, so editors and CI problem matchers can read it. A problem with the whole
 * file has no path: `file: error: code: message`.
 */
export function issueLine(file: string, issue: ReportedIssue, severity: "error" | "warning"): string {
  const where = issue.path === "" ? file : `${file}:${issue.path}`;
  return printable(`${where}: ${severity}: ${issue.code}: ${issue.message}`);
}

/** Every problem of a file as lines, errors first, each ending with a newline. */
export function issueLines(report: FileReport): string {
  return [
    ...report.errors.map((issue) => issueLine(report.file, issue, "error")),
    ...report.warnings.map((issue) => issueLine(report.file, issue, "warning")),
  ]
    .map((line) => `${line}\n`)
    .join("");
}

/** "1 error", "2 warnings". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** What a run of `validate` found, in one sentence. */
export function summaryLine(reports: readonly FileReport[]): string {
  const invalid = reports.filter((report) => !report.ok).length;
  const errors = reports.reduce((sum, report) => sum + report.errors.length, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warnings.length, 0);
  const verdict = invalid === 0 ? (reports.length === 1 ? "valid" : "all valid") : `${invalid} not valid`;
  return `${counted(reports.length, "file")} checked: ${verdict} (${counted(errors, "error")}, ${counted(warnings, "warning")}).`;
}

/**
 * The machine-readable report of `validate --json`: one JSON document,
 * `{ ok, files: [{ file, format, reason, rule, ok, errors, warnings }] }` (`format`, `reason`
 * and `rule` when known), each issue `{ path, code, message }`.
 */
export function jsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    ...(report.format === undefined ? {} : { format: report.format }),
    ...(report.reason === undefined ? {} : { reason: report.reason }),
    ...(report.rule === undefined ? {} : { rule: report.rule }),
    ok: report.ok,
    errors: report.errors.map(plainIssue),
    warnings: report.warnings.map(plainIssue),
  }));
  return `${JSON.stringify({ ok: reports.every((report) => report.ok), files }, null, 2)}\n`;
}

/** Only the documented fields, whatever else an importer's issue object carries. */
function plainIssue(issue: ReportedIssue): ReportedIssue {
  return { path: issue.path, code: issue.code, message: issue.message };
}
