import { DEFAULT_LIMITS } from "@rungs/core";
import { CSV_COLUMNS, fromCsv } from "@rungs/formats/csv";
import { describe, expect, it } from "vitest";

const HEADER = CSV_COLUMNS.join(",");
/** A row that, read, would warn (`unknown-field`): seen only when reading goes past it. */
const WARNING_ROW = ",,,,,colour,blue";
/** A row that, read, would be an error (a quote never closed). */
const BROKEN_ROW = 'z,Z,,"never closed,,,';

function rows(count: number, row: (i: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => row(i));
}

describe("fromCsv counts levels and statements while reading, and stops at core's limits (issue 18, item 2)", () => {
  it("refuses one level of 4× maxStatementsPerLevel statements at the row past the limit, reading no further", () => {
    const count = 4 * DEFAULT_LIMITS.maxStatementsPerLevel;
    const text = [HEADER, ...rows(count, (i) => `a,A,S${i},does ${i},,,`), WARNING_ROW, BROKEN_ROW].join("\n");
    const result = fromCsv(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: "/1001/description",
          code: "limit-exceeded",
          message:
            'row 1002, column "description": level "a", up to this row, has 1,001 statements; the limit is 1,000 (maxStatementsPerLevel), which the option { limits: { maxStatementsPerLevel: … } } raises.',
        },
      ],
      warnings: [],
    });
  });

  it("refuses 4× maxLevels distinct levels at the first level past the limit", () => {
    const count = 4 * DEFAULT_LIMITS.maxLevels;
    const text = [HEADER, ...rows(count, (i) => `k${i},K${i},S,does,,,`), WARNING_ROW].join("\r\n");
    const result = fromCsv(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        path: "/51/level_key",
        code: "limit-exceeded",
        message:
          'row 52, column "level_key": the file, up to this row, has 51 levels; the limit is 50 (maxLevels), which the option { limits: { maxLevels: … } } raises.',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("refuses more than maxStatements statements in all", () => {
    const limits = { maxStatements: 10 };
    const text = [HEADER, ...rows(40, (i) => `k${i % 4},K,S${i},does,,,`)].join("\n");
    const result = fromCsv(text, { limits });
    expect(!result.ok && result.errors).toEqual([
      {
        path: "/11/description",
        code: "limit-exceeded",
        message:
          'row 12, column "description": the file, up to this row, has 11 statements in all; the limit is 10 (maxStatements), which the option { limits: { maxStatements: … } } raises.',
      },
    ]);
  });

  it("refuses a statement over maxStatementLength where it is, reading no further", () => {
    const text = [HEADER, "a,A,,short,,,", `a,A,,,${"x".repeat(40)},,`, WARNING_ROW].join("\n");
    const result = fromCsv(text, { limits: { maxStatementLength: 10 } });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: "/2/statement",
          code: "limit-exceeded",
          message:
            'row 3, column "statement": the statement has 40 characters; the limit is 10 (maxStatementLength), which the option { limits: { maxStatementLength: … } } raises.',
        },
      ],
      warnings: [],
    });
  });

  it("refuses text over maxInputLength with core's sentence, before reading it, whatever the options object does", () => {
    const text = `${HEADER}\na,A,,x,,,\n`;
    const limits = Object.defineProperty({ maxInputLength: 10 }, "maxLevels", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(fromCsv(text, { limits })).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          code: "limit-exceeded",
          message: `The CSV text has ${text.length} characters; the limit is 10 (maxInputLength), which the option { limits: { maxInputLength: … } } raises.`,
        },
      ],
      warnings: [],
    });
  });

  it("still reads everything up to a limit that is not crossed", () => {
    const limits = { maxLevels: 2, maxStatementsPerLevel: 3, maxStatements: 6 };
    const text = [HEADER, ...rows(6, (i) => `k${i % 2},K,S${i},does,,,`)].join("\n");
    const result = fromCsv(text, { limits });
    expect(result.ok && result.framework.levels.map((level) => level.statements.length)).toEqual([3, 3]);
  });
});

describe("fromCsv reads any line end as a spreadsheet does (issue 18, item 11)", () => {
  it("a CRLF header then LF rows: three levels, nothing merged", () => {
    const result = fromCsv("level_key,statement\r\na,one\nb,two\nc,three");
    expect(result.ok).toBe(true);
    expect(
      result.ok && result.framework.levels.map((level) => [level.key, level.statements.map((s) => s.text)]),
    ).toEqual([
      ["a", ["one"]],
      ["b", ["two"]],
      ["c", ["three"]],
    ]);
    expect(result.warnings.filter((warning) => warning.code === "ignored-cell")).toEqual([]);
  });

  it("LF, CRLF and lone CR mixed in one file; line breaks inside quotes kept as written", () => {
    const text = 'level_key,statement\na,one\r\nb,"two\r\nlines"\rc,"three\nlines"\r\nd,"four\rx"\n';
    const result = fromCsv(text);
    expect(
      result.ok && result.framework.levels.map((level) => [level.key, level.statements.map((s) => s.text)]),
    ).toEqual([
      ["a", ["one"]],
      ["b", ["two\r\nlines"]],
      ["c", ["three\nlines"]],
      ["d", ["four\rx"]],
    ]);
  });

  it("keeps each row's number in the file when line ends are mixed", () => {
    const result = fromCsv("level_key,statement,field,value\r\na,one,,\n,,colour,blue\rb,two,,");
    expect(result.warnings.find((warning) => warning.code === "unknown-field")?.path).toBe("/2/field");
  });

  it("a quote inside an unquoted cell does not hide the line ends after it", () => {
    const result = fromCsv('level_key,statement\r\na,say "hi\nb,two\nc,3"x');
    expect(result.ok && result.framework.levels.map((level) => level.key)).toEqual(["a", "b", "c"]);
  });
});
