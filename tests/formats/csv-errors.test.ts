import { fromCsv, toCsv } from "@rungs/formats/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsedSeed } from "../core/frameworks";
import { hostileText } from "../ssr/hostile";

const HEADER = "level_key,level_label,subject,description,statement,field,value";

/** The errors of an import that must fail; the test fails when it succeeds. */
function errorsOf(text: unknown) {
  const result = fromCsv(text as string);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe("fromCsv reports bad CSV with rows and columns, never throwing", () => {
  it("names every missing column in one error on the header row", () => {
    expect(errorsOf("level,text\na,b\n")).toEqual([
      {
        path: "/0",
        code: "missing-column",
        message: expect.stringMatching(/^row 1: .*"level_key".*"statement" or "description"/),
      },
    ]);
    expect(errorsOf("level_key,description,field\na,b,\n")[0]?.message).toMatch(/"value"/);
  });

  it("refuses a column named twice", () => {
    expect(errorsOf("level_key,description,Description\na,b,c\n")).toEqual([
      {
        path: "/0/description",
        code: "duplicate-column",
        message: expect.stringMatching(/^row 1, column "description": /),
      },
    ]);
  });

  it("warns about unknown columns once, at the header, and reads the rest", () => {
    const result = fromCsv("level_key,description,notes\na,b,remember this\n");
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toEqual({
      path: "/0/notes",
      code: "unknown-column",
      message: expect.stringMatching(/^row 1, column "notes": "notes" is not a column/),
    });
    expect(result.warnings.filter((issue) => issue.code === "unknown-column")).toHaveLength(1);
  });

  it("reports an unterminated quote at its row and column, and nothing built from the garbled rest", () => {
    const text = `${HEADER}\na,A,,fine,,,\nb,B,,"never closed,,,\nc,C,,x,,,\n`;
    expect(errorsOf(text)).toEqual([
      {
        path: "/2/description",
        code: "invalid-csv",
        message: expect.stringMatching(/^row 3, column "description": a quoted cell .* never closed/),
      },
    ]);
  });

  it("reports text after a closing quote", () => {
    const errors = errorsOf(`${HEADER}\na,A,,"quoted" then text,,,\n`);
    expect(errors[0]).toMatchObject({ code: "invalid-csv", message: expect.stringMatching(/^row 2/) });
  });

  it("reports an empty file, a file of blank rows, and input that is not text", () => {
    for (const text of ["", "\uFEFF", "\r\n\r\n", ",,,\n,,,\n"]) {
      expect(errorsOf(text)).toEqual([{ path: "", code: "invalid-csv", message: expect.stringMatching(/empty/) }]);
    }
    for (const value of [undefined, null, 42, {}, ["a,b"]]) {
      expect(errorsOf(value)[0]).toMatchObject({ path: "", code: "invalid-csv" });
    }
  });

  it("reports a file with fields but no level", () => {
    expect(errorsOf(`${HEADER}\n,,,,,occupation.title,T\n`)).toEqual([
      { path: "/0/level_key", code: "no-levels", message: expect.stringMatching(/^row 1, column "level_key": /) },
    ]);
  });

  it("reports a bad job zone at its row, as parseFramework reports it in JSON, and drops it", () => {
    const result = fromCsv(`${HEADER}\n,,,,,occupation.jobZone,three\na,A,,x,,,\n`);
    expect(result.ok && result.framework.occupation.jobZone).toBeUndefined();
    expect(result.warnings).toContainEqual({
      path: "/1/value",
      code: "invalid-field",
      message: expect.stringMatching(
        /^row 2, column "value": occupation\.jobZone must be a whole number from 1 to 5; found the text "three"/,
      ),
    });
    expect(fromCsv(`${HEADER}\n,,,,,occupation.jobZone,9\na,A,,x,,,\n`).warnings).toContainEqual(
      expect.objectContaining({ path: "/1/value", code: "invalid-field" }),
    );
  });

  it("refuses an unsupported schema version at its row", () => {
    expect(errorsOf(`${HEADER}\n,,,,,schemaVersion,2.0\na,A,,x,,,\n`)).toEqual([
      { path: "/1/value", code: "unsupported-version", message: expect.stringMatching(/^row 2, column "value": /) },
    ]);
  });

  it("refuses a statement over the length limit at its row and column", () => {
    const long = "x".repeat(2_001);
    expect(errorsOf(`${HEADER}\na,A,,short,,,\na,A,,,${long},,\n`)).toEqual([
      { path: "/2/statement", code: "limit-exceeded", message: expect.stringMatching(/^row 3, column "statement": /) },
    ]);
  });

  it("refuses text longer than maxInputLength before reading it", () => {
    expect(fromCsv(`${HEADER}\na,A,,x,,,\n`, { limits: { maxInputLength: 10 } })).toEqual({
      ok: false,
      errors: [{ path: "", code: "limit-exceeded", message: expect.stringMatching(/maxInputLength/) }],
      warnings: [],
    });
  });

  it("warns about unknown fields, values without fields, level cells on field rows, cells past the header", () => {
    const text = `${HEADER}\n,,,,,colour,blue\n,,,,,,orphan\nx,,,,,version,1\na,A,,x,,,,extra\n`;
    const result = fromCsv(text);
    expect(result.ok).toBe(true);
    const own = result.warnings
      .filter((issue) => ["unknown-field", "ignored-cell"].includes(issue.code))
      .map((issue) => [issue.path, issue.code]);
    expect(own).toEqual([
      ["/1/field", "unknown-field"],
      ["/2/value", "ignored-cell"],
      ["/3/level_key", "ignored-cell"],
      ["/4", "ignored-cell"],
    ]);
  });

  it("lists at most 100 issues of a kind, then how many more", () => {
    const rows = Array.from({ length: 150 }, (_, index) => `,,,,,unknown${index},x`);
    const result = fromCsv([HEADER, ...rows, "a,A,,x,,,"].join("\n"));
    const own = result.warnings.filter((issue) => issue.code === "unknown-field");
    expect(own).toHaveLength(100);
    expect(result.warnings).toContainEqual({
      path: "",
      code: "too-many-issues",
      // 50 more unknown fields and core's three (no title, no attribution, "x" without a
      // subject): the importer's warnings and core's are one list, with one cap (issue 18).
      message: "53 more warnings are not listed; only the first 100 warnings are.",
    });
  });
});

describe("fromCsv on any input", () => {
  /** Every issue points at the file or at a row, and says where in words. */
  function expectLocated(result: ReturnType<typeof fromCsv>) {
    const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
    for (const issue of issues) {
      if (issue.path === "") continue;
      expect(issue.path).toMatch(/^\/\d+(\/.*)?$/s);
      expect(issue.message).toMatch(/^row \d+(, column ".*")?: /s);
    }
  }

  it("never throws on arbitrary text and locates every issue", () => {
    const csvish = fc
      .array(fc.oneof(hostileText, fc.constantFrom(",", ";", '"', "\n", "\r\n", "\r", "'=", HEADER, "a,A,,x,,,")), {
        maxLength: 30,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish), (text) => {
        expectLocated(fromCsv(text));
      }),
      { seed: 18601, numRuns: 500 },
    );
  });

  it("never throws on a real export cut or spliced anywhere", () => {
    const text = toCsv(parsedSeed("ft-operations.json"));
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), hostileText, (start, end, insert) => {
        const spliced = text.slice(0, Math.min(start, end)) + insert + text.slice(Math.max(start, end));
        expectLocated(fromCsv(spliced));
        expectLocated(fromCsv(spliced, { delimiter: ";" }));
      }),
      { seed: 18602, numRuns: 200 },
    );
  });
});
