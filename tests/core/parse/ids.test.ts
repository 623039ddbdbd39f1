import { parseFramework } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separateLevelIds, UniqueIds } from "../../../packages/core/src/parse/ids";
import { seedFiles, seedText } from "../../seeds";

/** The rule the allocator keeps, the slow way: base, base-2, base-3… the first not taken. */
function naive(bases: readonly string[], initial: readonly string[]): string[] {
  const used = new Set(initial);
  return bases.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

describe("UniqueIds", () => {
  it("numbers repeats of a base from 2", () => {
    const ids = new UniqueIds();
    expect(["level", "level", "level", "other", "level"].map((base) => ids.take(base))).toEqual([
      "level",
      "level-2",
      "level-3",
      "other",
      "level-4",
    ]);
  });

  it("skips ids taken before, whether given at the start or handed out for another base", () => {
    const ids = new UniqueIds(["a-3"]);
    expect(["a-2", "a", "a", "a", "a-2"].map((base) => ids.take(base))).toEqual(["a-2", "a", "a-4", "a-5", "a-2-2"]);
    expect(ids.has("a-3")).toBe(true);
  });

  it("hands out 20,000 ids of one base, all distinct", () => {
    const ids = new UniqueIds();
    const taken = Array.from({ length: 20_000 }, () => ids.take("level"));
    expect(new Set(taken).size).toBe(20_000);
    expect(taken.at(-1)).toBe("level-20000");
  });

  it("gives the ids the slow rule gives, for any bases", () => {
    const base = fc.constantFrom("a", "a-2", "a-3", "b", "a-2-2", "level", "level-2");
    fc.assert(
      fc.property(fc.array(base, { maxLength: 30 }), fc.array(base, { maxLength: 5 }), (bases, initial) => {
        const ids = new UniqueIds(initial);
        expect(bases.map((b) => ids.take(b))).toEqual(naive(bases, initial));
      }),
      { numRuns: 500 },
    );
  });
});

/** Level keys whose slugs are statement ids of one another: `a-1` is statement 1 of `a`. */
const CLASHING_KEYS = ["a", "a-1", "a-1-1", "a-2", "a-1-2", "a-01", "A 1", "b", "b-3", "level", "level-1", "2"];

function frameworkWith(levels: ReadonlyArray<readonly [string, number]>) {
  const result = parseFramework({
    schemaVersion: "1.0",
    occupation: { title: "Test" },
    framework: {
      levels: Object.fromEntries(
        levels.map(([key, count]) => [
          key,
          { label: key, statements: Array.from({ length: count }, (_, n) => `S${n} — does ${n}.`) },
        ]),
      ),
    },
    attribution: "Test",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

describe("level and statement ids (issue 18, item 12)", () => {
  it("gives a level keyed like a statement id another id, and keeps every other id", () => {
    const framework = frameworkWith([
      ["emerging", 3],
      ["emerging-1", 2],
      ["developing", 1],
    ]);
    expect(framework.levels.map((level) => level.id)).toEqual(["emerging", "emerging-1-2", "developing"]);
    expect(framework.levels[0]?.statements.map((s) => s.id)).toEqual(["emerging-1", "emerging-2", "emerging-3"]);
    expect(framework.levels[1]?.statements.map((s) => s.id)).toEqual(["emerging-1-2-1", "emerging-1-2-2"]);
    expect(framework.levels[2]?.statements.map((s) => s.id)).toEqual(["developing-1"]);
    // A level past the statements of its namesake collides with nothing and keeps its id.
    expect(
      frameworkWith([
        ["a", 1],
        ["a-2", 1],
      ]).levels.map((level) => level.id),
    ).toEqual(["a", "a-2"]);
  });

  it("keeps the ids of every seed (no seed has a level id that is a statement id)", () => {
    for (const file of seedFiles) {
      const result = parseFramework(seedText(file));
      if (!result.ok) throw new Error(file);
      const levels = result.framework.levels;
      expect(separateLevelIds(levels.map((l) => ({ id: l.id, statementCount: l.statements.length }))), file).toBe(
        undefined,
      );
      for (const level of levels) {
        expect(level.statements.map((s) => s.id)).toEqual(level.statements.map((_, n) => `${level.id}-${n + 1}`));
      }
    }
  });

  it("never repeats an id among levels and statements, and changes none where nothing collides", () => {
    const level = fc.tuple(fc.constantFrom(...CLASHING_KEYS), fc.integer({ min: 0, max: 12 }));
    fc.assert(
      fc.property(fc.uniqueArray(level, { selector: ([key]) => key, minLength: 1, maxLength: 8 }), (levels) => {
        const framework = frameworkWith(levels);
        const ids = framework.levels.flatMap((l) => [l.id, ...l.statements.map((s) => s.id)]);
        expect(new Set(ids).size).toBe(ids.length);
        // Where the old ids (slug, then -2, -3… among levels) met nothing, they are kept.
        const slugs = new UniqueIds();
        const old = framework.levels.map((l) => slugs.take(l.key.toLowerCase().replace(/[^a-z0-9]+/g, "-")));
        const oldIds = framework.levels.flatMap((l, at) => [
          old[at],
          ...l.statements.map((_, n) => `${old[at]}-${n + 1}`),
        ]);
        if (new Set(oldIds).size === oldIds.length) expect(framework.levels.map((l) => l.id)).toEqual(old);
        // Statements keep `<level id>-<n>`.
        for (const l of framework.levels) {
          expect(l.statements.map((s) => s.id)).toEqual(l.statements.map((_, n) => `${l.id}-${n + 1}`));
        }
      }),
      { seed: 18_12, numRuns: 400 },
    );
  });
});
