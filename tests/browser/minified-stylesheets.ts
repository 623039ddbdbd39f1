import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Rollup } from "vite";
import type { BrowserCommand } from "vitest/node";
import { themingRecipe } from "./theming-recipe.ts";

/*
 * The built stylesheet as hosts' build tools hand it to browsers: a browser command
 * (vitest.config.ts registers it), since the minifiers run in Node. Each variant is what a
 * Vite 8 app that imports `@rungs/react/styles.css` ships — Vite's own build, its default
 * target, with its default CSS minifier (Lightning CSS, which lowers light-dark() for that
 * target) or esbuild's — and the CDN stylesheet as @rungs/elements publishes it (unminified,
 * with the elements' own rule). cssnano is not installed here, so not among them. Each ends
 * with Theming.mdx's recipe for a host's own light-dark() tokens, built with it as a host's
 * stylesheet would be.
 */

export interface Stylesheet {
  /** What produced it, for test names. */
  name: string;
  css: string;
}

const root = process.cwd();
const builtStylesheet = join(root, "packages/react/dist/styles.css");
const cdnStylesheet = join(root, "packages/elements/dist/cdn/rungs-elements.css");

function read(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm build\` first`);
  return readFileSync(path, "utf8");
}

/** The stylesheet an app's `vite build` emits for a page that imports only it, minified by `cssMinify`. */
async function viteBuild(css: string, cssMinify: "lightningcss" | "esbuild"): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "rungs-minified-"));
  try {
    const entry = join(dir, "styles.css");
    writeFileSync(entry, css);
    const result = await build({
      configFile: false,
      logLevel: "silent",
      root: dir,
      build: { write: false, cssMinify, rollupOptions: { input: entry } },
    });
    const outputs = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap(
      (bundle) => bundle.output,
    );
    const asset = outputs.find((output) => output.type === "asset" && output.fileName.endsWith(".css"));
    if (asset?.type !== "asset") throw new Error(`vite build (${cssMinify}) emitted no stylesheet`);
    return String(asset.source);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let built: Promise<Stylesheet[]> | undefined;

/** The unminified build first (light-dark() as written, the reference), then each minified one. */
export const minifiedStylesheets: BrowserCommand<[]> = () => {
  built ??= (async () => {
    const css = `${read(builtStylesheet)}\n${themingRecipe.css}`;
    return [
      { name: "unminified (dist/styles.css)", css },
      { name: "Lightning CSS (vite build, Vite 8's default)", css: await viteBuild(css, "lightningcss") },
      { name: 'esbuild (vite build, cssMinify: "esbuild")', css: await viteBuild(css, "esbuild") },
      {
        name: "the CDN stylesheet, as published (@rungs/elements/styles.css)",
        css: `${read(cdnStylesheet)}\n${themingRecipe.css}`,
      },
    ];
  })();
  return built;
};
