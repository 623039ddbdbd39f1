import {
  alignThemes,
  allStatements,
  assessFramework,
  compareLevels,
  decodeAssessment,
  encodeAssessment,
  type Framework,
  findStatement,
  getLevel,
  levelMarkers,
  levelSteps,
  parseFramework,
  searchFramework,
  searchStatements,
  statementIdsInOrder,
  type TrackOptions,
  themesAreSparse,
  trackOf,
} from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generated11 } from "../generated-11";

const RUNS = 300;

/** Generated 1.1 files that parse, with the framework. */
const framework11 = generated11
  .map((input) => parseFramework(input))
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.framework : (undefined as never)));

/** Track keys as hosts and attackers pass them: real ones, near misses, prototype keys. */
function trackKey(framework: Framework): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...framework.tracks.map((track) => track.key)),
    fc.string({ maxLength: 5 }),
    fc.constantFrom("__proto__", "constructor", "toString", "default", "hasOwnProperty", ""),
  );
}

const words = fc.constantFrom("", "delivery", "ships", "x", "a", "<script>", "b — c", "   ");

/** Everything a view derives for one track, with the same level keys and query. */
function everything(framework: Framework, options: TrackOptions, query: string) {
  const track = trackOf(framework, options.track);
  const [first, last] = [track.levels[0]?.key ?? "none", track.levels[track.levels.length - 1]?.key ?? "none"];
  const ids = allStatements(framework, options).map((statement) => statement.id);
  const checked = ids.filter((_, i) => i % 2 === 0);
  const alignment = alignThemes(framework, options);
  const assessment = assessFramework(framework, [...checked, "not-an-id"], options);
  const code = encodeAssessment(framework, checked, options);
  return {
    level: getLevel(framework, first, options),
    statements: ids,
    found: ids.map((id) => findStatement(framework, id, options)?.id),
    inOrder: statementIdsInOrder(framework, [...checked].reverse(), options),
    markers: levelMarkers(framework, first, last, options),
    steps: levelSteps(framework, undefined, options),
    comparison: compareLevels(framework, first, last, options),
    alignment,
    sparse: themesAreSparse(framework, alignment.rows, options),
    assessment: { ...assessment, gap: assessment.gap },
    code,
    decoded: decodeAssessment(framework, code, options),
    search: searchFramework(framework, query, options),
    matches: searchStatements(framework, query, options),
  };
}

describe("track-aware queries on generated 1.1 frameworks", () => {
  it("never throw, for any track key", () => {
    fc.assert(
      fc.property(
        framework11.chain((framework) => fc.tuple(fc.constant(framework), trackKey(framework), words)),
        ([framework, track, query]) => {
          const result = everything(framework, { track }, query);
          const known = framework.tracks.some((candidate) => candidate.key === track);
          if (!known) {
            expect(result.statements).toEqual([]);
            expect(result.alignment.rows).toEqual([]);
            expect(result.matches).toEqual([]);
          }
          expect(result.decoded).toEqual({
            ok: true,
            checked: new Set(result.statements.filter((_, i) => i % 2 === 0)),
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("give the same results for the default track by key as without a track", () => {
    fc.assert(
      fc.property(framework11, words, (framework, query) => {
        const key = framework.tracks[0]?.key;
        expect(everything(framework, { track: key }, query)).toEqual(everything(framework, {}, query));
      }),
      { numRuns: RUNS },
    );
  });

  it("list each of a track's statements once, every-level ones first; no row mixes areas or holds a weak link", () => {
    fc.assert(
      fc.property(
        framework11.chain((framework) => fc.tuple(fc.constant(framework), trackKey(framework))),
        ([framework, key]) => {
          const track = trackOf(framework, key);
          const statements = allStatements(framework, { track: key });
          expect(statements).toEqual([...track.allLevels, ...track.levels.flatMap((level) => level.statements)]);
          expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
          for (const strategy of ["subject", "similarity"] as const) {
            const { rows } = alignThemes(framework, { track: key, strategy });
            for (const row of rows) {
              expect(row.cells).toHaveLength(track.levels.length);
              for (const statement of row.cells.flat()) expect(statement.area).toBe(row.area);
              for (const link of row.links) expect(link.score).toBeGreaterThanOrEqual(0.05);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
