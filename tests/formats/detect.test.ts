import { parseFramework } from "@rungs/core";
import { detectFormat, importFramework, toCase, toCsv } from "@rungs/formats";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";

const seed = parseFramework(seedText());
if (!seed.ok) throw new Error("the seed must parse");
const framework = seed.framework;
const caseText = JSON.stringify(toCase(framework));
const csvText = toCsv(framework);

describe("detectFormat", () => {
  it("tells the three formats apart by content", () => {
    expect(detectFormat(seedText())).toMatchObject({ format: "json" });
    expect(detectFormat(caseText)).toMatchObject({ format: "case" });
    expect(detectFormat(csvText)).toMatchObject({ format: "csv" });
    expect(detectFormat(`\uFEFF${caseText}`)).toMatchObject({ format: "case" });
  });

  it("lets the file's name decide where content cannot", () => {
    expect(detectFormat(seedText(), "ladder.csv")).toMatchObject({ format: "csv" });
    expect(detectFormat("not json", "ladder.json")).toMatchObject({ format: "json" });
    expect(detectFormat(seedText(), "ladder.case.json")).toMatchObject({ format: "case" });
  });

  it("refuses a spreadsheet workbook with what to do instead", () => {
    const refused = detectFormat("PK\u0003\u0004", "ladder.xlsx");
    expect(refused).toMatchObject({ code: "unsupported-format", path: "" });
    expect("message" in refused && refused.message).toMatch(/CSV UTF-8/);
  });
});

describe("importFramework", () => {
  it("reads each format with its importer, to the same framework", () => {
    for (const text of [seedText(), caseText, csvText]) {
      const result = importFramework(text);
      expect(result.ok && result.framework).toEqual(framework);
    }
    expect(importFramework(caseText)).toMatchObject({ format: "case", rule: "top-level" });
  });

  it("reads the format it is asked for, and reports (never throws) when it is not that", () => {
    const result = importFramework(seedText(), { from: "csv" });
    expect(result).toMatchObject({ ok: false, format: "csv", reason: "it was asked for" });
  });

  it("passes core's limits on", () => {
    const result = importFramework(csvText, { limits: { maxStatementsPerLevel: 2 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((issue) => issue.code)).toContain("limit-exceeded");
  });
});
