import { assertFramework, type Framework, parseFramework } from "@rungs/core";
import { jsonLdScriptText, toJsonLd } from "@rungs/core/jsonld";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedFiles, seedText } from "../../seeds";
import { HOSTILE_TEXTS, HOSTILE_URLS, hostileText, rawFramework } from "../../ssr/hostile";

const seed = assertFramework(seedText());

/** The data as a consumer reads it: plain JSON, without schema-dts's types in the way. */
// biome-ignore lint/suspicious/noExplicitAny: the test reads JSON as any consumer would.
function asJson(framework: Framework, options?: Parameters<typeof toJsonLd>[1]): any {
  return JSON.parse(JSON.stringify(toJsonLd(framework, options)));
}

describe("toJsonLd", () => {
  it("describes the occupation, with its SOC code in the O*NET-SOC code set", () => {
    const data = asJson(seed);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("Occupation");
    expect(data.name).toBe(seed.occupation.title);
    expect(data.occupationalCategory).toEqual({
      "@type": "CategoryCode",
      codeValue: "17-3024.00",
      inCodeSet: { "@type": "CategoryCodeSet", name: "O*NET-SOC", url: "https://www.onetcenter.org/taxonomy.html" },
    });
  });

  it.each(seedFiles)("lists every statement of %s as a skill, in a set per level, in order", (file) => {
    const framework = assertFramework(seedText(file));
    const data = asJson(framework);
    const statements = framework.levels.flatMap((level) => level.statements.map((statement) => ({ level, statement })));
    expect(data.skills).toHaveLength(statements.length);
    statements.forEach(({ level, statement }, index) => {
      const skill = data.skills[index];
      expect(skill["@type"]).toBe("DefinedTerm");
      expect(skill.termCode).toBe(statement.id);
      expect(skill.name).toBe(statement.subject || statement.description);
      expect(skill.description).toBe(statement.subject ? statement.description : undefined);
      expect(skill.inDefinedTermSet).toMatchObject({
        "@type": "DefinedTermSet",
        "@id": `_:level-${level.id}`,
        name: level.label,
        position: level.rank + 1,
      });
    });
    // One set per level: the same @id names the same set, and different levels differ.
    const sets = new Map(
      data.skills.map((skill: { inDefinedTermSet: { "@id": string; name: string } }) => [
        skill.inDefinedTermSet["@id"],
        skill.inDefinedTermSet.name,
      ]),
    );
    expect(sets.size).toBe(framework.levels.filter((level) => level.statements.length > 0).length);
  });

  it("gives the framework's version, scope, sources and attribution as a work about the occupation", () => {
    const data = asJson(seed);
    expect(data.subjectOf).toEqual({
      "@type": "CreativeWork",
      version: "v.26.05",
      description: seed.contextCovered,
      creditText: "© EBSCOed",
      citation: [
        { "@type": "CreativeWork", name: "onet", description: "v30.2 (CC BY 4.0)" },
        { "@type": "CreativeWork", name: "crosswalk", url: "https://skillscrosswalk.com/" },
        { "@type": "CreativeWork", name: "generator", description: "LER.me" },
      ],
    });
  });

  it("gives a URL only where it is http(s), for the page and for each source", () => {
    for (const url of HOSTILE_URLS) {
      const framework = assertFramework({
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: { levels: { a: { label: "A", statements: ["x"] } } },
        sources: { s: url },
      });
      const data = asJson(framework, { url });
      for (const value of [data.url, data.subjectOf.citation[0].url]) {
        if (value !== undefined) expect(new URL(value).protocol).toMatch(/^https?:$/);
      }
    }
    expect(asJson(seed, { url: "javascript:alert(1)" }).url).toBeUndefined();
    expect(asJson(seed, { url: "https://jobs.example/occupations/17-3024.00" }).url).toBe(
      "https://jobs.example/occupations/17-3024.00",
    );
  });

  it("gives the language to the level sets and the framework", () => {
    const data = asJson(seed, { inLanguage: "en-US" });
    expect(data.subjectOf.inLanguage).toBe("en-US");
    for (const skill of data.skills) expect(skill.inDefinedTermSet.inLanguage).toBe("en-US");
    expect(asJson(seed, { inLanguage: " " }).subjectOf.inLanguage).toBeUndefined();
  });

  it("claims no code set for a code of another form, and leaves out what the framework does not say", () => {
    const framework = assertFramework({
      schemaVersion: "1.0",
      occupation: { title: "", soc: "2512" },
      framework: { levels: { a: { label: "A", statements: ["Writes code."] } } },
      sources: {},
    });
    const data = asJson(framework);
    expect(data.occupationalCategory).toEqual({ "@type": "CategoryCode", codeValue: "2512" });
    expect(Object.keys(data).sort()).toEqual(["@context", "@type", "occupationalCategory", "skills"]);
    expect(data.skills[0]).toEqual({
      "@type": "DefinedTerm",
      name: "Writes code.",
      termCode: "a-1",
      inDefinedTermSet: { "@type": "DefinedTermSet", "@id": "_:level-a", name: "A", position: 1 },
    });
    const soc = asJson(assertFramework({ ...JSON.parse(seedText()), occupation: { title: "T", soc: "15-1252" } }));
    expect(soc.occupationalCategory.inCodeSet.name).toBe("Standard Occupational Classification (SOC)");
  });

  it("gives the same data for the same framework, and separate objects for each skill's set", () => {
    expect(toJsonLd(seed)).toEqual(toJsonLd(assertFramework(seedText())));
    const data = toJsonLd(seed);
    const [first, second] = data.skills as unknown as { inDefinedTermSet: object }[];
    expect(first?.inDefinedTermSet).not.toBe(second?.inDefinedTermSet);
  });
});

