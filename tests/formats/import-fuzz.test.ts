import { MAX_ISSUES } from "@rungs/core";
import { fromCase, fromCsv, type ImportResult, importFramework } from "@rungs/formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_TEXTS, hostileText } from "../ssr/hostile";

/**
 * Fuzz suites of the importers (issue 18): any input, any options — never a throw, a result
 * of the documented shape, every issue `{ path, code, message }` with a JSON Pointer, and at
 * most `MAX_ISSUES` errors and warnings listed (then one `too-many-issues`). Inputs stay
 * small so no run can hang; a case at 4× the limits must be refused.
 */

function expectWellFormed(result: ImportResult): void {
  expect(typeof result.ok).toBe("boolean");
  const lists = result.ok ? [result.warnings] : [result.errors, result.warnings];
  if (result.ok) expect(typeof result.framework).toBe("object");
  else expect(result.errors.length).toBeGreaterThan(0);
  for (const list of lists) {
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    list.forEach((issue, index) => {
      expect(Object.keys(issue).sort()).toEqual(["code", "message", "path"]);
      expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
      expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      if (issue.code === "too-many-issues") expect(index).toBe(list.length - 1);
    });
  }
}

/** Options as a host might pass them by mistake: nothing, null, wrong types, limits of every kind, getters that throw. */
const throwingGetter = (name: string) =>
  Object.defineProperty({}, name, {
    enumerable: true,
    get() {
      throw new Error("no");
    },
  });
const limitValue = fc.oneof(
  fc.integer({ min: -2, max: 60 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "10", null, undefined),
);
const oddOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, 0, "x", [], throwingGetter("limits"), throwingGetter("from")),
  fc.record(
    {
      limits: fc.oneof(
        fc.constant(null),
        fc.constant(throwingGetter("maxLevels")),
        fc.record(
          {
            maxInputLength: fc.oneof(limitValue, fc.integer({ min: 0, max: 400 })),
            maxLevels: limitValue,
            maxStatementsPerLevel: limitValue,
            maxStatements: limitValue,
            maxStatementLength: limitValue,
            maxTextLength: limitValue,
          },
          { requiredKeys: [] },
        ),
      ),
      delimiter: fc.constantFrom(",", ";", "\t", null),
      from: fc.constantFrom("json", "csv", "case", "xml", null),
      fileName: fc.constantFrom("a.csv", "a.json", "a.case.json", "a.xlsx", "", 42),
    },
    { requiredKeys: [] },
  ),
);

const csvPiece = fc.oneof(
  hostileText,
  fc.constantFrom(",", ";", '"', '""', "\n", "\r\n", "\r", "'=", "level_key,statement", "a,x", ",,,,,version,1"),
);
const csvText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(csvPiece, { maxLength: 40 }).map((parts) => parts.join("")),
);

const item = fc.record(
  {
    identifier: fc.oneof(fc.constantFrom("i1", "i2", "i3", "d"), fc.string({ maxLength: 4 })),
    uri: fc.constantFrom("u1", "u2", "u3"),
    fullStatement: fc.oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.jsonValue({ maxDepth: 1 })),
    humanCodingScheme: fc.oneof(
      fc.constantFrom("a", "a-2", "1", "\ud800", "\udfff", ""),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    educationLevel: fc.oneof(fc.constantFrom("01", "KG", ["01", "02"]), fc.jsonValue({ maxDepth: 1 })),
    lastChangeDateTime: fc.oneof(fc.constant("2024-01-01T00:00:00Z"), fc.string({ maxLength: 8 })),
  },
  { requiredKeys: [] },
);
const ref = fc.oneof(
  fc.record({ identifier: fc.constantFrom("i1", "i2", "i3", "d", "x") }),
  fc.constantFrom("u1", "u2", "u3"),
  fc.jsonValue({ maxDepth: 1 }),
);
const association = fc.record(
  {
    associationType: fc.oneof(
      fc.constantFrom("isChildOf", "hasSkillLevel", "precedes", "isRelatedTo", "ext:x", "bogus"),
      fc.jsonValue({ maxDepth: 0 }),
    ),
    originNodeURI: ref,
    destinationNodeURI: ref,
    sequenceNumber: fc.oneof(fc.integer(), fc.jsonValue({ maxDepth: 0 })),
  },
  { requiredKeys: [] },
);
const casePackage: fc.Arbitrary<unknown> = fc.record(
  {
    CFDocument: fc.oneof(
      fc.record(
        {
          identifier: fc.constant("d"),
          title: fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 })),
          notes: fc.string(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    CFItems: fc.oneof(
      fc.array(fc.oneof(item, fc.jsonValue({ maxDepth: 1 })), { maxLength: 12 }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    CFAssociations: fc.oneof(fc.array(association, { maxLength: 16 }), fc.jsonValue({ maxDepth: 1 })),
    CFDefinitions: fc.jsonValue({ maxDepth: 2 }),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

describe("fromCsv never throws (fuzz)", () => {
  it("any text, any options: a well-formed result", () => {
    fc.assert(
      fc.property(csvText, oddOptions, (text, options) => {
        expectWellFormed(fromCsv(text, options as never));
      }),
      { seed: 180_011, numRuns: 400 },
    );
  });

  it("any value in place of the text", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (value) => {
        expectWellFormed(fromCsv(value as never));
      }),
      { seed: 180_012, numRuns: 100 },
    );
  });
});

describe("fromCase never throws (fuzz)", () => {
  it("any package-shaped object, as an object and as its JSON text, with any options", () => {
    fc.assert(
      fc.property(casePackage, oddOptions, (pkg, options) => {
        expectWellFormed(fromCase(pkg, options as never));
        expectWellFormed(fromCase(JSON.stringify(pkg), options as never));
      }),
      { seed: 180_021, numRuns: 300 },
    );
  });

  it("any JSON value, any value, any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }), csvText), (value) => {
        expectWellFormed(fromCase(value));
      }),
      { seed: 180_022, numRuns: 300 },
    );
  });
});

