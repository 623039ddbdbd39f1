import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of seed frameworks that stories, tests and benchmarks share. */
// From the repository root, where Vitest runs (import.meta.url is not a file URL under jsdom).
export const SEEDS_DIR = join(process.cwd(), "seeds/");
export const SEED_FILE = "17-3024.00.json";

/** Every framework file in `seeds/`, seed first. */
export const seedFiles: string[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith(".json"))
  .sort((a, b) => Number(b === SEED_FILE) - Number(a === SEED_FILE) || a.localeCompare(b));

export function seedText(name: string = SEED_FILE): string {
  return readFileSync(`${SEEDS_DIR}${name}`, "utf8");
}

export function seedJson(name: string = SEED_FILE): Record<string, unknown> {
  return JSON.parse(seedText(name));
}
