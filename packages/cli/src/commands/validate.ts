import { choiceOf, commandArgs, usageError } from "../args";
import { EXIT, type ExitCode } from "../exit-codes";
import type { Io } from "../io";
import { progressFor } from "../progress";
import { INPUT_FORMATS, importInput, MAX_INPUT_LENGTH, readInput, STDIN, unreadableReason } from "../read-input";
import { type FileReport, issueLines, jsonReport, summaryLine } from "../report";

/** `rungs validate --help`. */
export const VALIDATE_HELP = `Usage: rungs validate <files…> [options]

Checks that each file is a usable competency framework and prints every problem, one per
line: file:path: error|warning: code: message (path is a JSON Pointer into the file; for
CSV /<row>/<column>). Warnings do not fail the run.

Each file is read by its format: .csv is CSV; JSON with a CFDocument (or *.case.json) is a
CASE package; other JSON is Rungs' format; .yaml, .yml, or text with a top-level
schemaVersion: or framework: key is Rungs' format written as YAML; .md, .markdown, or
text that starts with a heading, a table or front matter is a Markdown ladder; other text
is CSV.
JSON-LD (JSON with an @context) and HTML pages are refused: Rungs writes them but does not
read them. Use - to read stdin. An input longer than
${MAX_INPUT_LENGTH.toLocaleString("en-US")} characters (Rungs' input limit) is refused, and not read further.

Options:
  --from <json|csv|case|yaml|markdown>
                          read every file as this format
  --json                  print one JSON report on stdout instead:
                          { ok, files: [{ file, format, reason, ok, errors, warnings }] }
                          (format and reason: the reader used, and why)
  --quiet                 no progress on stderr
  -h, --help              show this help

Exit status: 0 when every file is valid, 1 when any has errors, 2 on a usage error
(unknown option, a file that cannot be read).
`;

/** `rungs validate <files…>`: every problem of every file, and an exit code for CI. */
export function validate(argv: readonly string[], io: Io): ExitCode {
  const command = commandArgs(
    io,
    "validate",
    argv,
    {
      from: { type: "string" },
      json: { type: "boolean" },
      quiet: { type: "boolean" },
    },
    VALIDATE_HELP,
  );
  if (command.done !== undefined) return command.done;
  const { values, positionals: files } = command.args;
  const from = choiceOf("from", values.from, INPUT_FORMATS);
  if (!from.ok) return usageError(io, "validate", from.message);
  if (files.length === 0) return usageError(io, "validate", "no files given");
  if (files.filter((file) => file === STDIN).length > 1)
    return usageError(io, "validate", "stdin (-) can be read once");
  // Every name is checked before any file is, so a typo is not found after a long run.
  const unreadable = files.flatMap((file) => unreadableReason(file) ?? []);
  if (unreadable.length > 0) return usageError(io, "validate", unreadable);

  const progress = values.quiet ? progressFor(io, 0) : progressFor(io, files.length);
  const reports: FileReport[] = [];
  for (const file of files) {
    const report = check(file, from.value, io.stdin);
    reports.push(report);
    if (!values.json) {
      const lines = issueLines(report);
      if (lines) {
        progress.clear();
        io.out(lines);
      }
    }
    progress.update(reports.length);
  }
  progress.clear();
  io.out(values.json ? jsonReport(reports) : `${summaryLine(reports)}\n`);
  return reports.every((report) => report.ok) ? EXIT.ok : EXIT.invalid;
}

/** One file's report; a file that went away since it was checked is an error in it. */
function check(file: string, from: (typeof INPUT_FORMATS)[number] | undefined, stdin: number): FileReport {
  const read = readInput(file, stdin);
  if (!read.ok)
    return { file, ok: false, errors: [{ path: "", code: "unreadable", message: read.message }], warnings: [] };
  const result = importInput(file, read, from);
  const format = {
    ...(result.format !== undefined && { format: result.format }),
    ...(result.reason !== undefined && { reason: result.reason }),
    ...(result.rule !== undefined && { rule: result.rule }),
  };
  return result.ok
    ? { file, ...format, ok: true, errors: [], warnings: result.warnings }
    : { file, ...format, ok: false, errors: result.errors, warnings: result.warnings };
}
