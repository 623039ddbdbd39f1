import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../../.storybook/chromium.mjs";

// Issue 18, item 8: the packed packages installed into a React 18.3 app and a React 19 app,
// as npm lays them out (pnpm's `hoisted` linker: one node_modules tree, a package's own copy
// of a dependency nested under it when the app's copy does not fit). A package that lists
// React as a dependency gets React 19 nested under it in the React 18 app: two Reacts, and
// "Invalid hook call". With React a peer, every package uses the app's one copy.
// Offline: the tarballs are local, everything else comes from the pnpm store that the
// workspace's `pnpm install --frozen-lockfile` filled (React 18.3.1 through tests/ssr/react-18).

const ROOT = join(import.meta.dirname, "../..");
const PACKAGES = ["core", "formats", "react", "elements", "cli"] as const;
const SEED = join(ROOT, "seeds/17-3024.00.json");
const REACT_VERSIONS = ["18.3.1", "19.3.1"] as const;

/** The environment of the commands run in an app: no npm_* settings from the pnpm that runs the tests. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_|^pnpm_/i.test(name) && name !== "NODE_ENV"),
);

let work = "";

/** Each package's tarball, as `pnpm pack` writes it (workspace:* become versions). */
function pack(into: string): Record<string, string> {
  const tarballs: Record<string, string> = {};
  for (const name of PACKAGES) {
    const dir = join(ROOT, "packages", name);
    if (!existsSync(join(dir, "dist"))) throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`);
    const out = execFileSync("pnpm", ["pack", "--json", "--pack-destination", into], {
      cwd: dir,
      encoding: "utf8",
      env: { ...env, npm_config_verify_deps_before_run: "false" },
    });
    const report = JSON.parse(out) as { filename: string } | { filename: string }[];
    const filename = (Array.isArray(report) ? report[0] : report)?.filename ?? "";
    tarballs[`@rungs/${name}`] = filename.startsWith("/") ? filename : join(into, filename);
  }
  return tarballs;
}

/**
 * A throwaway app on `react`: every Rungs package from its tarball (an override sends the
 * packages' own `@rungs/*` dependencies to the tarballs too), installed offline, npm's layout.
 */
function installApp(react: string, tarballs: Record<string, string>): string {
  const app = join(work, `app-react-${react}`);
  mkdirSync(app);
  const files = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]));
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: `app-react-${react.replaceAll(".", "-")}`,
      private: true,
      type: "module",
      dependencies: { react, "react-dom": react, ...files },
    }),
  );
  writeFileSync(
    join(app, "pnpm-workspace.yaml"),
    `overrides:\n${Object.entries(files)
      .map(([name, spec]) => `  ${JSON.stringify(name)}: ${JSON.stringify(spec)}\n`)
      .join("")}`,
  );
  // An empty metadata cache: only the store is read, as on a machine that ran only a
  // frozen-lockfile install.
  execFileSync(
    "pnpm",
    ["install", "--offline", "--config.node-linker=hoisted", `--config.cache-dir=${join(work, "cache")}`],
    { cwd: app, encoding: "utf8", env, stdio: "pipe" },
  );
  return app;
}

