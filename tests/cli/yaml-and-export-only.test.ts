import { createRequire } from "node:module";
import { join } from "node:path";
import { type Framework, parseFramework } from "@rungs/core";
import { toJsonLd } from "@rungs/formats";
import { describe, expect, it } from "vitest";
import { seedJson, seedText } from "../seeds";
import { linesOf, runCli, tempFolder } from "./run-cli";

// Issue 20, item 6: validate and convert read YAML (by name and by content) and say which
// reader they used and why; JSON-LD and HTML are refused as "export only", not read as CSV.

/** The `yaml` package's writer, from @rungs/formats' own dependency. */
const { stringify } = createRequire(join(process.cwd(), "packages/formats/package.json"))("yaml") as {
  stringify(value: unknown): string;
};

interface JsonReport {
  ok: boolean;
  files: { file: string; format?: string; reason?: string; ok: boolean; errors: Issue[]; warnings: Issue[] }[];
}
interface Issue {
  path: string;
  code: string;
  message: string;
}

const seedFramework = (() => {
  const result = parseFramework(seedText());
  if (!result.ok) throw new Error("the seed must parse");
  return result.framework;
})();

function frameworkOf(text: string): Framework | undefined {
  const result = parseFramework(text);
  return result.ok ? result.framework : undefined;
}

const files = tempFolder();
const yamlText = stringify(seedJson());
const named = files.write("ladder.yaml", yamlText);
const unnamed = files.write("ladder.txt", yamlText);
const broken = files.write(
  "broken.yml",
  "schemaVersion: '1.0'\noccupation:\n  title: Engineer\nframework:\n  levels:\n    one: {label: One, statements: [x]\n",
);
const wrongType = files.write(
  "wrong.yaml",
  "schemaVersion: '1.0'\noccupation:\n  title: Engineer\nframework:\n  levels:\n    one:\n      label: [not, text]\n      statements: [Delivery — Ships.]\n",
);
const jsonLd = files.write("ladder.json", JSON.stringify(toJsonLd(seedFramework)));
const page = files.write("ladder.txt.page", "<!doctype html>\n<html><body><h1>Ladder</h1></body></html>\n");

describe("rungs validate and convert read YAML", () => {
  it("validates YAML by name, by content and from stdin, naming the reader and why in --json", async () => {
    const [text, json, stdin] = await Promise.all([
      runCli(["validate", named, unnamed]),
      runCli(["validate", "--json", named, unnamed]),
      runCli(["validate", "--json", "-"], yamlText),
    ]);
    expect(text.code).toBe(0);
    expect(linesOf(text.stdout).at(-1)).toMatch(/^2 files checked: all valid/);
    const report: JsonReport = JSON.parse(json.stdout);
    expect(report.files.map((file) => [file.format, file.reason])).toEqual([
      ["yaml", "the file's name ends in .yaml"],
      ["yaml", "it has a top-level schemaVersion or framework key, as YAML"],
    ]);
    expect((JSON.parse(stdin.stdout) as JsonReport).files[0]).toMatchObject({ format: "yaml", ok: true });
  });

  it("converts YAML to the framework its JSON gives, and reads --from yaml whatever the name", async () => {
    const [converted, asked] = await Promise.all([
      runCli(["convert", named, "--to", "json"]),
      runCli(["convert", files.write("ladder.data", yamlText), "--from", "yaml", "--to", "json"]),
    ]);
    expect(converted).toMatchObject({ code: 0, stderr: "" });
    expect(frameworkOf(converted.stdout)).toEqual(seedFramework);
    expect(frameworkOf(asked.stdout)).toEqual(seedFramework);
  });

  it("reports YAML syntax errors and core's errors at their line and column", async () => {
    const [syntax, typed] = await Promise.all([runCli(["validate", broken]), runCli(["validate", wrongType])]);
    expect(syntax.code).toBe(1);
    expect(linesOf(syntax.stdout)[0]).toMatch(/broken\.yml: error: invalid-yaml: line \d+, column \d+: /);
    // A label that is not text is a warning (the key stands in): still placed in the file.
    expect(linesOf(typed.stdout)).toContainEqual(
      expect.stringMatching(
        /wrong\.yaml:\/framework\/levels\/one\/label: (error|warning): [a-z-]+: line 7, column 7: /,
      ),
    );
  });
});

describe("rungs refuses what it writes but does not read", () => {
  it("says JSON-LD and HTML are export only, instead of a CSV or core error", async () => {
    const runs = await Promise.all([
      runCli(["validate", jsonLd]),
      runCli(["convert", jsonLd, "--to", "csv"]),
      runCli(["validate", page]),
      runCli(["convert", files.write("page.html", "x"), "--to", "json"]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      const output = `${run.stdout}${run.stderr}`;
      expect(output).toMatch(/: error: unsupported-format: The file is (JSON-LD|an HTML page).* export only\./);
      expect(output).not.toMatch(/level_key|invalid-json/);
    }
  });

  it("says why a text was read as CSV when its content decided it", async () => {
    const notes = files.write("notes.txt", "Our ladder\nJunior: writes code\n");
    const run = await runCli(["convert", notes, "--to", "json"]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr).at(-1)).toMatch(
      /notes\.txt \(read as csv, as the text is neither JSON, YAML nor Markdown\) is not a usable framework: \d+ errors?\.$/,
    );
  });
});
