import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseImportResult, fromCase, toCase } from "../../packages/formats/src/case/index";
import { frameworkOf } from "../core/frameworks";
import { resolvePointer } from "../core/pointer";
import { HOSTILE_TEXTS, hostileText, wrongValue } from "../ssr/hostile";
import { casePackage, type LinkSpec } from "./case-packages";

/** A result as promised: never thrown, issues with a path, a code and a message; errors when not ok. */
function expectWellFormed(result: CaseImportResult): void {
  const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe("string");
    expect(typeof issue.code).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

const small = JSON.parse(
  JSON.stringify(toCase(frameworkOf({ novice: ["Plans — a week", "Codes — a module"], expert: ["Plans — a year"] }))),
);

/** Every JSON Pointer to a value inside `value`. */
function pointers(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null) return [at];
  const keys = Object.keys(value);
  return [at, ...keys.flatMap((key) => pointers((value as Record<string, unknown>)[key], `${at}/${key}`))];
}

/** A copy of `value` with the value at `path` replaced (or removed when `replacement` is undefined). */
function replaced(value: unknown, path: string, replacement: unknown): unknown {
  if (path === "") return replacement;
  const copy = JSON.parse(JSON.stringify(value));
  const keys = path.slice(1).split("/");
  const last = keys.pop() as string;
  let parent = copy;
  for (const key of keys) parent = parent[key];
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe("fromCase never throws", () => {
  it("on any value", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          expectWellFormed(fromCase(value));
        },
      ),
      { seed: 18501, numRuns: 500 },
    );
  });

  it("on any text, JSON or not", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), hostileText), (text) => {
        expectWellFormed(fromCase(text));
      }),
      { seed: 18502, numRuns: 500 },
    );
    for (const text of HOSTILE_TEXTS) expectWellFormed(fromCase(text));
  });

  it("on a Rungs export with any part replaced by a wrong value, every issue pointing into it", () => {
    const paths = pointers(small);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(wrongValue, hostileText, fc.constant(undefined)),
        (path, value) => {
          let pkg: unknown;
          try {
            pkg = replaced(small, path, JSON.parse(JSON.stringify(value ?? null)));
          } catch {
            pkg = replaced(small, path, null); // a value JSON cannot hold (BigInt, a throwing getter): null instead
          }
          const result = fromCase(pkg);
          expectWellFormed(result);
          for (const issue of [...result.warnings, ...(result.ok ? [] : result.errors)]) {
            expect(resolvePointer(pkg, issue.path).found, `${issue.code} at ${issue.path}`).toBe(true);
          }
        },
      ),
      { seed: 18503, numRuns: 500 },
    );
  });

  it("on values JSON cannot hold: getters that throw, proxies, cycles, BigInt", () => {
    const throwing = Object.defineProperty({}, "CFDocument", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    const cyclic: Record<string, unknown> = { CFItems: [] };
    cyclic.CFDocument = cyclic;
    for (const value of [
      throwing,
      proxy,
      cyclic,
      { CFDocument: { title: 10n } },
      {
        CFItems: [
          {
            toJSON: () => {
              throw new Error("no");
            },
          },
        ],
      },
    ]) {
      const result = fromCase(value);
      expect(result.ok).toBe(false);
      expectWellFormed(result);
    }
  });

  it("on text over the input limit, or nested deeper than JSON.parse goes", () => {
    const long = fromCase(`{"CFItems":[${'"x",'.repeat(20)}"x"]}`, { limits: { maxInputLength: 50 } });
    expect(long.ok === false && long.errors[0]?.code).toBe("limit-exceeded");
    const deep = fromCase(`${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    expectWellFormed(deep);
  });

  it("on any isChildOf graph (cycles, self-loops, several parents): every item is still shown", () => {
    const graph = fc
      .integer({ min: 1, max: 12 })
      .chain((count) =>
        fc.tuple(
          fc.constant(count),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: count - 1 }),
              fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: count - 1 })),
            ),
            { maxLength: count * 2 },
          ),
        ),
      );
    fc.assert(
      fc.property(graph, ([count, edges]) => {
        const items = Array.from({ length: count }, (_, i) => ({ key: `i${i}`, fullStatement: `Item ${i}` }));
        const links: LinkSpec[] = edges.map(([from, to]) => ["isChildOf", `i${from}`, to < 0 ? "doc" : `i${to}`]);
        const result = fromCase(casePackage(items, links));
        expectWellFormed(result);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const statements = result.framework.levels.reduce((sum, level) => sum + level.statements.length, 0);
        const itemLevels = result.rule === "top-level" ? result.framework.levels.length : 0;
        expect(statements + itemLevels).toBe(count);
      }),
      { seed: 18504, numRuns: 300 },
    );
  });

  it("on a chain of isChildOf hundreds deep: flattened, its subjects kept short", () => {
    const count = 900; // within core's 1,000 statements per level
    const items = Array.from({ length: count }, (_, i) => ({ key: `n${i}`, fullStatement: `Step ${i}` }));
    const links: LinkSpec[] = items.map((_, i) => ["isChildOf", `n${i}`, i === 0 ? "doc" : `n${i - 1}`]);
    const result = fromCase(casePackage(items, links));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const statements = result.framework.levels[0]?.statements ?? [];
    expect(statements).toHaveLength(count - 1);
    expect(statements.at(-1)?.subject).toBe("Step 1 › … › Step 896 › Step 897 › Step 898");
    expect(result.warnings.filter((w) => w.code === "flattened").length).toBeLessThanOrEqual(11);
  });

  it("never changes the package it reads", () => {
    const pkg = JSON.parse(JSON.stringify(small));
    const before = JSON.stringify(pkg);
    fromCase(pkg);
    expect(JSON.stringify(pkg)).toBe(before);
  });
});
