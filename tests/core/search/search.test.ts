import { type Framework, highlightSegments, mergeRanges, parseFramework, searchStatements } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { seedText } from "../../seeds";
import { parsed, parsedEveryField, parsedSeed } from "../frameworks";

function framework(statements: string[]): Framework {
  const result = parseFramework({
    schemaVersion: "1.0",
    occupation: { title: "T" },
    framework: { levels: { one: { label: "One", statements }, two: { label: "Two", statements: ["Other — thing"] } } },
    attribution: "A",
  });
  if (!result.ok) throw new Error("fixture invalid");
  return result.framework;
}

const highlighted = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((range) => text.slice(range.start, range.end));

describe("searchStatements", () => {
  const seed = (() => {
    const result = parseFramework(seedText());
    if (!result.ok) throw new Error("seed invalid");
    return result.framework;
  })();

  it("finds statements containing every word, in any field, in framework order", () => {
    const results = searchStatements(seed, "oscilloscopes voltmeters");
    expect(results.map((r) => r.statement.id)).toEqual(["emerging-1", "developing-1"]);
  });

  it("ignores case and diacritics in both query and text", () => {
    const fw = framework(["Résumé writing — drafts a CV", "Naïve Bayes — CLASSIFIES"]);
    expect(searchStatements(fw, "RESUME").map((r) => r.statement.subject)).toEqual(["Résumé writing"]);
    expect(searchStatements(fw, "naive classifiés").map((r) => r.statement.subject)).toEqual(["Naïve Bayes"]);
  });

  it("returns the ranges to highlight in the original text", () => {
    const fw = framework(["Résumé writing — drafts a résumé and a RESUME"]);
    const [match] = searchStatements(fw, "resume");
    expect(match && highlighted(match.statement.subject, match.subject)).toEqual(["Résumé"]);
    expect(match && highlighted(match.statement.description, match.description)).toEqual(["résumé", "RESUME"]);
  });

  it("maps ranges back through characters that fold to a different length", () => {
    const fw = framework(["Cafe\u0301 ﬁle — e\u0301te\u0301"]);
    const [match] = searchStatements(fw, "café file");
    expect(match && highlighted(match.statement.subject, match.subject)).toEqual(["Cafe\u0301", "ﬁle"]);
  });

  it("merges overlapping ranges of different words", () => {
    const fw = framework(["Testing — testers test"]);
    const [match] = searchStatements(fw, "test tester");
    expect(match?.description).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 12 },
    ]);
  });

  it("requires all words to match", () => {
    expect(searchStatements(seed, "oscilloscopes nonexistentword")).toEqual([]);
  });

  it("matches everything, with nothing highlighted, for an empty query", () => {
    const results = searchStatements(seed, "   ");
    expect(results).toHaveLength(40);
    expect(results.every((r) => r.subject.length === 0 && r.description.length === 0)).toBe(true);
  });

  it("can be limited to one level", () => {
    expect(searchStatements(seed, "supervision", { levelKey: "emerging" }).map((r) => r.statement.levelKey)).toEqual([
      "emerging",
      "emerging",
    ]);
  });
});

describe("searchStatements: case-folding traps", () => {
  it("finds Greek capitals ending in sigma, as written (ΟΔΟΣ)", () => {
    const fw = framework(["Χάρτες — ΟΔΟΣ ΠΑΝΕΠΙΣΤΗΜΙΟΥ", "Άλλο — τίποτα"]);
    const [match, ...rest] = searchStatements(fw, "ΟΔΟΣ");
    expect(rest).toEqual([]);
    expect(match && highlighted(match.statement.description, match.description)).toEqual(["ΟΔΟΣ"]);
    expect(searchStatements(fw, "οδος").map((m) => m.statement.id)).toEqual([match?.statement.id]);
  });

  it("finds German sharp s, Turkish dotted and dotless i and ligatures in either spelling", () => {
    const fw = framework(["Straße — plans routes", "İstanbul office — ıslak zemin", "Workﬂow — ﬁles reports"]);
    const subjects = (query: string) => searchStatements(fw, query).map((m) => m.statement.subject);
    expect(subjects("STRASSE")).toEqual(["Straße"]);
    expect(subjects("strasse")).toEqual(["Straße"]);
    expect(subjects("istanbul")).toEqual(["İstanbul office"]);
    expect(subjects("ISLAK")).toEqual(["İstanbul office"]);
    expect(subjects("workflow files")).toEqual(["Workﬂow"]);
    const [match] = searchStatements(fw, "strasse");
    expect(match && highlighted(match.statement.subject, match.subject)).toEqual(["Straße"]);
  });
});

