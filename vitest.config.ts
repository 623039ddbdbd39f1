import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { sourceAliases } from "./.storybook/aliases.ts";
import { chromiumArgs, chromiumPath } from "./.storybook/chromium.mjs";

const storybookDir = fileURLToPath(new URL("./.storybook", import.meta.url));

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
        test: { name: "ssr", include: ["tests/ssr/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        extends: true,
        test: { name: "package", include: ["tests/package/**/*.test.{ts,tsx}"], environment: "node" },
      },
      storybookProject("light"),
      storybookProject("dark"),
    ],
  },
});
