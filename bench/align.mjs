// bench/align: how well alignThemes({ strategy: "similarity" }) finds the themes that
// authors wrote down as subjects, and how its cost grows with the number of statements.
//
// Quality: every file in seeds/ whose subjects repeat across levels is a labelled test
// set. Subjects are stripped ("Communication — presents…" → "presents…"), the statements are
// aligned by text alone, and the rows are scored against the stripped subjects:
//   purity         of all pairs of statements with the same subject, the share that ended
//                  up in one row ("how often statements of the same subject share a row");
//   link accuracy  of all links in the rows (a statement and the row's statement on the
//                  next lower level that has one), the share joining two statements of
//                  the same subject.
// Similarity allows one statement per level in a row, so where a level repeats a subject
// (monzo-*), purity cannot reach 1: "ceiling" is the best any such alignment can do.
// Targets (issue 5): purity ≥ 0.85 on ft-engineering.json; time at 2× statements ≤ 2.3×.

import { alignThemes } from "@rungs/core";
import { labelledSeeds, pooledFramework, scoreAlignment } from "./align-score.mjs";
import { machine, medianMs } from "./measure.mjs";

const PURITY_TARGET = 0.85;
const SCALING_TARGET = 2.3;

function timeSimilarity(framework) {
  return medianMs(() => alignThemes(framework, { strategy: "similarity" }), { samples: 11 });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main() {
  console.log(`bench/align — ${machine()}`);
  console.log("| file | statements | subjects | rows | purity | ceiling | link accuracy |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const { name, framework } of labelledSeeds()) {
    const s = scoreAlignment(framework);
    const status = name === "ft-engineering.json" ? (s.purity >= PURITY_TARGET ? " ✓" : " (under target)") : "";
    console.log(
      `| ${name} | ${s.statements} | ${s.subjects} | ${s.rows} | **${s.purity.toFixed(2)}**${status} | ` +
        `${s.ceiling.toFixed(2)} | ${s.linkAccuracy.toFixed(2)} |`,
    );
  }

  console.log("\n| scaling (real statements, pooled) | statements | time | ratio to 1× |");
  console.log("|---|---:|---:|---:|");
  const base = timeSimilarity(pooledFramework(8, 40));
  console.log(`| 1×: 8 levels × 40 | 320 | ${base.toFixed(2)} ms | 1.00× |`);
  for (const [name, levels, perLevel] of [
    ["2× statements per level: 8 × 80", 8, 80],
    ["2× levels: 16 × 40", 16, 40],
  ]) {
    const time = timeSimilarity(pooledFramework(levels, perLevel));
    const ratio = time / base;
    const status = ratio <= SCALING_TARGET ? "" : ` (over the ${SCALING_TARGET}× target)`;
    console.log(`| ${name} | ${levels * perLevel} | ${time.toFixed(2)} ms | **${ratio.toFixed(2)}×**${status} |`);
  }
}
