// What Rungs adds to a browser bundle, measured as an integrator's bundler would see it:
// tiny apps bundled by esbuild for the browser (minified, production React, dependencies
// included) from the *built* packages, then gzipped. Bytes are not noisy, so
// tests/package/size.test.ts asserts the budgets and bench/size.mjs prints the same numbers.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(import.meta.dirname, "../..");
const REACT_DIST = join(ROOT, "packages/react/dist/index.js");
/** The ladder's client part: what the browser loads for a ladder a server component rendered. */
const LADDER_CLIENT_DIST = join(ROOT, "packages/react/dist/ladder/ladder-client.js");
const CORE_DIST = join(ROOT, "packages/core/dist/index.js");

/** Issue 10's targets, in gzipped bytes: not met yet (see bench/README.md's size table). */
export const TARGETS = {
  /** `LevelLadder` given a parsed framework, over a React-only app. */
  ladderOverReact: 12 * 1024,
  /** A server-rendered ladder's client part, given the checked framework, over a React-only app. */
  ladderIslandOverReact: 12 * 1024,
  /** `parseFramework` alone: core's bytes in an app that parses. */
  parseFramework: 4 * 1024,
};

/**
 * The budgets the size test holds, in gzipped bytes: today's sizes, rounded up, so that
 * they can only shrink towards {@link TARGETS}. Lower them as the bytes come down; never
 * raise them without saying why in the commit.
 */
