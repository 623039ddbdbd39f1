import type { Framework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { type CaseImportResult, fromCase, toCase } from "../../packages/formats/src/case/index";
import { parsedSeed } from "../core/frameworks";
import { resolvePointer } from "../core/pointer";
import { casePackage } from "./case-packages";
import { caseSample } from "./case-schema";

function framework(result: CaseImportResult): Framework {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

/** Levels as `[label, statement texts]`. */
function ladder(result: CaseImportResult): [string, string[]][] {
  return framework(result).levels.map((level) => [level.label, level.statements.map((s) => s.text)]);
}

/** How many items the framework shows: its levels that are items plus its statements. */
function statementCount(result: CaseImportResult): number {
  return framework(result).levels.reduce((sum, level) => sum + level.statements.length, 0);
}

function codes(result: CaseImportResult, code: string): string[] {
  return result.warnings.filter((w) => w.code === code).map((w) => w.path);
}

/** Every issue's path resolves in the package it is about. */
function expectPathsResolve(result: CaseImportResult, pkg: unknown): void {
  const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
  for (const issue of issues) expect(resolvePointer(pkg, issue.path).found, issue.path).toBe(true);
}

describe("fromCase: the OpenSALT samples", () => {
  it("SmartLevel: the two top-level items are the levels, their 12 children the statements", () => {
    const text = caseSample("SmartLevelFramework.json");
    const result = fromCase(text);
    expect(result.rule).toBe("top-level");
    expect(ladder(result)).toEqual([
      [
        "Item 1",
        [
          "Item 1.1",
          "Item 1.2",
          "Item 1.3",
          "Item 1.4",
          "Item 1.5",
          "Item 1.6",
          "Item 1.7",
          "Item 1.8",
          "Item 1.9",
          "Item 1.10",
        ],
      ],
      ["Item 2", ["Item 2.1", "Item 2.2"]],
    ]);
    expect(framework(result).levels.length + statementCount(result)).toBe(JSON.parse(text).CFItems.length);
    expect(framework(result).occupation.title).toBe("SmartLevel Test");
    expect(framework(result).attribution).toBe("OpenSALT Testing");
    // Two levels deep: nothing to flatten, and the tree is sound.
    expect(codes(result, "flattened")).toEqual([]);
    expect(result.warnings.filter((w) => ["cycle", "no-parent", "unknown-node"].includes(w.code))).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: "level-rule", path: "/CFItems" });
    expectPathsResolve(result, JSON.parse(text));
  });

  it("SequenceNumber: sequenceNumber wins over item order", () => {
    const text = caseSample("SequenceNumberFramework.json");
    const result = fromCase(text);
    expect(result.rule).toBe("single-level");
    expect(ladder(result)).toEqual([
      ["Sequence Number Test", ["Second added item, but should be first", "First Added Item"]],
    ]);
    expect(codes(result, "dropped-field")).toEqual(["/CFItems/0/humanCodingScheme", "/CFItems/1/humanCodingScheme"]);
    expectPathsResolve(result, JSON.parse(text));
  });

  it("Markdown: statements stay text, character for character (line breaks included)", () => {
    const text = caseSample("MarkdownFramework.json");
    const items = JSON.parse(text).CFItems as { fullStatement: string; humanCodingScheme: string }[];
    const result = fromCase(text);
    // No sequenceNumber: ordered by humanCodingScheme, MD.Math before MD.Table.
    const byCode = [...items].sort((a, b) => (a.humanCodingScheme < b.humanCodingScheme ? -1 : 1));
    expect(ladder(result)).toEqual([["Test Markdown Framework", byCode.map((item) => item.fullStatement)]]);
    expect(framework(result).levels[0]?.statements[1]?.text).toContain("| Column 1 | Column 2 |\r\n");
    expectPathsResolve(result, JSON.parse(text));
  });

  it("Utf8: characters outside the Basic Multilingual Plane survive", () => {
    const result = fromCase(caseSample("Utf8TestFramework.json"));
    expect(framework(result).occupation.title).toBe("UTF8 𝑑 Test");
    const text = framework(result).levels[0]?.statements[0]?.text ?? "";
    expect(text).toBe("Item 𝑑 1");
    expect(text.codePointAt(5)).toBe(0x1d451);
    expect(result.warnings.filter((w) => w.code === "ill-formed-text")).toEqual([]);
  });
});

