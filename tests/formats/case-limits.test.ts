import { DEFAULT_LIMITS, MAX_ISSUES } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { fromCase } from "../../packages/formats/src/case/index";
import { casePackage, type ItemSpec, type LinkSpec } from "./case-packages";

/**
 * A package of many items, each named by its identifier (`casePackage` makes identifiers
 * from a key's last three characters, too few for thousands of items); `"doc"` is the document.
 */
function bigPackage(items: Record<string, unknown>[], links: [string, string, string][]): Record<string, unknown> {
  return {
    CFDocument: { identifier: "doc", title: "Big" },
    CFItems: items,
    CFAssociations: links.map(([type, origin, destination]) => ({
      associationType: type,
      originNodeURI: { identifier: origin },
      destinationNodeURI: { identifier: destination },
    })),
  };
}

/** `count` top-level items that all ask for the level key `a`, each with one statement below it. */
function sameKeyPackage(count: number): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  const links: [string, string, string][] = [];
  for (let i = 0; i < count; i++) {
    items.push({ identifier: `L${i}`, fullStatement: `Level ${i}`, humanCodingScheme: "a" });
    items.push({ identifier: `S${i}`, fullStatement: `Does — thing ${i}` });
    links.push(["isChildOf", `L${i}`, "doc"], ["isChildOf", `S${i}`, `L${i}`]);
  }
  return bigPackage(items, links);
}

const UNLIMITED = {
  limits: {
    maxLevels: Number.POSITIVE_INFINITY,
    maxStatements: Number.POSITIVE_INFINITY,
    maxStatementsPerLevel: Number.POSITIVE_INFINITY,
  },
};

/**
 * How many times `Set.prototype.has` runs while `run` does: the level builder looks every
 * key up in a set, so this counts its work without a clock.
 */
function setLookups(run: () => void): number {
  const has = Set.prototype.has;
  let calls = 0;
  // A counter, not a spy: a spy keeps every call's arguments, millions of them before the fix.
  Set.prototype.has = function (this: Set<unknown>, value: unknown) {
    calls++;
    return has.call(this, value);
  };
  try {
    run();
    return calls;
  } finally {
    Set.prototype.has = has;
  }
}

describe("fromCase: cost and limits (issue 18, item 1)", () => {
  // Before the fix each key was found by trying a-2, a-3, … from the start: 20,000 levels
  // sharing a key took minutes (quadratic: the lookups grew 4× from N to 2N).
  it("finds unique keys for levels that share one with work that grows linearly (N → 2N lookups ≤ 2.5×)", () => {
    const lookups = [2_000, 4_000].map((n) => setLookups(() => fromCase(sameKeyPackage(n), UNLIMITED)));
    expect((lookups[1] as number) / (lookups[0] as number)).toBeLessThanOrEqual(2.5);
    const result = fromCase(sameKeyPackage(4_000), UNLIMITED);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = result.framework.levels.map((level) => level.key);
    expect(keys.slice(0, 3)).toEqual(["a", "a-2", "a-3"]);
    expect(keys.at(-1)).toBe("a-4000");
    expect(new Set(keys).size).toBe(4_000);
  });

  it("refuses 4× maxLevels levels with core's limit-exceeded error, before building them", () => {
    for (const levels of [4 * DEFAULT_LIMITS.maxLevels, 400 * DEFAULT_LIMITS.maxLevels]) {
      const result = fromCase(sameKeyPackage(levels));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors).toEqual([
        {
          path: "/CFItems",
          code: "limit-exceeded",
          message: `CFItems: framework.levels has ${levels.toLocaleString("en-US")} levels; the limit is 50 (maxLevels), which the option { limits: { maxLevels: … } } raises.`,
        },
      ]);
    }
    // No key is looked for: refusing 2N levels costs about twice refusing N.
    const lookups = [5_000, 10_000].map((n) => setLookups(() => fromCase(sameKeyPackage(n))));
    expect((lookups[1] as number) / (lookups[0] as number)).toBeLessThanOrEqual(2.5);
  });

  it("skips past keys that are taken already, whichever came first (a-2 asked for, then a twice)", () => {
    const items: ItemSpec[] = [
      { key: "L1", fullStatement: "One", humanCodingScheme: "a-2" },
      { key: "L2", fullStatement: "Two", humanCodingScheme: "a" },
      { key: "L3", fullStatement: "Three", humanCodingScheme: "a" },
      { key: "L4", fullStatement: "Four", humanCodingScheme: "a" },
      { key: "L5", fullStatement: "Five", humanCodingScheme: "a-3" },
      { key: "S", fullStatement: "Does — x" },
    ];
    const links: LinkSpec[] = [
      ...items.slice(0, 5).map((item): LinkSpec => ["isChildOf", item.key, "doc", items.indexOf(item)]),
      ["isChildOf", "S", "L1"],
    ];
    const result = fromCase(casePackage(items, links));
    expect(result.ok && result.framework.levels.map((level) => level.key)).toEqual(["a-2", "a", "a-3", "a-4", "a-3-2"]);
  });

  it("gives levels keyed by lone surrogates keys that stay distinct once made well-formed", () => {
    // The keys "\ud800" and "\udfff" both read as "\ufffd" in a framework (core refuses two
    // such keys in JSON); a CASE package that asks for them still imports.
    const items: ItemSpec[] = [
      { key: "L1", fullStatement: "One", humanCodingScheme: "\ud800" },
      { key: "L2", fullStatement: "Two", humanCodingScheme: "\udfff" },
      { key: "L3", fullStatement: "Three", humanCodingScheme: "\ufffd" },
      { key: "S", fullStatement: "Does — x" },
    ];
    const links: LinkSpec[] = [
      ["isChildOf", "L1", "doc", 1],
      ["isChildOf", "L2", "doc", 2],
      ["isChildOf", "L3", "doc", 3],
      ["isChildOf", "S", "L1"],
    ];
    const result = fromCase(casePackage(items, links));
    expect(result.ok && result.framework.levels.map((level) => level.key)).toEqual(["\ufffd", "\ufffd-2", "\ufffd-3"]);
  });
});

