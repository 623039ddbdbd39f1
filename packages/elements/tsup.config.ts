import { defineConfig } from "tsup";

export default defineConfig({
  // The module API and the one that registers the elements (a side effect a page opts into).
  entry: ["src/index.ts", "src/define.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["react", "react-dom", /^@rungs\//],
  treeshake: true,
  splitting: false,
});
