import { parseFramework } from "@rungs/core";
import { detectFormat, importFramework, toCsv, toMarkdown } from "@rungs/formats";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";

// Issue 20, item 3 (detection): Markdown told apart by name and content, and read by
// fromMarkdown through importFramework.

const seed = parseFramework(seedText());
if (!seed.ok) throw new Error("the seed must parse");
const markdown = toMarkdown(seed.framework);

describe("detectFormat: Markdown", () => {
  it("reads .md and .markdown names as Markdown", () => {
    expect(detectFormat("level_key,statement\n", "ladder.md")).toEqual({
      format: "markdown",
      reason: "the file's name ends in .md",
    });
    expect(detectFormat("", "Ladder.MARKDOWN")).toMatchObject({ format: "markdown" });
  });

  it("tells Markdown by a leading heading, table or front matter followed by a body", () => {
    expect(detectFormat(markdown)).toEqual({ format: "markdown", reason: "it starts with a Markdown heading" });
    expect(detectFormat("\n\n## Levels\n\n- x\n")).toMatchObject({ format: "markdown" });
    expect(detectFormat("| Level | Delivery |\n|---|---|\n| L1 | Ships |\n")).toEqual({
      format: "markdown",
      reason: "it starts with a Markdown table",
    });
    expect(detectFormat("---\ntitle: Engineering\n---\n\n# Ladder\n")).toEqual({
      format: "markdown",
      reason: "it starts with front matter and Markdown",
    });
    expect(detectFormat("---\r\ntitle: x\r\n...\r\nbody\r\n")).toMatchObject({ format: "markdown" });
  });

  it("leaves YAML (whose # lines are comments) and CSV to their readers", () => {
    expect(detectFormat("# A ladder\nschemaVersion: '1.0'\nframework: {}\n")).toMatchObject({ format: "yaml" });
    expect(detectFormat("---\nschemaVersion: '1.0'\n")).toMatchObject({ format: "yaml" });
    expect(detectFormat("---\nschemaVersion: '1.0'\n---\n")).toMatchObject({ format: "yaml" });
    expect(detectFormat(toCsv(seed.framework))).toMatchObject({ format: "csv" });
    expect(detectFormat("#hashtag,level_key\n")).toMatchObject({ format: "csv" });
  });
});

describe("importFramework: Markdown", () => {
  it("reads Markdown with fromMarkdown, saying which layout", () => {
    const result = importFramework(markdown, { fileName: "ladder.md" });
    expect(result).toMatchObject({ format: "markdown", reason: "the file's name ends in .md" });
    expect(typeof result.rule).toBe("string");
    expect(importFramework(markdown, { from: "markdown" })).toMatchObject({
      format: "markdown",
      reason: "it was asked for",
    });
  });
});
