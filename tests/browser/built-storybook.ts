import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { BrowserCommand } from "vitest/node";

/*
 * Storybook as designers open it: the static build (`storybook build`, what `pnpm
 * build-storybook` writes), minified by Vite 8 with Lightning CSS, where the `stories` project
 * runs the dev server. Browser commands (vitest.config.ts registers them): the build and its
 * server run in Node, the story opens in a new tab of the tests' own Chromium.
 */

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** Builds Storybook once per test run into a temporary folder and serves it; the server's origin. */
let served: Promise<string> | undefined;

function buildAndServe(): Promise<string> {
  served ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "rungs-storybook-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    await new Promise<void>((resolve, reject) => {
      const child = spawn("pnpm", ["exec", "storybook", "build", "--quiet", "--output-dir", dir], {
        cwd: process.cwd(),
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`storybook build exited with ${code}:\n${stderr.slice(-2000)}`)),
      );
    });
    const server = createServer(async (request, response) => {
      const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
      try {
        if (!path.startsWith(dir)) throw new Error("outside the build");
        const body = await readFile(path.endsWith("/") ? join(path, "index.html") : path);
        response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
        response.end(body);
      } catch {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    // The test process ends with the run; the server must not keep it alive.
    server.unref();
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  })();
  return served;
}

export interface BuiltStoryOptions {
  colorScheme: "light" | "dark";
  /** Storybook globals, as its URL writes them (`rungsTheme:warm`). */
  globals?: string;
  /** `viewMode`: a story (its canvas) or a docs page. */
  viewMode?: "story" | "docs";
}

export interface BuiltStory {
  /** The last phase Storybook's preview reached for the story ("finished" once its play function ran). */
  phase: string;
  /** What the page logged as errors (a failing play function logs its assertion) and threw. */
  errors: string[];
  /** After one Tab from the top of the page: the focused element's class and its computed outline. */
  focused?: { className: string; outlineStyle: string; outlineWidth: string; outlineColor: string; behind: string };
  /** For a docs page: each themed `section[aria-label]`'s current rung, its computed edge colour. */
  currentEdges?: Record<string, string>;
}

/** Opens story or docs page `id` of the built Storybook and reports what it did and painted. */
export const builtStory: BrowserCommand<[id: string, options: BuiltStoryOptions]> = async (
  context,
  id,
  { colorScheme, globals, viewMode = "story" },
): Promise<BuiltStory> => {
  const origin = await buildAndServe();
  const page = await context.context.newPage();
  try {
    await page.emulateMedia({ colorScheme });
    const errors: string[] = [];
    page.on("console", (message) => {
      // A missing favicon is the static server's business, not the story's.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${viewMode}${globals ? `&globals=${globals}` : ""}`);
    const phase =
      viewMode === "docs"
        ? await page.waitForSelector(".sbdocs-content .rungs").then(() => "rendered")
        : await page
            .waitForFunction(
              () => {
                const preview = (globalThis as { __STORYBOOK_PREVIEW__?: { storyRenders: { phase?: string }[] } })
                  .__STORYBOOK_PREVIEW__;
                const phase = preview?.storyRenders[0]?.phase;
                return phase === "finished" || phase === "errored" || phase === "aborted" ? phase : false;
              },
              null,
              { timeout: 30_000 },
            )
            .then((handle) => handle.jsonValue() as Promise<string>);
    if (viewMode === "docs") {
      const currentEdges = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll("section[data-rungs-theme][aria-label]")].flatMap((section) => {
            const rung = section.querySelector("li.rungs-rung[data-current]");
            return rung
              ? [
                  [
                    section.getAttribute("aria-label"),
                    getComputedStyle(rung).getPropertyValue("border-inline-start-color"),
                  ],
                ]
              : [];
          }),
        ),
      );
      return { phase, errors, currentEdges };
    }
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      // What the ring is drawn over: the first opaque background above the element.
      let behind = "";
      for (let current = element.parentElement; current && !behind; current = current.parentElement) {
        const background = getComputedStyle(current).backgroundColor;
        if (/^rgb\(/.test(background)) behind = background;
      }
      return {
        className: element.className,
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        outlineColor: style.outlineColor,
        behind,
      };
    });
    return { phase, errors, ...(focused ? { focused } : {}) };
  } finally {
    await page.close();
  }
};
