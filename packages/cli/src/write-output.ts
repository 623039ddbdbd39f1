import { writeFileSync } from "node:fs";
import { usageError } from "./args";
import { EXIT, type ExitCode } from "./exit-codes";
import type { Io } from "./io";

/**
 * Writes a command's output: to the file `--out` names (created or replaced), or to stdout
 * (no `--out`, or `--out -`).
 * A file that cannot be written is said on stderr with the usage exit code.
 */
export function writeOutput(io: Io, command: string, text: string, out: string | undefined): ExitCode {
  if (out === undefined || out === "-") {
    io.out(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, text);
    return EXIT.ok;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : error instanceof Error
              ? error.message
              : String(error);
    return usageError(io, command, `cannot write ${out}: ${reason}`);
  }
}