describe("fromCase: tolerated defects, each reported where it is", () => {
  const messy = casePackage(
    [
      { key: "L1", fullStatement: "Foundation", humanCodingScheme: "F", lastChangeDateTime: "2017-05-25T18:05:33" },
      { key: "L2", fullStatement: "Mastery", humanCodingScheme: "M" },
      { key: "s1", fullStatement: "Plans work", abbreviatedStatement: "Planning", notes: "from the 2019 revision" },
      { key: "s1a", fullStatement: "Plans a week", abbreviatedStatement: "Weekly" },
      { key: "s1a1", fullStatement: "Sets Monday goals" },
      { key: "s2", fullStatement: "Leads a team" },
      { key: "c1", fullStatement: "Loop one" },
      { key: "c2", fullStatement: "Loop two" },
      { key: "orphan", fullStatement: "No parent at all" },
      { key: "s2", fullStatement: "Same identifier as s2" },
    ],
    [
      ["isChildOf", "L1", "doc", 1],
      ["isChildOf", "L2", "doc", 2],
      ["isChildOf", "s1", "L1", 1],
      ["isChildOf", "s1a", "s1", 1],
      ["isChildOf", "s1a1", "s1a", 1],
      ["isChildOf", "s2", "L2", 1],
      ["isChildOf", "c1", "c2"],
      ["isChildOf", "c2", "c1"],
      ["isChildOf", "s2", "ghost"],
      ["isRelatedTo", "s1", "s2"],
      ["ext:mentors", "s1", "s2"],
      ["sameAs", "s1", "s2"],
    ],
  );
  const result = fromCase(messy);

  it("imports every item as a level or a statement", () => {
    const levels = framework(result).levels;
    const shown = levels.length + statementCount(result);
    expect(shown).toBe((messy.CFItems as unknown[]).length);
    // Keys from humanCodingScheme, else from the label.
    expect(levels.map((level) => level.key)).toEqual([
      "F",
      "M",
      "loop-one",
      "no-parent-at-all",
      "same-identifier-as-s2",
    ]);
  });

  it("flattens a deeper tree, keeping the path in the subject", () => {
    expect(ladder(result)[0]).toEqual([
      "Foundation",
      ["Planning — Plans work", "Planning › Weekly — Plans a week", "Planning › Weekly — Sets Monday goals"],
    ]);
    expect(framework(result).levels[0]?.statements[2]?.subject).toBe("Planning › Weekly");
    expect(codes(result, "flattened")).toEqual(["/CFItems/3", "/CFItems/4"]);
  });

  it("warns of a date without time zone, a cycle, an unknown node, a duplicate, an orphan, unknown and dropped types", () => {
    expect(codes(result, "no-time-zone")).toEqual(["/CFItems/0/lastChangeDateTime"]);
    expect(codes(result, "cycle")).toEqual(["/CFAssociations/6"]);
    expect(codes(result, "unknown-node")).toEqual(["/CFAssociations/8/destinationNodeURI"]);
    expect(codes(result, "duplicate-identifier")).toEqual(["/CFItems/9/identifier"]);
    expect(codes(result, "no-parent").sort()).toEqual(["/CFItems/6", "/CFItems/8", "/CFItems/9"].sort());
    expect(codes(result, "unknown-association-type")).toEqual(["/CFAssociations/11/associationType"]);
    expect(codes(result, "dropped-association")).toEqual(["/CFAssociations/9", "/CFAssociations/10"]);
    expect(codes(result, "dropped-field")).toContain("/CFItems/2/notes");
    expectPathsResolve(result, messy);
  });

  it("messages name the item a person looks for", () => {
    const cycle = result.warnings.find((w) => w.code === "cycle");
    expect(cycle?.message).toContain('CFItems/6 ("Loop one")');
  });
});

