import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parseFramework } from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_LEVELS_ITEM_TYPE,
  AREA_ASSOCIATION,
  AREA_ITEM_TYPE,
  EQUIVALENCE_ASSOCIATION,
  fromCase,
  TRACK_ITEM_TYPE,
  toCase,
} from "../../packages/formats/src/case/index";
import { toFrameworkJson } from "../../packages/formats/src/json/index";
import { parsed, parsedSeed } from "../core/frameworks";
import { resolvePointer } from "../core/pointer";
import { hostileText, wrongValue } from "../ssr/hostile";
import { framework11JsonArbitrary } from "./arbitraries";
import { expectValidPackage } from "./case-schema";

/** The 1.1 fixture with every field (areas, tracks, equivalences, every-level statements…). */
const everyField = JSON.parse(
  readFileSync(new URL("../core/fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
);

/** Codes of an import's warnings but the one that says which rule chose the levels. */
function warningCodes(result: ReturnType<typeof fromCase>): string[] {
  return result.warnings.filter((warning) => warning.code !== "level-rule").map((warning) => warning.code);
}

describe("toCase → fromCase: format 1.1 (issue 20, item 5)", () => {
  it("gives back the fixture with every 1.1 field exactly, with no warning, from a valid package", () => {
    const framework = parsed(everyField);
    const pkg = toCase(framework);
    expectValidPackage(pkg);
    const again = fromCase(JSON.stringify(pkg));
    expect(again.ok && again.framework).toEqual(framework);
    expect(warningCodes(again)).toEqual(parseFramework(everyField).warnings.map((warning) => warning.code));
  });

  it("round trips 150 generated 1.1 frameworks exactly; valid packages; only the JSON's own warnings", () => {
    fc.assert(
      fc.property(framework11JsonArbitrary, (json) => {
        const first = parseFramework(json);
        if (!first.ok) throw new Error("the arbitrary makes frameworks that parse");
        // The package follows toFrameworkJson's choices; where the JSON itself does not round
        // trip (a track's own every-level statements that all have author ids are written as
        // the framework's: json/write-ladder.ts), neither can the package.
        const json11 = parseFramework(toFrameworkJson(first.framework));
        fc.pre(json11.ok && isDeepStrictEqual(json11.framework, first.framework));
        const pkg = toCase(first.framework);
        expectValidPackage(pkg);
        const again = fromCase(JSON.stringify(pkg));
        expect(again.ok && again.framework).toEqual(first.framework);
        // What the JSON said may be said again (or not: a level without a label is exported
        // labelled by its key); nothing else is.
        const said = new Set<string>(first.warnings.map((warning) => warning.code));
        expect(warningCodes(again).filter((code) => !said.has(code))).toEqual([]);
      }),
      { seed: 20_105, numRuns: 150 },
    );
  });
});

describe("toCase: how format 1.1 maps to CASE (issue 20, item 5)", () => {
  const framework = parsed(everyField);
  const pkg = toCase(framework);
  const byCode = (type: string, code: string) =>
    pkg.CFItems.find((entry) => entry.CFItemType === type && entry.humanCodingScheme === code);
  const identifierOf = (type: string, code: string) => byCode(type, code)?.identifier;
  const links = (type: string) =>
    pkg.CFAssociations.filter((association) => association.associationType === type).map((association) => [
      association.originNodeURI.identifier,
      association.destinationNodeURI.identifier,
      association.sequenceNumber,
    ]);

  it("writes the language as CFDocument language", () => {
    expect(pkg.CFDocument.language).toBe("en-GB");
  });

  it("makes each track and each area an item of its own type, under the document", () => {
    expect(
      pkg.CFItems.filter((entry) => entry.CFItemType === TRACK_ITEM_TYPE).map((entry) => entry.fullStatement),
    ).toEqual(["Individual contributor", "Manager"]);
    expect(
      pkg.CFItems.filter((entry) => entry.CFItemType === AREA_ITEM_TYPE).map((entry) => entry.humanCodingScheme),
    ).toEqual(["delivery", "people"]);
    const document = pkg.CFDocument.identifier;
    const children = links("isChildOf");
    for (const node of [
      identifierOf(TRACK_ITEM_TYPE, "ic"),
      identifierOf(TRACK_ITEM_TYPE, "manager"),
      identifierOf(AREA_ITEM_TYPE, "delivery"),
    ]) {
      expect(children.some(([origin, destination]) => origin === node && destination === document)).toBe(true);
    }
    // A track's levels are its children; a level's statements are the level's.
    const ic1 = identifierOf("Level", "ic1");
    expect(children).toContainEqual([ic1, identifierOf(TRACK_ITEM_TYPE, "ic"), 1]);
    expect(children).toContainEqual([identifierOf("Competency", "review-small"), ic1, 2]);
  });

  it("puts every-level statements under an All Levels item of the document, or of their track", () => {
    const groups = pkg.CFItems.filter((entry) => entry.CFItemType === ALL_LEVELS_ITEM_TYPE);
    expect(groups).toHaveLength(2);
    const parents = groups.map((group) => links("isChildOf").find(([origin]) => origin === group.identifier)?.[1]);
    expect(parents).toEqual([identifierOf(TRACK_ITEM_TYPE, "manager"), pkg.CFDocument.identifier]);
  });

  it("links a statement to its area with isPartOf, and a level to its equivalent with isPeerOf", () => {
    expect(links(AREA_ASSOCIATION)).toHaveLength(3);
    expect(links(AREA_ASSOCIATION)).toContainEqual([
      identifierOf("Competency", "review-small"),
      identifierOf(AREA_ITEM_TYPE, "delivery"),
      undefined,
    ]);
    expect(links(EQUIVALENCE_ASSOCIATION)).toEqual([[identifierOf("Level", "m1"), identifierOf("Level", "ic2"), 1]]);
  });

  it("writes proficiency, examples, notes and level details readably in an item's notes, then as JSON", () => {
    const statementNotes = byCode("Competency", "review-small")?.notes?.split("\n");
    expect(statementNotes?.slice(0, -1)).toEqual([
      "Proficiency: Adopts",
      "Example: Leaves a review within a day.",
      "Example: Asks questions when unsure.",
      "Note: Not an expectation in the first month.",
    ]);
    expect(statementNotes?.at(-1)).toMatch(/^rungs:\{/);
    expect(byCode("Level", "ic1")?.notes?.split("\n").slice(0, 3)).toEqual([
      "Works on well-defined tasks. Learns the codebase.",
      "Years of experience: 0–2",
      "Time on core work: ~70 %",
    ]);
    expect(byCode(AREA_ITEM_TYPE, "delivery")?.notes?.split("\n")[0]).toBe("Shipping work that matters.");
    // Nothing to say, no notes.
    expect(byCode("Level", "ic2")?.notes).toBeUndefined();
  });

  it("writes a 1.0 framework's package as before: levels and statements, isChildOf and precedes only", () => {
    const old = toCase(parsedSeed());
    expect(new Set(old.CFItems.map((entry) => entry.CFItemType))).toEqual(new Set(["Level", "Competency"]));
    expect(new Set(old.CFAssociations.map((entry) => entry.associationType))).toEqual(
      new Set(["isChildOf", "precedes"]),
    );
    expect(old.CFItems.some((entry) => entry.notes !== undefined)).toBe(false);
    expect(old.CFDocument.language).toBeUndefined();
  });
});

describe("fromCase: the 1.1 parts of a Rungs export, hostile (issue 20, item 5)", () => {
  const exported = JSON.parse(JSON.stringify(toCase(parsed(everyField))));
  const indexOf = (type: string, code: string) =>
    exported.CFItems.findIndex(
      (entry: { CFItemType: string; humanCodingScheme: string }) =>
        entry.CFItemType === type && entry.humanCodingScheme === code,
    );
  const copy = () => JSON.parse(JSON.stringify(exported));

  it("leaves out, and says so, an isPartOf that is not to an area and an isPeerOf that is not between levels", () => {
    const pkg = copy();
    const level = pkg.CFItems[indexOf("Level", "ic1")];
    const statement = pkg.CFItems[indexOf("Competency", "review-small")];
    for (const association of pkg.CFAssociations) {
      if (
        association.associationType === AREA_ASSOCIATION &&
        association.originNodeURI.identifier === statement.identifier
      ) {
        association.destinationNodeURI = { title: "", identifier: level.identifier, uri: level.uri };
      }
      if (association.associationType === EQUIVALENCE_ASSOCIATION) {
        association.destinationNodeURI = { title: "", identifier: statement.identifier, uri: statement.uri };
      }
    }
    const result = fromCase(pkg);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dropped = result.warnings.filter((warning) => warning.code === "dropped-association");
    expect(dropped).toHaveLength(2);
    for (const warning of dropped) expect(resolvePointer(pkg, warning.path).found).toBe(true);
    const ic1 = result.framework.tracks[0]?.levels[0];
    expect(ic1?.statements[1]?.area).toBeUndefined();
    expect(result.framework.tracks[1]?.levels[0]?.equivalents).toBeUndefined();
  });

  it("reports an item's notes whose rungs: line cannot be read, and reads the rest", () => {
    const pkg = copy();
    const at = indexOf("Competency", "review-small");
    pkg.CFItems[at].notes = "Proficiency: Adopts\nrungs:{not json";
    const result = fromCase(pkg);
    expect(result.ok).toBe(true);
    expect(result.warnings.filter((warning) => warning.code !== "level-rule")).toEqual([
      expect.objectContaining({ path: `/CFItems/${at}/notes`, code: "dropped-field" }),
    ]);
    // Without its facts the statement keeps its text; its author's id is made again.
    const statement = result.ok ? result.framework.tracks[0]?.levels[0]?.statements[1] : undefined;
    expect(statement?.text).toBe("Reviews — reviews small changes from peers.");
    expect(statement?.examples).toBeUndefined();
  });

  it("keeps the first of two areas or tracks with one key, and says so", () => {
    const pkg = copy();
    pkg.CFItems[indexOf(AREA_ITEM_TYPE, "people")].humanCodingScheme = "delivery";
    pkg.CFItems[indexOf(TRACK_ITEM_TYPE, "manager")].humanCodingScheme = "ic";
    const result = fromCase(pkg);
    const invalid = result.warnings.filter((warning) => warning.code === "invalid-item");
    expect(invalid.map((warning) => warning.path)).toEqual([
      `/CFItems/${indexOf(AREA_ITEM_TYPE, "people")}`,
      `/CFItems/${indexOf(TRACK_ITEM_TYPE, "manager")}`,
    ]);
  });

  it("refuses a track of more than maxLevels levels before building it, at the track's item", () => {
    const result = fromCase(exported, { limits: { maxLevels: 1 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        path: `/CFItems/${indexOf(TRACK_ITEM_TYPE, "ic")}`,
        code: "limit-exceeded",
        message: expect.stringContaining("framework.tracks.ic.levels has 2 levels; the limit is 1 (maxLevels)"),
      },
    ]);
  });

  it("never throws on the export with any part replaced by a wrong value; every issue points into it", () => {
    const paths = pointers(exported);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(wrongValue, hostileText, fc.constant(undefined)),
        (path, value) => {
          let pkg: unknown;
          try {
            pkg = replaced(
              exported,
              path,
              value === undefined ? undefined : JSON.parse(JSON.stringify(value) ?? "null"),
            );
          } catch {
            pkg = replaced(exported, path, null); // a value JSON cannot hold (BigInt, a throwing getter): null instead
          }
          const result = fromCase(pkg);
          const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(resolvePointer(pkg, issue.path).found, `${issue.code} at ${issue.path}`).toBe(true);
          }
        },
      ),
      { seed: 20_106, numRuns: 400 },
    );
  });

  it("reads areas, isPartOf and isPeerOf with work that grows linearly (N → 2N map and set lookups ≤ 2.5×)", () => {
    const work = [200, 400].map((n) => lookups(() => expect(fromCase(manyAreas(n), UNLIMITED).ok).toBe(true)));
    expect((work[1] as number) / (work[0] as number)).toBeLessThanOrEqual(2.5);
  });
});

