import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DEFAULT_LIMITS, type Framework, parseFramework } from "@rungs/core";
import { toFrameworkJson } from "@rungs/formats";
import { CSV_COLUMNS, fromCsv, toCsv } from "@rungs/formats/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsed, parsedSeed } from "../core/frameworks";
import { seedFiles } from "../seeds";
import { framework11JsonArbitrary } from "./arbitraries";
import { cellsOf } from "./csv-cells";

/** The framework a CSV text imports as; the test fails with the issues when it does not. */
function imported(text: string): Framework {
  const result = fromCsv(text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

/** Whether a parse gave exactly this framework. */
function sameFramework(result: ReturnType<typeof parseFramework>, framework: Framework): boolean {
  try {
    expect(result.ok && result.framework).toEqual(framework);
    return true;
  } catch {
    return false;
  }
}

const EVERY_FIELD = parsed(
  JSON.parse(readFileSync(new URL("../core/fixtures/format-1-1/every-field.json", import.meta.url), "utf8")),
);
/** 1.0's columns, then 1.1's. */
const HEADER_1_1 = [
  ...CSV_COLUMNS,
  "track_key",
  "track_label",
  "statement_id",
  "statement_area",
  "statement_proficiency",
  "statement_notes",
];

/** A file of {@link HEADER_1_1} and two example columns, each row given by the cells it fills. */
function csvOf(rows: Record<string, string>[]): string {
  const header = [...HEADER_1_1, "statement_example_1", "statement_example_2"];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return [header, ...rows.map((cells) => header.map((column) => cells[column] ?? ""))]
    .map((cells) => cells.map(quote).join(","))
    .join("\n");
}

/** The issues of an import, as [path, code]. */
function issuesOf(result: ReturnType<typeof fromCsv>): [string, string][] {
  return [...(result.ok ? [] : result.errors), ...result.warnings].map((issue) => [issue.path, issue.code]);
}

/** sha-256 of each 1.0 seed's CSV as `toCsv` wrote it before format 1.1 (commit f5a2620): `,`, and `;` with a BOM. */
const SEED_CSV_BEFORE_1_1: Record<string, readonly [string, string]> = {
  "17-3024.00.json": [
    "95123cb18d104815aacdd10cdb251c808e8633b5175148ea4383a2cb0e15dc9f",
    "1d50dd8489b7a4cb01a704345a1934d5e618ed767d93395a47ceacae080cb3a0",
  ],
  "ft-engineering-legacy.json": [
    "65e6b2a97037a916fe4b301a504c0ae3be420ca95fc6bc678bed963426fc1af4",
    "f126b84bf5e1a2040106edd4833014d64a2f6581df7788660571cdb9cfc44846",
  ],
  "ft-engineering.json": [
    "9b78d821ba35ad25b91c796df108e0ea9020a5e00a3e9de23258cd8e4b6eae15",
    "06f0315f926ed0b311bfa43746c73bb78384e75e6fc88160fb7035c4dd0e25c2",
  ],
  "ft-operations.json": [
    "70d10bf4ffd80c76f97174804c045757715acd392f1e45e99524fdefdfd1f77d",
    "370c984912f1400d618c1aea54e62448597418253fbc90272f2bc3fad23bb9f8",
  ],
  "monzo-backend.json": [
    "3f1fcacef03bdad607b28b9cb22eef3636283e17bfbbe962aff0d9501b5d06ec",
    "1df6f12df360a3382419ca8b5b050532eb7b7dfa40cf17da13d84971f813ac90",
  ],
  "monzo-product.json": [
    "8392f10d14325ad8b34b8114c9c185dbe3b506d4fc7f67cc44fd1cb94d4afd25",
    "83ce57149be35ce15b9d96d725b46fc58e9cab99b4121bd920e75e425e492ff1",
  ],
  "monzo-web.json": [
    "727883a47dc81cd219b81c5d920a29fa128e401508c65f71bd37f84eae1043f9",
    "32eb71f4ae799ec3773e081a9f6635f4dcfc490802714bc1c0fea19fe3a83048",
  ],
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("toCsv → fromCsv carries format 1.1 exactly (issue 20, item 5)", () => {
  it("gives back the fixture with every 1.1 field", () => {
    expect(imported(toCsv(EVERY_FIELD))).toEqual(EVERY_FIELD);
    expect(imported(toCsv(EVERY_FIELD, { delimiter: ";", bom: true }))).toEqual(EVERY_FIELD);
    expect(fromCsv(toCsv(EVERY_FIELD)).warnings).toEqual([]);
  });

  it("gives back every generated 1.1 framework: areas, tracks, ids, examples, details, paragraphs, odd keys", () => {
    fc.assert(
      fc.property(framework11JsonArbitrary, fc.constantFrom<"," | ";">(",", ";"), (json, delimiter) => {
        const first = parseFramework(json);
        if (!first.ok) throw new Error("the arbitrary makes frameworks that parse");
        // CSV writes what the JSON writer decides (levels or tracks, whose every-level
        // statements, which ids): a framework JSON itself cannot give back is the JSON
        // writer's to fix (a framework-wide allLevels that no track inherits still renames
        // a level's id, and toFrameworkJson drops it), not CSV's.
        fc.pre(sameFramework(parseFramework(toFrameworkJson(first.framework)), first.framework));
        const result = fromCsv(toCsv(first.framework, { delimiter }));
        if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
        expect(result.framework).toEqual(first.framework);
      }),
      { seed: 20501, numRuns: 200 },
    );
  });
});

describe("a 1.0 framework's CSV is unchanged by 1.1", () => {
  it.each(Object.keys(SEED_CSV_BEFORE_1_1))("writes %s byte for byte as before", (name) => {
    const framework = parsedSeed(name);
    expect([sha256(toCsv(framework)), sha256(toCsv(framework, { delimiter: ";", bom: true }))]).toEqual(
      SEED_CSV_BEFORE_1_1[name],
    );
  });

  it("has the hash of every 1.0 seed (a new 1.0 seed adds its own)", () => {
    const seeds10 = seedFiles.filter((name) => parsedSeed(name).schemaVersion === "1.0");
    expect(seeds10.sort()).toEqual(Object.keys(SEED_CSV_BEFORE_1_1).sort());
  });

  it("writes a framework that says 1.1 but uses none of it in 1.0's columns", () => {
    const framework = parsed({
      schemaVersion: "1.1",
      occupation: { title: "T" },
      framework: { levels: { a: { label: "A", statements: ["Plans — the week.\n\nAnd the month."] } } },
      sources: {},
    });
    const text = toCsv(framework);
    expect(cellsOf(text)[0]).toEqual([...CSV_COLUMNS]);
    expect(imported(text)).toEqual(framework);
  });
});

describe("toCsv's 1.1 layout", () => {
  const rows = cellsOf(toCsv(EVERY_FIELD));
  const at = (cells: string[], column: string) => cells[rows[0]?.indexOf(column) ?? -1] ?? "";

  it("keeps 1.0's columns first, then the 1.1 columns, then one column per example of the longest list", () => {
    expect(rows[0]).toEqual([...HEADER_1_1, "statement_example_1", "statement_example_2"]);
  });

  it("writes areas, language and every-level statements as field rows, a level's fields on rows of its own", () => {
    expect(
      rows
        .slice(1)
        .map((cells) => at(cells, "field"))
        .filter((field) => field !== ""),
    ).toEqual([
      "schemaVersion",
      "language",
      "occupation.title",
      "description",
      "attribution",
      "area.delivery",
      "areaDescription.delivery",
      "area.people",
      "source.handbook",
      "allLevels",
      "track.description",
      "track.cumulative",
      "level.description",
      "level.detail.Years of experience",
      "level.detail.Time on core work",
      "allLevels",
      "level.equivalentTo.ic",
    ]);
    const equivalence = rows.find((cells) => at(cells, "field") === "level.equivalentTo.ic") ?? [];
    expect(["track_key", "level_key", "value"].map((column) => at(equivalence, column))).toEqual([
      "manager",
      "m1",
      "ic2",
    ]);
  });

  it("writes a statement's fields and examples in its own row, paragraphs kept in the cell", () => {
    const review = rows.find((cells) => at(cells, "statement_id") === "review-small") ?? [];
    expect(review.slice(7)).toEqual([
      "ic",
      "Individual contributor",
      "review-small",
      "delivery",
      "Adopts",
      "Not an expectation in the first month.",
      "Leaves a review within a day.",
      "Asks questions\n\nwhen unsure.",
    ]);
    // An id core would make itself is not written.
    const code = rows.find((cells) => at(cells, "subject") === "Code") ?? [];
    expect(at(code, "statement_id")).toBe("");
  });
});

describe("fromCsv reads 1.1 as a person writes it", () => {
  const HAND_WRITTEN = csvOf([
    { field: "occupation.title", value: "Engineer" },
    { field: "attribution", value: "Us" },
    { field: "area.craft", value: "Craft" },
    { field: "areaDescription.craft", value: "How well the work is done.\n\nAnd kept." },
    { field: "allLevels", subject: "Values", description: "lives them" },
    {
      track_key: "ic",
      track_label: "IC",
      level_key: "l1",
      level_label: "L1",
      field: "level.description",
      value: "New.",
    },
    { track_key: "ic", level_key: "l1", field: "level.detail.Years", value: "0–2" },
    {
      track_key: "ic",
      level_key: "l1",
      subject: "Code",
      description: "writes it",
      statement_area: "craft",
      statement_proficiency: "Adopts",
      statement_notes: "Not in the first month.",
      statement_example_1: "A bug fix.",
      statement_example_2: "A small feature.\n\nTested.",
    },
    {
      track_key: "m",
      track_label: "Manager",
      level_key: "m1",
      level_label: "M1",
      field: "level.equivalentTo.ic",
      value: "l1",
    },
    {
      track_key: "m",
      level_key: "m1",
      subject: "People",
      description: "runs one-to-ones",
      statement_id: "one-to-ones",
    },
    { track_key: "m", field: "track.cumulative", value: "TRUE" },
  ]);

  it("imports tracks, areas, every-level statements, level fields and statement fields, as 1.1", () => {
    const result = fromCsv(HAND_WRITTEN);
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.framework).toEqual(
      parsed({
        schemaVersion: "1.1",
        occupation: { title: "Engineer" },
        framework: {
          areas: { craft: { label: "Craft", description: "How well the work is done.\n\nAnd kept." } },
          allLevels: ["Values — lives them"],
          tracks: {
            ic: {
              label: "IC",
              levels: {
                l1: {
                  label: "L1",
                  description: "New.",
                  details: { Years: "0–2" },
                  statements: [
                    {
                      text: "Code — writes it",
                      area: "craft",
                      proficiency: "Adopts",
                      notes: "Not in the first month.",
                      examples: ["A bug fix.", "A small feature.\n\nTested."],
                    },
                  ],
                },
              },
            },
            m: {
              label: "Manager",
              cumulative: true,
              levels: {
                m1: {
                  label: "M1",
                  equivalentTo: { ic: "l1" },
                  statements: [{ text: "People — runs one-to-ones", id: "one-to-ones" }],
                },
              },
            },
          },
        },
        sources: {},
        attribution: "Us",
      }),
    );
  });

  it("reads example columns in their numbers' order, whatever the header's order or spelling", () => {
    const text =
      "Level Key,Description,Statement Example 2,statement-example-1,Statement Area,field,value\n,,,,,area.x,X\na,Does,second,first,x,,";
    const result = fromCsv(text);
    const [statement] = result.ok ? (result.framework.levels[0]?.statements ?? []) : [];
    expect(statement).toMatchObject({ examples: ["first", "second"], area: "x" });
    expect(result.ok && result.framework.schemaVersion).toBe("1.1");
  });

  it("keeps an area keyed with nothing apart from no area (written as one apostrophe)", () => {
    const framework = parsed({
      schemaVersion: "1.1",
      occupation: { title: "T" },
      framework: {
        areas: { "": { label: "Unnamed" }, "'": { label: "Apostrophe" } },
        levels: { a: { label: "A", statements: [{ text: "x", area: "" }, { text: "y", area: "'" }, "z"] } },
      },
      sources: {},
    });
    const rows = cellsOf(toCsv(framework));
    const areaColumn = rows[0]?.indexOf("statement_area") ?? -1;
    expect(rows.filter((cells) => cells[0] === "a").map((cells) => cells[areaColumn])).toEqual(["'", "'''", ""]);
    expect(imported(toCsv(framework))).toEqual(framework);
  });

  it("says 1.1 when a 1.1 cell is filled, and reads a file that says 1.0 but fills one as 1.1, with a warning", () => {
    const unsaid = fromCsv("level_key,description,statement_notes\na,b,c");
    expect(unsaid.ok && unsaid.framework.schemaVersion).toBe("1.1");
    const said10 = fromCsv("level_key,description,statement_notes,field,value\n,,,schemaVersion,1.0\na,b,c,,");
    expect(said10.ok && said10.framework.levels[0]?.statements[0]?.notes).toBe("c");
    expect(said10.ok && said10.framework.schemaVersion).toBe("1.1");
    expect(said10.warnings.filter((issue) => issue.code === "conflicting-value")).toEqual([
      {
        path: "/1/value",
        code: "conflicting-value",
        message:
          'row 2, column "value": schemaVersion is "1.0", but row 3 (column "statement_notes") uses format 1.1; the file is read as "1.1".',
      },
    ]);
    // 1.1 columns left empty change nothing.
    const unused = fromCsv("level_key,description,track_key,statement_notes\na,b,,");
    expect(unused.ok && unused.framework.schemaVersion).toBe("1.0");
  });
});

describe("fromCsv reports 1.1's problems at their rows and cells", () => {
  it("an unknown area, at the statement's area cell (core's error)", () => {
    const result = fromCsv(
      csvOf([
        { field: "area.a", value: "A" },
        { level_key: "l", description: "x", statement_area: "b" },
      ]),
    );
    expect(!result.ok && result.errors).toEqual([
      {
        path: "/2/statement_area",
        code: "invalid-value",
        message: expect.stringMatching(
          /^row 3, column "statement_area": .*"b", which is not a key of framework\.areas\.$/,
        ),
      },
    ]);
  });

  it("a level that names no track in a file with tracks", () => {
    const result = fromCsv(
      csvOf([
        { track_key: "ic", level_key: "a", description: "x" },
        { level_key: "b", description: "y" },
      ]),
    );
    expect(!result.ok && result.errors).toEqual([
      {
        path: "/2/track_key",
        code: "missing-track",
        message:
          'row 3, column "track_key": level "b" names no track, but row 2 puts levels in tracks; in a file with tracks, give every level\'s track in "track_key".',
      },
    ]);
  });

  it("a track's field on a row that names no track", () => {
    const result = fromCsv(
      csvOf([
        { field: "track.description", value: "d" },
        { level_key: "a", description: "x" },
      ]),
    );
    expect(result.ok).toBe(false);
    expect(issuesOf(result).filter(([, code]) => code === "missing-track")).toEqual([
      ["/1/track_key", "missing-track"],
    ]);
  });

  it("an equivalence to an unknown level or track, at its row (core's error)", () => {
    const result = fromCsv(
      csvOf([
        { track_key: "ic", level_key: "a", description: "x" },
        { track_key: "m", level_key: "m1", field: "level.equivalentTo.ic", value: "zz" },
        { track_key: "m", level_key: "m1", field: "level.equivalentTo.nope", value: "a" },
        { track_key: "m", level_key: "m1", description: "y" },
      ]),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/2/value", "invalid-value"],
      ["/3/value", "invalid-value"],
    ]);
    expect(!result.ok && result.errors.every((issue) => /^row [34], column "value": /.test(issue.message))).toBe(true);
  });

  it("an author's id that is not one, at its cell; a level's detail given twice, with a warning", () => {
    const bad = fromCsv(csvOf([{ level_key: "a", description: "x", statement_id: "no spaces" }]));
    expect(issuesOf(bad).filter(([, code]) => code === "invalid-value")).toEqual([
      ["/1/statement_id", "invalid-value"],
    ]);
    const twice = fromCsv(
      csvOf([
        { level_key: "a", field: "level.detail.Years", value: "1" },
        { level_key: "a", field: "level.detail.Years", value: "2" },
        { level_key: "a", description: "x" },
      ]),
    );
    expect(twice.ok && twice.framework.levels[0]?.details).toEqual([{ label: "Years", text: "2" }]);
    expect(issuesOf(twice).filter(([, code]) => code === "duplicate-field")).toEqual([["/2/field", "duplicate-field"]]);
  });

  it("cells a 1.1 row does not use, with a warning", () => {
    const result = fromCsv(
      csvOf([
        { level_key: "a", field: "level.description", value: "d", subject: "S", statement_notes: "n" },
        { level_key: "a", description: "x" },
      ]),
    );
    expect(issuesOf(result).filter(([, code]) => code === "ignored-cell")).toEqual([["/1/subject", "ignored-cell"]]);
  });
});

describe("fromCsv holds the 1.1 limits while reading", () => {
  it("refuses a header with more example columns than maxExamplesPerStatement, at the first one too many", () => {
    const count = 4 * DEFAULT_LIMITS.maxExamplesPerStatement;
    const examples = Array.from({ length: count }, (_, i) => `statement_example_${i + 1}`);
    const result = fromCsv(`level_key,description,${examples.join(",")}\na,x,${examples.join(",")}`);
    expect(!result.ok && result.errors).toEqual([
      {
        path: `/0/statement_example_${DEFAULT_LIMITS.maxExamplesPerStatement + 1}`,
        code: "limit-exceeded",
        message:
          'row 1, column "statement_example_51": the header has 200 example columns; the limit is 50 (maxExamplesPerStatement), which the option { limits: { maxExamplesPerStatement: … } } raises.',
      },
    ]);
  });

  it("refuses a header of a hundred thousand example columns before reading a row", () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `statement_example_${i + 1}`).join(",");
    const result = fromCsv(`level_key,description,${header}\n${"a,x\n".repeat(1000)}`);
    expect(!result.ok && result.errors.map((issue) => issue.code)).toEqual(["limit-exceeded"]);
  });

  it("refuses more areas, tracks or details than the limits, at the row past them", () => {
    const pathsOf = (result: ReturnType<typeof fromCsv>) =>
      !result.ok && result.errors.map((issue) => [issue.path, issue.code]);
    const areas = csvOf([
      ...Array.from({ length: 5 }, (_, i) => ({ field: `area.a${i}`, value: "A" })),
      { level_key: "l", description: "x" },
    ]);
    expect(pathsOf(fromCsv(areas, { limits: { maxAreas: 3 } }))).toEqual([["/4/field", "limit-exceeded"]]);
    const tracks = csvOf(
      Array.from({ length: 5 }, (_, i) => ({ track_key: `t${i}`, level_key: "l", description: "x" })),
    );
    expect(pathsOf(fromCsv(tracks, { limits: { maxTracks: 2 } }))).toEqual([["/3/track_key", "limit-exceeded"]]);
    const details = csvOf(
      Array.from({ length: 5 }, (_, i) => ({ level_key: "l", field: `level.detail.d${i}`, value: "x" })),
    );
    expect(pathsOf(fromCsv(details, { limits: { maxDetailsPerLevel: 2 } }))).toEqual([["/3/field", "limit-exceeded"]]);
  });

  it("refuses an example longer than a statement may be, at its cell (core's limit)", () => {
    const result = fromCsv(csvOf([{ level_key: "a", description: "x", statement_example_2: "y".repeat(50) }]), {
      limits: { maxStatementLength: 20 },
    });
    expect(!result.ok && result.errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/1/statement_example_2", "limit-exceeded"],
    ]);
  });
});

