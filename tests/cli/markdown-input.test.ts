import { parseFramework } from "@rungs/core";
import { toMarkdown } from "@rungs/formats";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { linesOf, runCli, tempFolder } from "./run-cli";

// Issue 20, item 6: rungs reads a ladder written in Markdown — by name, by content or when
// asked — and says which reader and which layout it used.

interface JsonReport {
  files: { file: string; format?: string; reason?: string; rule?: string; ok: boolean }[];
}

const seed = parseFramework(seedText());
if (!seed.ok) throw new Error("the seed must parse");
const files = tempFolder();
const markdown = toMarkdown(seed.framework);
const named = files.write("ladder.md", markdown);
const unnamed = files.write("ladder.txt", markdown);

describe("rungs reads Markdown", () => {
  it("validates Markdown by name and by content, naming the reader, why and the layout in --json", async () => {
    const [json, asked] = await Promise.all([
      runCli(["validate", "--json", named, unnamed]),
      runCli(["validate", "--json", "--from", "markdown", "-"], markdown),
    ]);
    const report: JsonReport = JSON.parse(json.stdout);
    expect(report.files.map((file) => [file.format, file.reason])).toEqual([
      ["markdown", "the file's name ends in .md"],
      ["markdown", "it starts with a Markdown heading"],
    ]);
    for (const file of report.files) expect(typeof file.rule).toBe("string");
    expect((JSON.parse(asked.stdout) as JsonReport).files[0]).toMatchObject({
      format: "markdown",
      reason: "it was asked for",
    });
  });

  it("converts Markdown to JSON, and lists --from markdown in the help", async () => {
    const [converted, help] = await Promise.all([
      runCli(["convert", named, "--to", "json"]),
      runCli(["convert", "--help"]),
    ]);
    expect(converted.stdout === "" ? converted.stderr : "").toBe("");
    expect(parseFramework(converted.stdout).ok).toBe(true);
    expect(linesOf(help.stdout).join("\n")).toContain("--from <json|csv|case|yaml|markdown>");
  });
});
