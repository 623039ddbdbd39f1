import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";
import { siblingsExternal } from "../../tsup.shared";

/** Every source module (in its stage folder), each built to its own dist file. */
const modules = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
  .map((name) => `src/${name}`);

export default defineConfig({
  // One file per module, so a host's bundler keeps only the modules an app uses (an app
  // that only parses does not carry alignment, search or assessment code).
  entry: modules,
  format: ["esm", "cjs"],
  // Types for the public entries, bundled: the package exports "." and "./jsonld".
  dts: { entry: ["src/index.ts", "src/jsonld/index.ts"] },
  clean: true,
  sourcemap: true,
  target: "es2022",
  esbuildPlugins: [siblingsExternal],
  treeshake: false,
  splitting: false,
});
