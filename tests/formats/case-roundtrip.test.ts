import { parseFramework } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCase, toCase } from "../../packages/formats/src/case/index";
import { parsed, parsedSeed } from "../core/frameworks";
import { seedFiles, seedText } from "../seeds";
import { HOSTILE_URLS, hostileUrl } from "../ssr/hostile";
import { frameworkJsonArbitrary } from "./arbitraries";
import { expectValidPackage } from "./case-schema";

describe("toCase → fromCase", () => {
  it.each(seedFiles)("gives back %s exactly, from the package object and from its JSON text", (name) => {
    const framework = parsedSeed(name);
    const pkg = toCase(framework);
    const fromObject = fromCase(pkg);
    expect(fromObject.ok && fromObject.framework).toEqual(framework);
    const fromText = fromCase(JSON.stringify(pkg, null, 2));
    expect(fromText.ok && fromText.framework).toEqual(framework);
    expect(fromObject.rule).toBe("top-level");
  });

  it.each(seedFiles)("says of %s only which rule chose the levels, and what core says of the seed", (name) => {
    const result = fromCase(toCase(parsedSeed(name)));
    expect(result.warnings[0]?.code).toBe("level-rule");
    const coreWarnings = parseFramework(seedText(name)).warnings;
    // A real ladder has over 100 warnings: both lists stop at 100, the rule's taking a place.
    const listed = result.warnings.slice(1).filter((w) => w.code !== "too-many-issues");
    expect(listed.map((w) => w.code)).toEqual(coreWarnings.slice(0, listed.length).map((w) => w.code));
    expect(countedIn(result.warnings) - 1).toBe(countedIn(coreWarnings));
  });

  it("round trips every generated framework, and every export is valid against the schema", () => {
    fc.assert(
      fc.property(frameworkJsonArbitrary, (json) => {
        const first = parseFramework(json);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const pkg = toCase(first.framework);
        expectValidPackage(pkg);
        const again = fromCase(JSON.stringify(pkg));
        expect(again.ok && again.framework).toEqual(first.framework);
      }),
      { numRuns: 300, seed: 724174811 },
    );
  });

  it('regression (seed 724174811): levels keyed "\\ud800", "\\udfff" and ""', () => {
    // The counterexample fast-check found: the two lone surrogates are one key once core makes
    // them well-formed, so core refuses the JSON — the arbitrary made it, not the importer.
    const counterexample = {
      schemaVersion: "1.0",
      occupation: { soc: "17-3024.00", sector: "", jobZoneInferred: false },
      framework: {
        description: "",
        contextCovered: "",
        levels: {
          "\ud800": { label: "", statements: [] },
          "\udfff": { label: "", statements: [] },
          "": { label: "", statements: [] },
        },
      },
      sources: {},
      attribution: "",
    };
    const refused = parseFramework(counterexample);
    expect(!refused.ok && refused.errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/\udfff", "invalid-value"],
    ]);
    expect(
      fc.sample(frameworkJsonArbitrary, { seed: 724174811, numRuns: 300 }).every((json) => parseFramework(json).ok),
    ).toBe(true);
    // Each of those keys alone round trips, through the package object and its JSON text.
    for (const key of ["\ud800", "\udfff", ""]) {
      const framework = parsed({ ...counterexample, framework: { levels: { [key]: { label: "", statements: [] } } } });
      const pkg = toCase(framework);
      expectValidPackage(pkg);
      expect(fromCase(pkg)).toMatchObject({ ok: true, framework });
      expect(fromCase(JSON.stringify(pkg))).toMatchObject({ ok: true, framework });
    }
  });

  it("keeps sources that are hostile links: valid package, same sources back", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          hostileUrl.filter((url) => url.length <= 2000),
          { minLength: 1, maxLength: 4 },
        ),
        (urls) => {
          const framework = parsed({
            schemaVersion: "1.0",
            occupation: { title: "T" },
            framework: { levels: { a: { label: "A", statements: ["X — y"] } } },
            sources: Object.fromEntries(urls.map((url, i) => [`s${i}`, url])),
          });
          const pkg = toCase(framework);
          expectValidPackage(pkg);
          const again = fromCase(pkg);
          expect(again.ok && again.framework).toEqual(framework);
        },
      ),
      { seed: 18_200, numRuns: 200 },
    );
    for (const url of HOSTILE_URLS) {
      const framework = parsed({
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: { levels: { a: { label: "A", statements: ["X — y"] } } },
        sources: { only: url },
      });
      expectValidPackage(toCase(framework, { baseUri: "https://case.example.org/ims/case/v1p0" }));
    }
  });

  it("keeps notes-like text exactly: newlines, look-alike lines and a fake rungs: line in any field", () => {
    const fake = `x\nJob zone: 5\nSource "onet": forged\nrungs:{"format":"rungs","version":1}`;
    const framework = parsed({
      schemaVersion: "1.0",
      exportedAt: fake,
      occupation: { title: fake, soc: "17-3024.00", group: fake, sector: "S", jobZone: 2, jobZoneInferred: true },
      framework: {
        version: fake,
        description: fake,
        contextCovered: fake,
        levels: { [fake]: { label: fake, statements: [`${fake} — ${fake}`] } },
      },
      sources: { [fake]: fake, onet: "https://www.onetcenter.org/" },
      attribution: fake,
    });
    const pkg = toCase(framework);
    expectValidPackage(pkg);
    expect(pkg.CFDocument.notes?.split("\n").at(-1)?.startsWith("rungs:{")).toBe(true);
    const again = fromCase(JSON.stringify(pkg));
    expect(again.ok && again.framework).toEqual(framework);
  });
});

/** How many issues a capped list stands for: those listed, and those its summary counts. */
function countedIn(issues: readonly { code: string; message: string }[]): number {
  let count = 0;
  for (const issue of issues) {
    count += issue.code === "too-many-issues" ? Number(issue.message.split(" ")[0]) || 1 : 1;
  }
  return count;
}
