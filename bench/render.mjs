// bench/render: server render cost and page weight of Rungs' views against hand-written
// markup of the same statements, in one run. Run after `pnpm build`:
//
//   node bench/render.mjs
//
// Targets (issue 10), on the seed and on monzo-web:
// - LevelLadder ≤ 1.5× Radix's accordion holding the same statements as plain markup. The
//   floor is Radix, not a table: an accordion's own parts (items, headers, triggers, ids)
//   cost about 13× a plain table, and the ladder is built on it.
// - ProgressionMatrix ≤ 2.5× a hand-written <table> of the same theme rows.
// - DOM elements of ladder + matrix ≤ 1.25× a hand-written <details> per level + <table>.
//
// Times: renderToString, warm, each view the fastest of many batches taken in turns (so a
// slow moment of a shared machine hits every view alike). DOM: the tags in the HTML.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { alignThemes, parseFramework } from "../packages/core/dist/index.js";
import { batchFor, machine } from "./measure.mjs";

// A server renders with production React (development React checks and warns as it goes,
// several times slower, and not alike for every view). Set before React is first loaded.
process.env.NODE_ENV ??= "production";
const { createElement: h } = await import("react");
const { renderToString } = await import("react-dom/server");
const { LevelLadder, ProgressionMatrix } = await import("../packages/react/dist/index.js");

const TARGETS = { ladder: 1.5, matrix: 2.5, dom: 1.25 };
const SEEDS = [
  ["seed 17-3024.00", "17-3024.00.json"],
  ["monzo-web", "monzo-web.json"],
];

// Radix is a dependency of @rungs/react, not of the repository root: load it from there, as
// the ladder does (one copy of React for both).
const fromReact = createRequire(new URL("../packages/react/package.json", import.meta.url));
const Accordion = fromReact("@radix-ui/react-accordion");

/** A level's statements as a plain list: the content every floor holds. */
function statementList(level) {
  return h(
    "ul",
    null,
    level.statements.map((statement) => h("li", { key: statement.id }, statement.text)),
  );
}

/** Radix's accordion with one item per level, its statements as plain markup, all mounted. */
function RadixFloor({ framework }) {
  return h(
    Accordion.Root,
    { type: "multiple" },
    framework.levels.map((level) =>
      h(
        Accordion.Item,
        { key: level.id, value: level.id },
        h(Accordion.Header, null, h(Accordion.Trigger, null, level.label)),
        // Mounted while closed, as the ladder keeps every statement in the server HTML.
        h(Accordion.Content, { forceMount: true, hidden: true }, statementList(level)),
      ),
    ),
  );
}

/** A cell's statements: the text alone when one, a list when several. */
function cellContent(statements) {
  if (statements.length <= 1) return statements[0]?.text ?? null;
  return h(
    "ul",
    null,
    statements.map((statement) => h("li", { key: statement.id }, statement.text)),
  );
}

/** A hand-written table of the same theme rows the matrix shows: one column per level. */
function TableFloor({ framework, rows }) {
  return h(
    "table",
    null,
    h("caption", null, framework.occupation.title),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("td", null),
        framework.levels.map((level) => h("th", { key: level.id, scope: "col" }, level.label)),
      ),
    ),
    h(
      "tbody",
      null,
      rows.map((row) =>
        h(
          "tr",
          { key: row.id },
          h("th", { scope: "row" }, row.label),
          row.cells.map((statements, rank) => h("td", { key: rank }, cellContent(statements))),
        ),
      ),
    ),
  );
}

/** The hand-written control page's ladder: a <details> per level. */
function DetailsFloor({ framework }) {
  return h(
    "div",
    null,
    framework.levels.map((level) =>
      h("details", { key: level.id }, h("summary", null, level.label), statementList(level)),
    ),
  );
}

/** Elements in server HTML: its opening tags. */
function countElements(html) {
  return html.match(/<[a-zA-Z]/g)?.length ?? 0;
}

/**
 * Milliseconds per call of each function: batches sized to last about 5 ms, taken in turns
 * for `rounds` rounds, the fastest batch of each kept (the least disturbed by the machine).
 */
function fastestInTurns(fns, rounds = 40) {
  const entries = Object.entries(fns).map(([name, fn]) => ({ name, fn, batch: batchFor(fn), best: Infinity }));
  for (let round = 0; round < rounds; round++) {
    for (const entry of entries) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < entry.batch; i++) entry.fn();
      entry.best = Math.min(entry.best, Number(process.hrtime.bigint() - start) / 1e6 / entry.batch);
    }
  }
  return Object.fromEntries(entries.map((entry) => [entry.name, entry.best]));
}

function measure(name, file) {
  const result = parseFramework(readFileSync(new URL(`../seeds/${file}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(`${file} did not parse: ${result.errors[0]?.message}`);
  const { framework } = result;
  const { rows } = alignThemes(framework);
  const views = {
    ladder: () => renderToString(h(LevelLadder, { framework })),
    radix: () => renderToString(h(RadixFloor, { framework })),
    matrix: () => renderToString(h(ProgressionMatrix, { framework })),
    table: () => renderToString(h(TableFloor, { framework, rows })),
  };
  const ms = fastestInTurns(views);
  const elements = {
    ladder: countElements(views.ladder()),
    matrix: countElements(views.matrix()),
    details: countElements(renderToString(h(DetailsFloor, { framework }))),
    table: countElements(views.table()),
  };
  const statements = framework.levels.reduce((n, level) => n + level.statements.length, 0);
  return { name, statements, rows: rows.length, ms, elements };
}

/** "**2.31×**", with how far over its target when it is. */
function ratio(value, target) {
  return `**${value.toFixed(2)}×**${value <= target ? "" : ` (over ${target}×)`}`;
}

const results = SEEDS.map(([name, file]) => measure(name, file));
console.log(`bench/render — ${machine()}`);
console.log(
  `| framework | ladder | Radix floor | ratio (≤ ${TARGETS.ladder}×) | matrix | <table> floor | ratio (≤ ${TARGETS.matrix}×) ` +
    `| DOM ladder + matrix | DOM <details> + <table> | ratio (≤ ${TARGETS.dom}×) |`,
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const { name, statements, rows, ms, elements } of results) {
  const rungsElements = elements.ladder + elements.matrix;
  const handElements = elements.details + elements.table;
  console.log(
    `| ${name} (${statements} statements, ${rows} rows) | ${ms.ladder.toFixed(3)} ms | ${ms.radix.toFixed(3)} ms | ` +
      `${ratio(ms.ladder / ms.radix, TARGETS.ladder)} | ${ms.matrix.toFixed(3)} ms | ${ms.table.toFixed(3)} ms | ` +
      `${ratio(ms.matrix / ms.table, TARGETS.matrix)} | ${rungsElements} (${elements.ladder} + ${elements.matrix}) | ` +
      `${handElements} (${elements.details} + ${elements.table}) | ` +
      `${ratio(rungsElements / handElements, TARGETS.dom)} |`,
  );
}