describe("fromCase never throws (issue 18, item 9)", () => {
  it("cuts an isChildOf loop of 200,000 items (an object, so no length limit applies) and says so briefly", () => {
    const count = 200_000;
    const items: Record<string, unknown>[] = [];
    const links: [string, string, string][] = [];
    for (let i = 0; i < count; i++) {
      items.push({ identifier: `I${i}`, fullStatement: `Item ${i}` });
      links.push(["isChildOf", `I${i}`, `I${(i + 1) % count}`]);
    }
    const result = fromCase(bigPackage(items, links));
    // Refused (far over the limits), but reported, not thrown.
    expect(result.ok).toBe(false);
    const cycle = result.warnings.find((warning) => warning.code === "cycle");
    expect(cycle?.path).toBe(`/CFAssociations/0`);
    expect(cycle?.message.length).toBeLessThan(2_000);
  });

  it("never throws on odd options: null, a number, getters that throw", () => {
    const pkg = sameKeyPackage(2);
    const throwing = Object.defineProperty({}, "limits", {
      get() {
        throw new Error("no");
      },
    });
    const throwingLimit = {
      limits: Object.defineProperty({}, "maxLevels", {
        get() {
          throw new Error("no");
        },
      }),
    };
    for (const options of [null, 42, "x", throwing, throwingLimit, { limits: null }, { limits: { maxLevels: -1 } }]) {
      const result = fromCase(pkg, options as never);
      expect(result.ok).toBe(true);
      expect(fromCase(JSON.stringify(pkg), options as never).ok).toBe(true);
    }
  });
});

describe("fromCase lists at most 100 warnings, like core (issue 18, item 10)", () => {
  const base = (): { items: ItemSpec[]; links: LinkSpec[] } => ({
    items: [
      { key: "L", fullStatement: "Level" },
      { key: "S", fullStatement: "Does — x" },
    ],
    links: [
      ["isChildOf", "L", "doc"],
      ["isChildOf", "S", "L"],
    ],
  });

  it("40,000 distinct ext: association types: 100 warnings, then how many more", () => {
    const { items, links } = base();
    for (let i = 0; i < 40_000; i++) links.push([`ext:type${i}`, "S", "L"]);
    const result = fromCase(casePackage(items, links));
    expect(result.ok).toBe(true);
    expect(result.warnings.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    expect(result.warnings.at(-1)).toEqual({
      path: "",
      code: "too-many-issues",
      message: expect.stringMatching(/^\d+ more warnings are not listed; only the first 100 warnings are\.$/),
    });
    const more = Number(/^(\d+)/.exec(result.warnings.at(-1)?.message ?? "")?.[1]);
    // Every warning is counted: 40,000 left-out associations and the level rule.
    expect(more + MAX_ISSUES).toBe(40_001);
  });

  it("40,000 distinct item field names: 100 warnings, then how many more", () => {
    const { items, links } = base();
    const fields = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`field${i}`, "x"]));
    items[1] = { ...items[1], ...fields } as ItemSpec;
    const result = fromCase(casePackage(items, links));
    expect(result.ok).toBe(true);
    expect(result.warnings.length).toBe(MAX_ISSUES + 1);
    expect(result.warnings.at(-1)?.code).toBe("too-many-issues");
  });

  it("lists core's warnings after its own, within the one cap", () => {
    const { items, links } = base();
    for (let i = 0; i < 150; i++) {
      items.push({ key: `T${i}`, fullStatement: "No subject here", [`f${i}`]: "x" });
      links.push(["isChildOf", `T${i}`, "L"]);
    }
    const result = fromCase(casePackage(items, links));
    expect(result.ok).toBe(true);
    // 150 left-out fields (10 listed, one summary), and from core 150 statements without a subject.
    expect(result.warnings.length).toBe(MAX_ISSUES + 1);
    expect(result.warnings.filter((warning) => warning.code === "too-many-issues")).toHaveLength(1);
    expect(result.warnings.at(-1)?.code).toBe("too-many-issues");
  });
});
