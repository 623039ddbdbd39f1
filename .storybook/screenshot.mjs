// Takes the README's screenshot from the built Storybook (run `pnpm screenshot`): the
// "Screens / Occupation page" story (stepper, ladder, summary, matrix on the seed), in the
// system Chromium, saved as stories/assets/seed.png.
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const site = join(root, "storybook-static");
const output = join(root, "stories/assets/seed.png");
const STORY = "screens-occupation-page--occupation-page";

if (!existsSync(join(site, "iframe.html"))) {
  throw new Error("storybook-static/ is missing: run `pnpm build-storybook` first.");
}

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
    /^(\.\.[/\\])+/,
    "",
  );
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, colorScheme: "light" });
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${STORY}&viewMode=story&globals=theme:light`);
  await page.locator(".rungs").first().waitFor();
  // The story's play function checks statements; the picture is taken once it has run.
  await page.waitForTimeout(1500);
  // The play function leaves focus (and the scroll position) on the last box it checked.
  await page.evaluate(() => {
    (document.activeElement instanceof HTMLElement ? document.activeElement : document.body).blur();
    window.scrollTo(0, 0);
  });
  mkdirSync(join(root, "stories/assets"), { recursive: true });
  // The viewport's height crops the long page: the first screen is what the README needs.
  await page.screenshot({ path: output });
  console.log(`screenshot: ${output}`);
} finally {
  await browser.close();
  server.close();
}