describe("fromCsv on any 1.1 input", () => {
  /** Every issue points at the file or at a row, and says where in words. */
  function expectLocated(result: ReturnType<typeof fromCsv>) {
    for (const issue of [...result.warnings, ...(result.ok ? [] : result.errors)]) {
      if (issue.path === "") continue;
      expect(issue.path).toMatch(/^\/\d+(\/.*)?$/s);
      expect(issue.message).toMatch(/^row \d+(, column ".*")?: /s);
    }
  }

  it("never throws on an export of every 1.1 field cut or spliced anywhere, and locates every issue", () => {
    const text = toCsv(EVERY_FIELD);
    const insert = fc.constantFrom(
      ",",
      "\n",
      '"',
      "ic",
      "allLevels",
      "level.detail.",
      "area.x",
      "'",
      "track.cumulative",
    );
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), insert, (start, end, inserted) => {
        const spliced = text.slice(0, Math.min(start, end)) + inserted + text.slice(Math.max(start, end));
        expectLocated(fromCsv(spliced));
      }),
      { seed: 20502, numRuns: 300 },
    );
  });

  it("adds a track from a row that names only the track, in its place, without a level", () => {
    const result = fromCsv(
      csvOf([
        { track_key: "m", track_label: "Manager" },
        { track_key: "ic", level_key: "a", description: "x" },
        { track_key: "m", level_key: "m1", description: "y" },
      ]),
    );
    expect(result.ok && result.framework.tracks.map((track) => [track.key, track.label, track.levels.length])).toEqual([
      ["m", "Manager", 1],
      ["ic", "ic", 1],
    ]);
  });
});
