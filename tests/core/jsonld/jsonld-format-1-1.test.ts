import { readFileSync } from "node:fs";
import { assertFramework, type Framework, parseFramework } from "@rungs/core";
import { jsonLdScriptText, toJsonLd } from "@rungs/core/jsonld";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { framework11JsonArbitrary } from "../../formats/arbitraries";

/** The 1.1 fixture with every field: two tracks, areas, every-level statements, a level description. */
const everyFieldJson = JSON.parse(
  readFileSync(new URL("../fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
);
const everyField = assertFramework(everyFieldJson);

/** The data as a consumer reads it: plain JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the test reads JSON as any consumer would.
function asJson(framework: Framework, options?: Parameters<typeof toJsonLd>[1]): any {
  return JSON.parse(JSON.stringify(toJsonLd(framework, options)));
}

type Node = Record<string, unknown>;

/** Every object in the data. */
function nodes(value: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const entry of value) nodes(entry, found);
  else if (typeof value === "object" && value !== null) {
    found.push(value as Node);
    for (const entry of Object.values(value)) nodes(entry, found);
  }
  return found;
}

/** A reference is an object with only an `@id`. */
const isReference = (node: Node) => Object.keys(node).length === 1 && "@id" in node;

/** Every statement of every track and every-level list, each once. */
function allStatements(framework: Framework) {
  const seen = new Map<string, string>();
  for (const track of framework.tracks) {
    for (const statement of [...track.levels.flatMap((level) => level.statements), ...track.allLevels]) {
      seen.set(statement.id, statement.text);
    }
  }
  return seen;
}

/** Each reference names a node the data writes in full; each statement is a term exactly once. */
function expectWholeGraph(framework: Framework, data: unknown): void {
  const all = nodes(data);
  const defined = new Set(all.filter((node) => !isReference(node) && "@id" in node).map((node) => node["@id"]));
  for (const node of all.filter(isReference)) expect(defined.has(node["@id"]), String(node["@id"])).toBe(true);
  const terms = all.filter((node) => node["@type"] === "DefinedTerm").map((node) => node.termCode as string);
  expect(terms.sort()).toEqual([...allStatements(framework).keys()].sort());
}

describe("toJsonLd: format 1.1 (issue 20, item 5)", () => {
  const data = asJson(everyField);

  it("says inLanguage from the framework's language; the option still wins", () => {
    expect(data.subjectOf.inLanguage).toBe("en-GB");
    for (const skill of data.skills) expect(skill.inDefinedTermSet.inLanguage).toBe("en-GB");
    expect(asJson(everyField, { inLanguage: "de" }).subjectOf.inLanguage).toBe("de");
  });

  it("keeps the default track's statements as the skills, their level sets with description and track", () => {
    expect(data.skills.map((skill: { termCode: string }) => skill.termCode)).toEqual([
      "ic-ic1-1",
      "review-small",
      "ic-ic2-1",
    ]);
    expect(data.skills[0].inDefinedTermSet).toEqual({
      "@type": "DefinedTermSet",
      "@id": "_:level-ic-ic1",
      name: "Engineer I",
      position: 1,
      description: "Works on well-defined tasks.\n\nLearns the codebase.",
      inLanguage: "en-GB",
      isPartOf: { "@id": "_:track-ic" },
    });
    expect(data.skills[1]["@id"]).toBe("_:statement-review-small");
  });

  it("makes each area a DefinedTermSet whose terms are its statements, by reference", () => {
    const parts = data.subjectOf.hasPart;
    const areas = parts.filter((part: Node) => String(part["@id"]).startsWith("_:area-"));
    expect(areas).toEqual([
      {
        "@type": "DefinedTermSet",
        "@id": "_:area-delivery",
        name: "Delivery",
        description: "Shipping work that matters.",
        inLanguage: "en-GB",
        hasDefinedTerm: [{ "@id": "_:statement-review-small" }],
      },
      {
        "@type": "DefinedTermSet",
        "@id": "_:area-people",
        name: "People",
        inLanguage: "en-GB",
        hasDefinedTerm: [{ "@id": "_:statement-ic-ic2-1" }, { "@id": "_:statement-manager-m1-1" }],
      },
    ]);
  });

  it("makes each track a work of its level sets, and every-level statements a set of the framework or track", () => {
    const parts = data.subjectOf.hasPart;
    const byId = (id: string) => parts.find((part: Node) => part["@id"] === id);
    // The framework's every-level statements apply to the one track without its own: its part.
    expect(byId("_:all-levels")).toBeUndefined();
    const ic = byId("_:track-ic");
    expect(ic).toMatchObject({
      "@type": "CreativeWork",
      name: "Individual contributor",
      description: "Grows by the reach of their technical work.",
    });
    expect(ic.hasPart.slice(0, 2)).toEqual([{ "@id": "_:level-ic-ic1" }, { "@id": "_:level-ic-ic2" }]);
    expect(ic.hasPart[2]["@id"]).toBe("_:all-levels-ic");
    expect(ic.hasPart[2].hasDefinedTerm.map((term: Node) => term.name)).toEqual(["Values"]);
    // Shared by several tracks (or in a framework of one), they are the framework's part.
    const shared = asJson(
      assertFramework({
        ...everyFieldJson,
        framework: {
          ...everyFieldJson.framework,
          tracks: {
            ...everyFieldJson.framework.tracks,
            manager: { ...everyFieldJson.framework.tracks.manager, allLevels: undefined },
          },
        },
      }),
    );
    expect(shared.subjectOf.hasPart.find((part: Node) => part["@id"] === "_:all-levels").hasDefinedTerm).toHaveLength(
      1,
    );
    const manager = byId("_:track-manager");
    expect(manager.hasPart.map((part: Node) => part["@id"])).toEqual(["_:level-manager-m1", "_:all-levels-manager"]);
    expect(manager.hasPart[0].hasDefinedTerm[0]).toMatchObject({ termCode: "manager-m1-1", name: "People" });
  });

  it("writes every statement once and names only nodes it writes (fixture and 100 generated 1.1 frameworks)", () => {
    expectWholeGraph(everyField, data);
    fc.assert(
      fc.property(framework11JsonArbitrary, (json) => {
        const result = parseFramework(json);
        if (!result.ok) throw new Error("the arbitrary makes frameworks that parse");
        expectWholeGraph(result.framework, asJson(result.framework));
      }),
      { seed: 20_107, numRuns: 100 },
    );
  });

  it("stays inside its script and parses back to the same data, hostile text in every 1.1 field", () => {
    fc.assert(
      fc.property(framework11JsonArbitrary, (json) => {
        const result = parseFramework(json);
        if (!result.ok) throw new Error("the arbitrary makes frameworks that parse");
        const value = toJsonLd(result.framework);
        const text = jsonLdScriptText(value);
        for (const pattern of [/<\/script/i, /<!--/, /<script/i, /\u2028/, /\u2029/, /[<>&]/]) {
          expect(text).not.toMatch(pattern);
        }
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { seed: 20_108, numRuns: 100 },
    );
  });

  it("gives a 1.0 framework no parts and no term ids: its data is as before", () => {
    const old = asJson(
      assertFramework({
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: { levels: { a: { label: "A", statements: ["Writes code."] } } },
        sources: {},
      }),
    );
    expect(old.subjectOf).toBeUndefined();
    expect(old.skills[0]["@id"]).toBeUndefined();
  });
});
