import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder of seed frameworks that stories, tests and benchmarks share. */
export const SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));
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
