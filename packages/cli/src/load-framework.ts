import type { Framework } from "@rungs/core";
import { usageError } from "./args";
import { EXIT, type ExitCode } from "./exit-codes";
import type { Io } from "./io";
import { type InputFormat, importInput, readInput } from "./read-input";
import { counted, issueLine, printable } from "./report";

/**
 * "read as csv", and why when the content decided it ("read as csv, as the text is neither
 * JSON nor YAML"): a file read in a format its name does not say is the surprise to explain.
 * A format asked for, or said by the file's name, needs no more words.
 */
function readAs(format: string, reason: string | undefined): string {
  const told = reason === undefined || reason === "it was asked for" || reason.startsWith("the file's name");
  return told ? `read as ${format}` : `read as ${format}, as ${reason}`;
}

/** The framework a command works on, or the exit code it stops with. */
export type Loaded =
  | { readonly ok: true; readonly framework: Framework }
  | { readonly ok: false; readonly exit: ExitCode };

/**
 * Reads the one input of `convert` or `render`. Its warnings go to stderr and the command
 * goes on; its errors go to stderr and the command stops with exit code 1 (a file that
 * cannot be read: 2). Nothing goes to stdout, which carries the command's output.
 */
export function loadFramework(io: Io, command: string, file: string, from: InputFormat | undefined): Loaded {
  const read = readInput(file, io.stdin);
  if (!read.ok) return { ok: false, exit: usageError(io, command, read.message) };
  const result = importInput(file, read, from);
  const lines = [
    ...(result.ok ? [] : result.errors.map((issue) => issueLine(file, issue, "error"))),
    ...result.warnings.map((issue) => issueLine(file, issue, "warning")),
  ];
  if (lines.length > 0) io.err(lines.map((line) => `${line}\n`).join(""));
  if (result.ok) return { ok: true, framework: result.framework };
  const as = result.format === undefined ? "" : ` (${readAs(result.format, result.reason)})`;
  // The name as every other line shows it: a control character in it is shown, not obeyed.
  io.err(
    `${printable(`rungs ${command}: ${file}${as} is not a usable framework: ${counted(result.errors.length, "error")}.`)}\n`,
  );
  return { ok: false, exit: EXIT.invalid };
}
