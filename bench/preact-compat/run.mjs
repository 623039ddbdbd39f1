// Could @rungs/elements offer a second CDN build on preact/compat (issue 13)? Only if it
// passes every element test. This builds that variant of dist/cdn/rungs-elements.js,
// prints both sizes, then runs tests/elements in Chromium on preact/compat and prints the
// result. Run after `pnpm build`:
//
//   node bench/preact-compat/run.mjs
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { kb } from "../../tests/package/app-bundles.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

const result = await build({
  entryPoints: [`${root}packages/elements/src/cdn.ts`],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  outfile: "rungs-elements.preact.js",
  define: { "process.env.NODE_ENV": '"production"' },
  alias: {
    react: "preact/compat",
    "react-dom": "preact/compat",
    "react-dom/client": "preact/compat/client",
    "react/jsx-runtime": "preact/jsx-runtime",
  },
  // The repository's tsconfig points the packages at their sources, as the React build sees them.
  tsconfig: `${root}tsconfig.json`,
  logLevel: "warning",
});
const preactBytes = result.outputFiles[0]?.contents ?? new Uint8Array();
const reactBytes = readFileSync(`${root}packages/elements/dist/cdn/rungs-elements.js`);

console.log("| CDN build | minified | gzip |");
console.log("|---|---:|---:|");
console.log(`| React 19 (shipped) | ${kb(reactBytes.byteLength)} | ${kb(gzip(reactBytes))} |`);
console.log(`| preact/compat (not shipped) | ${kb(preactBytes.byteLength)} | ${kb(gzip(preactBytes))} |`);

const run = spawnSync(
  "pnpm",
  ["exec", "vitest", "run", "--config", "bench/preact-compat/vitest.config.ts", "--reporter", "dot"],
  { cwd: root, encoding: "utf8" },
);
const summary = `${run.stdout}\n${run.stderr}`
  .split("\n")
  .filter((line) => /Tests |FAIL |Error: /.test(line))
  .map((line) => line.replaceAll(/\[\d+m/g, "").trim());
console.log(`\ntests/elements on preact/compat, in Chromium:\n  ${[...new Set(summary)].join("\n  ")}`);
console.log(
  run.status === 0 ? "Every element test passes." : "Not every element test passes: the build is not offered.",
);
