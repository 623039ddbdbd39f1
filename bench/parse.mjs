// bench/parse: parseFramework(text) against JSON.parse(text) on the same text, same run.
// Target (issue 10, replacing issue 2's 2.0×): ≤ 3.0× on the seed and on a generated 12 × 400
// framework.
//
// Why it sits above the target: parseFramework contains the JSON.parse, and the format then
// asks for work on every statement's characters that V8 does in JavaScript at about the
// speed JSON.parse reads them (about 1 ns a character). Issue 10 cut it from 7–10× to 5–6×;
// a CPU profile of the generated file (node --cpu-prof, a loop of parseFramework), as
// shares of JSON.parse's own time:
//   - ~0.6× + ~0.4×: one look at the whole JSON text (packages/core/src/parse/tidy-text.ts)
//     proves that no string needs its white space collapsed or a lone surrogate replaced
//     (a native indexOf for a backslash and a no-break space, then two regular expressions:
//     wide white space or a surrogate; two spaces inside a string). One look per statement
//     instead cost ~2×;
//   - ~0.2×: duplicates, found by filing each statement under a small-integer fingerprint
//     of its length and the characters around its separator (parse/text-set.ts); a
//     Set<string> hashed every character (~2.4×), a Map keyed by the subject ~0.8×;
//   - ~0.9× + ~0.6× (GC beyond JSON.parse's own): the loop itself, the frozen statement
//     objects, their ids (one prefix per level: a template per id cost a tenth of the
//     scavenges), the subject and description slices (~0.3×, splitCollapsed) and the
//     garbage collection they cause (node --trace-gc: 35 scavenges for 200 JSON.parse,
//     66 for 200 parseFramework, of which ids 7, slices 9, statement objects 10).
// What is left is one pass over the characters (the regular expressions) and one object per
// statement; neither can go without dropping a rule of the format.
import { readFileSync } from "node:fs";
import { parseFramework } from "../packages/core/dist/index.js";
import { batchFor, machine, ratioInTurns } from "./measure.mjs";

const TARGET = 3.0;

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
  const timed = ratioInTurns(
    () => JSON.parse(text),
    () => parseFramework(text),
    { batch },
  );
  const statements = result.framework.levels.reduce((n, level) => n + level.statements.length, 0);
  return {
    name,
    kib: (text.length / 1024).toFixed(0),
    statements,
    floor: timed.floor,
    rungs: timed.fn,
    ratio: timed.ratio,
  };
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
