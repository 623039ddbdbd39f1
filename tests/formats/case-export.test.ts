import { alignThemes } from "@rungs/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type CaseAssociation,
  type CasePackage,
  DEFAULT_LAST_CHANGE,
  fromCase,
  RUNGS_CASE_NAMESPACE,
  toCase,
} from "../../packages/formats/src/case/index";
import { parsed, parsedSeed } from "../core/frameworks";
import { seedJson } from "../seeds";
import { expectValidPackage } from "./case-schema";

/** UUID (any version) with the RFC 9562 variant: what CASE 1.1's identifier pattern asks. */
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const seed = parsedSeed();

/** The seed file's JSON, a fresh copy each time (a test may change it). */
function parsedSeedJson(): Record<string, unknown> & { framework: Record<string, unknown> } {
  return seedJson() as Record<string, unknown> & { framework: Record<string, unknown> };
}

function itemsOfType(pkg: CasePackage, type: string) {
  return pkg.CFItems.filter((item) => item.CFItemType === type);
}

function associations(pkg: CasePackage, type: string, filter: (a: CaseAssociation) => boolean = () => true) {
  return pkg.CFAssociations.filter((a) => a.associationType === type && filter(a));
}

describe("toCase: the document", () => {
  const pkg = toCase(seed);
  const document = pkg.CFDocument;

  it("carries the title, creator from the attribution, version, description and the SOC code as subject", () => {
    expect(document.title).toBe(seed.occupation.title);
    expect(document.creator).toBe("© EBSCOed");
    expect(document.version).toBe("v.26.05");
    expect(document.description).toBe("");
    expect(document.subject).toEqual(["17-3024.00"]);
  });

  it("takes the official source URL from the first http(s) source only", () => {
    expect(document.officialSourceURL).toBe("https://skillscrosswalk.com/");
    const noLink = parsed({
      schemaVersion: "1.0",
      occupation: { title: "T" },
      framework: { levels: { a: { label: "A", statements: ["x"] } } },
      sources: { a: "javascript:alert(1)", b: "text only" },
    });
    expect(toCase(noLink).CFDocument.officialSourceURL).toBeUndefined();
  });

  it("says in its notes, readably, what CASE has no field for", () => {
    const lines = document.notes?.split("\n") ?? [];
    expect(lines).toContain("Occupation group: Architecture & Engineering");
    expect(lines).toContain("Job zone: 3");
    expect(lines).toContain('Source "onet": v30.2 (CC BY 4.0)');
    expect(lines.some((line) => line.startsWith("Context covered: This framework covers"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^rungs:\{"format":"rungs","version":1,/);
  });

  it("names a default creator when the framework has no attribution", () => {
    const anonymous = parsed({
      schemaVersion: "1.0",
      occupation: { title: "T" },
      framework: { levels: { a: { label: "A", statements: ["x"] } } },
    });
    expect(toCase(anonymous).CFDocument.creator).toBe("Rungs");
    expect(toCase(anonymous, { creator: "Acme HR" }).CFDocument.creator).toBe("Acme HR");
    const back = fromCase(toCase(anonymous, { creator: "Acme HR" }));
    expect(back.ok && back.framework.attribution).toBeUndefined();
  });
});

describe("toCase: items and associations", () => {
  const pkg = toCase(seed);
  const byId = new Map(pkg.CFItems.map((item) => [item.identifier, item]));

  it("has one item per level and per statement, with their types", () => {
    const statements = seed.levels.flatMap((level) => level.statements);
    expect(pkg.CFItems).toHaveLength(seed.levels.length + statements.length);
    expect(
      itemsOfType(pkg, "Level").map((item) => [item.humanCodingScheme, item.fullStatement, item.listEnumeration]),
    ).toEqual(seed.levels.map((level) => [level.key, level.label, String(level.rank + 1)]));
    expect(
      itemsOfType(pkg, "Competency").map((item) => [
        item.fullStatement,
        item.abbreviatedStatement,
        item.humanCodingScheme,
      ]),
    ).toEqual(statements.map((statement) => [statement.text, statement.subject, statement.id]));
  });

  it("writes no abbreviatedStatement for a statement without a subject", () => {
    const framework = parsed({
      schemaVersion: "1.0",
      occupation: { title: "T" },
      framework: { levels: { a: { label: "A", statements: ["no subject here"] } } },
    });
    const item = itemsOfType(toCase(framework), "Competency")[0];
    expect(item?.fullStatement).toBe("no subject here");
    expect(item && "abbreviatedStatement" in item).toBe(false);
  });

  it("puts levels under the document and statements under their level, sequenceNumber in the author's order", () => {
    const children = associations(pkg, "isChildOf");
    const levelLinks = children.filter((a) => a.destinationNodeURI.identifier === pkg.CFDocument.identifier);
    expect(levelLinks.map((a) => [byId.get(a.originNodeURI.identifier)?.humanCodingScheme, a.sequenceNumber])).toEqual(
      seed.levels.map((level) => [level.key, level.rank + 1]),
    );
    for (const level of seed.levels) {
      const levelItem = itemsOfType(pkg, "Level").find((item) => item.humanCodingScheme === level.key);
      const under = children.filter((a) => a.destinationNodeURI.identifier === levelItem?.identifier);
      expect(under.map((a) => [byId.get(a.originNodeURI.identifier)?.fullStatement, a.sequenceNumber])).toEqual(
        level.statements.map((statement) => [statement.text, statement.index + 1]),
      );
    }
  });

  it("links each level to the next with precedes", () => {
    const ladder = associations(pkg, "precedes", (a) => a.CFAssociationGroupingURI === undefined);
    expect(
      ladder.map((a) => [
        byId.get(a.originNodeURI.identifier)?.humanCodingScheme,
        byId.get(a.destinationNodeURI.identifier)?.humanCodingScheme,
      ]),
    ).toEqual([
      ["emerging", "developing"],
      ["developing", "proficient"],
      ["proficient", "advanced"],
    ]);
  });

  it("writes every progression thread of alignThemes as precedes, grouped by thread, scores in the grouping", () => {
    const alignment = alignThemes(seed);
    const threads = alignment.rows.filter((row) => row.links.length > 0);
    const groupings = pkg.CFDefinitions?.CFAssociationGroupings ?? [];
    expect(groupings.map((g) => g.title)).toEqual(threads.map((row) => row.label));
    const idOf = new Map(pkg.CFItems.map((item) => [item.identifier, item.humanCodingScheme]));
    threads.forEach((row, at) => {
      const grouping = groupings[at];
      const steps = associations(
        pkg,
        "precedes",
        (a) => a.CFAssociationGroupingURI?.identifier === grouping?.identifier,
      );
      expect(
        steps.map((a) => [idOf.get(a.originNodeURI.identifier), idOf.get(a.destinationNodeURI.identifier)]),
      ).toEqual(row.links.map((link) => [link.from, link.to]));
      for (const link of row.links) expect(grouping?.description).toContain(link.score.toFixed(3));
      expect(grouping?.description).toMatch(/strong|moderate|weak/);
    });
  });

  it("writes no association fields CASE 1.1 dropped or 1.0 lacks (no notes, no extensions)", () => {
    for (const association of pkg.CFAssociations) {
      expect(Object.keys(association).sort()).toEqual(
        expect.arrayContaining([
          "associationType",
          "destinationNodeURI",
          "identifier",
          "lastChangeDateTime",
          "originNodeURI",
          "uri",
        ]),
      );
      expect(association).not.toHaveProperty("notes");
      expect(association).not.toHaveProperty("extensions");
    }
    expect(pkg.CFDocument).not.toHaveProperty("extensions");
  });
});

describe("toCase: identifiers, URIs and dates", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives every node a distinct UUID v5 with variant [89ab], the same on every run", () => {
    const pkg = toCase(seed);
    const groupings = pkg.CFDefinitions?.CFAssociationGroupings ?? [];
    const ids = [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations, ...groupings].map((node) => node.identifier);
    for (const id of ids) expect(id).toMatch(UUID_V5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(toCase(parsedSeed())).toEqual(pkg);
    expect(RUNGS_CASE_NAMESPACE).toMatch(UUID_V5);
  });

  it("gives another framework other identifiers, and the same framework in another version new ones", () => {
    const other = toCase(parsedSeed("ft-engineering.json"));
    const seedIds = new Set(toCase(seed).CFItems.map((item) => item.identifier));
    expect(other.CFItems.some((item) => seedIds.has(item.identifier))).toBe(false);
    const json = JSON.parse(
      JSON.stringify({ ...parsedSeedJson(), framework: { ...parsedSeedJson().framework, version: "v.27" } }),
    );
    expect(toCase(parsed(json)).CFDocument.identifier).not.toBe(toCase(seed).CFDocument.identifier);
  });

  it("makes URIs urn:uuid: by default, or under baseUri", () => {
    const pkg = toCase(seed);
    expect(pkg.CFDocument.uri).toBe(`urn:uuid:${pkg.CFDocument.identifier}`);
    const served = toCase(seed, { baseUri: "https://case.example.org/ims/case/v1p0/" });
    expect(served.CFDocument.uri).toBe(
      `https://case.example.org/ims/case/v1p0/CFDocuments/${served.CFDocument.identifier}`,
    );
    const item = served.CFItems[0];
    expect(item?.uri).toBe(`https://case.example.org/ims/case/v1p0/CFItems/${item?.identifier}`);
    expect(served.CFAssociations[0]?.uri).toContain("/CFAssociations/");
    expect(served.CFAssociations[0]?.originNodeURI.uri).toBe(item?.uri);
    expect(served.CFItems.map((i) => i.identifier)).toEqual(pkg.CFItems.map((i) => i.identifier));
    expectValidPackage(served);
  });

  it("drops a baseUri's trailing slashes in linear time (a regex re-scanned a run of slashes from each)", () => {
    const slashes = "/".repeat(400_000);
    const served = toCase(seed, { baseUri: `https://case.example.org/v1${slashes}` });
    expect(served.CFDocument.uri).toBe(`https://case.example.org/v1/CFDocuments/${served.CFDocument.identifier}`);
    // Slashes followed by a letter: the run is kept. `/\/+$/` took 17 s on half this length
    // (quadratic: about a minute here), the loop takes milliseconds; the timeout is the guard.
    const kept = toCase(seed, { baseUri: `https://case.example.org${slashes}x` });
    expect(kept.CFDocument.uri.startsWith(`https://case.example.org${slashes}x/CFDocuments/`)).toBe(true);
  }, 10_000);

  it("dates every node from the option, else exportedAt, else a fixed default — never the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-01-01T00:00:00Z"));
    const dates = (pkg: CasePackage) =>
      new Set([pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations].map((node) => node.lastChangeDateTime));
    expect(dates(toCase(seed))).toEqual(new Set(["2026-05-15T12:40:10.291Z"]));
    expect(dates(toCase(seed, { lastChangeDateTime: "2026-01-02T03:04:05+01:00" }))).toEqual(
      new Set(["2026-01-02T03:04:05+01:00"]),
    );
    const undated = parsed({ ...parsedSeedJson(), exportedAt: "last Tuesday" });
    expect(dates(toCase(undated))).toEqual(new Set([DEFAULT_LAST_CHANGE]));
    vi.setSystemTime(new Date("2040-06-01T00:00:00Z"));
    expect(toCase(undated)).toEqual(toCase(undated));
    expectValidPackage(toCase(undated));
  });

  it("never changes the framework it exports", () => {
    const framework = parsedSeed();
    const before = JSON.stringify(framework);
    toCase(framework, { baseUri: "https://x.example" });
    expect(JSON.stringify(framework)).toBe(before);
  });
});