describe("importFramework never throws (fuzz)", () => {
  it("any text (CSV-like, JSON of any value, a package's JSON), any options", () => {
    const text = fc.oneof(
      csvText,
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      casePackage.map((pkg) => JSON.stringify(pkg)),
    );
    fc.assert(
      fc.property(text, oddOptions, (input, options) => {
        expectWellFormed(importFramework(input, options as never));
      }),
      { seed: 180_031, numRuns: 400 },
    );
  });

  it("any value in place of the text", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), oddOptions, (value, options) => {
        expectWellFormed(importFramework(value as never, options as never));
      }),
      { seed: 180_032, numRuns: 100 },
    );
  });
});

describe("every importer refuses input at 4× the limits", () => {
  const limits = { maxInputLength: 1_000, maxLevels: 5, maxStatementsPerLevel: 5, maxStatements: 10 };
  const csvRows = (rows: number, key: (i: number) => string) =>
    ["level_key,statement", ...Array.from({ length: rows }, (_, i) => `${key(i)},S — ${i}`)].join("\n");
  const casePkg = (levels: number) => ({
    CFDocument: { identifier: "d", title: "T" },
    CFItems: Array.from({ length: levels }, (_, i) => ({ identifier: `l${i}`, fullStatement: `L${i}` })).concat({
      identifier: "s",
      fullStatement: "S — x",
    }),
    CFAssociations: [
      { associationType: "isChildOf", originNodeURI: { identifier: "s" }, destinationNodeURI: { identifier: "l0" } },
    ],
  });

  const cases: [string, () => ImportResult][] = [
    ["CSV text of 4× maxInputLength", () => fromCsv(`level_key,statement\n${"a,x\n".repeat(1_000)}`, { limits })],
    [
      "CSV of 4× maxLevels levels",
      () =>
        fromCsv(
          csvRows(20, (i) => `k${i}`),
          { limits },
        ),
    ],
    [
      "CSV of 4× maxStatementsPerLevel statements",
      () =>
        fromCsv(
          csvRows(20, () => "a"),
          { limits },
        ),
    ],
    [
      "CSV of 4× maxStatements statements",
      () =>
        fromCsv(
          csvRows(40, (i) => `k${i % 5}`),
          { limits },
        ),
    ],
    ["CASE text of 4× maxInputLength", () => fromCase(JSON.stringify(casePkg(100)), { limits })],
    ["CASE package of 4× maxLevels levels", () => fromCase(casePkg(20), { limits })],
    ["JSON through importFramework, 4× maxInputLength", () => importFramework(`[${"0,".repeat(2_000)}0]`, { limits })],
    [
      "CASE through importFramework, 4× maxInputLength",
      () => importFramework(JSON.stringify(casePkg(100)), { limits }),
    ],
    ["CSV through importFramework, 4× maxInputLength", () => importFramework("a,b\n".repeat(1_000), { limits })],
  ];
  it.each(cases)("%s: limit-exceeded", (_, run) => {
    const result = run();
    expectWellFormed(result);
    expect(!result.ok && result.errors.map((issue) => issue.code)).toContain("limit-exceeded");
  });
});
