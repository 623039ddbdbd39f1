// bench/parse: parseFramework(text) against JSON.parse(text) on the same text, same run.
// Target (issue 2): ≤ 2.0× on the seed and on a generated 12 × 400 framework.
//
// Why it sits above the target: parseFramework contains the JSON.parse, and then makes
// passes over every statement's characters that the format requires (is there white
// space to collapse? has this level seen this text before?). V8's native JSON.parse costs
// about 1 ns per character; any JavaScript pass over the same characters (a regex test,
// a Set's string hash) costs about as much again, so each such pass adds ~1× by itself.
import { readFileSync } from "node:fs";
import { parseFramework } from "../packages/core/dist/index.js";
import { batchFor, machine, medianMs } from "./measure.mjs";

const TARGET = 2.0;

/** A deterministic framework of `levels` × `perLevel` statements, seed-like in shape. */
export function generateFramework(levels, perLevel) {
  const words = [
    "assemblies",
    "diagnostics",
    "tolerances",
    "schematics",
    "calibration",
    "firmware",
    "safety",
    "reliability",
    "documentation",
    "inspection",
    "automation",
    "controls",
    "mentoring",
    "budgets",
  ];
  const word = (n) => words[n % words.length];
  const levelEntries = Array.from({ length: levels }, (_, l) => [
    `level-${l + 1}`,
    {
      label: `Level ${l + 1}`,
      statements: Array.from(
        { length: perLevel },
        (_, s) =>
          `${word(s)} and ${word(s * 7 + l)} ${s} — ${word(s + l)} the ${word(s * 3)} using ${word(l)} tools with ` +
          `${word(s * 5 + 1)} oversight, documenting ${word(s + 2)} results in a ${word(s * 11)} environment.`,
      ),
    },
  ]);
  return JSON.stringify({
    schemaVersion: "1.0",
    occupation: { title: "Generated", soc: "00-0000.00", jobZone: 3 },
    framework: { version: "bench", levels: Object.fromEntries(levelEntries) },
    sources: { bench: "generated" },
    attribution: "generated",
  });
}

function compare(name, text) {
  const result = parseFramework(text);
  if (!result.ok) throw new Error(`${name} did not parse: ${result.errors[0]?.message}`);
  const batch = batchFor(() => JSON.parse(text));
  const floor = medianMs(() => JSON.parse(text), { batch });
  const rungs = medianMs(() => parseFramework(text), { batch });
  const statements = result.framework.levels.reduce((n, level) => n + level.statements.length, 0);
  return { name, kib: (text.length / 1024).toFixed(0), statements, floor, rungs, ratio: rungs / floor };
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main() {
  const rows = [
    compare("seed 17-3024.00 (4 × 10)", readFileSync(new URL("../seeds/17-3024.00.json", import.meta.url), "utf8")),
    compare("generated 12 × 400", generateFramework(12, 400)),
  ];

  console.log(`bench/parse — ${machine()}`);
  console.log("| input | KiB | statements | JSON.parse | parseFramework | ratio |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const status = row.ratio <= TARGET ? "" : ` (over the ${TARGET}× target)`;
    console.log(
      `| ${row.name} | ${row.kib} | ${row.statements} | ${row.floor.toFixed(3)} ms | ${row.rungs.toFixed(3)} ms | ` +
        `**${row.ratio.toFixed(2)}×**${status} |`,
    );
  }
}
