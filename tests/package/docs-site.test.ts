import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../../.storybook/chromium.mjs";

// Issue 22, item 1: the documentation site is what `pnpm run docs` writes (Storybook's
// static build), read as a reader gets it: served as static files and opened in Chromium.
// Every Docs page renders (no error display, no page error, a heading), every internal link
// resolves (a `?path=` to an entry of the site's index, an `#anchor` to an element of the
// page, a relative URL to a file the server has), and axe is clean on each page with the
// rules the stories are held to. The full build is in the test, not the index alone: it took
// 14–36 s here, and the pages it writes are what a static host serves.
const root = process.cwd();
const outputDir = join(root, "node_modules/.cache/docs-site");
const axeSource = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
/** The rule tags `.storybook/preview.tsx` runs on every story. */
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * What axe found on pages this change did not write, the first time the built site was checked
 * (issue 22). Each is named here so that the test holds every other page and rule, and fails
 * the day one is fixed (then delete its line) or a new one appears. Owners: the pages' authors.
 */
const knownViolations: Record<string, string[]> = {
  // Several live ladders on one page, as below. (Its warm theme's contrast, broken by
  // Lightning CSS's rewrite of light-dark(), is fixed: issue 22 item 8.)
  "docs-theming--docs": ["landmark-unique"],
  // Several live ladders, matrices or elements of one framework on one page: their
  // landmarks share a name.
  "docs-tracks--docs": ["landmark-unique"],
  "docs-examples-and-notes--docs": ["landmark-unique"],
  "docs-area-profile--docs": ["landmark-unique"],
  // A live ladder's rung headings (level 3) sit under the page's prose headings out of order.
  "docs-self-assessment--docs": ["heading-order"],
  "docs-custom-elements--docs": ["heading-order", "landmark-unique"],
};

const contentTypes: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    try {
      const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface PageReport {
  heading: string;
  /** Props tables (Storybook's ArgTypes) with three props or more each: read from the types, not the stories' controls. */
  propsTables: number;
  errorShown: boolean;
  links: string[];
  missingAnchors: string[];
}

describe("the documentation site (pnpm run docs)", () => {
  let server: Server;
  let browser: Browser;
  let base = "";
  let entryIds = new Set<string>();
  let docsIds: string[] = [];

  beforeAll(async () => {
    const build = spawnSync(
      process.execPath,
      [join(root, "node_modules/storybook/dist/bin/dispatcher.js"), "build", "--quiet", "--output-dir", outputDir],
      { cwd: root, encoding: "utf8" },
    );
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const index = JSON.parse(readFileSync(join(outputDir, "index.json"), "utf8")) as {
      entries: Record<string, { type: string }>;
    };
    entryIds = new Set(Object.keys(index.entries));
    docsIds = Object.entries(index.entries)
      .filter(([, entry]) => entry.type === "docs")
      .map(([id]) => id);
    server = await serve(outputDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await (await import("playwright-core")).chromium.launch({
      executablePath: chromiumPath(),
      args: chromiumArgs,
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("has the pages the issue asks for", () => {
    expect(docsIds).toEqual(
      expect.arrayContaining(
        [
          "getting-started",
          "api-react-components",
          "api-core",
          "api-custom-elements",
          "api-formats-and-cli",
          "data-format",
          "theming",
          "accessibility",
          "recipes",
        ].map((slug) => `docs-${slug}--docs`),
      ),
    );
  });

  it("renders every Docs page, with links that resolve and no axe violation", async () => {
    const failures: string[] = [];
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    for (const id of docsIds) {
      pageErrors.length = 0;
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`);
      await page.waitForSelector("#storybook-docs h1, #storybook-docs h2, .sb-show-errordisplay", { timeout: 30_000 });
      // Live components settle first: a custom element fetching its `src` is `aria-busy`, and
      // a story's frame that overflows for a moment while it loads is a scrollable region.
      await page.waitForLoadState("networkidle");
      await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"), undefined, { timeout: 30_000 });
      const report: PageReport = await page.evaluate(() => {
        const docs = document.querySelector("#storybook-docs");
        // The docs' own links; a live component's links (`.rungs`) point into the host page it
        // demonstrates (`/careers/…`), and are checked by its stories and the examples.
        const links = [...(docs?.querySelectorAll("a[href]") ?? [])]
          .filter((a) => !a.closest(".rungs"))
          .map((a) => a.getAttribute("href") ?? "");
        return {
          heading: docs?.querySelector("h1, h2")?.textContent ?? "",
          propsTables: [...(docs?.querySelectorAll("table.docblock-argstable") ?? [])].filter(
            (table) => table.querySelectorAll("tbody tr").length >= 3,
          ).length,
          errorShown: document.body.classList.contains("sb-show-errordisplay"),
          links,
          missingAnchors: links
            .filter((href) => href.startsWith("#") && href.length > 1)
            .filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
        };
      });
      if (report.errorShown || report.heading === "") failures.push(`${id}: did not render`);
      // Every component of @rungs/react with a story has its props table (ten).
      if (id === "docs-api-react-components--docs" && report.propsTables < 10) {
        failures.push(`${id}: ${report.propsTables} props tables, expected 10`);
      }
      if (pageErrors.length > 0) failures.push(`${id}: page errors ${pageErrors.join("; ")}`);
      for (const anchor of report.missingAnchors) failures.push(`${id}: no element for ${anchor}`);
      for (const href of report.links) {
        if (href.startsWith("?path=")) {
          const [, kind, target] = /^\?path=\/(docs|story)\/([^#&]+)/.exec(href) ?? [];
          if (!kind || !target || !entryIds.has(target)) failures.push(`${id}: ${href} names no page of the site`);
        } else if (!/^(#|https?:|mailto:)/.test(href)) {
          const status = (await page.request.get(new URL(href, page.url()).href)).status();
          if (status !== 200) failures.push(`${id}: ${href} answered ${status}`);
        }
      }
      await page.addScriptTag({ content: axeSource });
      const violations: { id: string; targets: string }[] = await page.evaluate(async (tags) => {
        type Violation = { id: string; nodes: { target: string[] }[] };
        const axe = (
          window as unknown as {
            axe: { run: (context: string, options: object) => Promise<{ violations: Violation[] }> };
          }
        ).axe;
        const result = await axe.run("#storybook-docs", { runOnly: { type: "tag", values: tags } });
        return result.violations.map((violation) => ({
          id: violation.id,
          targets: violation.nodes.map((node) => node.target.join(" ")).join(", "),
        }));
      }, axeTags);
      const known = knownViolations[id] ?? [];
      for (const violation of violations) {
        if (!known.includes(violation.id)) failures.push(`${id}: axe ${violation.id} (${violation.targets})`);
      }
      for (const rule of known) {
        if (!violations.some((violation) => violation.id === rule)) failures.push(`${id}: ${rule} is fixed, drop it`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);
});

// The READMEs are read on GitHub and npm, outside the site: their relative links name files
// of the repository (the docs pages' sources among them).
describe("the READMEs' relative links", () => {
  it.each(["README.md", "CONTRIBUTING.md", "bench/README.md"])("resolve in %s", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const missing = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((match) => match[1] ?? "")
      .filter((href) => !/^[a-z]+:/.test(href))
      .filter((href) => !existsSync(join(root, dirname(file), href)));
    expect(missing).toEqual([]);
  });
});
