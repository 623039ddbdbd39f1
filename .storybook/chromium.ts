import { existsSync } from "node:fs";

/**
 * The system Chromium the browser tests drive (Playwright's own download is not used: it
 * cannot be fetched on machines without internet). CHROMIUM_PATH wins, then Debian's.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
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
