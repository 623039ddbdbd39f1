import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "tsup";
import { writeCdnIntegrity } from "./build/cdn-integrity";

const require = createRequire(import.meta.url);

/**
 * dist/cdn/rungs-elements.css: @rungs/react's stylesheet, then the elements' own rule —
 * the one stylesheet a page without a bundler needs (exported as `./styles.css` too).
 */
function writeStylesheet(): void {
  const react = readFileSync(require.resolve("@rungs/react/styles.css"), "utf8");
  writeFileSync("dist/cdn/rungs-elements.css", `${react}\n${readFileSync("src/elements.css", "utf8")}`);
}

export default defineConfig([
  {
    // The module API, the one that registers the elements (a side effect a page opts into),
    // and the server renderer. React and the Rungs packages stay the host's.
    entry: ["src/index.ts", "src/define.ts", "src/server.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    external: ["react", "react-dom", /^@rungs\//],
    treeshake: true,
    splitting: false,
  },
  {
    // One file for a CDN: everything included, production React, minified.
    entry: { "cdn/rungs-elements": "src/cdn.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    treeshake: true,
    splitting: false,
    env: { NODE_ENV: "production" },
    onSuccess: async () => {
      writeStylesheet();
      // The tags a production page pastes: versioned URLs with their SRI hashes.
      console.log(`CDN tags (versioned, with SRI; also in dist/cdn/integrity.json):\n${writeCdnIntegrity(".").html}`);
    },
  },
]);