export const BUDGETS = {
  // 23.5 → 24.5 KB (issue 12): the ladder's `levelSteps` badges (≈ 0.6 KB) and the default
  // labels of AssessmentSummary and LevelStepper, which share the one labels module (≈ 0.4 KB).
  // 24.5 → 25 KB (issue 18): ids unique across levels and statements, marks capped in search.
  // 25 → 24.75 KB (issue 19): this app hands the ladder raw input in the browser, so the
  // ladder resolves it there and the parser ships, as it must; the ladder's client part no
  // longer re-checks what its server part resolved (see ladderIslandOverReact).
  // 24.75 → 25 KB (issue 19): the ladder's server part renders the rungs for its client part
  // (ladder-rungs.js, the outline of ids), which a client-only app runs in the browser too;
  // the split takes 5.4 KB off every server-rendered ladder (ladderIslandOverReact).
  // 25 → 30 KB (issue 20): format 1.1 — a client-only app parses and checks areas, tracks,
  // every-level statements, statement objects and level details too (the parser's growth
  // below, twice: the reader and the parsed-framework check).
  // 30 → 30.5 KB (issue 20, item 2): a track for every query (trackOf), every-level
  // statements in the assessment, search in examples and notes, alignment by area first
  // (+440 bytes gzip: 30,594 → 31,034).
  // 30.5 → 32.25 KB (issue 21, item 1): a client-only app renders the ladder's areas, level
  // description and details, every-level section and examples disclosure (+1.5 KB gzip).
  // 32.25 → 32.75 KB (issue 21, item 2): tracks — the track's levels in every view, the
  // equivalents in each rung, a hash to another track (+308 bytes gzip: 33,024 → 33,332).
  // 32.75 → 33 KB (issue 21, item 6): the ladder's static variant (interactive={false}),
  // chosen at render time, so in every bundle of the ladder (+248 bytes gzip: 33,332 → 33,580).
  // 33 → 33.25 KB (issue 22, item 8): server HTML says only what it can do until the ladder
  // hydrates (rung titles as text, then buttons; a fieldset disabling the self-assessment's
  // checkboxes), the panels' region role dropped past six open, and the level announced
  // when the host's currentLevel follows the assessment (+224 bytes gzip: 33,580 → 33,804).
  ladderOverReact: 33.25 * 1024,
  // Issue 19: what a server-rendered ladder costs the browser — its client part, given the
  // framework its server part checked, with neither core's parser nor its checker.
  // 16.75 → 11.5 KB (issue 19): the server part also resolves the labels, runs the search and
  // renders the rungs, so the client part is Radix's accordion (8.9 KB) and the open state.
  // 11.5 → 11.75 KB (issue 22, item 8): the same in the client part, which holds all of it
  // (11.5 KB before, rounded; 11,886 bytes gzip after).
  ladderIslandOverReact: 11.75 * 1024,
  // 6 → 6.5 KB (issue 18): level and statement ids checked as one set (a level keyed like a
  // statement id is renamed), and the length of an assessment code checked before decoding.
  // 6.5 → 9.75 KB (issue 20): format 1.1 — areas, tracks and equivalences, every-level
  // statements, statement objects (id, area, proficiency, examples, notes), level
  // descriptions and details, language, paragraphs; the field names from one table
  // (format-fields.ts) so the format's descriptions stay out of the parse.
  // 9.75 → 10 KB (issue 20): the 1.1 parse's fast paths (a tidy object text or example read
  // in place, extras set on the one statement) took it from 15× to 4.3× JSON.parse.
  parseFramework: 10 * 1024,
  // Issue 13: the CDN build of @rungs/elements, React and every view included (React and
  // ReactDOM alone are ≈ 67 KB of it), and its stylesheet.
  // 106 → 108 KB (issue 18): the src body streamed with a size cap and a timeout, attribute
  // values read as an HTML parser reads them, the attribute allow-list, and core's additions.
  // 108 → 108.5 KB (issue 19): the ladder's open state in its own hook module (+38 bytes).
  // 108.5 → 113.75 KB (issue 20): core's format 1.1 (see parseFramework).
  // 113.75 → 114.5 KB (issue 20, item 2): core's tracks, search and alignment (see
  // ladderOverReact; +759 bytes gzip: 116,112 → 116,871).
  // 114.5 → 117.25 KB (issue 21, item 4): AssessmentSummary groups its gap by area and can
  // show AreaProfile (the SVG chart, its table, geometry and labels; core's assessAreas and
  // gapByArea), so every summary the elements render carries them (+3,065 bytes gzip:
  // 116,961 → 120,026).
  // (issue 21, item 3): the matrix and the comparison grouped by area (+548 bytes gzip).
  // (issue 21, item 1): the ladder's areas, level description and details, every-level
  // section and examples disclosure (+1,497 bytes gzip).
  // Together, measured after the three merged: 122,225 bytes gzip.
  // 119.5 → 120.5 KB (issue 21, item 2): tracks in every view, TrackSwitcher's code (the
  // elements bundle every export) and the ladder's equivalents (122,968 bytes gzip).
  // 120.5 → 121 KB (issue 21, item 6): the ladder's static variant (interactive={false}:
  // headed sections with no client part; LevelLadder picks it at render time, so every
  // bundle of it carries it), <rungs-area-profile>, and the elements' tracks (the track
  // attribute on every view, the switcher over the ladder and the matrix, the element
  // setting its own track) (+723 bytes gzip: 122,968 → 123,691).
  // 121 → 121.25 KB (issue 22, item 8): the ladder's client part above, and the summary
  // rows' separators read by screen readers (120.9 KB before, rounded; 124,013 bytes gzip).
  // 121 → 122.5 KB (issue 22, items 3–5): core's checkedFromLink (with its own query
  // reader: core has no URLSearchParams) and the elements' assessment attribute, an
  // element holding an update until hydration is over, the checkable card's step badge and
  // the error panel's details switch (+1,213 bytes gzip: 123,691 → 124,904).
  // 122.5 → 123 KB: both of the above together (125,085 bytes gzip after the merge).
  cdnScript: 123 * 1024,
  // 10.5 → 11.25 KB (issue 21, item 4): area-profile.css and the summary's area groups.
  // (issue 21, item 3): the tables' scroll shadows, sticky theme column, area header rows
  // and the narrow layout's empty cells; (item 1) the ladder's 1.1 pieces. Together,
  // measured after the three merged: 12,885 bytes gzip.
  // 12.75 → 13 KB (issue 21, item 2): track-switcher.css and the equivalents' rows (13,173 bytes gzip).
  // 13 → 13.25 KB (issue 21, item 6): the static ladder's rung heading, <rungs-area-profile>
  // a block, room under the elements' track switcher (≈ +120 bytes gzip), over main's matrix
  // every-level rows and level-description wrapping: 13,409 bytes gzip measured.
  // 13.25 → 13.75 KB (issue 22, item 8): themes that survive Lightning CSS — each colour a
  // theme sets is two plain halves (-light, -dark) that the root pairs with light-dark(), so
  // themes.css declares twice the colour hooks (the warm theme's and "default"'s resets) and
  // tokens.css reads two per role; and the comment saying why (the CDN stylesheet ships
  // unminified, comments included). +523 bytes gzip: 13,409 → 13,932.
  // 13.75 → 14 KB (issue 22, item 7): the design pass — the matrix's column marks, the
  // rung meta's separator, filled progress bars (14,246 bytes gzip after both merged).
  // Minifying the CDN stylesheet (it ships with its comments) would take far more off.
  // 13.25 → 13.75 KB (issue 22, item 8): the compact stepper's tooltip, the rung title
  // before hydration, the fieldset without a box, and the no-script rules for the ladder's
  // chevron and the summary's hint and buttons (+438 bytes gzip: 13,409 → 13,847).
  // 14 → 14.5 KB: the theme fix, the design pass and the audit fixes together (14,686 bytes gzip).
  cdnStylesheet: 14.5 * 1024,
};

