import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextSet } from "../../../packages/core/src/parse/text-set";

describe("TextSet", () => {
  it("says a text is new exactly when a Set would", () => {
    // Few letters and shared beginnings, so texts are filed alike and piles grow past their limit.
    const text = fc
      .tuple(
        fc.constantFrom("", "x".repeat(40), "Demonstrates the ability to work with "),
        fc.stringMatching(/^[ab]{0,6}$/),
      )
      .map(([start, end]) => start + end);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 120 }), (texts) => {
        const set = new TextSet();
        const reference = new Set<string>();
        for (const t of texts) {
          const isNew = !reference.has(t);
          reference.add(t);
          expect(set.add(t)).toBe(isNew);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("says a text is new exactly when a Set would, given where its subject ends", () => {
    const subject = fc.constantFrom("", "Safety", "Quality", "x".repeat(50));
    const entry = fc
      .tuple(subject, fc.stringMatching(/^[ab]{0,5}$/))
      .map(([s, rest]) => ({ s, text: `${s} — ${rest}` }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 120 }), (entries) => {
        const set = new TextSet();
        const reference = new Set<string>();
        for (const { s, text } of entries) {
          const isNew = !reference.has(text);
          reference.add(text);
          expect(set.add(text, s.length)).toBe(isNew);
          // The subject as a text of its own, filed by its middle: still told apart.
          const subjectIsNew = !reference.has(s);
          reference.add(s);
          expect(set.add(s)).toBe(subjectIsNew);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tells apart texts that share their fingerprint (length and sampled characters), however many there are", () => {
    const set = new TextSet();
    // Equal length, and equal at the first, middle and telling characters: one pile, then a Set.
    const text = (i: number) => `${"x".repeat(10)}${String(i).padStart(3, "0")}${"x".repeat(27)}`;
    for (let i = 0; i < 100; i++) expect(set.add(text(i), 30)).toBe(true);
    for (let i = 0; i < 100; i++) expect(set.add(text(i), 30)).toBe(false);
    // A telling point outside the text is read as far as the text goes.
    expect(set.add("short", -10)).toBe(true);
    expect(set.add("short", -10)).toBe(false);
    expect(set.add("", 99)).toBe(true);
    expect(set.add("", 99)).toBe(false);
  });

  it("tells apart texts that differ only past their shared beginning, however many there are", () => {
    const set = new TextSet();
    const start = "Writes clear documentation for every change made in the codebase, number ";
    for (let i = 0; i < 200; i++) expect(set.add(`${start}${i}`)).toBe(true);
    for (let i = 0; i < 200; i++) expect(set.add(`${start}${i}`)).toBe(false);
    expect(set.add(start)).toBe(true);
    expect(set.add("")).toBe(true);
    expect(set.add("")).toBe(false);
  });
});
