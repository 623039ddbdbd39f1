import { alignThemes, parseFramework, type Statement, type ThemeRow } from "@rungs/core";
import { describe, expect, it, vi } from "vitest";
import { seedFiles } from "../../seeds";
import { frameworkOf, parsed, parsedEveryField, parsedSeed } from "../frameworks";
import { scoreAlignment } from "./align-score.mjs";

/** Each row as the texts of its statements, level by level ("" where it has none). */
function texts(rows: readonly ThemeRow[]): string[][] {
  return rows.map((row) => row.cells.map((cell) => cell.map((statement) => statement.description).join(" + ")));
}

describe("alignThemes", () => {
  describe.each(seedFiles)("on %s", (name) => {
    const parsed = parsedSeed(name);
    const statementIds = parsed.levels.flatMap((level) => level.statements.map((statement) => statement.id));

    it.each(["subject", "similarity", "auto"] as const)(
      "places every statement in exactly one row (%s)",
      (strategy) => {
        const { rows } = alignThemes(parsed, { strategy });
        const placed = rows.flatMap((row) => row.cells.flat().map((statement) => statement.id));
        expect(placed.sort()).toEqual([...statementIds].sort());
        for (const row of rows) expect(row.cells).toHaveLength(parsed.levels.length);
      },
    );

    it("is deterministic, down to ids, labels and scores", () => {
      const again = parsedSeed(name);
      expect(JSON.stringify(alignThemes(again, { strategy: "similarity" }))).toBe(
        JSON.stringify(alignThemes(parsed, { strategy: "similarity" })),
      );
    });

    it("keeps a level's statements in different rows when aligning by similarity", () => {
      for (const row of alignThemes(parsed, { strategy: "similarity" }).rows) {
        for (const cell of row.cells) expect(cell.length).toBeLessThanOrEqual(1);
      }
    });

    it("gives rows unique, URL-safe ids and a label", () => {
      for (const strategy of ["subject", "similarity"] as const) {
        const { rows } = alignThemes(parsed, { strategy });
        expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
        for (const row of rows) {
          expect(row.id).toMatch(/^[a-z0-9-]+$/);
          expect(row.label.trim()).not.toBe("");
        }
      }
    });

    it("links a statement of a row to the row's nearest lower statement, with a score in [0.05, 1]", () => {
      // Issue 20: a pair scoring under the link threshold (0.05) is no link, so a row may
      // have fewer links than steps; each link it has joins neighbours, in order.
      for (const row of alignThemes(parsed, { strategy: "similarity" }).rows) {
        const ids = row.cells.flat().map((statement) => statement.id);
        const steps = ids.slice(1).map((to, i) => `${ids[i]} → ${to}`);
        const linked = row.links.map((link) => `${link.from} → ${link.to}`);
        expect(linked).toEqual(steps.filter((step) => linked.includes(step)));
        for (const link of row.links) {
          expect(link.score).toBeGreaterThanOrEqual(0.05);
          expect(link.score).toBeLessThanOrEqual(1);
        }
      }
    });
  });

  it("returns one frozen alignment per framework and strategy, computed once", () => {
    const parsed = parsedSeed("17-3024.00.json");
    const first = alignThemes(parsed);
    expect(alignThemes(parsed)).toBe(first);
    expect(alignThemes(parsed, { strategy: "subject" })).not.toBe(first);
    expect(Object.isFrozen(first.rows)).toBe(true);
    expect(Object.isFrozen(first.rows[0]?.cells[0])).toBe(true);
    expect(Object.isFrozen(first.rows[0]?.links)).toBe(true);
  });

  it("never serves a cached alignment for a framework it did not build: an edited copy is aligned afresh", () => {
    const copy = structuredClone(parsedSeed("ft-engineering.json"));
    const statements = copy.levels[0]?.statements as Statement[];
    const placed = () => alignThemes(copy).rows.flatMap((row) => row.cells.flat().map((statement) => statement.id));
    const [first] = statements;
    expect(placed()).toContain(first?.id);
    statements.splice(0, 1);
    expect(placed()).not.toContain(first?.id);
    expect(placed()).toHaveLength(copy.levels.reduce((count, level) => count + level.statements.length, 0));
  });

  it("treats an unknown strategy as auto, and reports the one it used", () => {
    for (const name of ["17-3024.00.json", "ft-engineering.json"]) {
      const alignment = alignThemes(parsedSeed(name), { strategy: "bogus" as never });
      expect(alignment.strategy).toBe(alignThemes(parsedSeed(name)).strategy);
      expect(texts(alignment.rows)).toEqual(texts(alignThemes(parsedSeed(name)).rows));
    }
  });

  it("labels a row of thousands of statements with the subject they share most", () => {
    const statements = [
      ...Array.from({ length: 5000 }, (_, i) => `Testing — checks case ${i}`),
      "testing! — checks the suite",
      "Test automation tooling — builds the harness",
    ];
    const result = parseFramework(
      {
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: { levels: { one: { label: "One", statements } } },
        attribution: "A",
      },
      { limits: { maxStatementsPerLevel: 10_000, maxStatements: 10_000 } } as never,
    );
    if (!result.ok) throw new Error("fixture invalid");
    const { rows } = alignThemes(result.framework, { strategy: "subject" });
    expect(rows[0]?.cells[0]).toHaveLength(5001);
    expect(rows[0]?.label).toBe("Testing");
  });

  it("aligns a thousand levels of one statement each by similarity, every statement in one row", () => {
    // Twenty themes, fifty levels each: few enough that their words count (see termVectors).
    const pool =
      "budgets firmware soldering hiring mentoring incidents audits pricing wiring drafting invoices roadmaps onboarding calibration benchmarks contracts forecasts safety logistics welding"
        .split(" ")
        .map((word) => `Handles ${word} work`);
    const levels = Object.fromEntries(
      Array.from({ length: 1000 }, (_, l) => [`l${l}`, [`${pool[l % pool.length]} in area ${l}`]]),
    );
    const result = parseFramework(
      {
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: {
          levels: Object.fromEntries(
            Object.entries(levels).map(([key, list]) => [key, { label: key, statements: list }]),
          ),
        },
        attribution: "A",
      },
      { limits: { maxLevels: 1000 } } as never,
    );
    if (!result.ok) throw new Error("fixture invalid");
    const { rows } = alignThemes(result.framework, { strategy: "similarity" });
    const placed = rows.flatMap((row) => row.cells.flat().map((statement) => statement.id));
    expect(placed.sort()).toEqual(result.framework.levels.flatMap((level) => level.statements.map((s) => s.id)).sort());
    for (const row of rows) expect(row.cells).toHaveLength(1000);
    // Statements that say the same thing share a row, one per level.
    expect(rows.length).toBe(pool.length);
  });

  it("works on a row's cells only to make them: the rest grows with statements, not rows × levels", () => {
    // Statements that share no word give one row per level, so levels × levels cells: 1,241 ms
    // at 4,000 levels, most of it spent freezing every empty cell one by one and flattening
    // every row's cells for its label. Count both, for n and 2n levels.
    const work = (levelCount: number): number => {
      const result = parseFramework(
        {
          schemaVersion: "1.0",
          occupation: { title: "T" },
          framework: {
            levels: Object.fromEntries(
              Array.from({ length: levelCount }, (_, l) => [
                `l${l}`,
                { label: `L${l}`, statements: [`Handles w${l}x`] },
              ]),
            ),
          },
          attribution: "A",
        },
        { limits: { maxLevels: 1000 } } as never,
      );
      if (!result.ok) throw new Error("fixture invalid");
      const freeze = vi.spyOn(Object, "freeze");
      const flat = vi.spyOn(Array.prototype, "flat");
      try {
        const { rows } = alignThemes(result.framework, { strategy: "similarity" });
        expect(rows).toHaveLength(levelCount);
        const flattened = flat.mock.contexts.reduce((sum: number, array) => sum + (array as unknown[]).length, 0);
        return freeze.mock.calls.length + flattened;
      } finally {
        freeze.mockRestore();
        flat.mockRestore();
      }
    };
    const [n, twice] = [work(150), work(300)];
    expect(twice).toBeLessThanOrEqual(2.3 * n);
  });

  describe('strategy "auto"', () => {
    it("uses subjects when they repeat across levels", () => {
      expect(alignThemes(parsedSeed("ft-engineering.json")).strategy).toBe("subject");
      expect(alignThemes(parsedSeed("monzo-web.json")).strategy).toBe("subject");
    });

    it("uses similarity when no subject repeats (the seed) or there are no subjects", () => {
      expect(alignThemes(parsedSeed("17-3024.00.json")).strategy).toBe("similarity");
      expect(alignThemes(frameworkOf({ a: ["plans own tasks"], b: ["plans team tasks"] })).strategy).toBe("similarity");
    });

    it("reports the strategy it was asked for", () => {
      expect(alignThemes(parsedSeed("17-3024.00.json"), { strategy: "subject" }).strategy).toBe("subject");
      expect(alignThemes(parsedSeed("ft-engineering.json"), { strategy: "similarity" }).strategy).toBe("similarity");
    });

    it("shows the seed as fewer than 20 threads, most of them across levels", () => {
      const { rows } = alignThemes(parsedSeed("17-3024.00.json"));
      expect(rows.length).toBeLessThan(20);
      const spanning = rows.filter((row) => row.cells.filter((cell) => cell.length > 0).length > 1);
      expect(spanning.length / rows.length).toBeGreaterThan(0.75);
    });
  });

  describe('strategy "similarity"', () => {
    it("links statements by what they say, whatever their order within a level", () => {
      const parsed = frameworkOf({
        junior: ["Plans own work tasks and estimates them", "Writes tested code following guidelines"],
        senior: ["Writes well-tested code and reviews code of peers", "Plans and estimates tasks for the whole team"],
      });
      expect(texts(alignThemes(parsed, { strategy: "similarity" }).rows)).toEqual([
        ["Plans own work tasks and estimates them", "Plans and estimates tasks for the whole team"],
        ["Writes tested code following guidelines", "Writes well-tested code and reviews code of peers"],
      ]);
    });

    it("keeps weak links apart: a statement that shares too little starts its own row", () => {
      const parsed = frameworkOf({
        junior: ["Manages the office budget with support", "Knits warm scarves from wool for the office"],
        senior: [
          "Manages the office budget independently",
          "Negotiates supplier contracts for the office, with long, detailed, binding terms",
        ],
      });
      const { rows } = alignThemes(parsed, { strategy: "similarity" });
      // The two last statements share one word, which every statement uses: not a thread.
      expect(texts(rows)).toEqual([
        ["Manages the office budget with support", "Manages the office budget independently"],
        ["Knits warm scarves from wool for the office", ""],
        ["", "Negotiates supplier contracts for the office, with long, detailed, binding terms"],
      ]);
      expect(rows[0]?.links[0]?.score).toBeGreaterThan(0.1);
      expect(rows[1]?.links).toEqual([]);
    });

    it("matches word forms: plural, -ing, -ed and word families", () => {
      const parsed = frameworkOf({
        one: ["Collaboration with designers", "Documentation of releases"],
        two: ["Documented releasing", "Collaborative designing"],
      });
      expect(texts(alignThemes(parsed, { strategy: "similarity" }).rows)).toEqual([
        ["Collaboration with designers", "Collaborative designing"],
        ["Documentation of releases", "Documented releasing"],
      ]);
    });

    it("refines over all levels: a thread is recognized by its other levels, not only its neighbour", () => {
      // On level b, both statements look alike; levels a and c tell the threads apart.
      const parsed = frameworkOf({
        a: ["Soldering circuit boards", "Customer invoices"],
        b: ["Checks the work of others", "Checks the work of others carefully"],
        c: ["Soldering circuit boards and checks work", "Customer invoices and checks work carefully"],
      });
      const rows = texts(alignThemes(parsed, { strategy: "similarity" }).rows);
      expect(rows).toHaveLength(2);
      expect(rows[0]?.[0]).toBe("Soldering circuit boards");
      expect(rows[0]?.[2]).toBe("Soldering circuit boards and checks work");
      expect(rows[1]?.[2]).toBe("Customer invoices and checks work carefully");
    });

    it("labels a row with the subject its statements share most", () => {
      const { rows } = alignThemes(parsedSeed("17-3024.00.json"));
      for (const row of rows) {
        expect(row.cells.flat().map((statement) => statement.subject)).toContain(row.label);
      }
    });

    it("labels rows without subjects with their strongest words", () => {
      const parsed = frameworkOf({ a: ["Soldering circuit boards"], b: ["Soldering boards for circuits"] });
      const [row] = alignThemes(parsed, { strategy: "similarity" }).rows;
      expect(row?.label).toMatch(/soldering|circuit|boards/i);
    });
  });

  it("finds the authors' themes in ft-engineering.json with subjects removed (purity floor)", () => {
    // bench/align.mjs prints the figure (0.87 when written); this floor catches a regression.
    const score = scoreAlignment(parsedSeed("ft-engineering.json"));
    expect(score.purity).toBeGreaterThanOrEqual(0.75);
    expect(score.linkAccuracy).toBeGreaterThanOrEqual(0.75);
  });
});