/** Runs a Node script in the app (its node_modules), giving stdout, stderr and the exit code. */
function runIn(app: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, {
    cwd: app,
    encoding: "utf8",
    env: { ...env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a server of the app does: `renderRungsElement` on the seed, and which React it used. */
const SSR_SCRIPT = `
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import React from "react";
import { renderRungsElement } from "@rungs/elements/server";
const errors = [];
console.error = (...args) => errors.push(args.map(String).join(" "));
const require = createRequire(import.meta.url);
const fromElements = createRequire(require.resolve("@rungs/elements/server"));
const fromReact = createRequire(require.resolve("@rungs/react"));
let html = "";
let thrown = "";
try {
  html = renderRungsElement("rungs-ladder", { framework: readFileSync(process.argv[2], "utf8") });
} catch (error) {
  thrown = String(error);
}
process.stdout.write(JSON.stringify({
  html, thrown, errors, version: React.version,
  react: [require, fromElements, fromReact].map((from) => realpathSync(from.resolve("react/package.json"))),
}));
`;

/** The app's client entry: its own React, and the elements registered (they hydrate the server's HTML). */
const CLIENT_ENTRY = `
import React from "react";
import "@rungs/elements/define";
window.appReact = React.version;
`;

/** esbuild as tsup installs it (tests/package/app-bundles.mjs does the same). */
async function loadEsbuild(): Promise<typeof import("esbuild")> {
  try {
    return await import("esbuild");
  } catch {
    return createRequire(createRequire(join(ROOT, "package.json")).resolve("tsup"))("esbuild");
  }
}

let apps: Record<string, string> = {};
let browser: Browser | undefined;

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), "rungs-react-apps-")));
  const tarballs = pack(join(work, "tarballs"));
  apps = Object.fromEntries(REACT_VERSIONS.map((react) => [react, installApp(react, tarballs)]));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(REACT_VERSIONS)("the packed packages in a React %s app (npm's layout)", (react) => {
  const app = () => apps[react] ?? "";

  it("renderRungsElement renders the seed with the app's React, the one copy every package resolves", () => {
    writeFileSync(join(app(), "ssr.mjs"), SSR_SCRIPT);
    const run = runIn(app(), ["ssr.mjs", SEED]);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as {
      html: string;
      thrown: string;
      errors: string[];
      version: string;
      react: string[];
    };
    expect(result.thrown).toBe("");
    expect(result.errors.filter((line) => /Invalid hook call/.test(line))).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.version).toBe(react);
    expect(result.html).toMatch(/^<rungs-ladder><script type="application\/json">/);
    // The app's, from the app, @rungs/elements and @rungs/react alike.
    expect(new Set(result.react)).toEqual(new Set([join(app(), "node_modules/react/package.json")]));
  }, 30_000);

  it("the installed rungs bin renders a page and an element, exit 0, with no error", () => {
    const bin = join(app(), "node_modules/@rungs/cli/dist/cli.js");
    const page = runIn(app(), [bin, "render", SEED]);
    expect(page.stderr).not.toMatch(/Invalid hook call|unexpected error/);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^<!doctype html>/);
    expect(page.stdout).toContain("Electro-Mechanical");
    const element = runIn(app(), [bin, "render", "--element", SEED]);
    expect(element.stderr).not.toMatch(/Invalid hook call|unexpected error/);
    expect(element.code).toBe(0);
    expect(element.stdout).toMatch(/^<rungs-ladder><script type="application\/json">/);
  }, 30_000);

  it("a <rungs-ladder> from the bin's HTML hydrates in Chromium with the app's one React", async () => {
    const bin = join(app(), "node_modules/@rungs/cli/dist/cli.js");
    const element = runIn(app(), [bin, "render", "--element", SEED]);
    expect(element.code).toBe(0);
    const esbuild = await loadEsbuild();
    const bundle = await esbuild.build({
      stdin: { contents: CLIENT_ENTRY, resolveDir: app(), loader: "js", sourcefile: "client.js" },
      absWorkingDir: app(),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      // Development React: it says what does not hydrate.
      define: { "process.env.NODE_ENV": '"development"' },
      tsconfigRaw: "{}",
      metafile: true,
      write: false,
      logLevel: "silent",
    });
    // One React in the bundle: the app's (a nested copy would be a second).
    const reacts = new Set(
      Object.keys(bundle.metafile.inputs)
        .map((input) => /^(.*node_modules\/react)\/(?:index|cjs\/)/.exec(input)?.[1])
        .filter((dir) => dir !== undefined)
        .map((dir) => realpathSync(join(app(), dir))),
    );
    expect([...reacts]).toEqual([join(app(), "node_modules/react")]);

    browser ??= await (await import("playwright-core")).chromium.launch({
      executablePath: chromiumPath(),
      args: chromiumArgs,
    });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body>${element.stdout}<script type="module" src="/client.js"></script></body></html>`;
    const client = bundle.outputFiles[0]?.text ?? "";
    await page.route("http://app.test/**", (route) =>
      route.fulfill(
        route.request().url().endsWith("/client.js")
          ? { contentType: "text/javascript", body: client }
          : { contentType: "text/html", body: html },
      ),
    );
    await page.goto("http://app.test/");
    await page.waitForFunction(() => (window as { appReact?: string }).appReact !== undefined);
    expect(await page.evaluate(() => (window as { appReact?: string }).appReact)).toBe(react);
    // Hydrated: the server's rungs still there, and a click on one opens or closes it.
    const trigger = page.locator("rungs-ladder button[aria-expanded]").first();
    const before = await trigger.getAttribute("aria-expanded");
    await trigger.click();
    await expect
      .poll(() => trigger.getAttribute("aria-expanded"), { timeout: 10_000 })
      .toBe(before === "true" ? "false" : "true");
    expect(problems.filter((line) => /Invalid hook call|hydrat|did not match/i.test(line))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
