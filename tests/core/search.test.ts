import { type Framework, parseFramework, searchStatements } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";

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
