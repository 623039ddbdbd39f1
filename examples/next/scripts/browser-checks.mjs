import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** What Storybook's tests run too: WCAG 2.2 A and AA, and axe's best practices; colour contrast stays on. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * @typedef {object} PageReport
 * @property {string[]} problems  everything wrong, one sentence each; empty when the page passes
 * @property {{ all: number, sections: Record<string, number> }} elements  elements of the
 *   hydrated document without scripts: all of them, and those of each `data-measure` section
 * @property {import("playwright-core").Page} page  still open, for page-specific checks; the caller closes it
 */

/**
 * Loads one page in Chromium and checks what every page must satisfy: it loads with status
 * 200, hydrates without a console error, page error or hydration warning, and axe finds
 * nothing. Also counts its elements. `problems` keeps growing while the page is open.
 * @param {import("playwright-core").BrowserContext} visitor  the context the page opens in
 * @param {string} url
 * @returns {Promise<PageReport>}
 */
export async function loadAndCheck(visitor, url) {
  const problems = [];
  const page = await visitor.newPage();
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || /hydrat/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Once the network is idle every script has run and React has hydrated the page, so a
  // hydration error has been reported by then.
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (response?.status() !== 200) problems.push(`status ${response?.status()}`);

  // Counted before axe adds its script. Scripts are left out: Next's inline payload scripts
  // are not what a reader sees, and their number follows the payload's size.
  const elements = await page.evaluate(() => {
    const count = (root) => root.querySelectorAll("*:not(script)").length;
    const sections = Object.fromEntries(
      [...document.querySelectorAll("[data-measure]")].map((section) => [
        section.getAttribute("data-measure"),
        count(section) + 1,
      ]),
    );
    return { all: count(document), sections };
  });

  await page.addScriptTag({ content: AXE_SOURCE });
  for (const violation of await axeViolations(page)) problems.push(`axe ${violation}`);

  return { problems, elements, page };
}

/**
 * What axe finds on the page as it is now, one line per rule broken. The page must have
 * been through `loadAndCheck`, which adds axe's script.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the global the injected script defines.
    // Only violations are read: axe then skips collecting every node that passed.
    const results = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), first: ${v.nodes[0]?.target.join(" ")}`,
    );
  }, AXE_TAGS);
}

/** Text as React writes it into HTML, so it can be found in the raw response. */
function escapeHtml(text) {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");
}

/**
 * The statements among `statements` that the served HTML does not contain as markup. Script
 * elements are dropped first: the RSC payload carries the framework as data, which proves
 * nothing about what a crawler or a reader without JavaScript sees. A text of several
 * paragraphs (format 1.1 keeps a blank line as `"\n\n"`) is rendered a `<p>` each, so each
 * paragraph is looked for on its own.
 * @param {string} html
 * @param {readonly import("@rungs/core").Statement[]} statements  a page's: core's `allStatements(framework, { track })`
 * @returns {string[]} the ids of the missing statements
 */
export function missingStatements(html, statements) {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  const missing = [];
  for (const statement of statements) {
    const parts = [statement.subject, statement.description].flatMap((text) => text.split("\n\n")).filter(Boolean);
    if (!parts.every((part) => markup.includes(escapeHtml(part)))) missing.push(statement.id);
  }
  return missing;
}

/**
 * @typedef {object} ScriptLoad
 * @property {string} path  the script's URL path
 * @property {number} bytes its size
 * @property {number} gzip  its size gzipped (level 9), what a compressing server sends
 */

/**
 * The scripts a page's HTML asks for, fetched and weighed. Taken from the
 * HTML rather than the network: Next prefetches the chunks of linked pages once the page is
 * idle, which would count another page's JavaScript as this one's.
 * @param {string} origin
 * @param {string} html
 * @returns {Promise<ScriptLoad[]>}
 */
export async function pageScripts(origin, html) {
  return Promise.all(
    scriptPaths(html).map(async (path) => {
      const body = Buffer.from(await (await fetch(new URL(path, origin))).arrayBuffer());
      return { path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
}

/**
 * The paths of the scripts a page's HTML asks for. Script tags name the page's chunks; the
 * RSC payload names those of its client components (some also appear as tags). Both
 * count, each chunk once.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptPaths(html) {
  return [...new Set([...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((match) => match[0]))];
}

/**
 * @typedef {object} OverrideStyle
 * @property {string} backgroundColor
 * @property {string} fontSize
 */

/** The ladder's root: a Rungs style that a `className` can override. */
const LADDER = ".rungs-ladder";

/**
 * The computed background colour and font size of the first Rungs ladder on the page: the two
 * properties Rungs sets on a component's root and the Tailwind page overrides with utilities.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<OverrideStyle>}
 */
export async function ladderStyle(page) {
  return page
    .locator(LADDER)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return { backgroundColor: style.backgroundColor, fontSize: style.fontSize };
    });
}

/**
 * What `classes` compute to on a bare element of the page: the utilities' own values, to
 * compare a Rungs component carrying the same classes with. The probe is removed again.
 * @param {import("playwright-core").Page} page
 * @param {string} classes
 * @returns {Promise<OverrideStyle>}
 */
export async function utilityStyle(page, classes) {
  return page.evaluate((className) => {
    const probe = document.createElement("div");
    probe.className = className;
    document.body.append(probe);
    const style = getComputedStyle(probe);
    const values = { backgroundColor: style.backgroundColor, fontSize: style.fontSize };
    probe.remove();
    return values;
  }, classes);
}

/**
 * Whether the page's `<h1>` is larger than its body text. Tailwind's preflight sets headings
 * to `font-size: inherit`, so a page it reached would answer false.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<boolean>}
 */
export async function headingKeepsBrowserSize(page) {
  return page.evaluate(() => {
    const heading = document.querySelector("h1");
    if (!heading) return false;
    return (
      Number.parseFloat(getComputedStyle(heading).fontSize) >
      Number.parseFloat(getComputedStyle(document.body).fontSize)
    );
  });
}
