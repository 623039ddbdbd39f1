import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFramework } from "@rungs/core";
import schema from "@rungs/core/schema.json";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { seedFiles, seedJson } from "../seeds";

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const invalidDir = fileURLToPath(new URL("./fixtures/invalid/", import.meta.url));
const invalidFixtures = readdirSync(invalidDir).filter((name) => name.endsWith(".json"));

describe("@rungs/core/schema.json", () => {
  it("is a JSON Schema 2020-12", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
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
});
