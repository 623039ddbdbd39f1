import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Framework, parseFramework } from "@rungs/core";
import { seedText } from "../seeds";

/** Parses input that a test knows to be valid; a fixture that is not fails loudly. */
export function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

/** A small framework by hand: level key → statements (each level labelled by its key). */
export function frameworkOf(levels: Record<string, string[]>): Framework {
  return parsed({
    schemaVersion: "1.0",
    occupation: { title: "Test" },
    framework: {
      levels: Object.fromEntries(Object.entries(levels).map(([key, statements]) => [key, { label: key, statements }])),
    },
    attribution: "Test",
  });
}

/** A file of `seeds/`, parsed (the seed itself by default). */
export function parsedSeed(name?: string): Framework {
  return parsed(seedText(name));
}

/** The format 1.1 fixture with every new field: areas, two tracks of different levels, every-level statements, examples. */
export function parsedEveryField(): Framework {
  return parsed(readFileSync(join(process.cwd(), "tests/core/fixtures/format-1-1/every-field.json"), "utf8"));
}
