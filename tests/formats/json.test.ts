import { readFileSync } from "node:fs";
import { parseFramework } from "@rungs/core";
import { toFrameworkJson, toJson } from "@rungs/formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsed, parsedSeed } from "../core/frameworks";
import { seedFiles, seedJson } from "../seeds";
import { framework11JsonArbitrary, frameworkJsonArbitrary } from "./arbitraries";

describe("toFrameworkJson", () => {
  it.each(seedFiles)("gives back %s as parseFramework read it", (name) => {
    const framework = parsedSeed(name);
    expect(parsed(toFrameworkJson(framework))).toEqual(framework);
  });

  it("writes the seed file's own content (same keys, same order, same texts)", () => {
    expect(toFrameworkJson(parsedSeed())).toEqual(seedJson());
    expect(JSON.stringify(toFrameworkJson(parsedSeed()))).toBe(JSON.stringify(seedJson()));
  });

  it("round trips every generated framework, warnings or not", () => {
    fc.assert(
      fc.property(frameworkJsonArbitrary, (json) => {
        const first = parseFramework(json);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseFramework(toFrameworkJson(first.framework));
        expect(again.ok && again.framework).toEqual(first.framework);
      }),
      { seed: 18301, numRuns: 300 },
    );
  });

  it("round trips every generated 1.1 framework: areas, tracks, statement objects, ids, details", () => {
    fc.assert(
      fc.property(framework11JsonArbitrary, (json) => {
        const first = parseFramework(json);
        if (!first.ok) throw new Error("the arbitrary makes frameworks that parse");
        const again = parseFramework(toFrameworkJson(first.framework));
        expect(again.ok && again.framework).toEqual(first.framework);
      }),
      { seed: 20111, numRuns: 300 },
    );
  });

  it("writes the 1.1 fixture with every field back as written (cumulative said per track)", () => {
    const json = JSON.parse(
      readFileSync(new URL("../core/fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
    );
    const written = toFrameworkJson(parsed(json));
    expect(parsed(written)).toEqual(parsed(json));
    // The model keeps each track's cumulative, not where the file said it.
    const { cumulative: _cumulative, ...body } = json.framework;
    body.tracks.ic.cumulative = true;
    delete body.tracks.manager.cumulative;
    expect(written).toEqual({ ...json, framework: body });
  });

  it("keeps a level keyed __proto__ as an own key, in its place", () => {
    const framework = parsed(
      JSON.parse(
        '{"schemaVersion":"1.0","occupation":{"title":"T"},"framework":{"levels":{"a":{"label":"A","statements":["x"]},"__proto__":{"label":"P","statements":["y"]}}},"sources":{"__proto__":"s"}}',
      ),
    );
    const json = toFrameworkJson(framework);
    expect(Object.keys(json.framework.levels ?? {})).toEqual(["a", "__proto__"]);
    expect(Object.keys(json.sources)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(json.framework.levels)).toBe(Object.prototype);
    expect(parsed(json)).toEqual(framework);
  });

  it("writes no label for a level whose label fell back to a key with spaces at its ends", () => {
    const framework = parsed({
      schemaVersion: "1.0",
      occupation: { title: "T" },
      framework: { levels: { " k ": { label: "", statements: ["A — b"] } } },
    });
    expect(framework.levels[0]?.label).toBe(" k ");
    expect(parsed(toFrameworkJson(framework))).toEqual(framework);
  });
});

describe("toJson", () => {
  it("is JSON text with two-space indents and a trailing newline that parses back", () => {
    const framework = parsedSeed();
    const text = toJson(framework);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "occupation": {\n    "');
    expect(parsed(text)).toEqual(framework);
  });

  it.each(seedFiles)("round trips %s through text", (name) => {
    const framework = parsedSeed(name);
    expect(parsed(toJson(framework))).toEqual(framework);
  });
});
