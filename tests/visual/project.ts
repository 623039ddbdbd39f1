import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { sourceAliases } from "../../.storybook/aliases.ts";
import { browserStartupTimeout, chromiumArgs, chromiumPath } from "../../.storybook/chromium.mjs";

const rootDir = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Visual regression: the key views rendered from the package sources, with the stylesheet,
 * in the system Chromium, each compared with a committed baseline PNG
 * (`toMatchScreenshot`). Baselines live in tests/visual/__screenshots__/; `pnpm test:visual -u`
 * rewrites them all. Each test sets its own viewport width and emulates the colour scheme
 * and reduced motion (tests/visual/emulate.ts), so one Chromium instance covers every case.
 */
export const visualProject: TestProjectInlineConfiguration = {
  root: rootDir,
  resolve: { alias: sourceAliases },
  test: {
    name: "visual",
    include: ["tests/visual/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/visual/setup.ts"],
    // Vite and Chromium start cold on a busy two-core machine; each screenshot is taken until
    // two in a row agree. Pixels are asserted, not time.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      viewport: { width: 1280, height: 900 },
      connectTimeout: browserStartupTimeout,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath(),
          args: [...chromiumArgs, "--font-render-hinting=none"],
          timeout: browserStartupTimeout,
        },
        // The page holding the test frame is larger than the largest frame (emulate.ts's
        // FRAME_HEIGHT, 1280 wide): Vitest scales the frame down to fit otherwise, and the
        // baselines would be drawn at 80 %. Tall, because Chromium paints only what lies in
        // the frame: a view taller than it would come out blank below the fold.
        contextOptions: { viewport: { width: 1440, height: 1700 }, deviceScaleFactor: 1, reducedMotion: "reduce" },
      }),
      instances: [{ browser: "chromium" }],
      expect: {
        toMatchScreenshot: {
          comparatorName: "pixelmatch",
          // Anti-aliasing may differ by a pixel's shade between runs; a changed rule does not.
          comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
        },
      },
    },
  },
};
