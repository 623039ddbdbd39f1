import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_LIMITS, parseFramework } from "@rungs/core";
import schema from "@rungs/core/schema.json";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatSchema } from "../../../packages/core/src/parse/format-spec";
import { seedFiles, seedJson } from "../../seeds";

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const invalidDir = fileURLToPath(new URL("../fixtures/invalid/", import.meta.url));
const invalidFixtures = readdirSync(invalidDir).filter((name) => name.endsWith(".json"));

describe("@rungs/core/schema.json", () => {
  it("is a JSON Schema 2020-12", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("is the schema generated from the format's description (node packages/core/scripts/write-schema.mjs after a build)", () => {
    expect(schema).toEqual(formatSchema());
  });

  it.each(seedFiles)("accepts seeds/%s", (file) => {
    expect(validate(seedJson(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("has malformed fixtures to reject", () => {
    expect(invalidFixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(invalidFixtures)("rejects fixtures/invalid/%s, as parseFramework does", (file) => {
    const text = readFileSync(`${invalidDir}${file}`, "utf8");
    expect(parseFramework(text).ok).toBe(false);
    expect(validate(JSON.parse(text))).toBe(false);
  });

  it("states the default limits where JSON Schema can, and rejects what parseFramework refuses by them", () => {
    const level = schema.$defs.level.properties;
    expect(level.statements.maxItems).toBe(DEFAULT_LIMITS.maxStatementsPerLevel);
    // Since 1.1 a statement is a string or an object: the limit is the string form's.
    expect(level.statements.items.anyOf[0]?.maxLength).toBe(DEFAULT_LIMITS.maxStatementLength);
    expect(level.label.maxLength).toBe(DEFAULT_LIMITS.maxTextLength);
    expect(schema.properties.framework.properties.levels.maxProperties).toBe(DEFAULT_LIMITS.maxLevels);
    expect(schema.properties.sources.maxProperties).toBe(DEFAULT_LIMITS.maxSources);
    const tooMany = seedJson() as { framework: { levels: Record<string, { statements: string[] }> } };
    const first = Object.values(tooMany.framework.levels)[0];
    if (!first) throw new Error("the seed has levels");
    first.statements = Array.from({ length: DEFAULT_LIMITS.maxStatementsPerLevel + 1 }, (_, i) => `S${i} — d`);
    expect(validate(tooMany)).toBe(false);
    expect(parseFramework(tooMany).ok).toBe(false);
  });
});
