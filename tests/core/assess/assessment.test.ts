import {
  type Assessment,
  allStatements,
  assessFramework,
  decodeAssessment,
  encodeAssessment,
  type Framework,
  type Level,
  type Statement,
} from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { seedFiles, seedText } from "../../seeds";
import { frameworkOf, parsed, parsedEveryField } from "../frameworks";

const seed = parsed(seedText());
/** The seed's ids are `<level>-<n>`, 10 per level: emerging, developing, proficient, advanced. */
const ids = (level: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${level}-${from + i}`);
const all = (level: string) => ids(level, 1, 10);
/** The ids in the gap, sorted: the order of themes is the alignment's business. */
const gapIds = (assessment: Assessment) =>
  assessment.gap.flatMap((theme) => theme.statements.map((statement) => statement.id)).sort();

describe("assessFramework", () => {
  it("reaches no level when nothing is checked, and aims at the lowest level", () => {
    const result = assessFramework(seed, []);
    expect(result.level).toBeUndefined();
    expect(result.target?.key).toBe("emerging");
    expect(result.levels.map((p) => [p.checked, p.total, p.ratio, p.met])).toEqual([
      [0, 10, 0, false],
      [0, 10, 0, false],
      [0, 10, 0, false],
      [0, 10, 0, false],
    ]);
    expect(gapIds(result)).toEqual(all("emerging").sort());
  });

  it("reaches the top level when everything is checked, with no target and no gap", () => {
    const result = assessFramework(
      seed,
      seed.levels.flatMap((level) => level.statements.map((s) => s.id)),
    );
    expect(result.level?.key).toBe("advanced");
    expect(result.levels.every((p) => p.met && p.ratio === 1)).toBe(true);
    expect(result.target).toBeUndefined();
    expect(result.gap).toEqual([]);
  });

  it("reaches a level only when every level below it is met too", () => {
    const missingOneOfLevel1 = [...ids("emerging", 1, 9), ...all("developing"), ...all("proficient")];
    expect(assessFramework(seed, missingOneOfLevel1).level).toBeUndefined();
    const missingOneOfLevel2 = [...all("emerging"), ...ids("developing", 2, 10), ...all("proficient")];
    const result = assessFramework(seed, missingOneOfLevel2);
    expect(result.level?.key).toBe("emerging");
    expect(result.levels.map((p) => p.met)).toEqual([true, false, true, false]);
  });

  it("reports progress per level", () => {
    const result = assessFramework(seed, [...ids("emerging", 1, 3), "proficient-10"]);
    expect(
      result.levels.map((p) => ({ key: p.level.key, checked: p.checked, total: p.total, ratio: p.ratio })),
    ).toEqual([
      { key: "emerging", checked: 3, total: 10, ratio: 0.3 },
      { key: "developing", checked: 0, total: 10, ratio: 0 },
      { key: "proficient", checked: 1, total: 10, ratio: 0.1 },
      { key: "advanced", checked: 0, total: 10, ratio: 0 },
    ]);
  });

  it("meets a level at the threshold share of its statements", () => {
    const checked = [...ids("emerging", 1, 7), ...ids("developing", 1, 6)];
    const at70 = assessFramework(seed, checked, { threshold: 0.7 });
    expect(at70.level?.key).toBe("emerging");
    expect(at70.levels.map((p) => p.required)).toEqual([7, 7, 7, 7]);
    expect(assessFramework(seed, checked, { threshold: 0.6 }).level?.key).toBe("developing");
    expect(assessFramework(seed, checked, { threshold: 0.71 }).level).toBeUndefined();
    expect(assessFramework(seed, checked).threshold).toBe(1);
  });

  it("does not ask for one statement more through rounding error", () => {
    // 0.1 × 30 is 3.0000000000000004 in floating point.
    const fw = frameworkOf({ one: Array.from({ length: 30 }, (_, i) => `S${i} — does ${i}`) });
    const result = assessFramework(fw, ["one-1", "one-2", "one-3"], { threshold: 0.1 });
    expect(result.levels[0]?.required).toBe(3);
    expect(result.level?.key).toBe("one");
  });

  it("clamps the threshold into (0, 1]", () => {
    const checked = [...all("emerging"), "developing-1"];
    expect(assessFramework(seed, checked, { threshold: 5 }).threshold).toBe(1);
    expect(assessFramework(seed, checked, { threshold: 5 }).level?.key).toBe("emerging");
    expect(assessFramework(seed, checked, { threshold: Number.NaN }).threshold).toBe(1);
    // 0 or less: one statement is enough, but an untouched level is still not met.
    const zero = assessFramework(seed, checked, { threshold: 0 });
    expect(zero.threshold).toBeGreaterThan(0);
    expect(zero.levels.map((p) => p.required)).toEqual([1, 1, 1, 1]);
    expect(zero.level?.key).toBe("developing");
    expect(assessFramework(seed, checked, { threshold: -2 }).level?.key).toBe("developing");
  });

  it("counts an empty level as met", () => {
    const fw = frameworkOf({
      junior: ["Testing — runs the tests."],
      middle: [],
      senior: ["Testing — designs the tests."],
      staff: ["Testing — sets the strategy."],
    });
    const result = assessFramework(fw, ["junior-1", "senior-1"]);
    expect(result.levels[1]).toMatchObject({ checked: 0, total: 0, ratio: 1, met: true });
    expect(result.level?.key).toBe("senior");
    expect(result.target?.key).toBe("staff");
    expect(assessFramework(fw, ["junior-1"]).level?.key).toBe("middle");
    expect(assessFramework(fw, ["junior-1"]).target?.key).toBe("senior");
    // Nothing checked is no level, even though the empty level is met.
    expect(assessFramework(fw, []).level).toBeUndefined();
  });

  it("lists the gap to a target level by theme, with the unmet lower levels' statements", () => {
    const fw = frameworkOf({
      junior: ["Testing — runs the tests.", "Docs — reads the docs."],
      middle: ["Testing — writes tests.", "Review — reviews changes.", "Docs — writes docs."],
      senior: ["Review — leads reviews.", "Testing — designs the test strategy."],
    });
    const result = assessFramework(fw, ["junior-1", "junior-2", "middle-1"], { targetLevel: "senior" });
    expect(result.level?.key).toBe("junior");
    expect(result.target?.key).toBe("senior");
    expect(result.gap.map((theme) => [theme.label, theme.statements.map((s) => s.text)])).toEqual([
      ["Testing", ["Testing — designs the test strategy."]],
      ["Docs", ["Docs — writes docs."]],
      ["Review", ["Review — reviews changes.", "Review — leads reviews."]],
    ]);
    expect(new Set(result.gap.map((theme) => theme.id)).size).toBe(3);
  });

  it("leaves met lower levels out of the gap, but keeps the target's unchecked statements", () => {
    const checked = [...ids("emerging", 1, 8), ...ids("developing", 1, 8), "proficient-1"];
    const result = assessFramework(seed, checked, { threshold: 0.8, targetLevel: "proficient" });
    expect(result.level?.key).toBe("developing");
    expect(gapIds(result)).toEqual(ids("proficient", 2, 10).sort());
    const strict = assessFramework(seed, checked, { targetLevel: "proficient" });
    expect(gapIds(strict)).toEqual(
      [...ids("emerging", 9, 10), ...ids("developing", 9, 10), ...ids("proficient", 2, 10)].sort(),
    );
  });

  it("aims at the level above the one reached by default, at nothing above the top", () => {
    expect(assessFramework(seed, all("emerging")).target?.key).toBe("developing");
    expect(assessFramework(seed, all("emerging"), { targetLevel: "advanced" }).target?.key).toBe("advanced");
    const unknownTarget = assessFramework(seed, all("emerging"), { targetLevel: "nope" });
    expect(unknownTarget.target).toBeUndefined();
    expect(unknownTarget.gap).toEqual([]);
  });

  it("ignores unknown ids and reports them once each", () => {
    const result = assessFramework(seed, ["emerging-1", "nope", "emerging-1", "emerging-99", "nope"]);
    expect([...result.checked]).toEqual(["emerging-1"]);
    expect(result.unknownIds).toEqual(["nope", "emerging-99"]);
    expect(result.levels[0]?.checked).toBe(1);
  });

  it("accepts any iterable of ids", () => {
    const fromSet = assessFramework(seed, new Set(all("emerging")));
    function* generated() {
      yield* all("emerging");
    }
    expect(fromSet.level?.key).toBe("emerging");
    expect(assessFramework(seed, generated()).level?.key).toBe("emerging");
  });
});

describe("encodeAssessment / decodeAssessment", () => {
  const seedIds = seed.levels.flatMap((level) => level.statements.map((s) => s.id));
  const subsetOf = (list: string[]) => fc.subarray(list);

  it("makes a short URL-safe code: 19 characters for the seed's 40 statements", () => {
    const code = encodeAssessment(seed, seedIds);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    // Version, 8 fingerprint bytes and 5 bitset bytes: 1 + ⌈104 / 6⌉.
    expect(code.length).toBeLessThanOrEqual(19);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it("round-trips any subset of the statements, for every seed", () => {
    for (const file of seedFiles) {
      const fw = parsed(seedText(file));
      const list = fw.levels.flatMap((level) => level.statements.map((s) => s.id));
      fc.assert(
        fc.property(subsetOf(list), (checked) => {
          const decoded = decodeAssessment(fw, encodeAssessment(fw, checked));
          expect(decoded).toEqual({ ok: true, checked: new Set(checked) });
        }),
        { numRuns: 50 },
      );
    }
  });

  it("gives different codes for different sets", () => {
    fc.assert(
      fc.property(subsetOf(seedIds), subsetOf(seedIds), (a, b) => {
        const same = a.length === b.length && a.every((id) => b.includes(id));
        expect(encodeAssessment(seed, a) === encodeAssessment(seed, b)).toBe(same);
      }),
    );
  });

  it("leaves unknown ids out of the code", () => {
    const decoded = decodeAssessment(seed, encodeAssessment(seed, ["emerging-2", "nope"]));
    expect(decoded).toEqual({ ok: true, checked: new Set(["emerging-2"]) });
  });

  it("rejects a code made for another framework", () => {
    const other = parsed(seedText("ft-engineering.json"));
    expect(decodeAssessment(other, encodeAssessment(seed, ["emerging-1"]))).toEqual({
      ok: false,
      reason: "other-framework",
    });
  });

  it("rejects a code made for another version of the same framework, with the same ids", () => {
    const before = frameworkOf({ a: ["Testing — runs the tests.", "Docs — reads docs."] });
    const after = frameworkOf({ a: ["Testing — runs all the tests.", "Docs — reads docs."] });
    expect(before.levels[0]?.statements.map((s) => s.id)).toEqual(after.levels[0]?.statements.map((s) => s.id));
    expect(decodeAssessment(after, encodeAssessment(before, ["a-1"]))).toEqual({
      ok: false,
      reason: "other-framework",
    });
  });

  it("does not let an edited framework accept an old code, however many rewordings are tried", () => {
    // The 16-bit fingerprint of format 1 accepted this code after 43,149 of these rewordings.
    const before = frameworkOf({ a: ["Testing — runs the tests.", "Docs — reads docs."] });
    const code = encodeAssessment(before, ["a-1"]);
    const level = before.levels[0] as Level;
    const [first, second] = level.statements as [Statement, Statement];
    let accepted = 0;
    for (let take = 0; take < 50_000; take++) {
      const description = `runs the tests, take ${take}.`;
      const edited = { ...first, text: `Testing — ${description}`, description };
      const after: Framework = { ...before, levels: [{ ...level, statements: [edited, second] }] };
      if (decodeAssessment(after, code).ok) accepted++;
    }
    expect(accepted).toBe(0);
  });

  it("refuses codes of the first format (16-bit fingerprint) instead of reading them", () => {
    // Made by format 1 for the seed, with emerging-1 and advanced-10 checked.
    expect(decodeAssessment(seed, "1nkGAAAAAAQ")).toEqual({ ok: false, reason: "unsupported-version" });
    expect(encodeAssessment(seed, ["emerging-1"])).toMatch(/^2/);
  });

  it("rejects garbage with a reason", () => {
    const code = encodeAssessment(seed, ["emerging-1"]);
    expect(decodeAssessment(seed, "")).toEqual({ ok: false, reason: "empty" });
    expect(decodeAssessment(seed, undefined)).toEqual({ ok: false, reason: "empty" });
    expect(decodeAssessment(seed, `9${code.slice(1)}`)).toEqual({ ok: false, reason: "unsupported-version" });
    expect(decodeAssessment(seed, `${code.slice(0, 4)}!${code.slice(5)}`)).toEqual({ ok: false, reason: "malformed" });
    expect(decodeAssessment(seed, `${code}A`)).toMatchObject({ ok: false });
    expect(decodeAssessment(seed, code.slice(0, -1))).toMatchObject({ ok: false });
  });

  it("refuses a code of another length before decoding it: the characters looked up do not grow with it", () => {
    // Issue 18, item 7: a 50-million-character code was decoded whole (3 s) before its length
    // was compared with the framework's. Decoding looks each character up in a Map; count them.
    const code = encodeAssessment(seed, ["emerging-1"]);
    const lookups = vi.spyOn(Map.prototype, "get");
    try {
      for (const size of [1_000, 4_000, 16_000]) {
        lookups.mockClear();
        const long = `${code}${"A".repeat(size)}`;
        expect(decodeAssessment(seed, long)).toEqual({ ok: false, reason: "other-framework" });
        expect(decodeAssessment(seed, long.replace(/A$/, "!"))).toMatchObject({ ok: false });
        expect(lookups.mock.calls.length).toBeLessThanOrEqual(2 * code.length);
      }
      // The right length is still read character by character (and only then hashed).
      lookups.mockClear();
      expect(decodeAssessment(seed, code)).toEqual({ ok: true, checked: new Set(["emerging-1"]) });
      expect(lookups.mock.calls.length).toBeGreaterThanOrEqual(code.length - 1);
    } finally {
      lookups.mockRestore();
    }
  });

  it("rejects a code with bits set past the last statement, so each set has one code", () => {
    const three = frameworkOf({ a: ["A — one.", "B — two.", "C — three."] });
    // 8 fingerprint bytes + 1 bitset byte = 12 characters; the last one holds the low 6 bits
    // of the bitset, whose 3 high bits are the statements, first one highest.
    const none = encodeAssessment(three, []);
    expect(none).toMatch(/^2.{11}A$/);
    expect(decodeAssessment(three, `${none.slice(0, -1)}g`)).toEqual({ ok: true, checked: new Set(["a-3"]) });
    expect(decodeAssessment(three, `${none.slice(0, -1)}B`)).toEqual({ ok: false, reason: "malformed" });
    // Bits of the last character that make no byte must be zero too.
    const seedCode = encodeAssessment(seed, []);
    expect(decodeAssessment(seed, `${seedCode.slice(0, -1)}B`)).toEqual({ ok: false, reason: "malformed" });
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.base64String()), (text) => {
        const result = decodeAssessment(seed, text);
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) for (const id of result.checked) expect(seedIds).toContain(id);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[12][A-Za-z0-9_-]{0,24}$/), (text) => {
        expect(() => decodeAssessment(seed, text)).not.toThrow();
      }),
    );
  });
});

describe("assessment with tracks and every-level statements (format 1.1)", () => {
  const tracks = parsedEveryField();
  const progress = (assessment: Assessment) =>
    assessment.levels.map((p) => [p.level.key, p.checked, p.total, p.met] as const);

  it("counts every-level statements as expectations at every level", () => {
    // ic: all-1 at every level; ic1 has two statements, ic2 one.
    expect(progress(assessFramework(tracks, []))).toEqual([
      ["ic1", 0, 3, false],
      ["ic2", 0, 2, false],
    ]);
    const withoutValues = assessFramework(tracks, ["ic-ic1-1", "review-small", "ic-ic2-1"]);
    expect(progress(withoutValues)).toEqual([
      ["ic1", 2, 3, false],
      ["ic2", 1, 2, false],
    ]);
    expect(withoutValues.level).toBeUndefined();
    const everything = assessFramework(tracks, ["all-1", "ic-ic1-1", "review-small", "ic-ic2-1"]);
    expect(everything.level?.key).toBe("ic2");
    expect(everything.checked.has("all-1")).toBe(true);
  });

  it("lists the unchecked every-level statements first in the gap, marked as such", () => {
    const assessment = assessFramework(tracks, ["ic-ic1-1"], { targetLevel: "ic1" });
    const [first, ...themes] = assessment.gap;
    expect(first).toMatchObject({ id: "all-levels", label: "", everyLevel: true });
    expect(first?.statements.map((statement) => statement.id)).toEqual(["all-1"]);
    expect(themes.flatMap((theme) => theme.statements.map((statement) => statement.id))).toEqual(["review-small"]);
    for (const theme of themes) expect("everyLevel" in theme).toBe(false);
    expect(assessFramework(tracks, ["all-1"], { targetLevel: "ic1" }).gap.map((theme) => theme.id)).not.toContain(
      "all-levels",
    );
  });

  it("assesses the track asked for, with its own every-level statements", () => {
    const manager = assessFramework(tracks, ["manager-m1-1", "all-1"], { track: "manager" });
    expect(progress(manager)).toEqual([["m1", 1, 2, false]]);
    expect(manager.unknownIds).toEqual(["all-1"]);
    expect(manager.target?.key).toBe("m1");
    expect(assessFramework(tracks, [], { track: "manager", targetLevel: "ic1" }).target).toBeUndefined();
    const met = assessFramework(tracks, ["manager-m1-1", "manager-all-1"], { track: "manager" });
    expect(met.level?.id).toBe("manager-m1");
  });

  it("finds nothing to assess in an unknown track: every id is unknown", () => {
    for (const track of ["nope", "__proto__", "constructor"]) {
      const assessment = assessFramework(tracks, ["all-1", "x"], { track, targetLevel: "ic1" });
      expect(assessment).toMatchObject({ level: undefined, levels: [], target: undefined, gap: [] });
      expect(assessment.unknownIds).toEqual(["all-1", "x"]);
    }
  });

  it("encodes a track's statements, every-level ones included, and reads a code only with its track", () => {
    const icCode = encodeAssessment(tracks, ["all-1", "ic-ic2-1", "manager-m1-1"]);
    expect(decodeAssessment(tracks, icCode)).toEqual({ ok: true, checked: new Set(["all-1", "ic-ic2-1"]) });
    expect(decodeAssessment(tracks, icCode, { track: "ic" })).toEqual(decodeAssessment(tracks, icCode));
    expect(decodeAssessment(tracks, icCode, { track: "manager" })).toEqual({ ok: false, reason: "other-framework" });
    const managerCode = encodeAssessment(tracks, ["manager-all-1", "all-1"], { track: "manager" });
    expect(decodeAssessment(tracks, managerCode, { track: "manager" })).toEqual({
      ok: true,
      checked: new Set(["manager-all-1"]),
    });
    expect(decodeAssessment(tracks, managerCode)).toEqual({ ok: false, reason: "other-framework" });
    const empty = encodeAssessment(tracks, ["all-1"], { track: "__proto__" });
    expect(decodeAssessment(tracks, empty, { track: "nope" })).toEqual({ ok: true, checked: new Set() });
  });

  it("keeps the codes of every 1.0 seed exactly as they were (every third statement checked)", () => {
    // Made before tracks existed (issue 20), by the same calls.
    const before: Record<string, string> = {
      "17-3024.00.json": "2-Ym5_YLeFi2SSSSSSQ",
      "ft-engineering-legacy.json": "2cgNfn0uNO5-SSSSSSSSSSSSSSSSQ",
      "ft-engineering.json": "2G8NsZWjmOmySSSSSSSSSSSQ",
      "ft-operations.json": "2fa86i8PqWA2SSSSSSSQ",
      "monzo-backend.json": "2uNTxaEiwq2aSSSSSSSSSSSSSSSSSSSSSSA",
      "monzo-product.json": "2FKtvCChPI_qSSSSSSSSSSSQ",
      "monzo-web.json": "2guuSwr2wpECSSSSSSSSSSSSSSSSSSSSSSSSSSSA",
    };
    for (const [name, code] of Object.entries(before)) {
      const framework = parsed(seedText(name));
      const checked = allStatements(framework)
        .map((statement) => statement.id)
        .filter((_, i) => i % 3 === 0);
      expect(encodeAssessment(framework, checked), name).toBe(code);
      expect(encodeAssessment(framework, checked, { track: "default" }), name).toBe(code);
      expect(decodeAssessment(framework, code)).toEqual({ ok: true, checked: new Set(checked) });
    }
  });
});
