// bench/scale: how the cost of each hostile shape grows from N to 2N (issue 9's shapes
// here, issue 18's per package in bench/scale-shapes/). A growth ratio near 2 is linear,
// near 4 quadratic; a shape whose fix is a limit (it has `refused(output)`) is run at sizes
// up to 4× the limit and must be refused each time within half a second. Run after
// `pnpm build`:
//
//   node bench/scale.mjs
//
// Where a documented limit of parseFramework would refuse the input, the limits are
// raised (UNLIMITED) so the algorithm itself is measured; the shapes whose fix *is* a
// limit (a megabyte of [0,0,…], a sparse array) run with the default limits. Each time is
// the fastest of a few runs on inputs prepared beforehand; alignments are computed on
// copies (a framework core did not build is never served from a cache).
import { readdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  alignThemes,
  compareLevels,
  diffWords,
  parseFramework,
  searchStatements,
} from "../packages/core/dist/index.js";
import { machine, UNLIMITED } from "./measure.mjs";

/** `global.gc`, exposed on demand so that `node bench/scale.mjs` needs no flag. */
const gc = (() => {
  if (typeof globalThis.gc === "function") return globalThis.gc;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc");
})();

/**
 * Fastest of `runs` timed calls of `run(input)`, each on its own prepared input, in ms. The
 * heap is collected before each call, so no run pays for the garbage of the one before (at
 * a few milliseconds that alone moved a ratio from 2× to 3×).
 */
