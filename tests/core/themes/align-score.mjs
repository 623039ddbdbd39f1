// Scores a similarity alignment against the subjects authors wrote.
// Shared by tests/core/themes/themes.test.ts, which keeps a floor under the figures, and by
// bench/align.mjs, which prints them (a bench may use a test helper; no test imports from
// bench/). Imports @rungs/core by name: the built package in the bench,
// the sources under Vitest (aliased).
import { readdirSync, readFileSync } from "node:fs";
import { alignThemes, parseFramework } from "@rungs/core";

const seedsDir = new URL("../../../seeds/", import.meta.url);

/** The seeds whose subjects repeat across levels, as parsed frameworks. */
export function labelledSeeds() {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, framework: parse(readFileSync(new URL(name, seedsDir), "utf8")) }))
    .filter(({ framework }) => alignThemes(framework).strategy === "subject");
}

/**
 * Scores a similarity alignment of `framework` with its subjects stripped against those
 * subjects. Returns purity, link accuracy, the purity ceiling, and row counts.
 */
export function scoreAlignment(framework) {
  const json = JSON.parse(JSON.stringify(framework));
  const subjectOf = new Map();
  const input = {
    schemaVersion: framework.schemaVersion,
    occupation: framework.occupation,
    framework: {
      levels: Object.fromEntries(
        framework.levels.map((level) => [
          level.key,
          { label: level.label, statements: level.statements.map((statement) => statement.description) },
        ]),
      ),
    },
    attribution: json.attribution ?? "bench",
  };
  const stripped = parse(input);
  stripped.levels.forEach((level, rank) => {
    level.statements.forEach((statement, index) => {
      subjectOf.set(statement.id, key(framework.levels[rank].statements[index].subject));
    });
  });
  const { rows } = alignThemes(stripped, { strategy: "similarity" });

  const sameSubjectPairs = (groups) => {
    let pairs = 0;
    for (const group of groups) {
      const counts = new Map();
      for (const id of group) counts.set(subjectOf.get(id), (counts.get(subjectOf.get(id)) ?? 0) + 1);
      for (const n of counts.values()) pairs += (n * (n - 1)) / 2;
    }
    return pairs;
  };
  const allPairs = sameSubjectPairs([[...subjectOf.keys()]]);
  const rowPairs = sameSubjectPairs(rows.map((row) => row.cells.flat().map((statement) => statement.id)));
  const bestPairs = bestPossiblePairs(stripped, subjectOf);
  const links = rows.flatMap((row) => row.links);
  const rightLinks = links.filter((link) => subjectOf.get(link.from) === subjectOf.get(link.to)).length;
  return {
    purity: rowPairs / allPairs,
    ceiling: bestPairs / allPairs,
    linkAccuracy: links.length ? rightLinks / links.length : 1,
    rows: rows.length,
    subjects: new Set(subjectOf.values()).size,
    statements: subjectOf.size,
  };
}

/**
 * The most same-subject pairs any alignment with one statement per level in a row can
 * put together: a subject with c₁…c_L statements on the levels needs max(c) rows at
 * least, and its best split fills row r with every level that has more than r of them.
 */
function bestPossiblePairs(framework, subjectOf) {
  const countsBySubject = new Map();
  framework.levels.forEach((level, rank) => {
    for (const statement of level.statements) {
      const subject = subjectOf.get(statement.id);
      const counts = countsBySubject.get(subject) ?? new Array(framework.levels.length).fill(0);
      counts[rank]++;
      countsBySubject.set(subject, counts);
    }
  });
  let pairs = 0;
  for (const counts of countsBySubject.values()) {
    for (let row = 0; row < Math.max(...counts); row++) {
      const size = counts.filter((count) => count > row).length;
      pairs += (size * (size - 1)) / 2;
    }
  }
  return pairs;
}

/** A framework of `levels` × `perLevel` real statements, drawn in turn from every seed. */
export function pooledFramework(levels, perLevel) {
  const pool = readdirSync(seedsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => Object.values(JSON.parse(readFileSync(new URL(name, seedsDir), "utf8")).framework.levels))
    .flatMap((level) => level.statements);
  let next = 0;
  const levelEntries = Array.from({ length: levels }, (_, l) => [
    `level-${l + 1}`,
    {
      label: `Level ${l + 1}`,
      // Numbered so that a statement drawn twice is not a duplicate.
      statements: Array.from({ length: perLevel }, () => `${pool[next++ % pool.length]} (${next})`),
    },
  ]);
  return parse({
    schemaVersion: "1.0",
    occupation: { title: "Pooled" },
    framework: { levels: Object.fromEntries(levelEntries) },
    attribution: "bench",
  });
}

function parse(input) {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.framework;
}

function key(subject) {
  return subject.toLowerCase().trim();
}
