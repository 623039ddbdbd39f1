import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasUseClientDirective } from "../rsc/client-boundary";

/**
 * The built @rungs/react keeps one file per source module, so each keeps its own directive
 * (GUIDE §4.7): `"use client"` on the first line of exactly the modules whose source has it,
 * in both formats, and on no other. A bundler that dropped or hoisted it would make every
 * component a client component again (or break the ladder in a server component).
 */
const source = join(process.cwd(), "packages/react/src");
const dist = join(process.cwd(), "packages/react/dist");
/** Every module by its path under src/ (component folders included), which dist mirrors. */
const modules = readdirSync(source, { recursive: true, encoding: "utf8" })
  .filter((name) => /\.tsx?$/.test(name))
  .sort()
  .map((name) => ({
    name: name.replace(/\.tsx?$/, ""),
    client: hasUseClientDirective(readFileSync(join(source, name), "utf8")),
  }));
const cases = modules.flatMap((module) =>
  [".js", ".cjs"].map((extension) => ({ ...module, file: `${module.name}${extension}` })),
);

describe("@rungs/react dist: one file per module, each with its own directive", () => {
  it("has client and server-safe modules", () => {
    expect(existsSync(join(dist, "index.js")), `${dist} is missing: run \`pnpm build\``).toBe(true);
    expect(modules.filter((module) => module.client).map((module) => module.name)).toEqual([
      "card/checkable-statement-card",
      "ladder/ladder-client",
      "shared/use-assessment",
      "summary/assessment-summary-actions",
    ]);
  });

  it.each(cases.filter((entry) => entry.client))('starts $file with "use client"', ({ file }) => {
    expect(readFileSync(join(dist, file), "utf8").startsWith('"use client";\n')).toBe(true);
  });

  it.each(cases.filter((entry) => !entry.client))('keeps $file server-safe: no "use client"', ({ file }) => {
    expect(readFileSync(join(dist, file), "utf8")).not.toMatch(/^\s*["']use client["']/m);
  });

  it.each(["js", "cjs"])("imports each sibling by its .%s file, so Node resolves it", (extension) => {
    for (const { name } of modules) {
      const code = readFileSync(join(dist, `${name}.${extension}`), "utf8");
      const siblings = [...code.matchAll(/(?:from |require\()"(\.\.?\/[^"]+)"/g)].map((match) => match[1]);
      for (const sibling of siblings) expect(sibling, `${name}.${extension}`).toMatch(new RegExp(`\\.${extension}$`));
    }
  });
});
