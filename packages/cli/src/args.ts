import { type ParseArgsConfig, parseArgs } from "node:util";
import { EXIT, type ExitCode } from "./exit-codes";
import type { Io } from "./io";
import { printable } from "./report";

/** What `node:util`'s `parseArgs` gave, or the sentence that says why the arguments are wrong. */
type ArgsResult<Parsed> =
  | { readonly ok: true; readonly args: Parsed }
  | { readonly ok: false; readonly message: string };

/**
 * Runs `parseArgs` (strict: an unknown option is an error) and turns what it throws for a
 * bad command line into a message, so a command reports it and exits with the usage code.
 */
function tryParseArgs<Parsed>(parse: () => Parsed): ArgsResult<Parsed> {
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

/** The options a command declares for `parseArgs` (each also takes `--help`/`-h`). */
type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` gives for a command's options: typed values, and the positionals. */
type CommandArgs<Options extends CommandOptions> = ReturnType<
  typeof parseArgs<{
    args: string[];
    allowPositionals: true;
    strict: true;
    options: Options & { help: { type: "boolean"; short: "h" } };
  }>
>;

/**
 * A command's command line: its options (strict, positionals allowed) and `--help`. Returns
 * the exit code when the command is done already — a usage error said on stderr, or the help
 * printed on stdout — and the parsed arguments otherwise.
 */
export function commandArgs<const Options extends CommandOptions>(
  io: Io,
  command: string,
  argv: readonly string[],
  options: Options,
  help: string,
): { done: ExitCode } | { done?: undefined; args: CommandArgs<Options> } {
  const parsed = tryParseArgs(() =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h" } as const },
    }),
  );
  if (!parsed.ok) return { done: usageError(io, command, parsed.message) };
  const args = parsed.args as CommandArgs<Options>;
  if ((args.values as { help?: boolean }).help) {
    io.out(help);
    return { done: EXIT.ok };
  }
  return { args };
}

/** The one input file of a command that takes one (`-` for stdin), or the usage error's code. */
export function oneInput(
  io: Io,
  command: string,
  positionals: readonly string[],
): { input: string } | { done: ExitCode } {
  const [input, ...extra] = positionals;
  if (input === undefined) return { done: usageError(io, command, "no input file given (use - for stdin)") };
  if (extra.length > 0)
    return { done: usageError(io, command, `one input file at a time; also got ${extra.join(" ")}`) };
  return { input };
}
