import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { sep } from "node:path";
import { defineConfig } from "tsup";
import { siblingsExternal } from "../../tsup.shared";

/**
 * One dist file per source module, so each keeps its own `"use client"` (GUIDE §4.7): a
 * server component that imports the matrix never pulls the ladder's client code, and a
 * bundler sees exactly which modules are client references. The component folders
 * (ladder/, card/, shared/…) are walked too; esbuild's outbase is src/, their common
 * parent, so dist mirrors them (dist/ladder/ladder-client.js).
 */
const modules = readdirSync("src", { recursive: true, encoding: "utf8" })
  .map((name) => name.split(sep).join("/"))
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
  .sort()
  .map((name) => `src/${name}`);

/** The directive a source module starts with, if any. */
function directiveOf(file: string): string | undefined {
  return /^\s*(["'])use client\1;?/.test(readFileSync(file, "utf8")) ? '"use client";' : undefined;
}

/**
 * dist/styles.css: the index's leading comment, then each part it imports, in its order —
 * one file for hosts, with no @import left to resolve. src/styles.css stays the one list.
 */
function bundleStyles(): void {
  const index = readFileSync("src/styles.css", "utf8");
  const header = /^\/\*[\s\S]*?\*\/\n/.exec(index)?.[0] ?? "";
  const parts = [...index.matchAll(/^@import "\.\/(styles\/[\w-]+\.css)";$/gm)].map(([, path]) =>
    readFileSync(`src/${path}`, "utf8"),
  );
  writeFileSync("dist/styles.css", header + parts.join("\n"));
}

/**
 * Puts each client module's directive on the first line of both formats. esbuild keeps it
 * (each file is one module) but writes CommonJS's "use strict" above it; the directive is
 * moved up so that every tool that looks only at the first statement sees it too.
 */
function directivesFirst(): void {
  for (const file of modules) {
    const directive = directiveOf(file);
    if (!directive) continue;
    for (const extension of [".js", ".cjs"]) {
      const out = file.replace(/^src\//, "dist/").replace(/\.tsx?$/, extension);
      const code = readFileSync(out, "utf8").replace(/^(["'])use client\1;?\n/m, "");
      writeFileSync(out, `${directive}\n${code}`);
    }
  }
}

export default defineConfig({
  entry: modules,
  format: ["esm", "cjs"],
  // Types for the one public entry, bundled: the package exports only ".".
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["react", "react-dom", "@rungs/core", /^@rungs\/formats/],
  esbuildPlugins: [siblingsExternal],
  // Rollup's treeshake would drop the directives, and there is nothing to shake: every
  // file is one module.
  treeshake: false,
  splitting: false,
  async onSuccess() {
    directivesFirst();
    bundleStyles();
  },
});