const hydrate = (component, props = "null") => `
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
${component.import}
hydrateRoot(document.getElementById("root"), createElement(${component.name}, ${props}));
`;

/**
 * The apps, as source text. `react` and `ladder` differ only by the ladder, `empty` and
 * `parse` only by core's parser, so each difference is what Rungs brings.
 */
export const APPS = {
  empty: `document.title = document.body.textContent;`,
  react: hydrate({ import: `const App = () => createElement("p", null, "Hello");`, name: "App" }),
  // A client-only app: the framework arrives as raw JSON (an inline script), which the
  // ladder resolves itself, so core's parser and checker ship with it.
  ladder: hydrate(
    { import: `import { LevelLadder } from "@rungs/react";`, name: "LevelLadder" },
    `{ framework: JSON.parse(document.getElementById("framework").textContent) }`,
  ),
  // A server-rendered ladder as the browser gets it: the ladder's client part (what the
  // server part's client reference loads), given the props its server part made (the
  // rendered rungs and the outline arrive in the page's RSC payload).
  ladderIsland: hydrate(
    { import: `import { LadderClient } from "@rungs/react/ladder-client";`, name: "LadderClient" },
    `JSON.parse(document.getElementById("props").textContent)`,
  ),
  parse: `
import { parseFramework } from "@rungs/core";
document.title = String(parseFramework(document.body.textContent).ok);
`,
};

/**
 * esbuild as tsup installs it. The root package does not list esbuild itself, so it is
 * resolved through tsup, which pins it; a root devDependency is used first if present.
 */
async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch {
    const fromTsup = createRequire(createRequire(join(ROOT, "package.json")).resolve("tsup"));
    return fromTsup("esbuild");
  }
}

