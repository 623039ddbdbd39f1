import { allStatements, checkedFromLink, encodeAssessment } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedText } from "../../seeds";
import { frameworkOf, parsed, parsedEveryField } from "../frameworks";

const seed = parsed(seedText());
const checked = ["emerging-1", "emerging-2", "developing-3"];
const code = encodeAssessment(seed, checked);

describe("checkedFromLink", () => {
  it("reads the code from every kind of link a host has", () => {
    const sources = [
      `https://example.com/assessment/seed?assessment=${code}#proficient`,
      `/assessment/seed?utm=x&assessment=${code}`,
      `?assessment=${code}`,
      `assessment=${code}`,
      new URL(`https://example.com/?assessment=${code}`),
      new URLSearchParams({ assessment: code }),
      new (class PageLocation {
        readonly href = `https://example.com/?assessment=${code}`;
        readonly search = `?assessment=${code}`;
      })(),
      `?x=1&assessment=%${code.charCodeAt(0).toString(16)}${code.slice(1)}&assessment=ignored`,
      { assessment: code, other: "x" },
      { search: "?assessment=ignored", assessment: code },
      { assessment: [code, "ignored"] },
    ];
    for (const source of sources) {
      expect(checkedFromLink(seed, source), String(source)).toEqual({ ok: true, checked, code });
    }
  });

  it("gives the checked ids in the framework's order, whatever order they were checked in", () => {
    const shuffled = encodeAssessment(seed, ["developing-3", "emerging-2", "emerging-1"]);
    expect(checkedFromLink(seed, { assessment: shuffled }).checked).toEqual(checked);
  });

  it('says "absent" for a link without the parameter, and checks nothing', () => {
    for (const source of [
      "https://example.com/page",
      "/page#assessment=x",
      "",
      {},
      { assessment: undefined },
      { assessment: [] },
      new URLSearchParams(),
      undefined,
      null,
    ]) {
      expect(checkedFromLink(seed, source)).toEqual({ ok: false, checked: [], reason: "absent", code: undefined });
    }
  });

  it("says why a code was refused, with nothing checked", () => {
    const other = frameworkOf({ a: ["One — does one thing."] });
    expect(checkedFromLink(other, { assessment: code })).toMatchObject({
      ok: false,
      checked: [],
      reason: "other-framework",
      code,
    });
    expect(checkedFromLink(seed, "?assessment=")).toMatchObject({ ok: false, reason: "empty" });
    expect(checkedFromLink(seed, "?assessment=1AAAA")).toMatchObject({ ok: false, reason: "unsupported-version" });
    const malformed = `${code.slice(0, -1)}*`;
    expect(checkedFromLink(seed, { assessment: malformed })).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("reads another parameter when asked", () => {
    expect(checkedFromLink(seed, `?result=${code}`, { parameter: "result" })).toMatchObject({ ok: true, checked });
    expect(checkedFromLink(seed, `?result=${code}`)).toMatchObject({ ok: false, reason: "absent" });
  });

  it("reads a code per track: the one it was made with, and refuses it for another", () => {
    const framework = parsedEveryField();
    const [first, second] = framework.tracks;
    if (!first || !second) throw new Error("the fixture has two tracks");
    const ids = allStatements(framework, { track: second.key })
      .slice(0, 2)
      .map((statement) => statement.id);
    const trackCode = encodeAssessment(framework, ids, { track: second.key });
    expect(checkedFromLink(framework, { assessment: trackCode }, { track: second.key })).toMatchObject({
      ok: true,
      checked: ids,
    });
    expect(checkedFromLink(framework, { assessment: trackCode }, { track: first.key })).toMatchObject({
      ok: false,
      reason: "other-framework",
    });
  });

  it("never reads an inherited property as a parameter", () => {
    expect(checkedFromLink(seed, {}, { parameter: "constructor" }).ok).toBe(false);
    expect(checkedFromLink(seed, {}, { parameter: "__proto__" }).ok).toBe(false);
    const hostile = Object.defineProperty({}, "assessment", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(checkedFromLink(seed, hostile)).toMatchObject({ ok: false, reason: "absent" });
  });

  it("never throws, for any link", () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (link, parameter) => {
        const result = checkedFromLink(seed, link as never, { parameter });
        expect(Array.isArray(result.checked)).toBe(true);
      }),
    );
  });
});