describe("alignThemes: areas first (format 1.1)", () => {
  const withAreas = parsed({
    schemaVersion: "1.1",
    occupation: { title: "T" },
    framework: {
      areas: { people: { label: "People" }, delivery: { label: "Delivery" } },
      levels: {
        one: {
          label: "One",
          statements: [
            "Testing — writes unit tests for code.",
            { text: "Testing — writes unit tests for code.", area: "delivery" },
            { text: "Mentoring — pairs with new joiners on code.", area: "people" },
          ],
        },
        two: {
          label: "Two",
          statements: [
            { text: "Testing — designs unit tests for code.", area: "delivery" },
            { text: "Testing — teaches people to write unit tests.", area: "people" },
            "Testing — plans unit tests for code.",
          ],
        },
      },
    },
    attribution: "A",
  });

  it.each(["subject", "similarity", "auto"] as const)(
    "never puts statements of different areas in one row; areas in order, then no area (%s)",
    (strategy) => {
      const { rows } = alignThemes(withAreas, { strategy });
      for (const row of rows) {
        const areas = new Set(row.cells.flat().map((statement) => statement.area));
        expect(areas.size).toBe(1);
        expect(row.area).toBe([...areas][0]);
      }
      const order = rows.map((row) => row.area ?? "(none)");
      expect(order).toEqual([...order].sort((a, b) => rank(a) - rank(b)));
      expect(new Set(order)).toEqual(new Set(["people", "delivery", "(none)"]));
      const placed = rows.flatMap((row) => row.cells.flat().map((statement) => statement.id)).sort();
      expect(placed).toEqual(withAreas.levels.flatMap((level) => level.statements.map((s) => s.id)).sort());
    },
  );
  const rank = (area: string) => ["people", "delivery", "(none)"].indexOf(area);

  it("groups by subject within an area: the same subject in two areas is two rows", () => {
    const { rows } = alignThemes(withAreas, { strategy: "subject" });
    expect(rows.map((row) => [row.area, row.label, row.cells.map((cell) => cell.length)])).toEqual([
      ["people", "Mentoring", [1, 0]],
      ["people", "Testing", [0, 1]],
      ["delivery", "Testing", [1, 1]],
      [undefined, "Testing", [1, 1]],
    ]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it("gives a 1.0 file's rows no area, as before", () => {
    for (const row of alignThemes(parsedSeed()).rows) expect("area" in row).toBe(false);
  });
});

describe("alignThemes: links under the threshold", () => {
  it("never links two statements of a row that share no word", () => {
    // One row by subject (the same number), descriptions without a word in common: a
    // score of 0, which used to come through as a link.
    const ladder = frameworkOf({ one: ["2024 — writes code"], two: ["2024 — plans budgets"] });
    const { rows, strategy } = alignThemes(ladder);
    expect(strategy).toBe("subject");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.map((cell) => cell.length)).toEqual([1, 1]);
    expect(rows[0]?.links).toEqual([]);
  });

  it("keeps a link that scores at least 0.05, and none that scores less, on every seed and strategy", () => {
    for (const name of seedFiles) {
      for (const strategy of ["subject", "similarity"] as const) {
        for (const row of alignThemes(parsedSeed(name), { strategy }).rows) {
          for (const link of row.links) expect(link.score).toBeGreaterThanOrEqual(0.05);
        }
      }
    }
  });
});

describe("alignThemes with a track", () => {
  const tracks = parsedEveryField();

  it("aligns the track asked for, its rows a cell per level of that track", () => {
    const manager = alignThemes(tracks, { track: "manager" });
    expect(manager.rows.map((row) => row.cells.map((cell) => cell.map((statement) => statement.id)))).toEqual([
      [["manager-m1-1"]],
    ]);
    for (const row of alignThemes(tracks).rows) expect(row.cells).toHaveLength(2);
  });

  it("leaves every-level statements out of the rows", () => {
    const placed = alignThemes(tracks).rows.flatMap((row) => row.cells.flat().map((statement) => statement.id));
    expect(placed).not.toContain("all-1");
  });

  it("gives no rows for an unknown track, and caches by track", () => {
    expect(alignThemes(tracks, { track: "__proto__" })).toEqual({ strategy: "similarity", rows: [] });
    expect(alignThemes(tracks, { track: "ic" })).toBe(alignThemes(tracks));
    expect(alignThemes(tracks, { track: "manager" })).toBe(alignThemes(tracks, { track: "manager" }));
    expect(alignThemes(tracks, { track: "manager" })).not.toBe(alignThemes(tracks));
  });
});
