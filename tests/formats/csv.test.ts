import { type Framework, parseFramework } from "@rungs/core";
import { CSV_COLUMNS, fromCsv, toCsv } from "@rungs/formats/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsed, parsedSeed } from "../core/frameworks";
import { seedFiles, seedText } from "../seeds";
import { frameworkJsonArbitrary } from "./arbitraries";
import { cellsOf } from "./csv-cells";

/** The framework a CSV text imports as; the test fails with the issues when it does not. */
function imported(text: string, options?: Parameters<typeof fromCsv>[1]): Framework {
  const result = fromCsv(text, options);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

const SMALL = parsed({
  schemaVersion: "1.0",
  occupation: { title: "Technician", soc: "17-3024.00", jobZone: 3, jobZoneInferred: false },
  framework: {
    version: "1.0",
    description: "",
    levels: {
      emerging: { label: "Emerging", statements: ["Circuits — tests them, with help", "Reads   — schematics"] },
      empty: { label: "Empty", statements: [] },
      advanced: { label: "Advanced", statements: ["Leads audits", '=HYPERLINK("http://x") — looks like a formula'] },
    },
  },
  sources: { onet: "https://www.onetcenter.org/", "=cmd": "@SUM(1)" },
  attribution: "O*NET, CC BY 4.0",
});

describe("toCsv → fromCsv", () => {
  it.each(seedFiles)("gives back %s exactly", (name) => {
    const framework = parsedSeed(name);
    expect(imported(toCsv(framework))).toEqual(framework);
    expect(imported(toCsv(framework, { delimiter: ";", bom: true }))).toEqual(framework);
  });

  it("gives back every generated framework exactly: hostile text, formulas, quotes, line breaks, odd keys", () => {
    fc.assert(
      fc.property(
        frameworkJsonArbitrary,
        fc.constantFrom<"," | ";">(",", ";"),
        fc.boolean(),
        (json, delimiter, bom) => {
          const first = parseFramework(json);
          if (!first.ok) throw new Error(`generated framework invalid: ${JSON.stringify(first.errors)}`);
          const result = fromCsv(toCsv(first.framework, { delimiter, bom }));
          expect(result.ok && result.framework).toEqual(first.framework);
        },
      ),
      { seed: 18401, numRuns: 400 },
    );
  });

  it.each(seedFiles)("imports %s with the warnings its JSON has, and none of its own", (name) => {
    const result = fromCsv(toCsv(parsedSeed(name)));
    const fromJson = parseFramework(seedText(name));
    expect(result.warnings.map((issue) => issue.code)).toEqual(fromJson.warnings.map((issue) => issue.code));
    // Each points at a row of the file, as a person would look for it; the count of those past
    // the cap (a real ladder has over 100) is about the whole file, in core's words.
    for (const issue of result.warnings) {
      if (issue.code === "too-many-issues") expect(fromJson.warnings).toContainEqual(issue);
      else expect(issue.message).toMatch(/^row \d+, column "\w+": /);
    }
  });
});

describe("toCsv layout", () => {
  const rows = cellsOf(toCsv(SMALL));

  it("starts with the documented header, then the framework-level fields, then one row per statement", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toEqual(["level_key", "level_label", "subject", "description", "statement", "field", "value"]);
    const fields = rows.slice(1).filter((row) => row[5] !== "");
    expect(fields.map((row) => row[5])).toEqual([
      "schemaVersion",
      "occupation.title",
      "occupation.soc",
      "occupation.jobZone",
      "occupation.jobZoneInferred",
      "version",
      "description",
      "attribution",
      "source.onet",
      "source.=cmd",
    ]);
    expect(rows.slice(1).findIndex((row) => row[0] !== "")).toBe(fields.length);
    expect(fields.every((row) => row.slice(0, 5).every((cell) => cell === ""))).toBe(true);
    expect(rows.filter((row) => row[0] === "emerging")).toHaveLength(2);
  });

  it("fills subject and description, and the full text only when they would not give it back", () => {
    const emerging = rows.filter((row) => row[0] === "emerging");
    expect(emerging[0]).toEqual(["emerging", "Emerging", "Circuits", "tests them, with help", "", "", ""]);
    expect(emerging[1]).toEqual(["emerging", "Emerging", "Reads", "schematics", "Reads   — schematics", "", ""]);
    const advanced = rows.filter((row) => row[0] === "advanced");
    expect(advanced[0]?.slice(2, 5)).toEqual(["", "Leads audits", ""]);
  });

  it("writes a level without statements as one row with its key and label", () => {
    expect(rows.filter((row) => row[0] === "empty")).toEqual([["empty", "Empty", "", "", "", "", ""]]);
  });

  it("neutralises cells a spreadsheet would run as formulas, and import restores them", () => {
    const flat = rows.flat();
    expect(flat.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    expect(flat).toContain('\'=HYPERLINK("http://x")');
    expect(flat).toContain("'@SUM(1)");
    expect(imported(toCsv(SMALL))).toEqual(SMALL);
  });

  it("prefixes an apostrophe to a cell already starting with one before a formula character, so import keeps it", () => {
    const framework = parsed({
      schemaVersion: "1.0",
      occupation: { title: "'=1" },
      framework: { levels: { a: { label: "''", statements: ["'-2", "'plain", "-3"] } } },
    });
    const cells = cellsOf(toCsv(framework)).flat();
    expect(cells).toEqual(expect.arrayContaining(["''=1", "'''", "''-2", "'plain", "'-3"]));
    expect(imported(toCsv(framework))).toEqual(framework);
  });

  it("uses ';' when asked, as European Excel does, and starts with a BOM when asked", () => {
    const text = toCsv(SMALL, { delimiter: ";", bom: true });
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(";")}\r\n`)).toBe(true);
    expect(cellsOf(text, ";")[0]).toEqual([...CSV_COLUMNS]);
    expect(toCsv(SMALL).startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
  });

  it("quotes cells holding either delimiter, quotes or line breaks", () => {
    const framework = parsed({
      schemaVersion: "1.0",
      occupation: { title: 'A "quoted", title; with\nbreaks' },
      framework: { levels: { a: { label: "A", statements: ["x"] } } },
    });
    const text = toCsv(framework);
    expect(text).toContain('"A ""quoted"", title; with\nbreaks"');
    expect(cellsOf(text).flat()).toContain('A "quoted", title; with\nbreaks');
  });
});
