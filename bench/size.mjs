// bench/size: what Rungs adds to a browser bundle, in bytes (not noisy: the same figures are
// asserted in tests/package/size.test.ts). Tiny apps bundled by esbuild from the built
// packages for the browser (minified, production React, dependencies included), gzipped.
// Run after `pnpm build`:
//
//   node bench/size.mjs
//
// A page with only a server-rendered matrix ships no Rungs JavaScript at all: its bundle is
// made by the host's RSC bundler, so examples/next's build is where that 0 is shown.
import { fileURLToPath } from "node:url";
import {
  APPS,
  BUDGETS,
  bundleApp,
  byOrigin,
  kb,
  measureApps,
  measureCdn,
  TARGETS,
} from "../tests/package/app-bundles.mjs";
import { machine } from "./measure.mjs";

const measured = await measureApps();
const { empty, react, ladder, ladderIsland, parse } = measured.apps;

// The ladder's floor: Radix's accordion alone (a dependency of @rungs/react, so imported by
// its folder there), one item, over the same React-only app.
const radixDir = fileURLToPath(new URL("../packages/react/node_modules/@radix-ui/react-accordion", import.meta.url));
const radix = await bundleApp(
  APPS.react.replace(
    `const App = () => createElement("p", null, "Hello");`,
    `import * as A from ${JSON.stringify(radixDir)};
const App = () => createElement(A.Root, { type: "multiple" }, createElement(A.Item, { value: "a" },
  createElement(A.Header, null, createElement(A.Trigger, null, "A")), createElement(A.Content, null, "a")));`,
  ),
);

console.log(`bench/size — ${machine()}; esbuild, browser, minified, NODE_ENV=production, gzip -9`);
console.log("| app | minified | gzip |");
console.log("|---|---:|---:|");
for (const [name, app] of [
  ["empty", empty],
  ["React only (hydrateRoot of a trivial component)", react],
  ["React + LevelLadder given raw JSON (a client-only app: it resolves it)", ladder],
  ["React + the ladder's client part given checked data (a server-rendered ladder)", ladderIsland],
  ["React + Radix's accordion alone (the ladder's floor)", radix],
  ["parseFramework only", parse],
]) {
  console.log(`| ${name} | ${kb(app.minified)} | ${kb(app.gzip)} |`);
}

console.log("\n| over its floor | gzip | budget |");
console.log("|---|---:|---:|");
for (const [name, figure, budget] of [
  ["LevelLadder (client-only, raw JSON) over React only", measured.ladderOverReact.gzip, TARGETS.ladderOverReact],
  [
    "Server-rendered ladder's client part over React only",
    measured.ladderIslandOverReact.gzip,
    TARGETS.ladderIslandOverReact,
  ],
  ["(Radix's accordion alone over React only)", radix.gzip - react.gzip, TARGETS.ladderOverReact],
  ["parseFramework over an empty app", measured.parseFramework.gzip, TARGETS.parseFramework],
]) {
  const status = figure <= budget ? "" : ` (over by ${kb(figure - budget)})`;
  console.log(`| ${name} | **${kb(figure)}**${status} | ≤ ${kb(budget)} |`);
}

for (const [name, difference] of [
  ["the ladder given raw JSON", measured.ladderOverReact],
  ["a server-rendered ladder's client part", measured.ladderIslandOverReact],
]) {
  console.log(`\nWhat ${name} brings, by origin (minified bytes):`);
  for (const { origin, bytes } of difference.extra) console.log(`  ${kb(bytes).padStart(8)}  ${origin}`);
}

// Bundled from the sources, the same apps show which of core's modules each keeps.
const fromSources = await Promise.all([APPS.ladder, APPS.parse].map((app) => bundleApp(app, { sources: true })));
for (const [name, app, floor, fromDist] of [
  ["LevelLadder", fromSources[0], react, measured.ladderOverReact],
  ["parseFramework", fromSources[1], empty, measured.parseFramework],
]) {
  console.log(
    `\n${name} bundled from the sources: ${kb(app.gzip - floor.gzip)} gzip over its floor ` +
      `(from dist: ${kb(fromDist.gzip)}); core's modules in it (minified bytes):`,
  );
  const core = byOrigin(app.inputs).filter(({ origin }) => origin.startsWith("packages/core/"));
  for (const { origin, bytes } of core) console.log(`  ${kb(bytes).padStart(8)}  ${origin}`);
}

// @rungs/formats: each format's cost to a browser app that uses it, from the built package
// (its own subpath, so an app carries only that format). Core's parser is counted apart: an
// importer validates with it, so an app that imports also pays `parseFramework`'s figure.
const formatApps = [
  ["toCsv", `import { toCsv } from "@rungs/formats/csv"; document.title = toCsv(window.f);`],
  ["fromCsv (papaparse)", `import { fromCsv } from "@rungs/formats/csv"; document.title = fromCsv("").ok;`],
  ["toMarkdown", `import { toMarkdown } from "@rungs/formats/markdown"; document.title = toMarkdown(window.f);`],
  [
    "toJsonLd + jsonLdScriptText",
    `import { toJsonLd, jsonLdScriptText } from "@rungs/formats/jsonld"; document.title = jsonLdScriptText(toJsonLd(window.f));`,
  ],
  [
    "toCase (uuid)",
    `import { toCase } from "@rungs/formats/case"; document.title = toCase(window.f).CFDocument.title;`,
  ],
  ["fromCase", `import { fromCase } from "@rungs/formats/case"; document.title = fromCase("").ok;`],
];
const parseOnly = measured.parseFramework.gzip;
console.log("\n@rungs/formats — one format per app (esbuild, browser, minified, gzip -9):");
console.log("| app | minified | gzip | gzip without core's parser |");
console.log("|---|---:|---:|---:|");
for (const [name, source] of formatApps) {
  const app = await bundleApp(source);
  const usesParser = app.inputs.some((input) => input.path.includes("core/dist/parse/normalize"));
  const own = usesParser ? kb(app.gzip - parseOnly) : kb(app.gzip);
  console.log(`| ${name} | ${kb(app.minified)} | ${kb(app.gzip)} | ${own}${usesParser ? " (≈)" : ""} |`);
}

// @rungs/elements' one-file CDN build: what a page without a bundler pays, React included.
const cdn = await measureCdn();
console.log("\n@rungs/elements — the one-file CDN build (dist/cdn), gzip -9:");
console.log("| file | minified | gzip | budget |");
console.log("|---|---:|---:|---:|");
console.log(`| rungs-elements.js | ${kb(cdn.script.minified)} | ${kb(cdn.script.gzip)} | ≤ ${kb(BUDGETS.cdnScript)} |`);
console.log(`| of which React + ReactDOM alone | — | ${kb(react.gzip)} | |`);
console.log(
  `| rungs-elements.css | ${kb(cdn.stylesheet.minified)} | ${kb(cdn.stylesheet.gzip)} | ≤ ${kb(BUDGETS.cdnStylesheet)} |`,
);
