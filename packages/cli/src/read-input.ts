import { closeSync, openSync, readSync, statSync } from "node:fs";
import { DEFAULT_LIMITS, type Framework } from "@rungs/core";
import { type InputFormat, importFramework } from "@rungs/formats";
import { locateJsonError } from "./json-location";
import type { ReportedIssue } from "./report";

export { INPUT_FORMATS, type InputFormat } from "@rungs/formats";

/** The name that stands for stdin, as most commands spell it. */
export const STDIN = "-";

/**
 * A file's bytes, or why a file named on the command line cannot be read (a usage error).
 * `whole` is false when the file is longer than any framework Rungs accepts: only
 * {@link MAX_INPUT_BYTES} of it were read.
 */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly whole: boolean }
  | { readonly ok: false; readonly message: string };

/** Core's input limit, in characters (UTF-16 code units) of text. */
export const MAX_INPUT_LENGTH = DEFAULT_LIMITS.maxInputLength;

/**
 * The most bytes read of one input. A character of the limit takes at most three bytes in
 * UTF-8 (a character beyond U+FFFF takes four, but counts as two), and two in UTF-16, plus a
 * byte-order mark: a file with more bytes than this is longer than the limit, whatever its
 * encoding, and is refused without being read further (`/dev/zero`, a stdin that never ends).
 * A file within it whose text is still too long is refused once decoded.
 */
export const MAX_INPUT_BYTES = 3 * MAX_INPUT_LENGTH + 3;

/** Bytes read at a time. */
const CHUNK = 1024 * 1024;

/**
 * Whether a file named on the command line can be read: a message naming the file when it
 * is missing, a folder or not readable, so a command can check every name before it starts.
 */
export function unreadableReason(file: string): string | undefined {
  if (file === STDIN) return undefined;
  try {
    if (statSync(file).isDirectory()) return `${file} is a folder, not a file`;
    return undefined;
  } catch (error) {
    return reasonOf(file, error);
  }
}

/**
 * Reads a file (or `stdin`, the descriptor `-` stands for) up to {@link MAX_INPUT_BYTES}, in
 * chunks, so an endless input costs a bounded time and memory.
 */
export function readInput(file: string, stdin: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = file === STDIN ? stdin : openSync(file, "r");
    return readAtMost(fd, MAX_INPUT_BYTES);
  } catch (error) {
    return { ok: false, message: reasonOf(file, error) };
  } finally {
    if (fd !== undefined && file !== STDIN) closeSync(fd);
  }
}

/** Up to `max` bytes of a descriptor; `whole` when it ended within them. */
function readAtMost(fd: number, max: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte past the maximum tells a file of exactly `max` bytes from a longer one.
  while (total <= max) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
    const read = readSome(fd, chunk);
    if (read === 0) return { ok: true, bytes: Buffer.concat(chunks, total), whole: true };
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
  }
  return { ok: true, bytes: Buffer.concat(chunks, max), whole: false };
}

/**
 * `readSync` that waits when a non-blocking pipe has nothing yet (EAGAIN), as `readFileSync`
 * does, instead of failing.
 */
function readSome(fd: number, into: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** The error of an input longer than core's limit, naming the file (`-`: stdin) and the limit. */
function tooLong(file: string): ReportedIssue {
  const what = file === STDIN ? "stdin" : "The file";
  return {
    path: "",
    code: "limit-exceeded",
    message: `${what} is longer than ${MAX_INPUT_LENGTH.toLocaleString("en-US")} characters, the most Rungs reads (maxInputLength); it was not read further.`,
  };
}

function reasonOf(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EISDIR") return `${file} is a folder, not a file`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied`;
  return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * What reading a framework from a file gave: the importer's result, the format it read, why
 * (`reason`, e.g. "the file's name ends in .yaml"), and the rule the importer followed when
 * it has several (a CASE package's levels).
 */
export type InputResult = {
  readonly format: InputFormat | undefined;
  readonly reason?: string;
  readonly rule?: string;
} & (
  | { readonly ok: true; readonly framework: Framework; readonly warnings: readonly ReportedIssue[] }
  | { readonly ok: false; readonly errors: readonly ReportedIssue[]; readonly warnings: readonly ReportedIssue[] }
);

/**
 * Reads a framework from a file's bytes in its format: the one asked for (`--from`), else
 * the one its name or content says (`importFramework`, the rule every Rungs tool shares).
 * Every problem is reported with a path into the file; nothing is thrown.
 */
export function importInput(
  file: string,
  read: { readonly bytes: Uint8Array; readonly whole: boolean },
  from: InputFormat | undefined,
): InputResult {
  if (!read.whole) return { format: from, ok: false, errors: [tooLong(file)], warnings: [] };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { format: from, ok: false, errors: [decoded.issue], warnings: [] };
  // Refused here too, before an importer's work, whatever the format (core refuses JSON text
  // over the limit; this says so for CSV and CASE as well, and names the file).
  if (decoded.text.length > MAX_INPUT_LENGTH) return { format: from, ok: false, errors: [tooLong(file)], warnings: [] };
  const { format, reason, rule, ...imported } = importFramework(decoded.text, {
    ...(from !== undefined && { from }),
    ...(file !== STDIN && { fileName: file }),
  });
  const how = { format, ...(reason !== undefined && { reason }), ...(rule !== undefined && { rule }) };
  return imported.ok
    ? { ...how, ...imported }
    : { ...how, ...imported, errors: imported.errors.map((issue) => locateJsonError(issue, decoded.text)) };
}

/**
 * The file's text: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with that
 * byte-order mark (Excel's "Unicode text"). Bytes that are not UTF-8 are reported, not
 * replaced: a CSV saved in a legacy encoding would otherwise import with wrong letters.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; issue: ReportedIssue } {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      issue: {
        path: "",
        code: "not-utf-8",
        message: `The file is not ${encoding === "utf-8" ? "UTF-8" : "UTF-16"} text; save it as UTF-8 (in Excel: "CSV UTF-8").`,
      },
    };
  }
}
