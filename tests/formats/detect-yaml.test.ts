import { createRequire } from "node:module";
import { join } from "node:path";
import { parseFramework } from "@rungs/core";
import { detectFormat, importFramework, toCsv, toJsonLd, toMarkdown } from "@rungs/formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedJson, seedText } from "../seeds";

// Issue 20, items 3 (detection) and 6: YAML told apart by name and content; JSON-LD and HTML,
// which Rungs writes but does not read, refused as "export only".

/** The `yaml` package's writer, from @rungs/formats' own dependency. */
const { stringify } = createRequire(join(process.cwd(), "packages/formats/package.json"))("yaml") as {
  stringify(value: unknown): string;
};

const seed = parseFramework(seedText());
if (!seed.ok) throw new Error("the seed must parse");
const yamlText = stringify(seedJson());

describe("detectFormat: YAML", () => {
  it("reads .yaml and .yml names as YAML, whatever the case", () => {
    for (const name of ["ladder.yaml", "LADDER.YML", "dir/a.b.yml"]) {
      expect(detectFormat("anything", name)).toEqual({
        format: "yaml",
        reason: `the file's name ends in ${name.slice(name.lastIndexOf(".")).toLowerCase()}`,
      });
    }
  });

  it("tells YAML by a top-level schemaVersion or framework key, or a leading --- and a key", () => {
    const framework = "it has a top-level schemaVersion or framework key, as YAML";
    expect(detectFormat(yamlText)).toEqual({ format: "yaml", reason: framework });
    expect(detectFormat(`\uFEFF# A ladder\n\n${yamlText}`)).toMatchObject({ format: "yaml" });
    expect(detectFormat(yamlText.replaceAll("\n", "\r\n"))).toMatchObject({ format: "yaml" });
    expect(detectFormat("occupation:\n  title: x\nframework:\n  levels: {}\n")).toEqual({
      format: "yaml",
      reason: framework,
    });
    expect(detectFormat('"schemaVersion": "1.0"\n')).toMatchObject({ format: "yaml" });
    expect(detectFormat("%YAML 1.2\n---\noccupation: {title: x}\n")).toEqual({
      format: "yaml",
      reason: "it starts with --- and a YAML key",
    });
  });

  it("leaves CSV, Markdown and prose that mentions a key alone", () => {
    expect(detectFormat(toCsv(seed.framework))).toEqual({
      format: "csv",
      reason: "the text is neither JSON, YAML nor Markdown",
    });
    expect(detectFormat(`level_key,statement\nframework: x,y\n`)).toMatchObject({ format: "csv" });
    // A first line that is not a key: not YAML, even with a framework key further down.
    expect(detectFormat("Our ladder\nframework: ours\n")).toMatchObject({ format: "csv" });
    // A key line, but none of Rungs' keys.
    expect(detectFormat("title: x\nlevels: y\n")).toMatchObject({ format: "csv" });
    expect(detectFormat(toMarkdown(seed.framework))).not.toMatchObject({ format: "yaml" });
  });
});

describe("detectFormat: export-only formats", () => {
  const jsonLd = JSON.stringify(toJsonLd(seed.framework));

  it("refuses JSON-LD, by content or name, saying Rungs writes it but does not read it", () => {
    for (const refused of [detectFormat(jsonLd), detectFormat(jsonLd, "ladder.json"), detectFormat("{}", "x.jsonld")]) {
      expect(refused).toMatchObject({ path: "", code: "unsupported-format" });
      expect("message" in refused && refused.message).toMatch(/JSON-LD.*writes.*but does not read: export only/);
    }
  });

  it("refuses an HTML page, by content or name", () => {
    const pages = [
      detectFormat("<!DOCTYPE html>\n<html lang=en><body>…</body></html>"),
      detectFormat("\n  <html>\n</html>"),
      detectFormat("level_key,statement\n", "ladder.html"),
      detectFormat("", "page.HTM"),
    ];
    for (const refused of pages) {
      expect(refused).toMatchObject({ path: "", code: "unsupported-format" });
      expect("message" in refused && refused.message).toMatch(/HTML page.*rungs render.*export only/);
    }
  });

  it("still reads JSON that merely mentions @context deeper down as Rungs JSON", () => {
    const nested = JSON.stringify({ ...seedJson(), sources: { "@context": "https://schema.org" } });
    expect(detectFormat(nested)).toMatchObject({ format: "json" });
  });
});

describe("importFramework: YAML", () => {
  it("reads YAML with fromYaml, to the framework the JSON gives", () => {
    const result = importFramework(yamlText);
    expect(result).toMatchObject({ ok: true, format: "yaml" });
    expect(result.ok && result.framework).toEqual(seed.framework);
    expect(importFramework(yamlText, { fileName: "x.yml" })).toMatchObject({
      ok: true,
      format: "yaml",
      reason: "the file's name ends in .yml",
    });
  });

  it("reads JSON as YAML when asked (JSON is YAML), and passes core's limits on", () => {
    const asked = importFramework(seedText(), { from: "yaml" });
    expect(asked).toMatchObject({ ok: true, format: "yaml", reason: "it was asked for" });
    const limited = importFramework(yamlText, { limits: { maxInputLength: 10 } });
    expect(!limited.ok && limited.errors.map((issue) => issue.code)).toEqual(["limit-exceeded"]);
  });

  it("refuses export-only formats as errors, never reading them as CSV", () => {
    const result = importFramework(JSON.stringify(toJsonLd(seed.framework)));
    expect(result).toMatchObject({ ok: false, errors: [{ code: "unsupported-format" }] });
    expect(result.format).toBeUndefined();
  });

  it("never throws, whatever the text and name", () => {
    const texts = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."-#%:'\"<>!{}[] \n\r\tabfrmewokschVin"), maxLength: 60 }),
      fc.constantFrom("---", "---\n", "# x", "<html", '{"@context":1}', "schemaVersion:", "framework:\n\t- ["),
    );
    const names = fc.constantFrom("", "a.yaml", "a.yml", "a.jsonld", "a.html", "a.md", "a.json", "a.csv");
    fc.assert(
      fc.property(texts, names, (text, fileName) => {
        const detected = detectFormat(text, fileName);
        expect("format" in detected || detected.code === "unsupported-format").toBe(true);
        const result = importFramework(text, { fileName });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
