/**
 * The assignment of rows to columns that maximizes the total weight, each row and each
 * column used at most once (Hungarian method, Jonker–Volgenant shortest augmenting paths,
 * O(n² · m)). Pairs of weight 0 or less are never assigned. Returns, for each row, its
 * column or -1. Deterministic: ties go to the lower column index.
 */
export function maximumWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rowCount = weights.length;
  if (rowCount === 1) return [heaviestColumn(weights[0] as readonly number[])];
  const columnCount = rowCount === 0 ? 0 : Math.max(...weights.map((row) => row.length));
  // Square cost matrix (minimization); padding and non-positive pairs cost 0 = "unassigned".
  const n = Math.max(rowCount, columnCount);
  const cost = (i: number, j: number): number => {
    const weight = weights[i]?.[j] ?? 0;
    return weight > 0 ? -weight : 0;
  };

  // 1-based arrays as in the classic formulation; index 0 is the virtual start column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rowOfColumn = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let column = 0;
    const minimum = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(n + 1);
    do {
      used[column] = 1;
      const row = rowOfColumn[column] as number;
      let delta = Number.POSITIVE_INFINITY;
      let next = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(row - 1, j - 1) - (u[row] as number) - (v[j] as number);
        if (reduced < (minimum[j] as number)) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if ((minimum[j] as number) < delta) {
          delta = minimum[j] as number;
          next = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const row = rowOfColumn[j] as number;
          u[row] = (u[row] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minimum[j] = (minimum[j] as number) - delta;
        }
      }
      column = next;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = way[column] as number;
      rowOfColumn[column] = rowOfColumn[previous] as number;
      column = previous;
    } while (column !== 0);
  }

  const columnOfRow = new Array<number>(rowCount).fill(-1);
  for (let j = 1; j <= n; j++) {
    const row = (rowOfColumn[j] as number) - 1;
    if (row < rowCount && j - 1 < columnCount && cost(row, j - 1) < 0) columnOfRow[row] = j - 1;
  }
  return columnOfRow;
}

/**
 * A single row's column, as the method above would give it at a fraction of the cost (a
 * level of one statement, the usual shape when there are many levels): squared with rows
 * of padding, a row of weights costs n³, yet the row takes the first heaviest column and the
 * padding rows, all 0, only fill free columns without moving it. -1 when no weight is above 0.
 */
function heaviestColumn(weights: readonly number[]): number {
  let column = -1;
  let heaviest = 0;
  for (let j = 0; j < weights.length; j++) {
    const weight = weights[j] as number;
    if (weight > heaviest) {
      heaviest = weight;
      column = j;
    }
  }
  return column;
}
