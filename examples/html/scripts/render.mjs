// Writes the server-rendered elements into index.html, as a portal's PHP or Python would at
// request time: each `<!-- rungs:NAME -->…<!-- /rungs:NAME -->` pair gets the element that
// `renderRungsElement` returns for NAME (its HTML, and the framework in a child JSON script).
// Run after changing an element below, the seed or the components:
//   node examples/html/scripts/render.mjs
// check.mjs fails while the committed page differs from what this writes.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PAGE_FILE = fileURLToPath(new URL("../index.html", import.meta.url));
const SERVER_MODULE = new URL("../../../packages/elements/dist/server.js", import.meta.url);
const SEED_FILE = new URL("../../../seeds/17-3024.00.json", import.meta.url);

/** The seed, the framework every server-rendered element shows. */
export const SEED = JSON.parse(readFileSync(SEED_FILE, "utf8"));

/**
 * The server-rendered elements by marker name. Each has its own `identifierPrefix`, so the
 * ids React generates differ between them and match when the browser hydrates.
 */
export const RENDERED = {
  stepper: {
    tag: "rungs-stepper",
    // `link-to=""`: each step links to `#<level key>` on this page, which opens that rung.
    attributes: { "target-level": "proficient", "link-to": "" },
    identifierPrefix: "stepper-",
  },
  ladder: {
    tag: "rungs-ladder",
    attributes: { assessable: "", "target-level": "proficient" },
    identifierPrefix: "ladder-",
  },
  summary: {
    tag: "rungs-summary",
    attributes: { checked: "", "target-level": "proficient" },
    identifierPrefix: "summary-",
  },
};

const MARKED = /(<!-- rungs:([a-z-]+) -->)[\s\S]*?(<!-- \/rungs:\2 -->)/g;

/**
 * `page` with every marked element rendered again. Throws when a marker of RENDERED is
 * missing or there twice, or the page marks one that RENDERED does not know.
 * @param {string} page the HTML of index.html
 * @returns {Promise<string>}
 */
export async function renderPage(page) {
  if (!existsSync(SERVER_MODULE)) {
    throw new Error("packages/elements/dist/server.js is missing: run `pnpm --filter @rungs/elements build` first.");
  }
  const { renderRungsElement } = await import(SERVER_MODULE.href);
  const seen = new Map();
  const rendered = page.replace(MARKED, (_match, open, name, close) => {
    const element = RENDERED[/** @type {keyof typeof RENDERED} */ (name)];
    if (!element) throw new Error(`index.html marks "${name}", which render.mjs does not render.`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    const html = renderRungsElement(element.tag, {
      framework: SEED,
      attributes: element.attributes,
      identifierPrefix: element.identifierPrefix,
    });
    return `${open}\n${html}\n${close}`;
  });
  for (const name of Object.keys(RENDERED)) {
    const count = seen.get(name) ?? 0;
    if (count !== 1) throw new Error(`index.html has ${count} <!-- rungs:${name} --> marker pairs, not 1.`);
  }
  return rendered;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const before = readFileSync(PAGE_FILE, "utf8");
  const after = await renderPage(before);
  if (after === before) console.log("examples/html/index.html is up to date.");
  else {
    writeFileSync(PAGE_FILE, after);
    console.log("Wrote examples/html/index.html.");
  }
}
