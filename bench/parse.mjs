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

/** The words generated statements are made of. */
const WORDS = [
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
const word = (n) => WORDS[n % WORDS.length];

/** A statement of the generated frameworks: `s`-th on a level `l`, seed-like in shape. */
const statementText = (l, s) =>
  `${word(s)} and ${word(s * 7 + l)} ${s} — ${word(s + l)} the ${word(s * 3)} using ${word(l)} tools with ` +
  `${word(s * 5 + 1)} oversight, documenting ${word(s + 2)} results in a ${word(s * 11)} environment.`;

/** A deterministic framework of `levels` × `perLevel` statements, seed-like in shape. */
export function generateFramework(levels, perLevel) {
  const levelEntries = Array.from({ length: levels }, (_, l) => [
    `level-${l + 1}`,
    {
      label: `Level ${l + 1}`,
      statements: Array.from({ length: perLevel }, (_, s) => statementText(l, s)),
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

/**
 * A deterministic format 1.1 framework as large as `generateFramework(12, 400)`: `tracks`
 * tracks of `levels` levels of `perLevel` statements each, written as statement objects with
 * an area, a proficiency, two examples and (one in four) a note, under four areas; every
 * level with a description and two details, each level of a later track equivalent to the
 * first track's, and three statements expected at every level. Issue 20: what the 1.1
 * reader costs on a file that uses what 1.1 adds.
 */
export function generateFramework11(tracks, levels, perLevel) {
  const areas = ["delivery", "craft", "people", "impact"];
  const trackEntries = Array.from({ length: tracks }, (_, t) => [
    `track-${t + 1}`,
    {
      label: `Track ${t + 1}`,
      levels: Object.fromEntries(
        Array.from({ length: levels }, (_, l) => [
          `t${t + 1}-l${l + 1}`,
          {
            label: `Level ${l + 1}`,
            description: `Works at level ${l + 1} of track ${t + 1}.\n\nOwns ${word(l)} and ${word(l + t)} work.`,
            details: { "Years of experience": `${l}–${l + 2}`, "Time on core work": `~${70 - l} %` },
            ...(t > 0 && { equivalentTo: { "track-1": `t1-l${l + 1}` } }),
            statements: Array.from({ length: perLevel }, (_, s) => ({
              text: statementText(l + t, s),
              area: areas[(s + l) % areas.length],
              proficiency: ["Adopts", "Specializes", "Evangelizes"][(s + t) % 3],
              examples: [`Handles the ${word(s)} review in a day.`, `Pairs on ${word(s + l)} with a peer.`],
              ...(s % 4 === 0 && { notes: `Not expected in the first ${l + 1} months.` }),
            })),
          },
        ]),
      ),
    },
  ]);
  return JSON.stringify({
    schemaVersion: "1.1",
    language: "en",
    occupation: { title: "Generated 1.1", soc: "00-0000.00", jobZone: 3 },
    framework: {
      version: "bench",
      areas: Object.fromEntries(areas.map((key) => [key, { label: key[0].toUpperCase() + key.slice(1) }])),
      allLevels: ["Values — lives the values.", "Safety — stops the line when unsure.", "Learning — keeps learning."],
      cumulative: true,
      tracks: Object.fromEntries(trackEntries),
    },
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
  const statements = result.framework.tracks.reduce(
    (n, track) => track.levels.reduce((m, level) => m + level.statements.length, n),
    0,
  );
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
    compare("generated 1.1, 2 tracks × 6 × 400", generateFramework11(2, 6, 400)),
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
