import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Framework, parseFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedJson, seedText } from "../seeds";
import { CLI, errorLines, linesOf, runCli, SAMPLE_SEEDS, tempFolder } from "./run-cli";

const files = tempFolder();
const seed = join(SEEDS_DIR, SAMPLE_SEEDS[0]);

/** A seed file's framework, as `parseFramework` reads it. */
function seedFramework(name: string = SAMPLE_SEEDS[0]): Framework {
  const result = parseFramework(seedText(name));
  if (!result.ok) throw new Error(`seed ${name} does not parse`);
  return result.framework;
}

/** The framework in JSON text the CLI wrote. */
function frameworkOf(text: string): Framework | undefined {
  const result = parseFramework(text);
  return result.ok ? result.framework : undefined;
}

describe("rungs convert", () => {
  it("writes seeds as JSON, CSV and CASE that read back (from stdin) as the same framework", async () => {
    for (const name of SAMPLE_SEEDS) {
      const path = join(SEEDS_DIR, name);
      const outs = await Promise.all(
        (["json", "csv", "case"] as const).map((to) => runCli(["convert", path, "--to", to])),
      );
      const [json, csv, casePackage] = outs;
      for (const run of outs)
        expect({ name, code: run.code, errors: errorLines(run.stderr) }).toEqual({ name, code: 0, errors: [] });
      expect(frameworkOf(json?.stdout ?? "")).toEqual(seedFramework(name));
      const backs = await Promise.all([
        runCli(["convert", "-", "--from", "csv", "--to", "json"], csv?.stdout),
        runCli(["convert", "-", "--from", "case", "--to", "json"], casePackage?.stdout),
      ]);
      for (const back of backs) {
        expect({ name, code: back.code, errors: errorLines(back.stderr) }).toEqual({ name, code: 0, errors: [] });
        expect(frameworkOf(back.stdout)).toEqual(seedFramework(name));
      }
    }
  });

  it("round-trips through a shell pipe, one rungs into another, with ; as the CSV separator", async () => {
    const script = `"$0" "$1" convert "$2" --to csv --delimiter ';' | "$0" "$1" convert - --to json`;
    const { stdout } = await promisify(execFile)("sh", ["-c", script, process.execPath, CLI, seed]);
    expect(frameworkOf(stdout)).toEqual(seedFramework());
  });

  it("tells a CASE package from Rungs JSON by its content, and CSV by its extension", async () => {
    const [casePackage, csv] = await Promise.all([
      runCli(["convert", seed, "--to", "case"]),
      runCli(["convert", seed, "--to", "csv"]),
    ]);
    const paths = [files.write("package.json", casePackage.stdout), files.write("framework.csv", csv.stdout)];
    const runs = await Promise.all(paths.map((path) => runCli(["convert", path, "--to", "json"])));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(frameworkOf(run.stdout)).toEqual(seedFramework());
    }
  });

  it("writes CASE with the --date and --base-uri given, the same every run", async () => {
    const args = [
      "convert",
      seed,
      "--to",
      "case",
      "--date",
      "2026-01-31T00:00:00Z",
      "--base-uri",
      "https://example.org/case",
    ];
    const [first, second] = await Promise.all([runCli(args), runCli(args)]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const casePackage = JSON.parse(first.stdout);
    expect(casePackage.CFDocument.lastChangeDateTime).toBe("2026-01-31T00:00:00Z");
    expect(casePackage.CFDocument.uri).toMatch(/^https:\/\/example\.org\/case\//);
  });

  it("writes Markdown (with the matrix when asked) and JSON-LD", async () => {
    const title = seedFramework().occupation.title;
    const [md, matrix, jsonld] = await Promise.all([
      runCli(["convert", seed, "--to", "md"]),
      runCli(["convert", seed, "--to", "md", "--matrix"]),
      runCli(["convert", seed, "--to", "jsonld", "--lang", "en-US"]),
    ]);
    expect(md.stdout).toContain(title);
    expect(md.stdout).not.toMatch(/^\|/m);
    expect(matrix.stdout).toMatch(/^\|.*\|$/m);
    expect(JSON.parse(jsonld.stdout)).toMatchObject({
      "@context": expect.stringContaining("schema.org"),
      "@type": "Occupation",
      name: title,
    });
  });

  it("writes Markdown with --front-matter that converts back to the same 1.1 framework", async () => {
    const fixture = join(process.cwd(), "tests/core/fixtures/format-1-1/every-field.json");
    const files = tempFolder();
    const md = await runCli(["convert", fixture, "--to", "md", "--front-matter"]);
    expect(md.stdout.startsWith("---\n")).toBe(true);
    const back = await runCli(["convert", files.write("ladder.md", md.stdout), "--to", "json"]);
    const expected = parseFramework(readFileSync(fixture, "utf8"));
    expect(parseFramework(back.stdout)).toEqual(expected);
  });

  it("writes to --out and nothing to stdout", async () => {
    const out = join(files.dir, "out.csv");
    const run = await runCli(["convert", seed, "--to", "csv", "--out", out]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const back = await runCli(["convert", out, "--to", "json"]);
    expect(frameworkOf(back.stdout)).toEqual(seedFramework());
  });

  it("prints an input's warnings on stderr and still converts", async () => {
    const warned = files.write("warned.json", JSON.stringify({ ...seedJson(), colour: "blue" }));
    const run = await runCli(["convert", warned, "--to", "json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warned\.json:\/colour: warning: unknown-key: /);
    expect(frameworkOf(run.stdout)).toEqual(seedFramework());
  });

  it("exits 1 with every problem on stderr, writing nothing, when the input is not usable", async () => {
    const broken = files.write("broken.csv", 'level key,statement\n,\n"unclosed\n');
    const out = join(files.dir, "never.json");
    const run = await runCli(["convert", broken, "--to", "json", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = linesOf(run.stderr);
    expect(lines.slice(0, -1).length).toBeGreaterThan(0);
    expect(lines.slice(0, -1).every((line) => line.startsWith(`${broken}:`))).toBe(true);
    expect(lines.at(-1)).toMatch(/broken\.csv \(read as csv\) is not a usable framework: \d+ errors?\.$/);
    expect(existsSync(out)).toBe(false);
  });

  it("says a spreadsheet workbook must be saved as CSV", async () => {
    const workbook = files.write("ladder.xlsx", readFileSync(seed));
    const run = await runCli(["convert", workbook, "--to", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unsupported-format");
    expect(run.stderr).toContain("CSV UTF-8");
  });

  it("exits 2 on a usage error and says what is wrong", async () => {
    const cases: [string[], string][] = [
      [["convert", seed], "--to is required"],
      [["convert", seed, "--to", "xlsx"], "--to must be one of csv, md, jsonld, case, json"],
      [["convert", "--to", "csv"], "no input file"],
      [["convert", seed, seed, "--to", "csv"], "one input file at a time"],
      [["convert", seed, "--to", "csv", "--matrix"], "--matrix applies to --to md only"],
      [["convert", seed, "--to", "case", "--date", "yesterday"], "--date must be a date-time"],
      [["convert", seed, "--to", "csv", "--delimiter", "|"], "--delimiter must be one of"],
      [["convert", join(files.dir, "nope.json"), "--to", "csv"], "nope.json: no such file"],
      [["convert", seed, "--to", "csv", "--out", join(files.dir, "no-folder", "x.csv")], "its folder does not exist"],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    cases.forEach(([args, message], index) => {
      const run = runs[index];
      expect({ args, code: run?.code, stdout: run?.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(run?.stderr).toContain(message);
    });
  });
});
