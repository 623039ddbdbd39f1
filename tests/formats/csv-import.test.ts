import { readFileSync } from "node:fs";
import type { Framework } from "@rungs/core";
import { CSV_COLUMNS, fromCsv, toCsv } from "@rungs/formats/csv";
import { describe, expect, it } from "vitest";
import { parsed, parsedSeed } from "../core/frameworks";

/** The framework a CSV text imports as; the test fails with the issues when it does not. */
function imported(text: string, options?: Parameters<typeof fromCsv>[1]): Framework {
  const result = fromCsv(text, options);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

const HEADER = CSV_COLUMNS.join(",");

/** A small file as a person would write it: LF line ends, no quotes where none are needed. */
const HAND_WRITTEN = [
  HEADER,
  ",,,,,occupation.title,Technician",
  ",,,,,attribution,Us",
  "junior,Junior,Circuits,tests them,,,",
  "junior,Junior,Reports,writes them,,,",
  "senior,Senior,Circuits,designs them,,,",
].join("\n");

const EXPECTED = parsed({
  schemaVersion: "1.0",
  occupation: { title: "Technician" },
  framework: {
    levels: {
      junior: { label: "Junior", statements: ["Circuits — tests them", "Reports — writes them"] },
      senior: { label: "Senior", statements: ["Circuits — designs them"] },
    },
  },
  attribution: "Us",
});

describe("fromCsv reads CSV as spreadsheets write it", () => {
  it("reads a hand-written file, joining subject and description with an em dash", () => {
    expect(imported(HAND_WRITTEN)).toEqual(EXPECTED);
    expect(fromCsv(HAND_WRITTEN).warnings).toEqual([]);
  });

  it("reads CRLF, LF and CR line ends alike", () => {
    expect(imported(HAND_WRITTEN.replaceAll("\n", "\r\n"))).toEqual(EXPECTED);
    expect(imported(HAND_WRITTEN.replaceAll("\n", "\r"))).toEqual(EXPECTED);
  });

  it("skips a byte order mark", () => {
    expect(imported(`\uFEFF${HAND_WRITTEN}`)).toEqual(EXPECTED);
  });

  it("skips blank rows at the end, in the middle, and rows of only delimiters", () => {
    const lines = HAND_WRITTEN.split("\n");
    const text = [...lines.slice(0, 3), "", ",,,,,,", ...lines.slice(3), "", "", ",,,,,,", ""].join("\r\n");
    expect(imported(text)).toEqual(EXPECTED);
    expect(fromCsv(text).warnings).toEqual([]);
  });

  it("reads semicolon-separated files (European Excel), guessed from the header or given", () => {
    const semicolons = HAND_WRITTEN.replaceAll(",", ";");
    expect(imported(semicolons)).toEqual(EXPECTED);
    expect(imported(semicolons, { delimiter: ";" })).toEqual(EXPECTED);
    const commaInText = `${semicolons}\nsenior;Senior;Budgets;plans them, with help;;;`;
    expect(imported(commaInText).levels[1]?.statements[1]?.text).toBe("Budgets — plans them, with help");
  });

  it("reads Excel's sep= line, and keeps the rows' numbers as the file has them", () => {
    const text = `sep=;\r\n${HAND_WRITTEN.replaceAll(",", ";").replaceAll("\n", "\r\n")}\r\nsenior;;;x — y — z;x;;`;
    const result = fromCsv(text);
    expect(result.ok && result.framework.levels).toEqual(
      EXPECTED.levels.map((level) => expect.objectContaining({ key: level.key })),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ path: "/7/statement", code: "conflicting-value" }),
    );
  });

  it("reads quoted cells with line breaks, delimiters and doubled quotes", () => {
    const text = `${HEADER}\njunior,Junior,,,"Says ""no"",\nwhen asked; politely",,\n`;
    expect(imported(text).levels[0]?.statements[0]?.text).toBe('Says "no",\nwhen asked; politely');
  });

  it("reads columns in any order, with header names in any case and spacing", () => {
    const text = [
      "Value, FIELD ,Description,Level Key,subject,level-label",
      "Technician,occupation.title,,,,",
      "Us,attribution,,,,",
      "tests them,,tests them,junior,Circuits,Junior".replace("tests them,,", ",,"),
      ",,writes them,junior,Reports,",
      ",,designs them,senior,Circuits,Senior",
    ].join("\n");
    expect(imported(text)).toEqual(EXPECTED);
  });

  it("reads metadata rows in any order and anywhere among the statements", () => {
    const lines = HAND_WRITTEN.split("\n");
    const text = [lines[0], lines[2], lines[3], lines[1], lines[4], lines[5]].join("\n");
    expect(imported(text)).toEqual(EXPECTED);
  });

  it("reads only the columns it needs: level_key with statement or description", () => {
    const framework = imported("level_key,statement\njunior,Circuits — tests them\n");
    expect(framework.levels[0]?.statements[0]).toMatchObject({ subject: "Circuits", description: "tests them" });
    expect(framework.levels[0]?.label).toBe("junior");
    expect(framework.schemaVersion).toBe("1.0");
  });

  it("lets a filled statement cell win over subject and description, and says so when they disagree", () => {
    const text = `${HEADER}\njunior,Junior,Circuits,tests them,Circuits — designs them,,\n`;
    const result = fromCsv(text);
    expect(result.ok && result.framework.levels[0]?.statements[0]?.text).toBe("Circuits — designs them");
    expect(result.warnings).toContainEqual({
      path: "/1/statement",
      code: "conflicting-value",
      message: expect.stringMatching(/^row 2, column "statement": .*statement is used/),
    });
  });

  it("keeps the first label of a level and warns about a different one, with both rows", () => {
    const text = `${HEADER}\njunior,Junior,A,b,,,\njunior,,C,d,,,\njunior,Trainee,E,f,,,\n`;
    const result = fromCsv(text);
    expect(result.ok && result.framework.levels[0]?.label).toBe("Junior");
    expect(result.warnings.filter((issue) => issue.code === "conflicting-value")).toEqual([
      {
        path: "/3/level_label",
        code: "conflicting-value",
        message: expect.stringMatching(/^row 4, column "level_label": .*"Trainee".*"Junior" on row 2/),
      },
    ]);
  });

  it("orders levels by first appearance and files each row under its level", () => {
    const text = `${HEADER}\nb,B,,one,,,\na,A,,two,,,\nb,,,three,,,\n`;
    const framework = imported(text);
    expect(framework.levels.map((level) => [level.key, level.statements.map((s) => s.text)])).toEqual([
      ["b", ["one", "three"]],
      ["a", ["two"]],
    ]);
  });

  it("declares a level without statements from a row with only its key and label", () => {
    const framework = imported(`${HEADER}\nempty,Nothing yet,,,,,\na,A,,x,,,\n`);
    expect(framework.levels.map((level) => [level.key, level.label, level.statements.length])).toEqual([
      ["empty", "Nothing yet", 0],
      ["a", "A", 1],
    ]);
  });

  it("uses the last of two rows for one field, and warns with both rows", () => {
    const text = `${HAND_WRITTEN}\n,,,,,occupation.title,Engineer`;
    const result = fromCsv(text);
    expect(result.ok && result.framework.occupation.title).toBe("Engineer");
    expect(result.warnings).toEqual([
      { path: "/6/field", code: "duplicate-field", message: expect.stringMatching(/^row 7, column "field": .*row 2/) },
    ]);
  });

  it("reads field names in any case; source names exactly, in order", () => {
    const text = `${HAND_WRITTEN}\n,,,,, Occupation.JobZone ,4\n,,,,,SOURCE.O*NET ,https://www.onetcenter.org/\n,,,,,source.b,2`;
    const framework = imported(text);
    expect(framework.occupation.jobZone).toBe(4);
    expect(framework.sources.map((source) => [source.name, source.value])).toEqual([
      ["O*NET ", "https://www.onetcenter.org/"],
      ["b", "2"],
    ]);
  });

  it("reads what Excel makes of values: TRUE/FALSE, 1 for 1.0, empty cells", () => {
    const text = `${HAND_WRITTEN}\n,,,,,occupation.jobZoneInferred,TRUE\n,,,,,schemaVersion,1\n,,,,,occupation.jobZone,`;
    const framework = imported(text);
    expect(framework.occupation.jobZoneInferred).toBe(true);
    expect(framework.schemaVersion).toBe("1.0");
    expect(framework.occupation.jobZone).toBeUndefined();
    expect(fromCsv(text).warnings).toEqual([]);
  });

  it("removes the apostrophe that neutralises a formula, and only that one", () => {
    const text = `${HEADER}\n'=a,'+A,'-s,'@d,'''=x,,\nb,B,,'plain,,,\n`;
    const framework = imported(text);
    expect(framework.levels[0]).toMatchObject({ key: "=a", label: "+A" });
    expect(framework.levels[0]?.statements[0]?.text).toBe("''=x");
    expect(framework.levels[1]?.statements[0]?.text).toBe("'plain");
  });

  it("imports its own template with two levels, four statements and the framework's fields", () => {
    const text = readFileSync("packages/formats/csv-template.csv", "utf8");
    const result = fromCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.framework.levels.map((level) => level.statements.length)).toEqual([2, 2]);
    expect(result.framework.occupation.soc).toBe("17-3024.00");
    expect(result.framework.attribution).toMatch(/O\*NET/);
    expect(result.framework.sources[0]?.url).toBe("https://www.onetcenter.org/");
    // And writing it again gives the same file (BOM and CRLF included).
    expect(toCsv(result.framework, { bom: true })).toBe(text);
  });

  it("gives back a seed after a spreadsheet re-saved it with LF line ends and no BOM", () => {
    const framework = parsedSeed();
    const resaved = toCsv(framework, { bom: true })
      .replace(/^\uFEFF/, "")
      .replaceAll("\r\n", "\n");
    expect(imported(resaved)).toEqual(framework);
  });

  it("passes core's options on (limits)", () => {
    const result = fromCsv(HAND_WRITTEN, { limits: { maxStatementsPerLevel: 1 } });
    expect(result.ok).toBe(false);
    // Found while reading (issue 18): at the row past the limit, the statement's cell.
    expect(!result.ok && result.errors[0]).toMatchObject({ code: "limit-exceeded", path: "/4/description" });
  });

  it("warns as parseFramework would, at the row: a statement without a subject, a duplicate", () => {
    const text = `${HAND_WRITTEN}\nsenior,,,just text,,,\nsenior,,Circuits,designs them,,,`;
    const result = fromCsv(text);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: "/6/description",
        code: "missing-subject",
        message: expect.stringMatching(/^row 7, column "description": /),
      },
      {
        path: "/7/description",
        code: "duplicate-statement",
        message: expect.stringMatching(/^row 8, column "description": /),
      },
    ]);
  });
});