describe("fromCase: choosing the levels", () => {
  it("uses hasSkillLevel associations first: destinations are levels, origins their statements", () => {
    const pkg = casePackage(
      [
        { key: "levels", fullStatement: "Skill levels" },
        { key: "novice", fullStatement: "Novice", humanCodingScheme: "N" },
        { key: "expert", fullStatement: "Expert", humanCodingScheme: "E" },
        { key: "comm", fullStatement: "Communication" },
        { key: "c1", fullStatement: "Explains a plan", abbreviatedStatement: "Communication" },
        { key: "c2", fullStatement: "Persuades a board", abbreviatedStatement: "Communication" },
      ],
      [
        ["isChildOf", "levels", "doc", 1],
        ["isChildOf", "novice", "levels", 1],
        ["isChildOf", "expert", "levels", 2],
        ["isChildOf", "comm", "doc", 2],
        ["isChildOf", "c2", "comm", 2],
        ["isChildOf", "c1", "comm", 1],
        ["hasSkillLevel", "c2", "expert"],
        ["hasSkillLevel", "c1", "novice"],
      ],
    );
    const result = fromCase(pkg);
    expect(result.rule).toBe("hasSkillLevel");
    expect(ladder(result)).toEqual([
      ["Novice", ["Communication — Explains a plan"]],
      ["Expert", ["Communication — Persuades a board"]],
      ["Not placed", ["Skill levels", "Communication"]],
    ]);
    expect(codes(result, "unplaced-item")).toEqual(["/CFItems/0", "/CFItems/3"]);
    expect(result.warnings.find((w) => w.code === "level-rule")?.message).toContain("hasSkillLevel");
    expectPathsResolve(result, pkg);
  });

  it("uses distinct educationLevel values next, lowest grade first, items inheriting their parent's", () => {
    const pkg = casePackage(
      [
        { key: "d", fullStatement: "Numbers", educationLevel: ["03"] },
        { key: "a", fullStatement: "Counts to 100", educationLevel: "KG" },
        { key: "b", fullStatement: "Adds fractions", educationLevel: ["04", "05"] },
        { key: "b1", fullStatement: "Like denominators" },
      ],
      [
        ["isChildOf", "d", "doc"],
        ["isChildOf", "a", "doc"],
        ["isChildOf", "b", "doc"],
        ["isChildOf", "b1", "b"],
      ],
    );
    const result = fromCase(pkg);
    expect(result.rule).toBe("educationLevel");
    expect(framework(result).levels.map((level) => [level.key, level.label])).toEqual([
      ["KG", "Education level KG"],
      ["03", "Education level 03"],
      ["04", "Education level 04"],
      ["05", "Education level 05"],
    ]);
    expect(ladder(result).map(([, statements]) => statements)).toEqual([
      ["Counts to 100"],
      ["Numbers"],
      ["Adds fractions", "Adds fractions — Like denominators"],
      [],
    ]);
    expect(codes(result, "multiple-levels")).toEqual(["/CFItems/2/educationLevel"]);
    expectPathsResolve(result, pkg);
  });

  it("orders siblings by sequenceNumber, then listEnumeration, then humanCodingScheme (numbers as numbers), then item order", () => {
    const pkg = casePackage(
      [
        { key: "L", fullStatement: "Level" },
        { key: "e", fullStatement: "item order 2" },
        { key: "d", fullStatement: "item order 1" },
        { key: "c", fullStatement: "code 10", humanCodingScheme: "X.10" },
        { key: "b", fullStatement: "code 2", humanCodingScheme: "X.2" },
        { key: "a", fullStatement: "list 3", listEnumeration: "3", humanCodingScheme: "X.1" },
        { key: "z", fullStatement: "sequence 1", listEnumeration: "9" },
      ],
      [
        ["isChildOf", "L", "doc"],
        ["isChildOf", "d", "L"],
        ["isChildOf", "e", "L"],
        ["isChildOf", "c", "L"],
        ["isChildOf", "b", "L"],
        ["isChildOf", "a", "L"],
        ["isChildOf", "z", "L", 1],
      ],
    );
    expect(ladder(fromCase(pkg))[0]?.[1]).toEqual([
      "sequence 1",
      "list 3",
      "code 2",
      "code 10",
      "item order 2",
      "item order 1",
    ]);
  });

  it("never makes a level key JavaScript would reorder, and keeps keys unique", () => {
    const pkg = casePackage(
      [
        { key: "a", fullStatement: "First", humanCodingScheme: "2" },
        { key: "b", fullStatement: "Second", humanCodingScheme: "1" },
        { key: "c", fullStatement: "Third", humanCodingScheme: "1" },
        { key: "x", fullStatement: "x" },
      ],
      [
        ["isChildOf", "a", "doc", 1],
        ["isChildOf", "b", "doc", 2],
        ["isChildOf", "c", "doc", 3],
        ["isChildOf", "x", "a"],
      ],
    );
    const levels = framework(fromCase(pkg)).levels;
    expect(levels.map((level) => [level.key, level.label])).toEqual([
      ["level-2", "First"],
      ["level-1", "Second"],
      ["level-1-2", "Third"],
    ]);
  });
});

