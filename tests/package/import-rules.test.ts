import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The import rules of .dependency-cruiser.cjs (issue 19): no circle in packages/*/src, core's
// stages import one way (base → parse → derived stages), core imports no React and no other
// Rungs package, @rungs/react never imports @rungs/formats, and react's shared/ imports no
// component folder while a component imports no other's but card/ (ladder, summary, compare
// and matrix only). Runs dependency-cruiser's CLI,
// as a developer would by hand (about 3 s for the whole tree), on the sources, so it needs
// no build. A fixture tree that breaks every rule shows that each one catches what it says.

const root = join(import.meta.dirname, "..", "..");
const config = join(root, ".dependency-cruiser.cjs");
const cli = join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const fixture = join(import.meta.dirname, "fixtures", "import-rules");

interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}

interface Report {
  readonly violations: Violation[];
  readonly modules: string[];
}

/** dependency-cruiser's findings for folders under `cwd`, paths relative to it. */
function cruise(cwd: string, folders: readonly string[]): Report {
  const run = spawnSync(process.execPath, [cli, ...folders, "--config", config, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.stdout.trim() === "") throw new Error(`dependency-cruiser printed nothing:\n${run.stderr}`);
  const output = JSON.parse(run.stdout) as {
    modules: { source: string }[];
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return {
    violations: output.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to })),
    modules: output.modules.map((module) => module.source),
  };
}

/** The same violations in a stable order, so a difference reads as a list. */
const sorted = (violations: readonly Violation[]): Violation[] =>
  [...violations].sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));

// dependency-cruiser parses every source with TypeScript: seconds alone, more on a busy machine.
describe("import rules", { timeout: 60_000 }, () => {
  it("hold in every package's sources", () => {
    const packages = readdirSync(join(root, "packages"));
    const { violations, modules } = cruise(
      root,
      packages.map((name) => `packages/${name}/src`),
    );
    // It looked: every package's sources are in the graph.
    for (const name of packages) {
      expect(
        modules.some((module) => module.startsWith(`packages/${name}/src/`)),
        name,
      ).toBe(true);
    }
    expect(violations).toEqual([]);
  });

  it("catch each kind of wrong import in a fixture tree that has them all", () => {
    const core = "packages/core/src";
    const react = "packages/react/src";
    expect(sorted(cruise(fixture, ["packages"]).violations)).toEqual(
      sorted([
        { rule: "core-base-imports-no-stage", from: `${core}/model/types.ts`, to: `${core}/parse/read.ts` },
        { rule: "core-ends-of-the-pipeline", from: `${core}/themes/rows.ts`, to: `${core}/compare/compare.ts` },
        {
          rule: "core-imports-no-react-or-rungs-package",
          from: `${core}/jsonld/card.ts`,
          to: `${react}/card.ts`,
        },
        {
          rule: "core-parse-imports-no-derived-stage",
          from: `${core}/parse/read.ts`,
          to: `${core}/search/fold.ts`,
        },
        { rule: "core-stages-skip-the-index", from: `${core}/assess/assess.ts`, to: `${core}/index.ts` },
        // parse/read.ts ⇄ search/fold.ts
        { rule: "no-circular", from: `${core}/parse/read.ts`, to: `${core}/search/fold.ts` },
        // statement-card → checkable-statement-card → card-parts → statement-card
        { rule: "no-circular", from: `${react}/card-parts.ts`, to: `${react}/statement-card.tsx` },
        { rule: "react-imports-no-formats", from: `${react}/card.ts`, to: "packages/formats/src/csv.ts" },
        {
          rule: "react-shared-imports-no-component",
          from: `${react}/shared/labels.ts`,
          to: `${react}/ladder/ladder-steps.ts`,
        },
        {
          rule: "react-components-import-own-folder-shared-or-card",
          from: `${react}/stepper/level-stepper.tsx`,
          to: `${react}/matrix/matrix-row.ts`,
        },
        // ladder/ladder-statement.tsx → card/ is allowed; the attribution's is not.
        {
          rule: "react-card-importers",
          from: `${react}/attribution/framework-attribution.tsx`,
          to: `${react}/card/statement-card.tsx`,
        },
      ]),
    );
  });
});
