import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";
import { siblingsExternal } from "../../tsup.shared";

/** Every source module, each built to its own dist file (as core is). */
const modules = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
  .map((name) => `src/${name}`);

/** The public entry points: the whole package and one per format. */
const publicEntries = [
  "src/index.ts",
  ...["csv", "markdown", "jsonld", "case", "yaml"].map((f) => `src/${f}/index.ts`),
];

export default defineConfig({
  // One file per module, so an app that only exports Markdown carries neither papaparse
  // nor the CASE code: each format is its own subpath and its own files.
  entry: modules,
  format: ["esm", "cjs"],
  dts: { entry: publicEntries },
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["@rungs/core", "papaparse", "uuid", "schema-dts", "yaml"],
  esbuildPlugins: [siblingsExternal],
  treeshake: false,
  splitting: false,
});
