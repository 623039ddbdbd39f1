import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { sourceAliases } from "./.storybook/aliases.ts";
import { clientBoundary } from "./tests/rsc/client-boundary.ts";
import { react18Aliases, react18Inline } from "./tests/ssr/react-18.ts";

// `pnpm test:fast`: the Node and jsdom projects, which vitest.config.ts runs too (it imports
// them from here). A config of their own rather than `--project` filters on
// vitest.config.ts: that file loads the Storybook and Playwright plugins, and the Storybook
// plugin reads Storybook's presets even in a run that filters its projects out (3–4 s a run).

const rootDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * One test worker per core. Vitest's default for a run is one fewer than the cores, which on
 * a two-core machine is one worker: the run then took 191 s of wall time for 179 s of work,
 * while its main process, which mostly waits, kept a core to itself. Two workers: 108 s.
 */
export const maxWorkers = availableParallelism();

/** Fixes fast-check's seed (FC_SEED overrides it): in every project that runs property tests. */
export const fastCheckSetup = "tests/fast-check.ts";

/**
 * For the projects whose files mock no module and restore every spy they set: a worker keeps
 * the modules it has loaded from one file to the next, instead of loading the packages'
 * sources again for each. core, formats and ssr took 80 CPU-s instead of 107 (72 s of wall
 * time instead of 80, at load 6); react 36 instead of 57. The files that count calls through
 * mocked modules (`moduleMockTests`), and elements and cli, where isolation costs nothing
 * measurable, stay isolated.
 */
const isolateFiles = false;

/** The files that replace a package with `vi.mock`: in a shared module graph the mock would reach other files. */
const moduleMockTests = ["tests/react/shared/resolve-once.test.tsx"];

/** The jsdom tests of the components: Testing Library, user-event and axe. */
const reactTests = {
  environment: "jsdom" as const,
  setupFiles: [fastCheckSetup, "tests/react/setup.ts"],
};

/** Server rendering and hydration, run once per supported React major. */
const ssrTests = {
  include: ["tests/ssr/**/*.test.{ts,tsx}"],
  environment: "node" as const,
  setupFiles: [fastCheckSetup],
  // The fuzz suite renders hundreds of generated frameworks; behaviour is asserted, not time.
  testTimeout: 30_000,
  // One module graph per worker (see `isolateFiles`).
  isolate: isolateFiles,
};

/** The custom elements' tests: browser-safe (the seed is imported as text), run in jsdom and Chromium. */
export const elementsTests = {
  include: ["tests/elements/**/*.test.{ts,tsx}"],
  setupFiles: [fastCheckSetup, "tests/react/setup.ts"],
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

/**
 * The edit loop's tier (`pnpm test:fast`): the projects that run in
 * Node or jsdom against the package sources, with no build and no browser.
 */
export const fastProjects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: "core",
      include: ["tests/core/**/*.test.ts"],
      environment: "node",
      isolate: isolateFiles,
      setupFiles: [fastCheckSetup],
      // Property tests run thousands of cases: about a second alone, several while the
      // browser projects share the machine's two cores. Behaviour is asserted, not time.
      testTimeout: 30_000,
    },
  },
  {
    extends: true,
    test: {
      ...reactTests,
      name: "react",
      include: ["tests/react/**/*.test.{ts,tsx}"],
      exclude: [...configDefaults.exclude, ...moduleMockTests],
      isolate: isolateFiles,
    },
  },
  {
    extends: true,
    test: { ...reactTests, name: "react (module mocks)", include: moduleMockTests },
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
    test: {
      name: "formats",
      include: ["tests/formats/**/*.test.ts"],
      environment: "node",
      isolate: isolateFiles,
      setupFiles: [fastCheckSetup],
      testTimeout: 30_000,
    },
  },
  {
    // Custom elements over the React components, in jsdom, then the same tests in Chromium.
    extends: true,
    test: { ...elementsTests, name: "elements", environment: "jsdom" },
  },
  rscProject,
];

export default defineConfig({ resolve: { alias: sourceAliases }, test: { maxWorkers, projects: fastProjects } });