describe("fromCase: a Rungs export edited elsewhere", () => {
  it("reads an item added below a statement as a flattened statement, the rest as exported", () => {
    const seed = parsedSeed();
    const pkg = JSON.parse(JSON.stringify(toCase(seed)));
    const statement = pkg.CFItems[1];
    pkg.CFItems.push({
      identifier: "11111111-1111-4111-8111-111111111111",
      uri: "urn:uuid:11111111-1111-4111-8111-111111111111",
      fullStatement: "Added in OpenSALT",
      lastChangeDateTime: "2027-01-01T00:00:00+00:00",
    });
    pkg.CFAssociations.push({
      identifier: "22222222-2222-4222-8222-222222222222",
      uri: "urn:uuid:22222222-2222-4222-8222-222222222222",
      associationType: "isChildOf",
      originNodeURI: { title: "x", identifier: "11111111-1111-4111-8111-111111111111", uri: "urn:x" },
      destinationNodeURI: { title: "y", identifier: statement.identifier, uri: statement.uri },
      lastChangeDateTime: "2027-01-01T00:00:00+00:00",
    });
    const result = fromCase(pkg);
    const first = framework(result).levels[0];
    expect(first?.statements.map((s) => s.text)).toEqual([
      seed.levels[0]?.statements[0]?.text,
      `${seed.levels[0]?.statements[0]?.subject} — Added in OpenSALT`,
      ...(seed.levels[0]?.statements.slice(1).map((s) => s.text) ?? []),
    ]);
    expect(framework(result).levels.slice(1)).toEqual(seed.levels.slice(1));
    expect(codes(result, "flattened")).toEqual([`/CFItems/${pkg.CFItems.length - 1}`]);
  });

  it("reads a package whose rungs: line was damaged as any other, and says so", () => {
    const pkg = JSON.parse(JSON.stringify(toCase(parsedSeed())));
    pkg.CFDocument.notes = pkg.CFDocument.notes.replace(/rungs:\{.*$/, 'rungs:{"format":"rungs","version":1');
    const result = fromCase(pkg);
    expect(codes(result, "unreadable-notes")).toEqual(["/CFDocument/notes"]);
    expect(framework(result).levels.map((level) => level.label)).toEqual(parsedSeed().levels.map((l) => l.label));
  });
});

describe("fromCase: the document of any package", () => {
  const pkg = casePackage(
    [
      { key: "L", fullStatement: "Level", humanCodingScheme: "L" },
      { key: "s", fullStatement: "Does things" },
    ],
    [
      ["isChildOf", "L", "doc"],
      ["isChildOf", "s", "L"],
    ],
    {
      title: "Welders",
      creator: "State Board",
      version: "2.1",
      description: "What welders do.",
      subject: ["Manufacturing", "51-4121.00"],
      officialSourceURL: "https://board.example/welders",
      publisher: "State Press",
      licenseURI: {
        title: "CC BY 4.0",
        identifier: "c0000000-0000-4000-8000-000000000000",
        uri: "https://creativecommons.org/licenses/by/4.0/",
      },
      language: "en",
      adoptionStatus: "Draft",
      notes: "Reviewed yearly.",
    },
  );
  const result = fromCase(pkg);

  it("maps title, creator, version, description and the SOC code among the subjects", () => {
    const imported = framework(result);
    expect(imported.occupation).toEqual({ title: "Welders", soc: "51-4121.00" });
    expect(imported.attribution).toBe("State Board");
    expect(imported.version).toBe("2.1");
    expect(imported.description).toBe("What welders do.");
  });

  it("keeps the official source, publisher and licence as sources", () => {
    expect(framework(result).sources.map((source) => [source.name, source.value])).toEqual([
      ["Official source", "https://board.example/welders"],
      ["Publisher", "State Press"],
      ["Licence", "https://creativecommons.org/licenses/by/4.0/"],
    ]);
  });

  it("reports every document field it leaves out", () => {
    expect(codes(result, "dropped-field").sort()).toEqual(
      ["/CFDocument/subject", "/CFDocument/language", "/CFDocument/adoptionStatus", "/CFDocument/notes"].sort(),
    );
    const subject = result.warnings.find((w) => w.path === "/CFDocument/subject");
    expect(subject?.message).toContain('"Manufacturing"');
    expectPathsResolve(result, pkg);
  });
});

describe("fromCase: many warnings of one kind", () => {
  it("lists ten, then sums up the rest in one warning", () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      key: `i${i}`,
      fullStatement: `Item ${i}`,
      humanCodingScheme: `C.${i}`,
    }));
    const result = fromCase(casePackage(items, []));
    const dropped = codes(result, "dropped-field");
    expect(dropped).toHaveLength(11);
    expect(dropped.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `/CFItems/${i}/humanCodingScheme`));
    const summary = result.warnings.filter((w) => w.code === "dropped-field").at(-1);
    expect(summary?.message).toMatch(/^20 more items whose humanCodingScheme is left out/);
    expect(summary?.path).toBe("/CFItems/10/humanCodingScheme");
  });
});

describe("fromCase: what a Rungs export holds besides the framework", () => {
  it("works out the ladder and thread associations again without a word; reports any other association", () => {
    const pkg = JSON.parse(JSON.stringify(toCase(parsedSeed())));
    const [first, second] = pkg.CFItems;
    pkg.CFAssociations.push({
      identifier: "33333333-3333-4333-8333-333333333333",
      uri: "urn:uuid:33333333-3333-4333-8333-333333333333",
      associationType: "exactMatchOf",
      originNodeURI: { title: "a", identifier: first.identifier, uri: first.uri },
      destinationNodeURI: { title: "b", identifier: second.identifier, uri: second.uri },
      lastChangeDateTime: "2027-01-01T00:00:00+00:00",
    });
    const result = fromCase(pkg);
    expect(framework(result)).toEqual(parsedSeed());
    expect(codes(result, "dropped-association")).toEqual([`/CFAssociations/${pkg.CFAssociations.length - 1}`]);
  });
});
