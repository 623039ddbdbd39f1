import { assertFramework, type Framework } from "@rungs/core";

/**
 * Every framework in seeds/, as JSON text, by file name: `name.json`, and a real ladder's
 * `<slug>/<slug>.json` (its folder also holds the source, `import.json` and, in `case/`,
 * CASE packages that are not frameworks).
 */
export const seedTexts: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(["../seeds/*.json", "../seeds/*/*.json"], {
      query: "?raw",
      import: "default",
      eager: true,
    }),
  )
    .map(([path, text]) => [path.slice("../seeds/".length), text] as const)
    .filter(([name]) => !name.includes("/") || name === `${name.split("/")[0]}/${name.split("/")[0]}.json`),
);

export const SEED_FILE = "17-3024.00.json";
export const seedText = seedTexts[SEED_FILE] as string;
export const seed: Framework = assertFramework(seedText);

/**
 * The real ladders of issue 20 in format 1.1, read from their Markdown sources by Rungs'
 * importer (seeds/README.md), by file name under seeds/, named by what each one shows best.
 */
export const REAL_LADDERS = {
  /** Four areas, statements expected at every level, cumulative levels. */
  sourcegraph: "sourcegraph-product/sourcegraph-product.json",
  /** Four tracks with equivalent levels, five areas, a proficiency per statement. */
  jorgef: "jorgef-engineering-ladders/jorgef-engineering-ladders.json",
  /** Two tracks of six levels, each level with a description and details; no areas. */
  postman: "postman-open-source-ladders/postman-open-source-ladders.json",
  /** Six levels, seven areas, one file per level. */
  danscratch: "danscratch-ladder/danscratch-ladder.json",
  /** Five levels, six areas, statements with examples. */
  infracloud: "infracloud-engineering/infracloud-engineering.json",
} as const;

export type RealLadder = keyof typeof REAL_LADDERS;

/** Each real ladder, parsed once for every story that reads it. */
export const realLadders = Object.fromEntries(
  Object.entries(REAL_LADDERS).map(([name, file]) => [name, assertFramework(seedTexts[file] as string)]),
) as Record<RealLadder, Framework>;

/** Controls that let a designer pick any framework in seeds/ for the `framework` prop. */
export const frameworkArgType = {
  control: { type: "select" as const },
  options: Object.keys(seedTexts),
  mapping: seedTexts,
  description: "A parsed framework, or raw input (an object or JSON text). Here: a file from seeds/.",
};

/** A framework made for one story, from levels of "Subject — description" statements. */
export function frameworkOf(levels: Record<string, string[]>, title = "Example occupation"): string {
  return JSON.stringify({
    schemaVersion: "1.0",
    occupation: { title },
    framework: {
      levels: Object.fromEntries(
        Object.entries(levels).map(([key, statements]) => [
          key,
          { label: key[0]?.toUpperCase() + key.slice(1), statements },
        ]),
      ),
    },
    attribution: "Example data",
  });
}