/** Where an input comes from: a package name, or a Rungs dist file. */
function origin(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  if (inPackage?.[1]) return inPackage[1];
  return path.replace(/^.*packages\/(core|react)\/dist\//, "@rungs/$1/dist/");
}

/**
 * Bundles one app's source and returns its minified and gzipped sizes and the bytes each
 * input contributes to the output (esbuild's metafile), biggest first. From the built
 * packages by default; with `sources`, from the packages' sources, which shows the bytes
 * per source module (a diagnosis, not a budget).
 */
export async function bundleApp(source, { sources = false } = {}) {
  for (const dist of sources ? [] : [REACT_DIST, CORE_DIST]) {
    if (!existsSync(dist)) throw new Error(`${relative(ROOT, dist)} is missing: run \`pnpm build\` first`);
  }
  const esbuild = await loadEsbuild();
  const fromDist = {
    // The built @rungs/react (the root package does not depend on it); it finds @rungs/core,
    // Radix and clsx through its own node_modules, as in a host's install.
    alias: { "@rungs/react/ladder-client": LADDER_CLIENT_DIST, "@rungs/react": REACT_DIST },
    // Not the repository's tsconfig, whose paths point the packages at their sources.
    tsconfigRaw: "{}",
  };
  const fromSources = {
    alias: {
      "@rungs/react/ladder-client": join(ROOT, "packages/react/src/ladder/ladder-client.tsx"),
      "@rungs/react": join(ROOT, "packages/react/src/index.ts"),
      "@rungs/core/jsonld": join(ROOT, "packages/core/src/jsonld/index.ts"),
      "@rungs/core": join(ROOT, "packages/core/src/index.ts"),
    },
  };
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: ROOT, loader: "js", sourcefile: "app.js" },
    absWorkingDir: ROOT,
    ...(sources ? fromSources : fromDist),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({ path, origin: origin(path), bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

/** Minified bytes per origin (package or Rungs dist file), biggest first. */
export function byOrigin(inputs) {
  const totals = new Map();
  for (const input of inputs) totals.set(input.origin, (totals.get(input.origin) ?? 0) + input.bytes);
  return [...totals].map(([origin, bytes]) => ({ origin, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * Every measured app, and the two differences the budgets are about: the ladder over a
 * React-only app, and core's parser over an empty app. `extra` lists, biggest first, the
 * inputs (by origin, minified bytes) the bigger app has and the smaller does not.
 */
export async function measureApps() {
  const [empty, react, ladder, ladderIsland, parse] = await Promise.all(
    [APPS.empty, APPS.react, APPS.ladder, APPS.ladderIsland, APPS.parse].map(bundleApp),
  );
  const extra = (bigger, smaller) => {
    const shared = new Set(smaller.inputs.map((input) => input.path));
    return byOrigin(bigger.inputs.filter((input) => !shared.has(input.path)));
  };
  return {
    apps: { empty, react, ladder, ladderIsland, parse },
    ladderOverReact: { gzip: ladder.gzip - react.gzip, extra: extra(ladder, react) },
    ladderIslandOverReact: { gzip: ladderIsland.gzip - react.gzip, extra: extra(ladderIsland, react) },
    parseFramework: { gzip: parse.gzip - empty.gzip, extra: extra(parse, empty) },
  };
}

/** "12.3 KB" (1 KB = 1,024 bytes, as the budgets are written). */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const CDN_DIR = join(ROOT, "packages/elements/dist/cdn");

/**
 * The one-file build for pages without a bundler (`@rungs/elements`' dist/cdn): its script,
 * which holds React, ReactDOM, core and the components, and its stylesheet, gzipped as a
 * CDN serves them.
 */
export async function measureCdn() {
  const size = (file) => {
    const path = join(CDN_DIR, file);
    if (!existsSync(path)) throw new Error(`${relative(ROOT, path)} is missing: run \`pnpm build\` first`);
    const bytes = readFileSync(path);
    return { minified: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength, text: bytes.toString() };
  };
  // What the script imports, as a bundler reads it (a regular expression would take the
  // word "from" in the code's strings for an import).
  const esbuild = await loadEsbuild();
  const entry = join(CDN_DIR, "rungs-elements.js");
  const { metafile } = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    // Kept and listed, whatever they are, rather than resolved.
    external: ["*"],
    write: false,
    metafile: true,
    format: "esm",
    logLevel: "silent",
  });
  const imports = metafile.inputs[relative(process.cwd(), entry)]?.imports.map((imported) => imported.path) ?? [];
  return { script: { ...size("rungs-elements.js"), imports }, stylesheet: size("rungs-elements.css") };
}
