import { closeSync, copyFileSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../seeds";
import { HOSTILE_TEXTS } from "../ssr/hostile";
import { runMain, tempFolder } from "./run-cli";

// Issue 18: the CLI's arguments, fuzzed. `main` is the function the bin runs, called here
// in-process (hundreds of command lines; a process each would take minutes): whatever the
// arguments — hostile text, unknown options, options without their value, tens of thousands
// of them — it resolves (never throws) with one of the documented exit codes, says nothing
// unexpected, and writes no terminal control. It runs in a temporary folder, with an empty
// file as stdin, so no command line can write or read beside the repository's files.

const folder = tempFolder();
const seed = folder.write("seed.json", "");
copyFileSync(join(SEEDS_DIR, "17-3024.00.json"), seed);
const files = [
  seed,
  folder.write("broken.json", '{"a":\n  1,,}'),
  folder.write("ladder.csv", "level,statement\nemerging,Does things\n"),
  folder.write("empty.json", ""),
  join(folder.dir, "missing.json"),
  folder.dir,
];
mkdirSync(join(folder.dir, "out"));

let stdin = -1;
const cwd = process.cwd();
beforeAll(() => {
  stdin = openSync(folder.write("stdin", ""), "r");
  process.chdir(folder.dir);
});
afterAll(() => {
  process.chdir(cwd);
  closeSync(stdin);
});

/** What a run said and its exit code, with the empty file as stdin. */
const run = (argv: readonly string[]) => runMain(argv, stdin);

const COMMANDS = ["validate", "convert", "render", "help", "--help", "-h", "--version", "-v", "frobnicate", ""];
const OPTIONS = [
  "--to",
  "--from",
  "--out",
  "-o",
  "--delimiter",
  "--matrix",
  "--base-uri",
  "--date",
  "--url",
  "--lang",
  "--view",
  "--element",
  "--attr",
  "--identifier-prefix",
  "--json",
  "--quiet",
  "--help",
  "-h",
  "--",
  "-",
  "--unknown",
  "-x",
  "--to=",
  "--attr=onclick=x",
  "--view=stepper",
];
const VALUES = ["csv", "md", "jsonld", "case", "json", "ladder", "matrix", "compare", ";", ",", "en-GB", "out/x"];

/** One argument: an option, a value, a file, hostile text or any string. */
const argument = fc.oneof(
  { arbitrary: fc.constantFrom(...OPTIONS), weight: 4 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 2 },
  { arbitrary: fc.constantFrom(...files), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(...OPTIONS).chain((option) => fc.string().map((value) => `${option}=${value}`)),
    weight: 1,
  },
);
/** Anything after a command. */
const anyArgv = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(argument, { maxLength: 10 }))
  .map(([command, rest]) => [command, ...rest]);

/** Options (with values) that fit each command, so that most such runs reach the work itself. */
const FITTING: Record<string, string[][]> = {
  validate: [["--json"], ["--quiet"], ["--from", "json"], ["--from", "csv"]],
  convert: [["--to", "md"], ["--to", "jsonld"], ["--matrix"], ["--lang", "en-GB"], ["--out", "out/result"]],
  render: [
    ["--view", "matrix"],
    ["--lang", "en-GB"],
    ["--url", "https://example.com/ladder"],
    ["--out", "out/page.html"],
    ["--element", "--view", "stepper"],
    ["--element", "--attr", "current-level=developing", "--attr", "query=do"],
    ["--element", "--identifier-prefix", "a-"],
  ],
};

/**
 * A command, a file and options that fit it, much as a person writes them, now and then one
 * given hostile text for its value.
 */
const plausibleArgv = fc.constantFrom("validate", "convert", "render").chain((command) =>
  fc
    .tuple(
      // Mostly the seed: a usable framework, so the command goes on to its output.
      fc.oneof({ arbitrary: fc.constant(seed), weight: 3 }, { arbitrary: fc.constantFrom(...files), weight: 1 }),
      fc.array(
        fc.oneof(
          { arbitrary: fc.constantFrom(...(FITTING[command] ?? [])), weight: 4 },
          {
            arbitrary: fc
              .tuple(fc.constantFrom(...OPTIONS), fc.constantFrom(...HOSTILE_TEXTS))
              .map((pair): string[] => pair),
            weight: 1,
          },
        ),
        { maxLength: 3 },
      ),
    )
    .map(([file, options]) => [command, file, ...(command === "convert" ? ["--to", "json"] : []), ...options.flat()]),
);

const argv = fc.oneof(anyArgv, plausibleArgv);

/** What every run keeps to: a documented exit code, no crash report, no raw escape sequence. */
function expectWellBehaved(result: { code: unknown; out: string; err: string }): void {
  expect([0, 1, 2]).toContain(result.code);
  expect(result.err).not.toMatch(/unexpected error|could not be rendered|\n\s+at /);
  // ESC, CSI and the bidirectional overrides: a file name or value cannot act on the terminal.
  const said = `${result.out}${result.err}`;
  expect(
    [..."\u001B\u009B\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"].filter((char) => said.includes(char)),
  ).toEqual([]);
}

describe("rungs' arguments, fuzzed in-process", () => {
  it("any command line resolves with exit 0, 1 or 2, without a crash or a terminal control", async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        expectWellBehaved(await run(args));
      }),
      { seed: 18_07, numRuns: 300 },
    );
  }, 120_000);

  it("options without their value, as the last argument, are usage errors", async () => {
    for (const command of ["validate", "convert", "render"]) {
      for (const option of ["--to", "--from", "--out", "--attr", "--view", "--identifier-prefix", "--date"]) {
        const result = await run([command, option]);
        expectWellBehaved(result);
        expect(result.code).toBe(2);
      }
    }
  });

  it("tens of thousands of arguments: one usage error or report, not one per argument forever", async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => `missing-${index}.json`);
    const validate = await run(["validate", ...many]);
    expectWellBehaved(validate);
    expect(validate.code).toBe(2);
    const attrs = await run(["render", seed, "--element", ...many.flatMap((name) => ["--attr", `data-${name}=1`])]);
    expectWellBehaved(attrs);
    const options = await run(["convert", seed, ...many.map(() => "--matrix"), "--to", "md"]);
    expectWellBehaved(options);
    expect(options.code).toBe(0);
  }, 60_000);
});
