import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedFiles, seedJson, seedText } from "../seeds";
import { HOSTILE_TEXTS } from "../ssr/hostile";
import { linesOf, runCli, tempFolder } from "./run-cli";

const seedPaths = seedFiles.map((name) => join(SEEDS_DIR, name));
const casePaths = readdirSync(join(SEEDS_DIR, "case"))
  .filter((name) => name.endsWith(".json") && !name.includes("schema"))
  .map((name) => join(SEEDS_DIR, "case", name));

/** The `validate --json` report's shape, as a portal's CI script reads it. */
interface JsonReport {
  ok: boolean;
  files: { file: string; format?: string; ok: boolean; errors: Issue[]; warnings: Issue[] }[];
}
interface Issue {
  path: string;
  code: string;
  message: string;
}

const files = tempFolder();
/** A framework with no levels and a title of the wrong type: an error and a warning. */
const broken = files.write(
  "broken.json",
  JSON.stringify({ ...seedJson(), occupation: { title: 42 }, framework: { levels: {} } }),
);
/** The seed with a key Rungs does not know: valid, with a warning. */
const warned = files.write("warned.json", JSON.stringify({ ...seedJson(), colour: "blue" }));
const truncated = files.write("truncated.json", seedText().slice(0, 200));

describe("rungs validate", () => {
  it("passes every seed and CASE sample, each read in its format, with progress on stderr only", async () => {
    const all = [...seedPaths, ...casePaths];
    const [text, json] = await Promise.all([runCli(["validate", ...all]), runCli(["validate", "--json", ...all])]);
    expect(text.code).toBe(0);
    const lines = linesOf(text.stdout);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${all.length} files checked: all valid \\(0 errors, \\d+ warnings?\\)\\.$`),
    );
    expect(lines.slice(0, -1).every((line) => /: warning: /.test(line))).toBe(true);
    expect(text.stderr).toContain(`checked ${all.length} of ${all.length}`);
    expect(json.code).toBe(0);
    const report: JsonReport = JSON.parse(json.stdout);
    expect(report.ok).toBe(true);
    expect(report.files.map((file) => [file.file, file.format])).toEqual([
      ...seedPaths.map((path) => [path, "json"]),
      ...casePaths.map((path) => [path, "case"]),
    ]);
    expect(json.stderr).toContain(`checked ${all.length} of ${all.length}`);
  });

  it("prints every problem as file:path: error|warning: code: message, and exits 1 on errors", async () => {
    const args = [broken, warned, truncated, seedPaths[0] ?? ""];
    const [text, json] = await Promise.all([runCli(["validate", ...args]), runCli(["validate", "--json", ...args])]);
    expect(text.code).toBe(1);
    const lines = linesOf(text.stdout);
    const problems = lines.slice(0, -1);
    expect(problems).toContainEqual(expect.stringMatching(/broken\.json:\/framework\/levels: error: no-levels: /));
    expect(problems).toContainEqual(
      expect.stringMatching(/broken\.json:\/occupation\/title: warning: invalid-field: /),
    );
    expect(problems).toContainEqual(expect.stringMatching(/warned\.json:\/colour: warning: unknown-key: /));
    expect(problems.filter((line) => line.startsWith(truncated)).length).toBeGreaterThan(0);
    // Each line names its file first: none is about the valid seed.
    expect(problems.every((line) => [broken, warned, truncated].some((file) => line.startsWith(`${file}:`)))).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/^4 files checked: 2 not valid \(\d+ errors, \d+ warnings\)\.$/);

    // --json: one document with the same problems.
    expect(json.code).toBe(1);
    const report: JsonReport = JSON.parse(json.stdout);
    expect(report.ok).toBe(false);
    expect(report.files.map((file) => [file.file, file.ok])).toEqual([
      [broken, false],
      [warned, true],
      [truncated, false],
      [args[3], true],
    ]);
    expect(report.files[1]?.warnings.map((issue) => issue.code)).toEqual(["unknown-key"]);
    const count = report.files.reduce((sum, file) => sum + file.errors.length + file.warnings.length, 0);
    expect(problems).toHaveLength(count);
  });

  it("exits 0 when the only problems are warnings; no progress for one file or with --quiet", async () => {
    const [one, quiet] = await Promise.all([
      runCli(["validate", warned]),
      runCli(["validate", "--quiet", warned, seedPaths[0] ?? ""]),
    ]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("warning: unknown-key");
    expect(one.stderr).toBe("");
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
  });

  it("reads stdin for -, telling CSV from JSON by content", async () => {
    const [json, csv] = await Promise.all([
      runCli(["validate", "--json", "-"], seedText()),
      runCli(["validate", "--json", "-"], "not,a\nframework,file\n"),
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ file: "-", format: "json", ok: true });
    expect(csv.code).toBe(1);
    expect(JSON.parse(csv.stdout).files[0]).toMatchObject({ file: "-", format: "csv", ok: false });
  });

  it("reads UTF-16 text (Excel's Unicode text) and reports bytes that are not UTF-8", async () => {
    const utf16 = files.write(
      "utf16.json",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(), "utf16le")]),
    );
    const latin1 = files.write(
      "latin1.csv",
      Buffer.from("level key,statement\nemerging,Ingénieur — tests\n", "latin1"),
    );
    const run = await runCli(["validate", "--json", utf16, latin1]);
    const report: JsonReport = JSON.parse(run.stdout);
    expect(report.files[0]?.ok).toBe(true);
    expect(report.files[1]?.errors.map((issue) => issue.code)).toEqual(["not-utf-8"]);
    expect(run.code).toBe(1);
  });

  it("keeps a file's control and bidi characters out of the terminal: one line per problem", async () => {
    const hostile = HOSTILE_TEXTS.join("\u001B[2J\r\n");
    const path = files.write(
      "hostile.json",
      JSON.stringify({ ...seedJson(), [hostile]: hostile, occupation: { title: 42, [hostile]: 1 } }),
    );
    const run = await runCli(["validate", path]);
    const problems = linesOf(run.stdout).slice(0, -1);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.every((line) => line.startsWith(`${path}:`))).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
  });

  it("reports any file content without crashing: exit 0 or 1 and a parseable report", async () => {
    const contents = fc.sample(
      fc.oneof(
        fc.string({ unit: "binary" }),
        fc.json(),
        fc
          .array(fc.array(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_TEXTS)), { maxLength: 6 }), { maxLength: 8 })
          .map((rows) => rows.map((row) => row.join(",")).join("\r\n")),
        fc.uint8Array({ maxLength: 300 }),
      ),
      { numRuns: 60, seed: 11 },
    );
    const extensions = [".json", ".csv", ".case.json", ".txt"];
    const paths = contents.map((content, index) => files.write(`fuzz-${index}${extensions[index % 4]}`, content));
    const run = await runCli(["validate", "--json", "--quiet", ...paths]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    const report: JsonReport = JSON.parse(run.stdout);
    expect(report.files.map((file) => file.file)).toEqual(paths);
    for (const file of report.files) expect(file.ok).toBe(file.errors.length === 0);
  });

  it("exits 2 on a usage error and says what is wrong, with nothing on stdout", async () => {
    const missing = join(files.dir, "missing.json");
    const seed = seedPaths[0] ?? "";
    const cases: [string[], string][] = [
      [["validate"], "no files given"],
      [["validate", "--colour", seed], "--colour"],
      [["validate", "--from", "xml", seed], "--from must be one of json, csv, case"],
      [["validate", seed, missing], `${missing}: no such file`],
      [["validate", files.dir], "is a folder"],
      [["validate", "-", "-"], "stdin (-) can be read once"],
      [["valdate", seed], "unknown command 'valdate'"],
      [[], "Usage: rungs <command>"],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    cases.forEach(([args, message], index) => {
      const run = runs[index];
      expect({ args, code: run?.code, stdout: run?.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(run?.stderr).toContain(message);
    });
  });
});

describe("rungs --help and --version", () => {
  it("prints help for the tool and each command on stdout, exit 0", async () => {
    const cases = [["--help"], ["help", "convert"], ["validate", "--help"], ["convert", "-h"], ["render", "--help"]];
    const runs = await Promise.all(cases.map((args) => runCli(args)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: rungs/);
    }
  });

  it("prints the package's version", async () => {
    const run = await runCli(["--version"]);
    const { version } = JSON.parse(readFileSync("packages/cli/package.json", "utf8"));
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
