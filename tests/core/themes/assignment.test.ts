import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximumWeightAssignment } from "../../../packages/core/src/themes/assignment";

/** The best total over every way of giving rows distinct columns (or none): the definition. */
function bruteForceBest(weights: number[][], row = 0, used = new Set<number>()): number {
  if (row === weights.length) return 0;
  let best = bruteForceBest(weights, row + 1, used);
  (weights[row] ?? []).forEach((weight, column) => {
    if (used.has(column) || weight <= 0) return;
    used.add(column);
    best = Math.max(best, weight + bruteForceBest(weights, row + 1, used));
    used.delete(column);
  });
  return best;
}

function total(weights: number[][], columns: number[]): number {
  return columns.reduce((sum, column, row) => sum + (column >= 0 ? (weights[row]?.[column] ?? 0) : 0), 0);
}

describe("maximumWeightAssignment", () => {
  it("finds the best total, using each column once and no pair of weight 0", () => {
    const matrix = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })).chain(([rows, columns]) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), {
          minLength: columns,
          maxLength: columns,
        }),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
    );
    fc.assert(
      fc.property(matrix, (weights) => {
        const columns = maximumWeightAssignment(weights);
        expect(columns).toHaveLength(weights.length);
        const assigned = columns.filter((column) => column >= 0);
        expect(new Set(assigned).size).toBe(assigned.length);
        columns.forEach((column, row) => {
          if (column >= 0) expect(weights[row]?.[column]).toBeGreaterThan(0);
        });
        expect(total(weights, columns)).toBeCloseTo(bruteForceBest(weights), 9);
      }),
      { numRuns: 300 },
    );
  });

  it("gives a single row its first heaviest column, or none when no weight is above 0", () => {
    // One row is answered without the square matrix (a level of one statement, many levels);
    // the answer must be the one the full method gives, ties included.
    expect(maximumWeightAssignment([[0.2, 0.7, 0.7, 0.1]])).toEqual([1]);
    expect(maximumWeightAssignment([[0, -1, Number.NaN]])).toEqual([-1]);
    expect(maximumWeightAssignment([[]])).toEqual([-1]);
  });

  it("prefers the global best over the greedy first choice", () => {
    // Greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1: 1.0 in all.
    expect(
      maximumWeightAssignment([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
  });
});
