// Checks the plain HTML page as a visitor, a keyboard user, a crawler and a reader without
// JavaScript meet it: serves the repository root, drives the system Chromium, prints one
// line per check and exits 1 when any fails. Needs `pnpm --filter @rungs/elements build`.
//   node examples/html/scripts/check.mjs
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { assertFramework } from "@rungs/core";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../../.storybook/chromium.mjs";
import { PAGE_FILE, renderPage, SEED } from "./render.mjs";
import { startServer } from "./server.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** As the Next example and Storybook run axe: WCAG 2.2 A and AA and best practices, colour contrast on. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** A URL that answers 404, for the `src` error panel; its console error is expected. */
const MISSING_SRC = "../../seeds/no-such-framework.json";

const seed = assertFramework(SEED);
const firstLevel = seed.levels[0];
const firstStatement = firstLevel?.statements[0];
if (!firstLevel || !firstStatement) throw new Error("The seed has no statement to check.");

let failed = 0;
/**
 * Runs one check and prints `ok` or `FAIL` with the reason; a check fails by throwing.
 * @param {string} name
 * @param {() => Promise<void> | void} run
 */
async function check(name, run) {
  try {
    await run();
    console.log(`ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** @param {boolean} condition @param {string} message */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Text as React writes it into HTML, to find it in the raw response. */
function escapeHtml(text) {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");
}

/** Whitespace collapsed, to compare what a reader sees with a statement's text. */
const collapse = (text) => text.replace(/\s+/g, " ").trim();

/** Every statement of the seed, as its subject and description. */
const statements = seed.levels.flatMap((level) => level.statements);

/**
 * Status and content type of a raw request path (sent as is, unlike `fetch`, which would
 * resolve `..` before asking).
 * @param {string} origin @param {string} path
 * @returns {Promise<{ status: number, type: string }>}
 */
function rawGet(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? "") });
    });
    req.on("error", reject);
    req.end();
  });
}

/** What axe finds on the page now, one line per rule broken. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the global the injected script defines.
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), first: ${v.nodes[0]?.target.join(" ")}`,
    );
  }, AXE_TAGS);
}

