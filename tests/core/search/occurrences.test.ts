import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOccurrences } from "../../../packages/core/src/search/occurrences";

function occurrences(text: string, pattern: string): number[] {
  const found: number[] = [];
  findOccurrences(text, pattern, (at) => found.push(at));
  return found;
}

/** Every position where `pattern` starts in `text`, the slow obvious way. */
function naive(text: string, pattern: string): number[] {
  const found: number[] = [];
  if (pattern === "") return found;
  for (let at = 0; at + pattern.length <= text.length; at++) if (text.startsWith(pattern, at)) found.push(at);
  return found;
}

describe("findOccurrences", () => {
  it("finds every occurrence, overlapping ones included, in order", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("abababa", "aba")).toEqual([0, 2, 4]);
    expect(occurrences("abc", "")).toEqual([]);
    expect(occurrences("ab", "abc")).toEqual([]);
  });

  it("agrees with a naive scan on any texts", () => {
    // A small alphabet, so that patterns occur, overlap and almost occur.
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (haystack, pattern) => {
        expect(occurrences(haystack, pattern)).toEqual(naive(haystack, pattern));
      }),
      { numRuns: 2000 },
    );
  });
});
