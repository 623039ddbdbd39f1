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
