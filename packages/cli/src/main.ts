import { createRequire } from "node:module";
import { usageError } from "./args";
import { CONVERT_HELP, convert } from "./commands/convert";
import { RENDER_HELP, render } from "./commands/render";
import { VALIDATE_HELP, validate } from "./commands/validate";
import { EXIT, type ExitCode } from "./exit-codes";
import type { Io } from "./io";

/** `rungs --help`. */
const HELP = `Usage: rungs <command> [options]

Competency frameworks (career ladders) from the command line.

Commands:
  validate <files…>            check frameworks; every problem with file, path and message
  convert <file> --to <fmt>    write a framework as csv, md, jsonld, case or json
  render <file> --view <view>  a standalone HTML page of the ladder or the matrix

Options:
  -h, --help     show this help (or 'rungs <command> --help')
  -v, --version  show the version

Input is Rungs JSON (or the same written as YAML), CSV, a CASE package or a Markdown
ladder, told apart by the file's name or content (--from to say); JSON-LD and HTML are
written, not read. Exit status: 0 success, 1 a framework is not usable, 2 usage error.
`;

const COMMAND_HELP: Record<string, string> = { validate: VALIDATE_HELP, convert: CONVERT_HELP, render: RENDER_HELP };

/** Runs the command `argv` names (argv without node and the script) and gives its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      // Nothing asked: the help goes where messages go, and the run fails (a script's typo).
      io.err(HELP);
      return EXIT.usage;
    case "-h":
    case "--help":
      io.out(HELP);
      return EXIT.ok;
    case "help": {
      const topic = rest[0];
      if (topic === undefined) {
        io.out(HELP);
        return EXIT.ok;
      }
      const help = Object.hasOwn(COMMAND_HELP, topic) ? COMMAND_HELP[topic] : undefined;
      if (help === undefined) return usageError(io, undefined, `unknown command '${topic}'`);
      io.out(help);
      return EXIT.ok;
    }
    case "-v":
    case "--version":
      io.out(`${version()}\n`);
      return EXIT.ok;
    case "validate":
      return validate(rest, io);
    case "convert":
      return convert(rest, io);
    case "render":
      return render(rest, io);
    default:
      return usageError(
        io,
        undefined,
        command.startsWith("-") ? `unknown option '${command}'` : `unknown command '${command}'`,
      );
  }
}

/** This package's version, from its package.json (beside dist/, where the bin runs from). */
function version(): string {
  const manifest: unknown = createRequire(import.meta.url)("../package.json");
  return typeof manifest === "object" && manifest !== null && "version" in manifest
    ? String(manifest.version)
    : "unknown";
}
