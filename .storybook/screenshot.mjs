// Takes the README's screenshot from the built Storybook (run `pnpm screenshot`): the
// seed's ladder and matrix, in the system Chromium, saved as stories/assets/seed.png.
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const site = join(root, "storybook-static");
const output = join(root, "stories/assets/seed.png");
const STORY = "components-levelladder--current-and-target";
const MATRIX = "components-progressionmatrix--current-and-target";

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
  const page = await browser.newPage({ viewport: { width: 1000, height: 720 }, colorScheme: "light" });
  const shots = [];
  for (const id of [STORY, MATRIX]) {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=theme:light`);
    await page.locator(".rungs").first().waitFor();
    // The viewport's height crops the long matrix: a glimpse is what the README needs.
    shots.push(await page.screenshot());
  }
  // One picture: the ladder above the matrix, drawn in the page itself.
  const [ladder, matrix] = shots.map((png) => `data:image/png;base64,${png.toString("base64")}`);
  await page.setContent(
    `<body style="margin:0;background:#fff"><img src="${ladder}" style="display:block"><img src="${matrix}" style="display:block"></body>`,
  );
  mkdirSync(join(root, "stories/assets"), { recursive: true });
  await page.locator("body").screenshot({ path: output });
  console.log(`screenshot: ${output}`);
} finally {
  await browser.close();
  server.close();
}
