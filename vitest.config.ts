import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { sourceAliases } from "./.storybook/aliases.ts";
import { browserStartupTimeout, chromiumArgs, chromiumPath } from "./.storybook/chromium.mjs";
import { builtStory } from "./tests/browser/built-storybook.ts";
import { minifiedStylesheets } from "./tests/browser/minified-stylesheets.ts";
import { visualProject } from "./tests/visual/project.ts";
import { elementsTests, fastCheckSetup, fastProjects, maxWorkers } from "./vitest.fast.config.ts";

const storybookDir = fileURLToPath(new URL("./.storybook", import.meta.url));

/**
 * Vitest's browser mode in the system Chromium, headless, with `contextOptions` for its pages:
 * new objects per project (Vitest names each instance).
 */
const inChromium = (contextOptions: { colorScheme?: "light" | "dark" } = {}) => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  connectTimeout: browserStartupTimeout,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, timeout: browserStartupTimeout },
    contextOptions,
  }),
  instances: [{ browser: "chromium" as const }],
});

/**
 * Every story as a test in the system Chromium: it renders, its play function passes and
 * axe finds nothing (addon-a11y, `test: "error"`). In the light colour scheme; the dark one is
 * checked where it changes something, colour contrast (tests/browser/contrast.test.tsx): a
 * second run of every play function in dark took 44 CPU-s of the gate and checked nothing the
 * light run and the contrast test do not.
 */
const storybookProject: TestProjectInlineConfiguration = {
  plugins: [storybookTest({ configDir: storybookDir })],
  resolve: { alias: sourceAliases },
  test: {
    name: "stories",
    // A file's first story waits for Vite and Chromium to start (8–10 s on a busy two-core
    // machine); behaviour is asserted, not time.
    testTimeout: 30_000,
    // The story files share one test page rather than each loading Storybook's preview,
    // axe and React again: the stories took 22 CPU-s instead of 34 (69 s of wall time
    // instead of 84, at load 9). Stories restore what they change (spies, the URL); the
    // projects that count calls through mocked modules keep isolation.
    isolate: false,
    browser: inChromium({ colorScheme: "light" }),
  },
};

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
    // Each test renders a story and runs axe; beside the examples' Chromium on two cores one
    // took over Vitest's browser default (15 s). Behaviour is asserted, not time.
    testTimeout: 60_000,
    // The built stylesheet through hosts' minifiers, and the built Storybook, which run in Node
    // (themes-minified.test.tsx, built-storybook.test.ts).
    browser: { ...inChromium(), commands: { minifiedStylesheets, builtStory } },
  },
};

// Unit, SSR and package tests import the packages by name and run against their sources;
// the built output is checked in tests/package, publint and attw.
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    // Two per core here, where the fast tier has one: in Vitest's browser mode each browser
    // instance (a project in Chromium, four here) takes a worker's slot, and mostly waits for
    // Chromium. With one per core a fresh run kept 1.3 of two cores busy; with two per core
    // the whole gate on a fresh clone took 306 s instead of 359 s (pnpm test, all passed).
    maxWorkers: maxWorkers * 2,
    projects: [
      ...fastProjects,
      {
        extends: true,
        test: {
          ...elementsTests,
          name: "elements browser",
          testTimeout: 60_000,
          browser: inChromium(),
        },
      },
      {
        // The built `rungs` bin, run as a portal's CI would run it (after `pnpm build`).
        extends: true,
        test: {
          name: "cli",
          include: ["tests/cli/**/*.test.ts"],
          environment: "node",
          setupFiles: [fastCheckSetup],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "package",
          include: ["tests/package/**/*.test.{ts,tsx}"],
          environment: "node",
          // Packing, bundling and walking every source file share the two cores with the
          // browser projects: the import-rules walk took over 5 s (Vitest's default) in a
          // full run at load 8. Behaviour is asserted, not time.
          testTimeout: 30_000,
        },
      },
      storybookProject,
      browserProject,
      visualProject,
    ],
  },
});
