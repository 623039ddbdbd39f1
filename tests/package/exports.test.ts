import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Guards the public surface of the built packages: a removed or renamed export is a
// breaking change and must show up here, in both module formats.
const packages = {
  core: [
    "ASSESSMENT_PARAMETER",
    "DEFAULT_LIMITS",
    "FrameworkError",
    "MAX_ISSUES",
    "REWRITTEN_BELOW",
    "SUPPORTED_VERSION",
    "alignThemes",
    "allStatements",
    "assertFramework",
    "assessAreas",
    "assessFramework",
    "checkedFromLink",
    "compareLevels",
    "decodeAssessment",
    "diffSide",
    "diffWords",
    "encodeAssessment",
    "findStatement",
    "gapByArea",
    "getLevel",
    "highlightSegments",
    "httpUrl",
    "isFramework",
    "isWellFormed",
    "levelMarkers",
    "levelSteps",
    "limitMessage",
    "limitsOf",
    "linkTarget",
    "matchingRows",
    "matchingStatements",
    "mergeRanges",
    "parseFramework",
    "repeatsRowLabel",
    "resolveFramework",
    "searchFramework",
    "searchStatements",
    "splitStatement",
    "statementIdsInOrder",
    "subjectKey",
    "themesAreSparse",
    "toWellFormed",
    "trackOf",
  ],
  react: [
    "AreaProfile",
    "AssessmentResult",
    "AssessmentSummary",
    "FrameworkAttribution",
    "FrameworkErrorPanel",
    "FrameworkJsonLd",
    "HighlightedText",
    "LevelCompare",
    "LevelLadder",
    "LevelStepper",
    "ProgressionMatrix",
    "StatementCard",
    "TrackSwitcher",
    "assessmentLink",
    "defaultAreaProfileLabels",
    "defaultLabels",
    "useAssessment",
  ],
  formats: [
    "ALL_LEVELS_ITEM_TYPE",
    "AREA_ASSOCIATION",
    "AREA_ITEM_TYPE",
    "CSV_COLUMNS",
    "CSV_FIELDS",
    "DEFAULT_LAST_CHANGE",
    "EQUIVALENCE_ASSOCIATION",
    "INPUT_FORMATS",
    "LEVEL_ITEM_TYPE",
    "RUNGS_CASE_NAMESPACE",
    "STATEMENT_ITEM_TYPE",
    "TRACK_ITEM_TYPE",
    "detectFormat",
    "escapeMarkdown",
    "fromCase",
    "fromCsv",
    "fromMarkdown",
    "fromMarkdownFiles",
    "fromYaml",
    "importFramework",
    "jsonLdScriptText",
    "toCase",
    "toCsv",
    "toFrameworkJson",
    "toJson",
    "toJsonLd",
    "toMarkdown",
  ],
};

describe.each(Object.entries(packages))("@rungs/%s build", (name, expected) => {
  const dist = join(process.cwd(), "packages", name, "dist");

  it("exists (run pnpm build first)", () => {
    expect(existsSync(join(dist, "index.js")), `${dist} is missing: run \`pnpm build\``).toBe(true);
  });

  it("exports the public names from ESM", async () => {
    const esm = await import(/* @vite-ignore */ join(dist, "index.js"));
    expect(Object.keys(esm).sort()).toEqual(expected);
  });

  it("exports the same names from CJS", () => {
    const cjs = createRequire(import.meta.url)(join(dist, "index.cjs"));
    expect(Object.keys(cjs).sort()).toEqual(expected);
  });
});

describe("@rungs/react build", () => {
  const dist = join(process.cwd(), "packages/react/dist");

  it("ships the stylesheet, every rule inside @layer rungs", () => {
    const css = readFileSync(join(dist, "styles.css"), "utf8");
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "").trim();
    expect(withoutComments.startsWith("@layer rungs {")).toBe(true);
    expect(withoutComments.endsWith("}")).toBe(true);
    expect(withoutComments).not.toMatch(/:root|^\s*(html|body|\*)\s*[,{]/m);
  });
});

// The JSON-LD writer is core's `./jsonld` subpath (so @rungs/react needs no formats
// dependency); @rungs/formats/jsonld re-exports it unchanged, the same functions.
describe("@rungs/core/jsonld and @rungs/formats/jsonld builds", () => {
  const coreDist = join(process.cwd(), "packages/core/dist/jsonld");
  const formatsDist = join(process.cwd(), "packages/formats/dist/jsonld");
  const names = ["jsonLdScriptText", "toJsonLd"];

  it("export the writer's names from ESM and CJS", async () => {
    const require = createRequire(import.meta.url);
    for (const dist of [coreDist, formatsDist]) {
      expect(Object.keys(await import(/* @vite-ignore */ join(dist, "index.js"))).sort()).toEqual(names);
      expect(Object.keys(require(join(dist, "index.cjs"))).sort()).toEqual(names);
    }
  });

  it("formats re-exports core's functions rather than a copy", () => {
    // Node's own require: Vitest would resolve the ESM file's "@rungs/core/jsonld" to the source.
    const require = createRequire(import.meta.url);
    expect(require(join(formatsDist, "index.cjs")).toJsonLd).toBe(require(join(coreDist, "index.cjs")).toJsonLd);
    const esm = readFileSync(join(formatsDist, "index.js"), "utf8");
    expect(esm).toMatch(/from "@rungs\/core\/jsonld"/);
    expect(esm).not.toMatch(/function/);
  });

  it("core's built code never imports schema-dts (types only, no runtime dependency)", () => {
    for (const file of ["index.js", "index.cjs", "to-json-ld.js", "to-json-ld.cjs"]) {
      expect(readFileSync(join(coreDist, file), "utf8"), file).not.toMatch(/schema-dts/);
    }
  });
});
