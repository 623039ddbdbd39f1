// The custom elements' tests (tests/elements) in Chromium with React replaced by
// preact/compat, as a smaller second CDN build would run them. Not part of `pnpm test`:
// bench/preact-compat/run.mjs runs it and says whether that build could be offered.
import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { sourceAliases } from "../../.storybook/aliases.ts";
import { chromiumArgs, chromiumPath } from "../../.storybook/chromium.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const preact = (path: string) => fileURLToPath(new URL(`../../node_modules/preact/${path}`, import.meta.url));

/** React's modules as preact/compat provides them (the same aliases as build.mjs). */
export const preactAliases = [
  { find: /^react-dom\/client$/, replacement: preact("compat/client.mjs") },
  { find: /^react-dom\/server$/, replacement: preact("compat/server.browser.mjs") },
  { find: /^react\/jsx(-dev)?-runtime$/, replacement: preact("jsx-runtime/dist/jsxRuntime.mjs") },
  { find: /^react(-dom)?$/, replacement: preact("compat/dist/compat.mjs") },
];

export default defineConfig({
  root,
  resolve: {
    alias: [
      ...sourceAliases,
      // The tests' `act` (tests/elements/act.ts) is Preact's.
      { find: /^\.\/act$/, replacement: preact("test-utils/dist/testUtils.mjs") },
      ...preactAliases,
    ],
  },
  test: {
    name: "elements on preact/compat",
    include: ["tests/elements/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/react/setup.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
      instances: [{ browser: "chromium" }],
    },
  },
});