function fastest(prepare, run, runs = 3) {
  const inputs = Array.from({ length: runs }, () => prepare());
  let best = Number.POSITIVE_INFINITY;
  for (const input of inputs) {
    gc();
    const start = process.hrtime.bigint();
    run(input);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function input(levels) {
  return { schemaVersion: "1.0", occupation: { title: "Scale" }, framework: { levels }, attribution: "bench" };
}

function parsed(value, options = UNLIMITED) {
  const result = parseFramework(value, options);
  if (!result.ok) throw new Error(`bench input did not parse: ${result.errors[0]?.message}`);
  return result.framework;
}

/** A word made of letters only (numbers are not words to the similarity measure): 0 → "b"… */
function word(n, letters = "bcdfghjklmnpqrstvwxz") {
  let text = "";
  for (let i = n + 1; i > 0; i = Math.floor(i / letters.length)) text += letters[i % letters.length];
  return text;
}

function words(count, letters) {
  return Array.from({ length: count }, (_, i) => word(i, letters)).join(" ");
}

/** Every shape: its label, the two sizes, how to build an input of size n, and what to time. */
const shapes = [
  {
    name: "duplicate statements (`S<i> — d` twice each), parse",
    sizes: [20_000, 40_000],
    prepare: (n) =>
      JSON.stringify(input({ a: { label: "A", statements: Array.from({ length: n }, (_, i) => `S${i >> 1} — d`) } })),
    run: (text) => parseFramework(text, UNLIMITED),
  },
  {
    name: "non-Latin level keys (all slug to `level`), parse",
    sizes: [10_000, 20_000],
    prepare: (n) =>
      JSON.stringify(
        input(
          Object.fromEntries(
            Array.from({ length: n }, (_, i) => [
              word(i, "абвгдежзиклмнопрсту"),
              { label: "L", statements: ["S — d"] },
            ]),
          ),
        ),
      ),
    run: (text) => parseFramework(text, UNLIMITED),
  },
  {
    name: 'alignThemes, one level, all on subject "Testing"',
    sizes: [10_000, 20_000],
    prepare: (n) =>
      structuredClone(
        parsed(
          input({ a: { label: "A", statements: Array.from({ length: n }, (_, i) => `Testing — checks ${word(i)}`) } }),
        ),
      ),
    run: (framework) => alignThemes(framework, { strategy: "subject" }),
  },
  {
    name: "compareLevels, one shared subject, n × n",
    sizes: [1_000, 2_000],
    prepare: (n) =>
      structuredClone(
        parsed(
          input({
            a: {
              label: "A",
              statements: Array.from({ length: n }, (_, i) => `Testing — reviews ${word(i)} ${word(i + n)}`),
            },
            b: {
              label: "B",
              statements: Array.from({ length: n }, (_, i) => `Testing — reviews ${word(i)} ${word(i + n)} carefully`),
            },
          }),
        ),
      ),
    run: (framework) => compareLevels(framework, "a", "b", { strategy: "subject" }),
  },
  {
    name: "diffWords of two different statements, n KB each",
    unit: "KB",
    sizes: [100, 200],
    prepare: (n) => {
      const count = Math.round((n * 1024) / 6);
      return [words(count, "abcdefghijklm").slice(0, n * 1024), words(count, "nopqrstuvwxyz").slice(0, n * 1024)];
    },
    run: ([before, after]) => diffWords(before, after),
  },
  {
    name: "alignThemes similarity, 1 statement per level, n levels",
    sizes: [1_000, 2_000],
    prepare: (n) =>
      structuredClone(
        parsed(
          input(
            Object.fromEntries(
              Array.from({ length: n }, (_, l) => [
                `level-${l}`,
                { label: `L${l}`, statements: [`Handles ${word(l % 40)} and ${word(((l * 7) % 40) + 40)} work`] },
              ]),
            ),
          ),
        ),
      ),
    run: (framework) => alignThemes(framework, { strategy: "similarity" }),
  },
  {
    name: 'searchStatements, "a" × n searched for "a" × n/10',
    sizes: [1_000_000, 2_000_000],
    prepare: (n) => {
      const long = "a".repeat(n);
      const statement = { id: "a-1", levelKey: "a", index: 0, text: `S — ${long}`, subject: "S", description: long };
      const framework = { levels: [{ key: "a", id: "a", label: "A", rank: 0, statements: [statement] }] };
      return { framework, query: "a".repeat(n / 10) };
    },
    run: ({ framework, query }) => searchStatements(framework, query),
  },
  {
    name: "1 MB of `statements: [0,0,…]`, parse (default limits)",
    unit: "MB",
    sizes: [1, 2],
    prepare: (n) =>
      `{"schemaVersion":"1.0","framework":{"levels":{"a":{"statements":[${"0,".repeat(n * 262_144)}0]}}}}`,
    run: (text) => parseFramework(text),
  },
  {
    name: "sparse array, `length` = n, parse (default limits)",
    sizes: [2_000_000, 4_000_000],
    prepare: (n) => {
      const statements = [];
      statements.length = n;
      return structuredClone(input({ a: { label: "A", statements } }));
    },
    run: (value) => parseFramework(value),
  },
];

/** React shapes, when the React package is built. */
async function reactShapes() {
  let react;
  try {
    const [{ createElement }, { renderToString }, components] = await Promise.all([
      import("react"),
      import("react-dom/server"),
      import("../packages/react/dist/index.js"),
    ]);
    react = { createElement, renderToString, ...components };
  } catch (error) {
    console.log(`(React shapes skipped: ${error.message})`);
    return [];
  }
  const { createElement, renderToString, LevelLadder, ProgressionMatrix } = react;
  return [
    {
      name: "1 MB of `statements: [0,0,…]`, LevelLadder error panel (renderToString)",
      unit: "MB",
      sizes: [1, 2],
      runs: 1,
      prepare: (n) =>
        `{"schemaVersion":"1.0","framework":{"levels":{"a":{"statements":[${"0,".repeat(n * 262_144)}0]}}}}`,
      run: (text) => renderToString(createElement(LevelLadder, { framework: text })),
    },
    {
      name: "ProgressionMatrix, n levels × 20 (renderToString)",
      sizes: [100, 200],
      runs: 1,
      prepare: (n) =>
        parsed(
          input(
            Object.fromEntries(
              Array.from({ length: n }, (_, l) => [
                `level-${l}`,
                {
                  label: `Level ${l}`,
                  statements: Array.from({ length: 20 }, (_, s) => `Subject ${s} — does ${word(l)} with ${word(s)}`),
                },
              ]),
            ),
          ),
        ),
      run: (framework) => renderToString(createElement(ProgressionMatrix, { framework })),
    },
  ];
}

/**
 * Memory the search keeps after the framework is dropped: 20 statements of 1 MB, parsed
 * (so core built it and may cache for it), searched, dropped, collected.
 */
function searchCacheRetention() {
  const make = () => {
    const statements = Array.from(
      { length: 20 },
      (_, i) =>
        `S${i} — ${word(i)
          .repeat(Math.ceil(1_000_000 / 3))
          .slice(0, 1_000_000)}`,
    );
    return parsed(input({ a: { label: "A", statements } }));
  };
  gc();
  const before = process.memoryUsage().heapUsed;
  let framework = make();
  searchStatements(framework, "bcd");
  searchStatements(framework, "zz");
  framework = undefined;
  gc();
  gc();
  return (process.memoryUsage().heapUsed - before) / 1024 / 1024;
}

function ms(time) {
  return time < 1 ? `${(time * 1000).toFixed(0)} µs` : `${time.toFixed(1)} ms`;
}

function size(n, unit) {
  return unit ? `${n} ${unit}` : n.toLocaleString("en");
}

/**
 * The shapes of issue 18, one file per package in bench/scale-shapes/ (`export const shapes`),
 * each skipped with a line when its package is not built.
 */
async function packageShapes() {
  const folder = new URL("./scale-shapes/", import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".mjs"))
    .sort();
  const loaded = [];
  for (const file of files) {
    try {
      const module = await import(new URL(file, folder).href);
      loaded.push(...(typeof module.shapes === "function" ? await module.shapes() : module.shapes));
    } catch (error) {
      console.log(`(${file} skipped: ${error.message})`);
    }
  }
  return loaded;
}

/** Issue 18's bar: growth from N to 2N at most 2.6×, or every size refused within half a second. */
const MAX_GROWTH = 2.6;
const MAX_REFUSAL_MS = 500;

/** A shape whose fix is a limit: its time at each size (up to 4× the limit) and whether each run was refused. */
function refusalRow(shape) {
  const results = shape.sizes.map((n) => {
    let refused = true;
    const time = fastest(
      () => shape.prepare(n),
      (input) => {
        refused &&= shape.refused(shape.run(input));
      },
      shape.runs ?? 3,
    );
    return { n, time, refused };
  });
  gc();
  const slowest = Math.max(...results.map((result) => result.time));
  const ok = results.every((result) => result.refused) && slowest <= MAX_REFUSAL_MS;
  const sizes = results.map((result) => `${size(result.n, shape.unit)}: ${ms(result.time)}`).join(", ");
  return { ok, line: `| ${shape.name} | ${sizes} | refused, slowest ${ms(slowest)} | ${ok ? "ok" : "**FAILS**"} |` };
}

/** Any other shape: its time at N and 2N and the growth between them. */
function growthRow(shape) {
  const [n, twice] = shape.sizes;
  const times = [n, twice].map((at) => fastest(() => shape.prepare(at), shape.run, shape.runs ?? 3));
  gc();
  const growth = times[1] / times[0];
  const ok = growth <= MAX_GROWTH || times[1] < 1;
  return {
    ok,
    line:
      `| ${shape.name} | ${size(n, shape.unit)}: ${ms(times[0])}, ${size(twice, shape.unit)}: ${ms(times[1])} | ` +
      `**${growth.toFixed(2)}×** | ${ok ? "ok" : "**FAILS**"} |`,
  };
}

async function main() {
  console.log(`bench/scale — ${machine()}`);
  console.log(
    `| shape | time at each size | growth N → 2N (≈2 linear, ≈4 quadratic) or refusal | ≤ ${MAX_GROWTH}× or refused ≤ ${MAX_REFUSAL_MS} ms |`,
  );
  console.log("|---|---|---:|---|");
  let failures = 0;
  for (const shape of [...shapes, ...(await reactShapes()), ...(await packageShapes())]) {
    const row = shape.refused ? refusalRow(shape) : growthRow(shape);
    if (!row.ok) failures += 1;
    console.log(row.line);
  }
  console.log(
    `\nsearch cache, 20 statements of 1 MB: ${searchCacheRetention().toFixed(1)} MB kept after the framework is dropped`,
  );
  console.log(failures === 0 ? "\nEvery shape within the bar." : `\n${failures} shape(s) over the bar.`);
}

await main();
