import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["react", "react-dom", "@rungs/core"],
  // Every export is a client component; the directive must survive bundling, and tsup's
  // treeshake (rollup) would drop it, so it is left off and the banner adds it.
  treeshake: false,
  banner: { js: '"use client";' },
  async onSuccess() {
    copyFileSync("src/styles.css", "dist/styles.css");
  },
});
