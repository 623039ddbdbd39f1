// A static file server over the repository root, so the page's relative paths
// (../../packages/elements/dist/cdn/…, ../../seeds/…) resolve as they would on a portal's
// own server. Run by hand it prints the page's URL: `node examples/html/scripts/server.mjs`.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root: everything the page links to lives under it. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The page's path on the server (with its slash, so the page's relative URLs resolve). */
export const PAGE_PATH = "/examples/html/";

/** Content types by extension; anything else is sent as bytes. */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".md": "text/markdown; charset=utf-8",
};

/**
 * The file a URL path names under `root`, or `undefined` when it would leave the root or
 * enter a hidden folder (`.git`, `.storybook`…), which a static page never needs.
 * @param {string} root
 * @param {string} urlPath the path of the request URL, still percent-encoded
 * @returns {string | undefined}
 */
export function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const segments = decoded.split(/[/\\]/).filter(Boolean);
  if (segments.some((segment) => segment.startsWith("."))) return undefined;
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  // Belt and braces: no segment is ".." (dot segments are refused above), but never leave the root.
  if (inside.startsWith("..") || isAbsolute(inside)) return undefined;
  return file;
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function sendText(response, status, text) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  response.end(text);
}

/**
 * Answers one request: a file, a directory's index.html, a redirect to a directory's slash
 * (else `index.html`'s relative links would resolve one folder up), or 404/405.
 * @param {string} root
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
async function answer(root, request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") return sendText(response, 405, "Method not allowed\n");
  const url = new URL(request.url ?? "/", "http://localhost");
  let file = fileFor(root, url.pathname);
  if (!file) return sendText(response, 404, "Not found\n");
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith("/")) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    file = join(file, "index.html");
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return sendText(response, 404, "Not found\n");
  response.writeHead(200, {
    "content-type":
      CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file))] ?? "application/octet-stream",
    "content-length": info.size,
    // A page being edited and its freshly built script: never a stale copy.
    "cache-control": "no-store",
  });
  if (request.method === "HEAD") return response.end();
  createReadStream(file).pipe(response);
}

/**
 * Serves `root` on 127.0.0.1 at `port` (0: a free one the OS picks).
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ origin: string, pageUrl: string, close: () => Promise<void> }>}
 */
export function startServer({ root = REPO_ROOT, port = 0 } = {}) {
  const server = createServer((request, response) => {
    answer(root, request, response).catch((error) => {
      if (!response.headersSent) sendText(response, 500, `${error instanceof Error ? error.message : error}\n`);
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
      resolvePromise({
        origin,
        pageUrl: `${origin}${PAGE_PATH}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 0);
  const { pageUrl } = await startServer({ port });
  console.log(`Serving ${REPO_ROOT} — open ${pageUrl} (Ctrl-C stops)`);
}
