import { readFileSync, statSync } from "node:fs";
import type { Framework } from "@rungs/core";
import { type InputFormat, importFramework } from "@rungs/formats";
import type { ReportedIssue } from "./report";

export { INPUT_FORMATS, type InputFormat } from "@rungs/formats";

/** The name that stands for stdin, as most commands spell it. */
export const STDIN = "-";

/** A file's bytes, or why a file named on the command line cannot be read (a usage error). */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

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

/** Reads a file (or stdin for `-`) whole. */
export function readInput(file: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(file === STDIN ? 0 : file) };
  } catch (error) {
    return { ok: false, message: reasonOf(file, error) };
  }
}

function reasonOf(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EISDIR") return `${file} is a folder, not a file`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied`;
  return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/** What reading a framework from a file gave: the importer's result and the format it read. */
export type InputResult = { readonly format: InputFormat | undefined } & (
  | { readonly ok: true; readonly framework: Framework; readonly warnings: readonly ReportedIssue[] }
  | { readonly ok: false; readonly errors: readonly ReportedIssue[]; readonly warnings: readonly ReportedIssue[] }
);

/**
 * Reads a framework from a file's bytes in its format: the one asked for (`--from`), else
 * the one its name or content says (`importFramework`, the rule every Rungs tool shares).
 * Every problem is reported with a path into the file; nothing is thrown.
 */
export function importInput(file: string, bytes: Uint8Array, from: InputFormat | undefined): InputResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { format: from, ok: false, errors: [decoded.issue], warnings: [] };
  const { format, ...result } = importFramework(decoded.text, {
    ...(from !== undefined && { from }),
    ...(file !== STDIN && { fileName: file }),
  });
  return { format, ...result };
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