const UNLIMITED = {
  limits: {
    maxLevels: Number.POSITIVE_INFINITY,
    maxStatements: Number.POSITIVE_INFINITY,
    maxStatementsPerLevel: Number.POSITIVE_INFINITY,
    maxAreas: Number.POSITIVE_INFINITY,
    maxTracks: Number.POSITIVE_INFINITY,
  },
};

/** The export of a framework of two tracks of `n` levels (each equivalent to the other track's), `n` areas, a statement in each. */
function manyAreas(n: number): unknown {
  const keys = Array.from({ length: n }, (_, i) => `k${i}`);
  const levels = (other: string) =>
    Object.fromEntries(
      keys.map((key) => [
        key,
        { label: key, equivalentTo: { [other]: key }, statements: [{ text: `Does — ${key}`, area: key }] },
      ]),
    );
  const framework = parseFramework(
    {
      schemaVersion: "1.1",
      occupation: { title: "Many" },
      framework: {
        areas: Object.fromEntries(keys.map((key) => [key, { label: key }])),
        tracks: { a: { label: "A", levels: levels("b") }, b: { label: "B", levels: levels("a") } },
      },
      sources: {},
    },
    UNLIMITED,
  );
  if (!framework.ok) throw new Error(JSON.stringify(framework.errors.slice(0, 3)));
  return JSON.parse(JSON.stringify(toCase(framework.framework, { threads: "subject" })));
}

/** How many times `Map.prototype.get` and `Set.prototype.has` run while `run` does: work, counted without a clock. */
function lookups(run: () => void): number {
  const get = Map.prototype.get;
  const has = Set.prototype.has;
  let calls = 0;
  Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
    calls++;
    return get.call(this, key);
  };
  Set.prototype.has = function (this: Set<unknown>, value: unknown) {
    calls++;
    return has.call(this, value);
  };
  try {
    run();
    return calls;
  } finally {
    Map.prototype.get = get;
    Set.prototype.has = has;
  }
}

/** Every JSON Pointer to a value inside `value`. */
function pointers(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null) return [at];
  return [
    at,
    ...Object.keys(value).flatMap((key) => pointers((value as Record<string, unknown>)[key], `${at}/${key}`)),
  ];
}

/** A copy of `value` with the value at `path` replaced (or removed when `replacement` is undefined). */
function replaced(value: unknown, path: string, replacement: unknown): unknown {
  if (path === "") return replacement;
  const copy = JSON.parse(JSON.stringify(value));
  const keys = path.slice(1).split("/");
  const last = keys.pop() as string;
  let parent = copy;
  for (const key of keys) parent = parent[key];
  if (replacement === undefined && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}
