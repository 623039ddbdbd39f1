import { EXIT, type ExitCode } from "./exit-codes";
import type { Io } from "./io";
import { printable } from "./report";

/** What `node:util`'s `parseArgs` gave, or the sentence that says why the arguments are wrong. */
export type ArgsResult<Parsed> =
  | { readonly ok: true; readonly args: Parsed }
  | { readonly ok: false; readonly message: string };

/**
 * Runs `parseArgs` (strict: an unknown option is an error) and turns what it throws for a
 * bad command line into a message, so a command reports it and exits with the usage code.
 */
export function tryParseArgs<Parsed>(parse: () => Parsed): ArgsResult<Parsed> {
  try {
    return { ok: true, args: parse() };
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    // Node's message goes on to explain `--`; its first sentence names the option.
    const [first = error.message] = error.message.split(/(?<=\.) /);
    return { ok: false, message: first.replace(/\.$/, "") };
  }
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/**
 * Says what is wrong with the command line (on stderr, with where to find the usage) and
 * returns the usage exit code.
 */
export function usageError(io: Io, command: string | undefined, message: string | readonly string[]): ExitCode {
  const name = command ? `rungs ${command}` : "rungs";
  const lines = typeof message === "string" ? [message] : message;
  io.err(`${lines.map((line) => `${name}: ${printable(line)}\n`).join("")}Run '${name} --help' for usage.\n`);
  return EXIT.usage;
}

/**
 * The value of an option limited to a few words, or the message for another. `undefined`
 * when the option was not given.
 */
export function choiceOf<Choice extends string>(
  option: string,
  value: string | undefined,
  choices: readonly Choice[],
): { ok: true; value: Choice | undefined } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, value: undefined };
  if ((choices as readonly string[]).includes(value)) return { ok: true, value: value as Choice };
  return { ok: false, message: `--${option} must be one of ${choices.join(", ")}; got '${value}'` };
}
