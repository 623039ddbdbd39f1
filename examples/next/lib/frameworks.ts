import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertFramework, type Framework } from "@rungs/core";

/**
 * The repository's `seeds/` folder. Pages are generated at build time (`next build` runs in
 * this package's folder), so the files are read then; the self-assessment page, which reads
 * its link's `?assessment=`, renders per request and reads its file once per server process.
 */
const SEEDS = join(process.cwd(), "..", "..", "seeds");

/** The name of every framework file in `seeds/`, without `.json`, sorted: one page each. */
export function frameworkFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

const parsed = new Map<string, Framework>();

/**
 * The framework in `seeds/<file>.json`, parsed and checked on the server. A file that is not
 * a valid framework fails the build (`assertFramework` throws), so a broken seed never
 * becomes a page. The result crosses to client components as a plain `Framework`.
 */
export function loadFramework(file: string): Framework {
  const known = parsed.get(file);
  if (known) return known;
  if (!frameworkFiles().includes(file)) throw new Error(`No framework file seeds/${file}.json`);
  const framework = assertFramework(readFileSync(join(SEEDS, `${file}.json`), "utf8"));
  parsed.set(file, framework);
  return framework;
}

/** Route parameters for `generateStaticParams`: every seed file. */
export function fileParams(): { file: string }[] {
  return frameworkFiles().map((file) => ({ file }));
}

/** The number of statements across all levels. */
export function statementCount(framework: Framework): number {
  return framework.levels.reduce((total, level) => total + level.statements.length, 0);
}

/** A sentence for meta descriptions and intros: what the framework covers. */
export function describeFramework(framework: Framework): string {
  const levels = framework.levels;
  const first = levels[0]?.label ?? "";
  const last = levels.at(-1)?.label ?? "";
  return `The ${framework.occupation.title} career framework: ${levels.length} levels from ${first} to ${last}, ${statementCount(framework)} statements of what each level takes.`;
}