/** What must never appear in a script element's text. */
const BREAKOUTS = [/<\/script/i, /<!--/, /<script/i, /\u2028/, /\u2029/, /[<>&]/];

describe("jsonLdScriptText", () => {
  const frameworks = rawFramework
    .map((raw) => parseFramework(raw))
    .filter((result) => result.ok)
    .map((result) => (result.ok ? result.framework : seed));

  function expectSafe(data: unknown): void {
    const text = jsonLdScriptText(data);
    for (const pattern of BREAKOUTS) expect(text).not.toMatch(pattern);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
  }

  it.each(HOSTILE_TEXTS)("keeps %j inside the script, and parses back to it", (text) => {
    expectSafe({ text, nested: [text, { [text]: text }] });
    expectSafe(
      toJsonLd(
        assertFramework({
          schemaVersion: "1.0",
          occupation: { title: text, soc: text },
          framework: { description: text, levels: { a: { label: text, statements: [`${text} — ${text}`, text] } } },
          sources: { [text || "s"]: text },
          attribution: text,
        }),
      ),
    );
  });

  it("keeps any framework's data inside the script (property)", () => {
    fc.assert(
      fc.property(frameworks, fc.option(hostileText, { nil: undefined }), (framework, url) => {
        expectSafe(toJsonLd(framework, { url, inLanguage: url }));
      }),
      { seed: 18202, numRuns: 200 },
    );
  });

  it("keeps any string inside the script (property)", () => {
    const closers = fc.constantFrom("</script>", "</SCRIPT ", "<!--", "-->", "<script>", "\u2028", "\u2029", "&lt;");
    const text = fc.array(fc.oneof(closers, hostileText), { maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.dictionary(text, text), (data) => expectSafe(data)));
  });

  it("writes what JSON cannot hold as null, never throwing", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [
      undefined,
      () => 1,
      10n,
      cycle,
      {
        toJSON: () => {
          throw new Error("no");
        },
      },
    ]) {
      expect(jsonLdScriptText(value)).toBe("null");
    }
  });
});