describe("searchStatements: bounded cost", () => {
  it("finds a word that overlaps itself all along a long text as one merged range", () => {
    // 900,001 overlapping occurrences: one linear scan, merged as they are found.
    const long = "a".repeat(1_000_000);
    const levels = [
      {
        key: "one",
        id: "one",
        label: "One",
        rank: 0,
        statements: [{ id: "one-1", levelKey: "one", index: 0, text: `S — ${long}`, subject: "S", description: long }],
      },
    ];
    const fw: Framework = {
      schemaVersion: "1.0",
      occupation: { title: "T" },
      sources: [],
      levels,
      areas: [],
      tracks: [{ key: "default", id: "default", label: "T", levels, allLevels: [], cumulative: false }],
      allLevels: [],
      cumulative: false,
    };
    const [match] = searchStatements(fw, "a".repeat(100_000));
    expect(match?.description).toEqual([{ start: 0, end: 1_000_000 }]);
    expect(searchStatements(fw, `${"a".repeat(99_999)}b`)).toEqual([]);
  });

  /** Issue 18, item 4: 1 MB of one-letter words and a one-letter query made 500,000 marks. */
  function oneLetterWords(statements: number, words: number): Framework {
    const result = parseFramework(
      {
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: {
          levels: {
            one: { label: "One", statements: Array.from({ length: statements }, () => "a ".repeat(words).trim()) },
          },
        },
        attribution: "A",
      },
      { limits: { maxStatementLength: Number.POSITIVE_INFINITY } },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.framework;
  }
  const marksOf = (matches: readonly { subject: readonly unknown[]; description: readonly unknown[] }[]) =>
    matches.reduce((sum, match) => sum + match.subject.length + match.description.length, 0);

  it("marks at most 100 ranges in a text and 2,000 in a search; every matching statement is still found", () => {
    const fw = oneLetterWords(500, 1_000);
    const matches = searchStatements(fw, "a");
    // The count a view announces stays true: every statement matches.
    expect(matches).toHaveLength(500);
    for (const match of matches) expect(match.description.length).toBeLessThanOrEqual(100);
    expect(matches[0]?.description).toHaveLength(100);
    // The first ranges are the text's first occurrences, in order: the rest shows unmarked.
    expect(matches[0]?.description.slice(0, 2)).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
    expect(marksOf(matches)).toBe(2_000);
    expect(matches.at(-1)?.description).toEqual([]);
    // Two words: still at most 100 in the text, each range exactly what the words cover.
    const [two] = searchStatements(oneLetterWords(1, 1_000), "a a");
    expect(two?.description).toHaveLength(100);
    expect(two?.description.at(-1)).toEqual({ start: 198, end: 199 });
  });

  it("stops scanning a text once its marks are found: the characters read do not grow with it", () => {
    // The scan reads the folded text with charCodeAt; count the reads for texts of n and 8n words.
    const reads: number[] = [];
    for (const words of [10_000, 80_000]) {
      const fw = oneLetterWords(1, words);
      const charCodeAt = vi.spyOn(String.prototype, "charCodeAt");
      try {
        const [match] = searchStatements(fw, "a");
        expect(match?.description).toHaveLength(100);
        reads.push(charCodeAt.mock.calls.length);
      } finally {
        charCodeAt.mockRestore();
      }
    }
    expect(reads[1]).toBe(reads[0]);
    expect(reads[0]).toBeLessThan(1_000);
  });

  it("never serves a folded text of a framework it did not build (a copy edited in place)", () => {
    const fw = framework(["Testing — runs the suite"]);
    const copy = structuredClone(fw) as unknown as { levels: { statements: { description: string }[] }[] };
    expect(searchStatements(copy as unknown as Framework, "suite")).toHaveLength(1);
    (copy.levels[0]?.statements[0] as { description: string }).description = "writes the plan";
    expect(searchStatements(copy as unknown as Framework, "suite")).toEqual([]);
    expect(searchStatements(copy as unknown as Framework, "plan")).toHaveLength(1);
  });
});

describe("highlightSegments", () => {
  it("keeps the text whole, whatever the ranges", () => {
    expect(
      highlightSegments("hello", [{ start: 0, end: Number.NaN }])
        .map((s) => s.text)
        .join(""),
    ).toBe("hello");
    expect(
      highlightSegments("hello", [{} as never])
        .map((s) => s.text)
        .join(""),
    ).toBe("hello");
    expect(() => highlightSegments("hello", [null as never])).not.toThrow();
    expect(highlightSegments("hello", [null as never, { start: 1, end: 3 }])).toEqual([
      { text: "h", match: false },
      { text: "el", match: true },
      { text: "lo", match: false },
    ]);
  });

  it("marks at most 100 pieces of a text, whatever ranges a host passes; the rest shows unmarked", () => {
    const text = "a ".repeat(50_000);
    const ranges = Array.from({ length: 50_000 }, (_, n) => ({ start: 2 * n, end: 2 * n + 1 }));
    const segments = highlightSegments(text, ranges);
    expect(segments.filter((segment) => segment.match)).toHaveLength(100);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.at(-1)).toEqual({ text: text.slice(199), match: false });
  });

  it("never throws and never loses text, for any array of anything", () => {
    const range = fc.record({
      start: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.constant(Number.NaN)),
      end: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.constant(Number.POSITIVE_INFINITY)),
    });
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.array(fc.oneof(range, fc.anything())), (text, ranges) => {
        const segments = highlightSegments(text, ranges as never);
        expect(segments.map((segment) => segment.text).join("")).toBe(text);
        expect(() => mergeRanges(ranges as never)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("searchStatements: examples and notes (format 1.1)", () => {
  const ladder = parsed({
    schemaVersion: "1.1",
    occupation: { title: "T" },
    framework: {
      allLevels: [{ text: "Values — lives the values.", notes: "Checked in every review." }],
      levels: {
        one: {
          label: "One",
          statements: [
            {
              text: "Reviews — reviews small changes.",
              examples: ["Leaves a review within a day.", "Asks questions when unsure, within a day."],
              notes: "Not in the first month.",
            },
            "Code — writes tested code.",
            { text: "Docs — writes guides.", notes: "A review of the guides counts." },
          ],
        },
      },
    },
    attribution: "A",
  });
  const found = (query: string) =>
    searchStatements(ladder, query).map((match) => [match.statement.id, match.field, match.exampleIndex]);

  it("says a match is in the text, as every 1.0 match is", () => {
    expect(found("code")).toEqual([["one-2", "text", undefined]]);
    const [match] = searchStatements(ladder, "reviews");
    expect(match).toMatchObject({ field: "text", subject: [{ start: 0, end: 7 }] });
    // Its examples and notes are marked too, each by index.
    expect(match?.examples).toEqual([[], []]);
    expect(match?.notes).toEqual([]);
  });

  it("finds a query only an example holds, and says which example", () => {
    expect(found("within day")).toEqual([["one-1", "example", 0]]);
    expect(found("unsure day")).toEqual([["one-1", "example", 1]]);
    const [match] = searchStatements(ladder, "day");
    const examples = match?.statement.examples ?? [];
    expect(examples.map((text, i) => highlighted(text, match?.examples?.[i] ?? []))).toEqual([["day"], ["day"]]);
  });

  it("finds a query only a note holds, every-level statements included, and marks it", () => {
    expect(found("month")).toEqual([["one-1", "note", undefined]]);
    expect(found("every review")).toEqual([["all-1", "note", undefined]]);
    const [docs] = searchStatements(ladder, "guides review");
    expect(docs?.field).toBe("note");
    expect(docs && highlighted(docs.statement.notes ?? "", docs.notes ?? [])).toEqual(["review", "guides"]);
    expect(docs && highlighted(docs.statement.description, docs.description)).toEqual(["guides"]);
  });

  it("needs every word in one place: the text, one example or the notes", () => {
    // "small" is in the text, "unsure" in an example only: no one place holds both.
    expect(found("small unsure")).toEqual([]);
    expect(found("review")).toEqual([
      ["all-1", "note", undefined],
      ["one-1", "text", undefined],
      ["one-3", "note", undefined],
    ]);
  });

  it("reads examples and notes as text, never markup", () => {
    const hostile = parsed({
      schemaVersion: "1.1",
      occupation: { title: "T" },
      framework: {
        levels: {
          one: {
            label: "One",
            statements: [{ text: "S — d", examples: ["<img src=x onerror=alert(1)>"], notes: "<b>bold</b>" }],
          },
        },
      },
      attribution: "A",
    });
    const [inExample] = searchStatements(hostile, "onerror");
    expect(inExample?.field).toBe("example");
    expect(highlighted(inExample?.statement.examples?.[0] ?? "", inExample?.examples?.[0] ?? [])).toEqual(["onerror"]);
    expect(searchStatements(hostile, "<b>").map((match) => match.field)).toEqual(["note"]);
  });

  it("leaves 1.0 matches as they were: in the text, without example or note ranges", () => {
    const seed = parsedSeed();
    for (const match of searchStatements(seed, "safety")) {
      expect(Object.keys(match).sort()).toEqual(["description", "field", "statement", "subject"]);
      expect(match.field).toBe("text");
    }
  });

  it("searches the track asked for, and nothing for an unknown one", () => {
    const tracks = parsedEveryField();
    expect(searchStatements(tracks, "one-to-ones").map((match) => match.statement.id)).toEqual([]);
    expect(searchStatements(tracks, "one-to-ones", { track: "manager" }).map((match) => match.statement.id)).toEqual([
      "manager-m1-1",
    ]);
    expect(searchStatements(tracks, "", { track: "__proto__" })).toEqual([]);
    expect(searchStatements(tracks, "within", { track: "ic" }).map((match) => match.field)).toEqual(["example"]);
  });
});

describe("searchStatements: bounded marks in examples and notes", () => {
  it("marks at most 100 ranges a text and 2,000 in all, examples and notes included", () => {
    // 20 statements × (50 examples + a note) of 1,000 one-letter words, all under the limits.
    const long = Array(1000).fill("a").join(" ");
    const statement = { text: "S — a", examples: Array(50).fill(long), notes: long };
    const ladder = parsed({
      schemaVersion: "1.1",
      occupation: { title: "T" },
      framework: { levels: { one: { label: "One", statements: Array.from({ length: 20 }, () => statement) } } },
      attribution: "A",
    });
    const matches = searchStatements(ladder, "a");
    expect(matches).toHaveLength(20);
    const texts = matches.flatMap((match) => [
      match.subject,
      match.description,
      ...(match.examples ?? []),
      match.notes ?? [],
    ]);
    for (const ranges of texts) expect(ranges.length).toBeLessThanOrEqual(100);
    expect(texts.reduce((total, ranges) => total + ranges.length, 0)).toBe(2000);
    expect(matches[0]?.examples?.[0]).toHaveLength(100);
  });
});
