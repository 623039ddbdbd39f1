import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { sourceAliases } from "./.storybook/aliases.ts";
import { chromiumArgs, chromiumPath } from "./.storybook/chromium.mjs";
import { clientBoundary } from "./tests/rsc/client-boundary.ts";
import { react18Aliases, react18Inline } from "./tests/ssr/react-18.ts";
import { visualProject } from "./tests/visual/project.ts";

const storybookDir = fileURLToPath(new URL("./.storybook", import.meta.url));
const rootDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * Every story as a test in the system Chromium: it renders, its play function passes and
 * axe finds nothing (addon-a11y, `test: "error"`). Run twice, with the browser's colour
 * scheme light and dark, which the stylesheet follows as a host page's visitors would.
 */
function storybookProject(colorScheme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    plugins: [storybookTest({ configDir: storybookDir })],
    resolve: { alias: sourceAliases },
    test: {
      name: `stories (${colorScheme})`,
      // A file's first story waits for Vite and Chromium to start (8–10 s on a busy two-core
      // machine); behaviour is asserted, not time.
      testTimeout: 30_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
          contextOptions: { colorScheme },
        }),
        instances: [{ browser: "chromium" }],
      },
    },
  };
}

/** Vitest's browser mode in the system Chromium, headless: new objects per project (Vitest names each instance). */
const inChromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
  instances: [{ browser: "chromium" as const }],
});

/**
 * What a reader sees in Chromium that jsdom cannot lay out: tables at zoomed widths and with
 * WCAG text spacing, the error panel on a phone, reduced motion, live regions and landmarks.
 * Tests set the viewport and emulate media themselves (`page.viewport`, `cdp()`).
 */
const browserProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: "browser",
    include: ["tests/browser/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/browser/setup.ts"],
    browser: inChromium(),
  },
};

/**
 * The package in a React Server Component tree, as Radix checks its own: resolved with the
 * `react-server` export condition (React without useState, effects or context), with each
 * `"use client"` module replaced by client references as an RSC bundler does, and rendered
 * by React's Flight renderer (react-server-dom-webpack).
 */
const rscConditions = ["react-server", "module", "node", "import", "default"];
const rscProject: TestProjectInlineConfiguration = {
  plugins: [clientBoundary(rootDir)],
  resolve: { alias: sourceAliases, conditions: rscConditions },
  ssr: { resolve: { conditions: rscConditions, externalConditions: ["react-server"] } },
  test: {
    name: "rsc",
    include: ["tests/rsc/**/*.test.{ts,tsx}"],
    environment: "node",
    // Inlined, so Vite resolves them with the conditions above (Node would not).
    server: { deps: { inline: [/^react$/, /^react\//, /^react-dom/, /^react-server-dom-webpack/] } },
  },
};

/** Server rendering and hydration, run once per supported React major. */
const ssrTests = {
  include: ["tests/ssr/**/*.test.{ts,tsx}"],
  environment: "node" as const,
  // The fuzz suite renders hundreds of generated frameworks; behaviour is asserted, not time.
  testTimeout: 30_000,
};

/** The custom elements' tests: browser-safe (the seed is imported as text), run in jsdom and Chromium. */
const elementsTests = { include: ["tests/elements/**/*.test.{ts,tsx}"], setupFiles: ["tests/react/setup.ts"] };

// Unit, SSR and package tests import the packages by name and run against their sources;
// the built output is checked in tests/package, publint and attw.
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: ["tests/core/**/*.test.ts"],
          environment: "node",
          // Property tests run thousands of cases: about a second alone, several while the
          // browser projects share the machine's two cores. Behaviour is asserted, not time.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "react",
          include: ["tests/react/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["tests/react/setup.ts"],
        },
      },
      {
        extends: true,
        test: { ...ssrTests, name: "ssr", provide: { reactMajor: 19 } },
      },
      {
        // The same tests on React 18.3, which the peer range allows: hosts still on it get
        // a renderer with fewer guards (it writes `javascript:` hrefs React 19 blocks).
        extends: true,
        resolve: { alias: react18Aliases },
        test: {
          ...ssrTests,
          name: "ssr (react 18)",
          provide: { reactMajor: 18 },
          server: { deps: { inline: react18Inline } },
        },
      },
      {
        // Formats in and out: round trips over every seed and generated frameworks (fast-check),
        // CASE exports validated against the CASE schema (Ajv).
        extends: true,
        test: { name: "formats", include: ["tests/formats/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        // Custom elements over the React components, in jsdom, then the same tests in Chromium.
        extends: true,
        test: { ...elementsTests, name: "elements", environment: "jsdom" },
      },
      {
        extends: true,
        test: {
          ...elementsTests,
          name: "elements browser",
          browser: inChromium(),
        },
      },
      {
        // The built `rungs` bin, run as a portal's CI would run it (after `pnpm build`).
        extends: true,
        test: { name: "cli", include: ["tests/cli/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: "package", include: ["tests/package/**/*.test.{ts,tsx}"], environment: "node" },
      },
      rscProject,
      storybookProject("light"),
      storybookProject("dark"),
      browserProject,
      visualProject,
    ],
  },
});
