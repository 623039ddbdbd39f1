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
import { labelledSeeds, pooledFramework, scoreAlignment } from "../tests/core/themes/align-score.mjs";
import { machine } from "./measure.mjs";

const PURITY_TARGET = 0.85;
const SCALING_TARGET = 2.3;

const SAMPLES = 25;
const WARM_UP = 5;

/**
 * Times of aligning each framework from scratch (fastest of several runs), measured in turns (A, B, C, A, B,
 * C, …) so that drift on a shared machine (other work, a growing heap) falls on every
 * size alike. alignThemes caches its result per framework object, so every call gets its
 * own copy, made before timing starts.
 */
function timeInTurns(frameworks) {
  const copies = frameworks.map((framework) =>
    Array.from({ length: WARM_UP + SAMPLES }, () => structuredClone(framework)),
  );
  const times = frameworks.map(() => []);
  for (let turn = 0; turn < WARM_UP + SAMPLES; turn++) {
    frameworks.forEach((_, i) => {
      const start = process.hrtime.bigint();
      alignThemes(copies[i][turn], { strategy: "similarity" });
      if (turn >= WARM_UP) times[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  // The fastest run of each: the one least disturbed by whatever else the machine did.
  return times.map((list) => Math.min(...list));
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
  const sizes = [
    ["1×: 8 levels × 40", 8, 40],
    ["2× statements per level: 8 × 80", 8, 80],
    ["2× levels: 16 × 40", 16, 40],
  ];
  const [base, ...times] = timeInTurns(sizes.map(([, levels, perLevel]) => pooledFramework(levels, perLevel)));
  console.log(`| ${sizes[0][0]} | 320 | ${base.toFixed(2)} ms | 1.00× |`);
  sizes.slice(1).forEach(([name, levels, perLevel], i) => {
    const time = times[i];
    const ratio = time / base;
    const status = ratio <= SCALING_TARGET ? "" : ` (over the ${SCALING_TARGET}× target)`;
    console.log(`| ${name} | ${levels * perLevel} | ${time.toFixed(2)} ms | **${ratio.toFixed(2)}×**${status} |`);
  });
}
