import { readFileSync } from "node:fs";
import {
  assertFramework,
  type Framework,
  type Issue,
  linkTarget,
  type ParseResult,
  parseFramework,
  resolveFramework,
} from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedJson } from "../../seeds";
import { generated11 } from "../generated-11";
import { resolvePointer } from "../pointer";

const RUNS = 2000;
const seed = seedJson();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every JSON Pointer in a value, the root included. */
function pointersOf(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null) return [at];
  const keys = Object.keys(value);
  return [at, ...keys.flatMap((key) => pointersOf((value as Record<string, unknown>)[key], `${at}/${key}`))];
}
const seedPointers = pointersOf(seed);

/** One edit of the seed: replace a value, delete a field, or add one. */
const mutation = fc.record({
  pointer: fc.constantFrom(...seedPointers),
  kind: fc.constantFrom("set", "delete", "add"),
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "label", "statements")),
  value: fc.jsonValue({ maxDepth: 2 }),
});

type MutationEdit = { pointer: string; kind: "set" | "delete" | "add"; key: string; value: unknown };

function mutate(edits: readonly MutationEdit[]): Json {
  const copy = structuredClone(seed) as Json;
  for (const edit of edits) {
    const parts = edit.pointer.split("/").slice(1);
    const last = parts.pop();
    let parent: unknown = copy;
    for (const part of parts) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (typeof parent !== "object" || parent === null) continue;
    const target = parent as Record<string, unknown>;
    if (last === undefined) continue;
    if (edit.kind === "set") target[last] = edit.value;
    else if (edit.kind === "delete") delete target[last];
    else {
      const holder = target[last];
      if (typeof holder === "object" && holder !== null && !Array.isArray(holder)) {
        Object.defineProperty(holder, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return copy;
}

function expectPathsResolve(input: unknown, issues: readonly Issue[]) {
  for (const issue of issues) {
    expect(resolvePointer(input, issue.path).found, `${issue.path} (${issue.message})`).toBe(true);
  }
}

/**
 * Every issue of a parse points into the input: at its root when the input is not JSON,
 * else at a path that resolves in the decoded value. Returns the issues.
 */
function expectIssuesResolve(input: unknown, result: ParseResult): Issue[] {
  const value = decoded(input);
  const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
  if (value === undefined) {
    for (const issue of issues) expect(issue.path).toBe("");
  } else {
    expectPathsResolve(value, issues);
  }
  return issues;
}

function decoded(input: unknown): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map(mutate),
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((edits) => JSON.stringify(mutate(edits))),
);

describe("parseFramework properties", () => {
  it("never throws, and every reported path resolves in the input", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseFramework(input);
        const issues = expectIssuesResolve(input, result);
        for (const issue of issues) expect(issue.message).toMatch(/\S.*\.$/);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives equal results for the same input", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(parseFramework(input)).toEqual(parseFramework(input));
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps every statement of a mutated seed it accepts", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const input = mutate(edits) as { framework: { levels: Record<string, { statements: string[] }> } };
        const before = JSON.stringify(input);
        const result = parseFramework(input);
        expect(JSON.stringify(input)).toBe(before);
        if (!result.ok) return;
        const expected = Object.entries(input.framework.levels).map(([key, level]) => [
          key,
          level.statements.filter((text) => text.trim() !== ""),
        ]);
        const actual = result.framework.levels.map((level) => [level.key, level.statements.map((s) => s.text)]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Limits small enough that random edits of the seed cross them. */
const tightLimits = fc.record(
  {
    maxInputLength: fc.integer({ min: 0, max: 20_000 }),
    maxLevels: fc.integer({ min: 0, max: 5 }),
    maxStatementsPerLevel: fc.integer({ min: 0, max: 12 }),
    maxStatements: fc.integer({ min: 0, max: 45 }),
    maxStatementLength: fc.integer({ min: 0, max: 250 }),
    maxTextLength: fc.integer({ min: 0, max: 300 }),
    maxSources: fc.integer({ min: 0, max: 4 }),
    maxAreas: fc.integer({ min: 0, max: 3 }),
    maxTracks: fc.integer({ min: 0, max: 3 }),
    maxExamplesPerStatement: fc.integer({ min: 0, max: 3 }),
    maxDetailsPerLevel: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: [] },
);

describe("parseFramework properties under limits", () => {
  it("never throws, and every reported path resolves in the input, whatever the limits", () => {
    fc.assert(
      fc.property(anyInput, tightLimits, (input, limits) => {
        const result = parseFramework(input, { limits });
        expectIssuesResolve(input, result);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

// Parsed-looking values: the parsed seed after structuredClone (what crosses RSC props or
// postMessage), edited by a hostile hand.
const parsedSeed = structuredClone(assertFramework(seed)) as unknown as Json;
const parsedPointers = pointersOf(parsedSeed);

/** Strings a hostile framework would carry: links of every scheme, lone surrogates, controls. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https://bank.example@evil.example/",
    "https://example.com/\u202Eexe.txt",
    "https://example.com/ok",
    "http://[::1]/",
    "\uD800",
    "a\uDC00b",
    "",
    "Not Safe",
    "level-1",
  ),
  fc
    .tuple(fc.string({ maxLength: 4 }), fc.constantFrom("\uD800", "\uDBFF", "\uDC00"), fc.string({ maxLength: 4 }))
    .map((parts) => parts.join("")),
);

/** A value that throws when read: a revoked Proxy, a Proxy whose traps throw, or a throwing getter. */
const throwing = fc.constantFrom("revoked", "traps", "getter").map((kind) => ({ throwing: kind }));

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 60 }) },
  { weight: 1, arbitrary: throwing },
);

const parsedEdit = fc.record({
  pointer: fc.constantFrom(...parsedPointers),
  kind: fc.constantFrom("set", "delete", "add", "url"),
  key: fc.constantFrom("url", "extra", "subject", "text", "name", "__proto__"),
  value: hostileValue,
});

type ParsedEdit = { pointer: string; kind: string; key: string; value: unknown };

/** Applies edits to a fresh clone of the parsed seed; returns it with every Proxy it planted. */
function editParsed(edits: readonly ParsedEdit[]): { input: unknown; planted: Set<object> } {
  const input = structuredClone(parsedSeed) as Json;
  const planted = new Set<object>();
  const materialize = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || !("throwing" in value)) return value;
    const kind = (value as { throwing: string }).throwing;
    if (kind === "revoked") {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      planted.add(proxy);
      return proxy;
    }
    const boom = () => {
      throw new Error("hostile");
    };
    if (kind === "traps") {
      const proxy = new Proxy({}, { get: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom });
      planted.add(proxy);
      return proxy;
    }
    const holder = Object.defineProperty({}, "text", { enumerable: true, get: boom });
    planted.add(holder);
    return holder;
  };
  for (const edit of edits) {
    const parts = edit.pointer.split("/").slice(1);
    const last = parts.pop();
    let parent: unknown = input;
    for (const part of parts) {
      if (typeof parent !== "object" || parent === null || planted.has(parent)) break;
      parent = (parent as Record<string, unknown>)[part];
    }
    if (typeof parent !== "object" || parent === null || last === undefined || planted.has(parent)) continue;
    const target = parent as Record<string, unknown>;
    if (planted.has(target[last] as object)) continue;
    if (edit.kind === "set") target[last] = materialize(edit.value);
    else if (edit.kind === "delete") delete target[last];
    else {
      const holder = target[last];
      if (typeof holder !== "object" || holder === null) continue;
      const key = edit.kind === "url" ? "url" : edit.key;
      Object.defineProperty(holder, key, {
        value: materialize(edit.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { input, planted };
}

/** Every object reachable in a value, without reading through what was planted to throw. */
function objectsOf(value: unknown, skip: Set<object>, found = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || found.has(value)) return found;
  found.add(value);
  if (skip.has(value)) return found;
  for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], skip, found);
  return found;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks a framework core returned: frozen all through, text (keys too) well-formed, sharing
 * no object with the input. Returns what is wrong, "" when nothing is.
 */
function unsafePart(value: unknown, inputObjects: Set<object>, at = ""): string {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? `${at} is not well-formed` : "";
  if (typeof value !== "object" || value === null) return "";
  if (!Object.isFrozen(value)) return `${at} is not frozen`;
  if (inputObjects.has(value)) return `${at} is an object of the input`;
  for (const [key, child] of Object.entries(value)) {
    const problem = LONE_SURROGATE.test(key)
      ? `${at}/${key} is not well-formed`
      : unsafePart(child, inputObjects, `${at}/${key}`);
    if (problem) return problem;
  }
  return "";
}

describe("resolveFramework properties on parsed-looking values", () => {
  it("never throws; what it accepts is a new, frozen, trusted framework with well-formed text and only http(s) links", () => {
    fc.assert(
      fc.property(fc.array(parsedEdit, { minLength: 1, maxLength: 5 }), (edits) => {
        const { input, planted } = editParsed(edits);
        const inputObjects = objectsOf(input, planted);
        const result = resolveFramework(input);
        const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
        if (planted.size === 0) expectPathsResolve(input, issues);
        for (const issue of issues) expect(issue.message).toMatch(/\S.*\.$/);
        if (!result.ok) return;
        const { framework } = result;
        expect(unsafePart(framework, inputObjects)).toBe("");
        // Trusted: handed back as it is from now on.
        const again = resolveFramework(framework);
        expect(again.ok && again.framework).toBe(framework);
        for (const source of framework.sources) {
          expect(source.url).toBe(linkTarget(source.value)?.href);
          if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

type JsonObject = { [key: string]: Json };

// Format 1.1 (issue 20): the fixture with every new field, mutated as the seed is, and
// generated 1.1 files of every shape the format allows.
const every11 = JSON.parse(
  readFileSync(new URL("../fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
) as JsonObject;
const every11Pointers = pointersOf(every11);

const mutation11 = fc.record({
  pointer: fc.constantFrom(...every11Pointers),
  kind: fc.constantFrom("set", "delete", "add"),
  key: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom("__proto__", "constructor", "area", "examples", "equivalentTo", "allLevels", "levels", "tracks"),
  ),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("delivery", "ic", "ic1", "nope", "review-small", "ic-ic1-1", "all-1", "\n\n", "<b>x</b>"),
  ),
});

function mutate11(edits: readonly MutationEdit[]): JsonObject {
  const copy = structuredClone(every11);
  for (const edit of edits) {
    const parts = edit.pointer.split("/").slice(1);
    const last = parts.pop();
    let parent: unknown = copy;
    for (const part of parts) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (typeof parent !== "object" || parent === null || last === undefined) continue;
    const target = parent as Record<string, unknown>;
    if (edit.kind === "set") target[last] = edit.value;
    else if (edit.kind === "delete") delete target[last];
    else {
      const holder = target[last];
      if (typeof holder === "object" && holder !== null && !Array.isArray(holder)) {
        Object.defineProperty(holder, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return copy;
}

/** What holds of every 1.1 framework parseFramework accepts. */
function expectSound11(framework: Framework): void {
  expect(framework.levels).toBe(framework.tracks[0]?.levels);
  expect(framework.allLevels).toBe(framework.tracks[0]?.allLevels);
  const ids = framework.tracks.flatMap((track) => [
    ...track.levels.flatMap((level) => [level.id, ...level.statements.map((statement) => statement.id)]),
  ]);
  expect(new Set(ids).size).toBe(ids.length);
  const areaKeys = new Set(framework.areas.map((area) => area.key));
  for (const track of framework.tracks) {
    for (const level of track.levels) {
      for (const statement of level.statements) {
        if (statement.area !== undefined) expect(areaKeys.has(statement.area)).toBe(true);
        for (const example of statement.examples ?? []) expect(example.trim()).not.toBe("");
      }
      for (const equivalent of level.equivalents ?? []) {
        const other = framework.tracks.find((candidate) => candidate.key === equivalent.track);
        expect(other?.levels.some((candidate) => candidate.key === equivalent.level)).toBe(true);
      }
    }
  }
  const copy = resolveFramework(JSON.parse(JSON.stringify(framework)));
  expect(copy.ok && copy.framework).toEqual(framework);
}

describe("parseFramework properties on 1.1 files", () => {
  const input11 = fc.oneof(
    generated11,
    fc.array(mutation11, { minLength: 1, maxLength: 4 }).map(mutate11),
    fc.array(mutation11, { minLength: 1, maxLength: 4 }).map((edits) => JSON.stringify(mutate11(edits))),
  );

  it("never throws or mutates; every path resolves; what it accepts is sound and survives a JSON trip", () => {
    fc.assert(
      fc.property(input11, (input) => {
        const before = JSON.stringify(input);
        const result = parseFramework(input);
        expect(JSON.stringify(input)).toBe(before);
        const issues = expectIssuesResolve(input, result);
        for (const issue of issues) expect(issue.message).toMatch(/\S.*\.$/);
        if (result.ok) expectSound11(result.framework);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("never throws and points every issue into the input, whatever the limits", () => {
    fc.assert(
      fc.property(input11, tightLimits, (input, limits) => {
        const result = parseFramework(input, { limits });
        expectIssuesResolve(input, result);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it("keeps every statement text of a generated file it accepts, in order, examples and all", () => {
    fc.assert(
      fc.property(generated11, (input) => {
        const result = parseFramework(input);
        if (!result.ok) return;
        const body = input.framework as { tracks?: object; levels?: object };
        const tracks = body.tracks ?? { default: { levels: body.levels } };
        const expected = Object.values(tracks).map((track) =>
          Object.values((track as { levels: Record<string, { statements: unknown[] }> }).levels).map((level) =>
            level.statements
              .map((statement) => (typeof statement === "string" ? statement : (statement as { text: string }).text))
              .filter((text) => text.trim() !== ""),
          ),
        );
        const actual = result.framework.tracks.map((track) =>
          track.levels.map((level) => level.statements.map((statement) => statement.text)),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
