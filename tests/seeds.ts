import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of seed frameworks that stories, tests and benchmarks share. */
// From the repository root, where Vitest runs (import.meta.url is not a file URL under jsdom).
export const SEEDS_DIR = join(process.cwd(), "seeds/");
export const SEED_FILE = "17-3024.00.json";

/**
 * The real ladders converted by Rungs' Markdown importer (issue 20): each a folder
 * `seeds/<slug>/` with its source files, their licence, `SOURCE.md`, the reader's options
 * (`import.json`) and the converted framework `<slug>.json`.
 */
export const realSeedSlugs: string[] = readdirSync(SEEDS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(SEEDS_DIR, entry.name, "import.json")))
  .map((entry) => entry.name)
  .sort();

/** Every framework file in `seeds/` (a real ladder's as `<slug>/<slug>.json`), seed first. */
export const seedFiles: string[] = [
  ...readdirSync(SEEDS_DIR).filter((name) => name.endsWith(".json")),
  ...realSeedSlugs.map((slug) => `${slug}/${slug}.json`).filter((file) => existsSync(join(SEEDS_DIR, file))),
].sort((a, b) => Number(b === SEED_FILE) - Number(a === SEED_FILE) || a.localeCompare(b));

export function seedText(name: string = SEED_FILE): string {
  return readFileSync(`${SEEDS_DIR}${name}`, "utf8");
}

export function seedJson(name: string = SEED_FILE): Record<string, unknown> {
  return JSON.parse(seedText(name));
}

/**
 * The seeds in format 1.0, for the tests of what only a 1.0 framework is: Markdown's layout of a
 * heading per level, and a matrix whose rows are the subjects the statements share.
 */
export const oneZeroSeedFiles: string[] = seedFiles.filter((name) => seedJson(name).schemaVersion === "1.0");
