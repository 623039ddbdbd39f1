import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UniqueIds } from "../../../packages/core/src/parse/ids";

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
