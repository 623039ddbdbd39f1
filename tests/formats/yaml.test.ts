import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { MAX_ISSUES, parseFramework } from "@rungs/core";
import { fromYaml, type ImportResult } from "@rungs/formats";
import { fromYaml as fromYamlSubpath } from "@rungs/formats/yaml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedFiles, seedJson, seedText } from "../seeds";
import { hostileText, rawFrameworkText } from "../ssr/hostile";
import { framework11JsonArbitrary } from "./arbitraries";

// Issue 20, item 4: Rungs' JSON format written as YAML, every problem at its line and column.

/** The `yaml` package's writer, from @rungs/formats' own dependency (the same version the reader uses). */
const { stringify } = createRequire(join(process.cwd(), "packages/formats/package.json"))("yaml") as {
  stringify(value: unknown): string;
};

function framework(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a framework, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.framework;
}

function errorsOf(result: ImportResult) {
  return result.ok ? [] : result.errors;
}

/** The result's shape as every importer promises it: issues `{ path, code, message }`, capped lists. */
function expectWellFormed(result: ImportResult): void {
  const lists = result.ok ? [result.warnings] : [result.errors, result.warnings];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const list of lists) {
    expect(list.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    for (const issue of list) {
      expect(Object.keys(issue).sort()).toEqual(["code", "message", "path"]);
      expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

const SMALL = `# A ladder written by hand
schemaVersion: 1.0
occupation:
  title: Test engineer
framework:
  version: 2.10
  levels:
    junior:
      label: Junior
      statements:
        - Testing — Runs the test plan with guidance.
    senior:
      label: Senior
      statements:
        - Testing — Designs the test plan.
sources:
  O*NET: https://www.onetcenter.org/
`;

describe("fromYaml", () => {
  it("reads every seed, written as YAML, to the framework its JSON gives", () => {
    expect(seedFiles.length).toBeGreaterThan(1);
    for (const name of seedFiles) {
      const expected = parseFramework(seedText(name));
      const result = fromYaml(stringify(seedJson(name)));
      expect(framework(result), name).toEqual(framework(expected));
      // The same warnings, each placed in the YAML.
      expect(result.warnings.length, name).toBe(expected.warnings.length);
      result.warnings.forEach((warning, index) => {
        const { path, code, message } = expected.warnings[index] ?? {};
        // A count of the warnings past the cap (a real ladder has over 100) is about the whole document.
        if (path === "") {
          expect(warning, name).toEqual({ path, code, message });
          return;
        }
        expect(warning, name).toEqual({ path, code, message: expect.stringMatching(/^line \d+, column \d+: /) });
        expect(warning.message.endsWith(`: ${message}`), name).toBe(true);
      });
    }
  });

  it("reads every generated 1.1 framework written as YAML: areas, tracks, statement objects, paragraphs", () => {
    fc.assert(
      fc.property(framework11JsonArbitrary, (json) => {
        const expected = parseFramework(json);
        const result = fromYaml(stringify(json));
        expect(framework(result)).toEqual(framework(expected));
        expect(result.warnings.map((warning) => warning.code)).toEqual(
          expected.warnings.map((warning) => warning.code),
        );
      }),
      { seed: 20114, numRuns: 100 },
    );
  });

  it("reads the 1.1 fixture with every field, written as YAML", () => {
    const json = JSON.parse(
      readFileSync(new URL("../core/fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
    );
    const result = fromYaml(stringify(json));
    expect(result.warnings).toEqual([]);
    expect(framework(result)).toEqual(framework(parseFramework(json)));
  });

  it("is exported from the yaml subpath too", () => {
    expect(framework(fromYamlSubpath(SMALL)).levels).toHaveLength(2);
  });

  it("keeps the ladder's order, and reads bare version numbers as the text written", () => {
    const read = framework(fromYaml(SMALL));
    expect(read.levels.map((level) => level.key)).toEqual(["junior", "senior"]);
    expect(read.schemaVersion).toBe("1.0");
    expect(read.levels[1]?.statements[0]?.subject).toBe("Testing");
    const flipped = SMALL.replace("junior:", "a-junior:").replace("senior:", "0-senior:");
    expect(framework(fromYaml(flipped)).levels.map((level) => level.key)).toEqual(["a-junior", "0-senior"]);
  });

  it("reads anchors, aliases and merge keys", () => {
    const text = `schemaVersion: "1.0"
occupation: { title: Shared }
framework:
  levels:
    one: &base
      label: One
      statements: &shared [Delivery — Ships small changes.]
    two:
      <<: *base
      label: Two
sources: {}
`;
    const read = framework(fromYaml(text));
    expect(read.levels.map((level) => [level.label, level.statements.map((statement) => statement.text)])).toEqual([
      ["One", ["Delivery — Ships small changes."]],
      ["Two", ["Delivery — Ships small changes."]],
    ]);
  });

  it("says where a syntax error is, by line and column", () => {
    const broken = fromYaml("schemaVersion: '1.0'\noccupation:\n  title: [unclosed\nframework: {}\n");
    expect(broken.ok).toBe(false);
    expect(errorsOf(broken)[0]).toMatchObject({ code: "invalid-yaml", path: "" });
    expect(errorsOf(broken)[0]?.message).toMatch(/^line \d+, column \d+: /);

    const twice = fromYaml("schemaVersion: '1.0'\nschemaVersion: '1.1'\n");
    expect(errorsOf(twice)).toEqual([
      { path: "", code: "invalid-yaml", message: "line 2, column 1: Map keys must be unique." },
    ]);

    // Deeper down too, and the first of the two keys is kept out of nothing: the file is refused.
    const nested = fromYaml(
      "schemaVersion: '1.0'\nframework:\n  levels:\n    a: { label: A, statements: [] }\n    a: { label: B, statements: [] }\n",
    );
    expect(errorsOf(nested)).toEqual([
      { path: "", code: "invalid-yaml", message: "line 5, column 5: Map keys must be unique." },
    ]);

    const tab = fromYaml("occupation:\n\ttitle: x\n");
    expect(errorsOf(tab)[0]?.message).toMatch(/^line 2, column 1: /);
  });

  it("places core's issues at the line and column of the value they are about", () => {
    const text = SMALL.replace("      label: Senior\n", "      label: 42\n").replace(
      "title: Test engineer",
      "title: 7",
    );
    const result = fromYaml(text);
    const issues = [...errorsOf(result), ...result.warnings];
    const label = issues.find((issue) => issue.path === "/framework/levels/senior/label");
    expect(label?.message).toMatch(/^line 13, column 7: /);
    const title = issues.find((issue) => issue.path === "/occupation/title");
    expect(title?.message).toMatch(/^line 4, column 3: /);

    const noLevels = fromYaml("schemaVersion: '1.0'\noccupation: {title: x}\nframework:\n  levels: {}\n");
    expect(errorsOf(noLevels)).toContainEqual(
      expect.objectContaining({
        path: "/framework/levels",
        code: "no-levels",
        message: expect.stringMatching(/^line 4, column 3: /),
      }),
    );
    const statement = fromYaml(SMALL.replace("- Testing — Designs the test plan.", "- {nested: map}"));
    expect([...errorsOf(statement), ...statement.warnings]).toContainEqual(
      expect.objectContaining({
        path: "/framework/levels/senior/statements/0",
        message: expect.stringMatching(/^line 15, column 11: /),
      }),
    );
  });

  it("refuses empty text, several documents, unknown aliases and keys that are not text", () => {
    expect(errorsOf(fromYaml(""))[0]?.message).toMatch(/The YAML is empty/);
    expect(errorsOf(fromYaml("# only a comment\n"))[0]?.code).toBe("invalid-yaml");
    expect(errorsOf(fromYaml("a: 1\n---\nb: 2\n"))).toEqual([
      expect.objectContaining({
        code: "invalid-yaml",
        message: expect.stringMatching(/^line 2, column 1: a second document/),
      }),
    ]);
    expect(errorsOf(fromYaml("a: *nowhere\n"))[0]?.message).toMatch(/^line 1, column 4: the alias \*nowhere/);
    expect(errorsOf(fromYaml("? [a, b]\n: 1\n"))[0]?.message).toMatch(/^line 1, column 3: a key is a list/);
    expect(errorsOf(fromYaml("a: {<<: 1}\n"))[0]?.message).toMatch(
      /^line 1, column 5: a merge key \(<<\) takes a mapping/,
    );
  });

  it("refuses a document that is not a mapping, never handing core a string to read as JSON", () => {
    const json = JSON.stringify(seedJson());
    for (const text of ["just text\n", `'${json.replaceAll("'", "''")}'\n`, "- a\n- b\n", "42\n", "null\n"]) {
      const result = fromYaml(text);
      expect(errorsOf(result), text.slice(0, 20)).toEqual([
        expect.objectContaining({
          code: "invalid-yaml",
          message: expect.stringMatching(/^line 1, column 1: the document is /),
        }),
      ]);
    }
  });

  it("resolves no tags: a value tagged !!js/function or !!binary is read as text, with a warning", () => {
    const text = SMALL.replace("title: Test engineer", "title: !!js/function 'function () { return 1 }'").replace(
      "O*NET: https://www.onetcenter.org/",
      "O*NET: !!binary aGVsbG8=",
    );
    const result = fromYaml(text);
    const read = framework(result);
    expect(read.occupation.title).toBe("function () { return 1 }");
    expect(read.sources).toEqual([{ name: "O*NET", value: "aGVsbG8=" }]);
    expect(result.warnings.filter((issue) => issue.code === "ignored-tag").map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^line 4, column 10: Unresolved tag: tag:yaml\.org,2002:js\/function\. /),
      expect.stringMatching(/^line 17, column 10: /),
    ]);
  });

  it("refuses an alias bomb instead of building it", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const result = fromYaml(`${rows.join("\n")}\n`);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        code: "invalid-yaml",
        message: expect.stringMatching(/^line 2, column 8: the aliases repeat more/),
      }),
    ]);
  });

  it("keeps __proto__ and other prototype names as ordinary keys, polluting nothing", () => {
    const text = SMALL.replace("    junior:", "    __proto__:").replace(
      "sources:\n",
      "sources:\n  constructor: x\n  __proto__: y\n",
    );
    const read = framework(fromYaml(text));
    expect(read.levels.map((level) => level.key)).toEqual(["__proto__", "senior"]);
    expect(read.sources.map((source) => source.name)).toEqual(["constructor", "__proto__", "O*NET"]);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });

  it("refuses text over maxInputLength before reading it, and nesting past its depth", () => {
    const over = fromYaml(SMALL, { limits: { maxInputLength: 100 } });
    expect(errorsOf(over)).toEqual([expect.objectContaining({ code: "limit-exceeded", path: "" })]);
    const deepFlow = fromYaml(`a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    expect(errorsOf(deepFlow)).toHaveLength(1);
    expect(errorsOf(deepFlow)[0]?.message).toMatch(/^line 1, column \d+: lists and mappings nest/);
    const deepBlock = fromYaml(`a:\n${Array.from({ length: 80 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}x\n`);
    expect(errorsOf(deepBlock)).toEqual([
      expect.objectContaining({ code: "invalid-yaml", message: expect.stringMatching(/nest more than 64 deep/) }),
    ]);
  });

  it("passes core's limits on, with the line of what crosses them", () => {
    const result = fromYaml(SMALL, { limits: { maxStatementsPerLevel: 0 } });
    expect(errorsOf(result).map((issue) => issue.code)).toContain("limit-exceeded");
  });

  it("never throws and never mutates, whatever it is given", () => {
    const notText: unknown[] = [undefined, null, 42, {}, [], new Uint8Array(2)];
    for (const value of notText) expectWellFormed(fromYaml(value as string, value as never));
    const yamlish = fc.string({
      unit: fc.constantFrom(..."abc:-[]{}&*!|>'\"#%@`,?<= \n\t\\0"),
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.oneof(yamlish, hostileText, rawFrameworkText), (text) => {
        expectWellFormed(fromYaml(text));
      }),
      { numRuns: 600 },
    );
  });

  it("reads JSON text (JSON is YAML) as parseFramework does", () => {
    fc.assert(
      fc.property(rawFrameworkText, (text) => {
        const json = parseFramework(text);
        const yaml = fromYaml(text);
        if (json.ok && yaml.ok) expect(yaml.framework).toEqual(json.framework);
        if (json.ok) expect(yaml.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
