import { type Issue, parseFramework } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedJson } from "../seeds";
import { resolvePointer } from "./pointer";

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
        const value = decoded(input);
        const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
        if (value === undefined) {
          for (const issue of issues) expect(issue.path).toBe("");
        } else {
          expectPathsResolve(value, issues);
        }
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
