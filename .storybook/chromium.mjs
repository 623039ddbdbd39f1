import { existsSync } from "node:fs";

/**
 * The system Chromium that the browser tests and the screenshot script drive. Playwright's
 * own browser download is not used: machines without internet cannot fetch it.
 * CHROMIUM_PATH wins, then Debian's and Ubuntu's usual paths.
 * @returns {string}
 */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path) => Boolean(path && existsSync(path)));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/** Flags for a headless Chromium in a container, as root, with no network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * How long a browser project waits for Chromium to launch, and then for the test page in it
 * to connect back to Vitest. Vitest's connect default (60 s) ran out on a loaded two-core
 * machine ("Failed to connect to the browser session … within the timeout") while several
 * projects started their Vite servers and Chromiums at once. Waiting longer for start-up
 * hides no failure: tests keep their own timeouts and are never retried.
 */
export const browserStartupTimeout = 180_000;