/** Whether React has hydrated `selector`'s first match: its fiber is attached (React's own key). */
const hydrated = (selector) =>
  `(() => { const node = document.querySelector(${JSON.stringify(selector)}); return !!node && Object.keys(node).some((key) => key.startsWith("__reactFiber$")); })()`;

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  await check("index.html is what scripts/render.mjs writes", async () => {
    const page = readFileSync(PAGE_FILE, "utf8");
    assert((await renderPage(page)) === page, "index.html is out of date: run node examples/html/scripts/render.mjs");
  });

  await check("the server sends the right content types and nothing outside the repository", async () => {
    const expected = {
      "/examples/html/": "text/html",
      "/packages/elements/dist/cdn/rungs-elements.js": "text/javascript",
      "/packages/elements/dist/cdn/rungs-elements.css": "text/css",
      "/seeds/monzo-backend.json": "application/json",
    };
    for (const [path, type] of Object.entries(expected)) {
      const { status, type: got } = await rawGet(server.origin, path);
      assert(status === 200 && got.startsWith(type), `${path}: ${status} ${got}, expected 200 ${type}`);
    }
    for (const path of [
      "/../../etc/passwd",
      "/examples/..%2f..%2f..%2fetc/passwd",
      "/.git/HEAD",
      "/%2e%2e/etc/passwd",
    ]) {
      const { status } = await rawGet(server.origin, path);
      assert(status === 404, `${path} answered ${status}, not 404`);
    }
  });

  await check("the served HTML holds every statement of the seed, before any script runs", async () => {
    const html = await (await fetch(server.pageUrl)).text();
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    const missing = statements.filter(
      (statement) => ![statement.subject, statement.description].every((part) => markup.includes(escapeHtml(part))),
    );
    assert(missing.length === 0, `${missing.length} statement(s) missing: ${missing.map((s) => s.id).join(", ")}`);
  });

  // Without JavaScript: what a reader sees is the server's HTML and the stylesheets only.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(server.pageUrl, { waitUntil: "load" });
  await check("with JavaScript off, every statement of the ladder is visible (innerText)", async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point; hidden text must not count.
    const text = collapse(await still.locator("#ladder rungs-ladder").innerText());
    const hidden = statements.filter(
      (statement) => ![statement.subject, statement.description].every((part) => text.includes(collapse(part))),
    );
    assert(hidden.length === 0, `${hidden.length} statement(s) not shown: ${hidden.map((s) => s.id).join(", ")}`);
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point, as above.
    const stepper = collapse(await still.locator("rungs-stepper").innerText());
    assert(
      seed.levels.every((level) => stepper.includes(level.label)),
      "the stepper does not name every level without JavaScript",
    );
  });
  await noScript.close();

  // With JavaScript, the element script held back until the server's layout is measured.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  /** Console errors, page errors and hydration warnings; `expect404` excuses the missing `src`. */
  const problems = [];
  let expect404 = false;
  page.on("console", (message) => {
    const text = message.text();
    if (expect404 && message.type() === "error" && message.location().url.includes("no-such-framework")) return;
    if (message.type() === "error" || /hydrat/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

  /** @type {() => void} */
  let releaseScript = () => {};
  const scriptHeld = new Promise((resolve) => {
    releaseScript = resolve;
  });
  await page.route("**/rungs-elements.js", async (route) => {
    await scriptHeld;
    await route.continue();
  });
  const SERVER_RENDERED = ["#path rungs-stepper", "#ladder rungs-ladder", "#standing rungs-summary"];
  /** @type {Array<{ x: number, y: number, width: number, height: number } | null>} */
  let boxesBefore = [];
  let definedEarly = true;
  let loaded = false;
  /** Waits for `what`, failing with its name and the page's problems so far. */
  const waitFor = (what, promise) =>
    promise.catch(() => {
      throw new Error(
        `${what} did not happen within 15 s${problems.length ? `:\n     ${problems.join("\n     ")}` : ""}`,
      );
    });
  await check("the page loads, its elements hydrate and fetch their data", async () => {
    // The module script is deferred, so the page is parsed (and laid out) while it is held.
    await page.goto(server.pageUrl, { waitUntil: "commit" });
    await waitFor(
      "parsing the page and loading its stylesheets",
      page.waitForFunction(
        () =>
          document.querySelector(".careers-footer") !== null &&
          [...document.querySelectorAll('link[rel="stylesheet"]')].every(
            (link) => link instanceof HTMLLinkElement && link.sheet,
          ),
      ),
    );
    boxesBefore = await Promise.all(SERVER_RENDERED.map((selector) => page.locator(selector).boundingBox()));
    definedEarly = await page.evaluate(() => customElements.get("rungs-ladder") !== undefined);
    releaseScript();
    await page.waitForLoadState("load");
    for (const selector of [
      "#path rungs-stepper a",
      "#ladder rungs-ladder button",
      "#standing rungs-summary section",
    ]) {
      await waitFor(`hydrating ${selector}`, page.waitForFunction(hydrated(selector)));
    }
    await waitFor("the fetched matrix's table", page.locator("rungs-matrix table").first().waitFor());
    await waitFor("the fetched comparison", page.locator("rungs-compare .rungs").first().waitFor());
    await page.waitForLoadState("networkidle");
    loaded = true;
  });
  if (!loaded) throw new Error("The page did not load: the checks in the browser cannot run.");

  const problemsAtLoad = problems.length;
  await check("no console error, page error or hydration warning after load", () => {
    assert(problems.length === 0, problems.join("\n     "));
  });

  await check("every element rendered: stepper, ladder region, summary, matrix table, compare", async () => {
    const found = await page.evaluate(() => ({
      stepper: document.querySelectorAll("rungs-stepper .rungs-stepper__steps li").length,
      ladder: document.querySelector("rungs-ladder section.rungs-ladder[aria-label]")?.getAttribute("aria-label"),
      rungs: document.querySelectorAll("rungs-ladder .rungs-rung__trigger").length,
      summary: document.querySelector("rungs-summary .rungs")?.textContent?.length ?? 0,
      matrixRows: document.querySelectorAll("rungs-matrix table tr").length,
      compare: document.querySelector("rungs-compare .rungs")?.textContent?.length ?? 0,
      alerts: document.querySelectorAll('[role="alert"]').length,
      stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].filter((link) =>
        /** @type {HTMLLinkElement} */ (link).href.endsWith("/rungs-elements.css"),
      ).length,
    }));
    assert(found.stepper === seed.levels.length, `stepper has ${found.stepper} steps, not ${seed.levels.length}`);
    assert(Boolean(found.ladder), "no ladder region (section with aria-label)");
    assert(found.rungs === seed.levels.length, `ladder has ${found.rungs} rungs, not ${seed.levels.length}`);
    assert(found.summary > 0, "the summary is empty");
    assert(found.matrixRows > 1, "the matrix table has no rows");
    assert(found.compare > 0, "the compare view is empty");
    assert(found.alerts === 0, `${found.alerts} error panel(s) on the page`);
    assert(found.stylesheets === 1, `${found.stylesheets} links to rungs-elements.css, not 1`);
  });

  await check("no layout shift: none observed, and the server's boxes stay put through hydration", async () => {
    const shifts = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let sum = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) sum += /** @type {any} */ (entry).value;
          });
          observer.observe({ type: "layout-shift", buffered: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(sum);
          }, 250);
        }),
    );
    const wrong = [];
    if (definedEarly) wrong.push("the elements were defined before the held script ran: the boxes prove nothing");
    if (shifts !== 0) wrong.push(`layout shifts sum to ${shifts}`);
    const boxesAfter = await Promise.all(SERVER_RENDERED.map((selector) => page.locator(selector).boundingBox()));
    SERVER_RENDERED.forEach((selector, index) => {
      const [before, after] = [JSON.stringify(boxesBefore[index]), JSON.stringify(boxesAfter[index])];
      if (before !== after) wrong.push(`${selector} moved or resized: ${before} before the script, ${after} after`);
    });
    assert(wrong.length === 0, wrong.join("\n     "));
  });

  await check("axe finds nothing after load", async () => {
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join("\n     "));
  });

  await check("axe finds nothing in the dark colour scheme either (the host's light-dark() theme)", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    try {
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join("\n     "));
    } finally {
      await page.emulateMedia({ colorScheme: "light" });
    }
  });

  await page.evaluate(() => {
    const recorded = [];
    Object.assign(window, { recordedEvents: recorded });
    for (const type of ["rungs-value-change", "rungs-checked-change"]) {
      document.addEventListener(type, (event) => {
        const { localName } = /** @type {Element} */ (event.target);
        recorded.push({ type, target: localName, detail: /** @type {CustomEvent} */ (event).detail });
      });
    }
  });
  /** The events recorded since the last call. */
  const takeEvents = () =>
    page.evaluate(() => {
      const recorded = /** @type {any} */ (window).recordedEvents;
      return recorded.splice(0, recorded.length);
    });

  const trigger = page.locator("#ladder rungs-ladder .rungs-rung__trigger").first();
  await check("keyboard: Tab reaches a rung, focus is visible, Enter opens it, Space closes it", async () => {
    let onTrigger = false;
    for (let presses = 0; presses < 40 && !onTrigger; presses += 1) {
      await page.keyboard.press("Tab");
      onTrigger = await trigger.evaluate((button) => document.activeElement === button);
    }
    assert(onTrigger, "40 presses of Tab never reached the first rung's button");
    const focus = await trigger.evaluate((button) => {
      const style = getComputedStyle(button);
      return { visible: button.matches(":focus-visible"), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    assert(focus.visible && !/^none|\s0px$/.test(focus.outline), `focus not visible (outline ${focus.outline})`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector("#ladder .rungs-rung__trigger")?.getAttribute("aria-expanded") === "true",
    );
    const content = page.locator(`#${await trigger.getAttribute("aria-controls")}`);
    assert(await content.isVisible(), "the rung opened but its statements are not visible");
    await page.keyboard.press("Space");
    await page.waitForFunction(
      () => document.querySelector("#ladder .rungs-rung__trigger")?.getAttribute("aria-expanded") === "false",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector("#ladder .rungs-rung__trigger")?.getAttribute("aria-expanded") === "true",
    );
  });

  await check(`opening a rung fires rungs-value-change with its key ("${firstLevel.key}")`, async () => {
    const values = (await takeEvents())
      .filter((event) => event.type === "rungs-value-change" && event.target === "rungs-ladder")
      .map((event) => JSON.stringify(event.detail.value));
    const expected = [[firstLevel.key], [], [firstLevel.key]].map((value) => JSON.stringify(value));
    assert(
      JSON.stringify(values) === JSON.stringify(expected),
      `got ${values.join(", ") || "no event"}, expected ${expected.join(", ")}`,
    );
  });

  await check("axe finds nothing with a rung open", async () => {
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join("\n     "));
  });

  await check(`checking "${firstStatement.id}" fires rungs-checked-change and the summary follows`, async () => {
    const summary = page.locator("#standing rungs-summary");
    const textOf = (element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "";
    const before = await summary.evaluate(textOf);
    await page.locator(`#ladder #${firstStatement.id} input[type="checkbox"]`).check();
    const events = (await takeEvents()).filter((event) => event.type === "rungs-checked-change");
    assert(events.length === 1, `${events.length} rungs-checked-change events, not 1`);
    const detail = events[0]?.detail;
    assert(
      JSON.stringify(detail?.checked) === JSON.stringify([firstStatement.id]),
      `detail.checked is ${JSON.stringify(detail?.checked)}, not ["${firstStatement.id}"]`,
    );
    assert("level" in (detail ?? {}), "detail has no level");
    assert((await summary.getAttribute("checked")) === firstStatement.id, "the page did not set the summary's checked");
    // React renders the new attribute in its own time: wait for the text to change.
    const changed = await page
      .waitForFunction(
        ([selector, text]) => document.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() !== text,
        ["#standing rungs-summary", before],
        { timeout: 5_000 },
      )
      .then(() => true)
      .catch(() => false);
    assert(changed, "the summary reads the same after a statement was checked");
  });

  await check('the summary\'s "Copy link" reopens the same screen: the same boxes, the same summary', async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    /** The ladder's checked statements and the summary's words. */
    const screen = (target) =>
      target.evaluate(() => ({
        checked: [...document.querySelectorAll('#ladder input[type="checkbox"]')]
          .filter((box) => box instanceof HTMLInputElement && box.checked)
          .map((box) => box.closest("li")?.id),
        summary: document.querySelector("#standing rungs-summary")?.textContent?.replace(/\s+/g, " ").trim(),
      }));
    // The whole first level (its rung is open), so the link carries a level reached.
    for (const statement of firstLevel.statements) {
      await page.locator(`#ladder #${statement.id} input[type="checkbox"]`).check();
    }
    await page
      .locator("#standing rungs-summary .rungs-summary__level-value", { hasText: firstLevel.label })
      .waitFor({ timeout: 5_000 });
    // Before the copy, whose confirmation is no part of the result.
    const before = await screen(page);
    const summary = page.locator("#standing rungs-summary");
    await summary.getByRole("button", { name: "Copy link to this result" }).click();
    const status = summary.locator(".rungs-summary__status");
    await status.filter({ hasText: /./ }).waitFor();
    const link = (await status.textContent())?.includes("copied")
      ? await page.evaluate(() => navigator.clipboard.readText())
      : await summary.locator(".rungs-summary__manual-field").inputValue();
    const url = new URL(link);
    assert(
      url.pathname === new URL(server.pageUrl).pathname && url.searchParams.get("assessment"),
      `the link is ${link}`,
    );
    const reopened = await context.newPage();
    const reopenedProblems = [];
    reopened.on("console", (message) => {
      if (message.type() === "error" || /hydrat/i.test(message.text()))
        reopenedProblems.push(`console ${message.type()}: ${message.text()}`);
    });
    reopened.on("pageerror", (error) => reopenedProblems.push(`page error: ${error.message}`));
    await reopened.goto(link, { waitUntil: "networkidle" });
    // The ladder restores the link's statements once it has hydrated; the summary follows its event.
    await reopened
      .waitForFunction(
        (text) => document.querySelector("#standing rungs-summary")?.textContent?.replace(/\s+/g, " ").trim() === text,
        before.summary,
        { timeout: 10_000 },
      )
      .catch(() => {});
    const after = await screen(reopened);
    await reopened.close();
    assert(
      JSON.stringify(after) === JSON.stringify(before),
      `reopened as ${JSON.stringify(after)}, not ${JSON.stringify(before)}`,
    );
    assert(reopenedProblems.length === 0, reopenedProblems.join("\n     "));
  });

  await check("removing an element unmounts it; put back, it renders again", async () => {
    for (const selector of ["#ladder rungs-ladder", "#matrix rungs-matrix"]) {
      const result = await page.evaluate(async (target) => {
        const element = /** @type {Element} */ (document.querySelector(target));
        const parent = /** @type {Element} */ (element.parentElement);
        const next = element.nextSibling;
        element.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
        const left = element.childNodes.length;
        parent.insertBefore(element, next);
        return { left };
      }, selector);
      assert(result.left === 0, `${selector}: ${result.left} node(s) left in it after remove()`);
      await page.locator(`${selector} .rungs`).first().waitFor();
    }
    await page.locator("#matrix rungs-matrix table").waitFor();
  });

  await check("a src that answers 404 shows the error panel, in words for the reader", async () => {
    expect404 = true;
    await page
      .locator("#matrix rungs-matrix")
      .evaluate((element, src) => element.setAttribute("src", src), MISSING_SRC);
    const alert = page.locator('#matrix rungs-matrix [role="alert"]');
    await alert.waitFor();
    const text = collapse((await alert.textContent()) ?? "");
    // The CDN build is a production build: the reader gets the plain message, never the
    // developer's list of problems (issue 22; a development build lists "answered 404").
    assert(text === "This career framework cannot be shown right now.", `the error panel says "${text}"`);
    assert((await alert.locator("li").count()) === 0, "the error panel lists problems to the reader");
    assert((await page.locator("#matrix rungs-matrix table").count()) === 0, "the old table is still shown");
  });

  await check("no console error or page error during the interactions", () => {
    const since = problems.slice(problemsAtLoad);
    assert(since.length === 0, since.join("\n     "));
  });
  await context.close();

  await check("one script tag alone: the elements render and add the stylesheet beside the script, once", async () => {
    // A portal's page with nothing but the script and two elements (served under the example's
    // folder, so the script's relative URL is the one the page above uses).
    const bare = await browser.newPage();
    const url = `${server.pageUrl}bare.html`;
    const data = `<script type="application/json">${JSON.stringify(SEED).replaceAll("<", "\\u003c")}</script>`;
    await bare.route(url, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>Bare</title>
<script type="module" src="../../packages/elements/dist/cdn/rungs-elements.js"></script>
<main><rungs-stepper>${data}</rungs-stepper><rungs-ladder>${data}</rungs-ladder></main>`,
      }),
    );
    await bare.goto(url, { waitUntil: "networkidle" });
    const found = await bare.evaluate(() => ({
      links: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href")),
      loaded: [...document.styleSheets].some((sheet) => sheet.href?.endsWith("/rungs-elements.css")),
      display: getComputedStyle(document.querySelector("rungs-ladder") ?? document.body).display,
      rungs: document.querySelectorAll("rungs-ladder [aria-expanded]").length,
    }));
    await bare.close();
    assert(found.links.length === 1, `stylesheet links: ${JSON.stringify(found.links)}`);
    assert(
      found.links[0]?.endsWith("/packages/elements/dist/cdn/rungs-elements.css") && found.loaded,
      `the stylesheet beside the script was not added and loaded: ${JSON.stringify(found)}`,
    );
    assert(found.display === "block", `rungs-ladder is display: ${found.display}, not block`);
    assert(found.rungs === seed.levels.length, `${found.rungs} rungs rendered, not ${seed.levels.length}`);
  });
} catch (error) {
  // A step between checks broke (the page never loaded): report it and stop.
  failed += 1;
  console.log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  await server.close();
}

console.log(failed === 0 ? "All checks passed." : `${failed} check(s) failed.`);
process.exitCode = failed === 0 ? 0 : 1;
