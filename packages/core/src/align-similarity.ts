import { maximumWeightAssignment } from "./assignment";
import type { TermVector } from "./similarity";

/** How strongly a statement must resemble a row to join it; below this it starts its own row. */
export const LINK_THRESHOLD = 0.05;

/** Rounds of refinement at most; alignment usually settles in two or three. */
const MAX_ROUNDS = 8;

/**
 * Above this many statements or rows in play, a level is matched greedily (best score
 * first) instead of exactly: the exact method costs the cube of that number.
 */
const EXACT_ASSIGNMENT_LIMIT = 32;

/**
 * Groups statements into rows across levels by what they say, so that each row holds at
 * most one statement per level. `levels[rank]` lists the term vectors of that level's
 * statements; the result lists rows, each as the index of its statement on every level
 * (`-1` where it has none), in order of first appearance.
 *
 * A statement's score for a row is its cosine with the row's profile (the sum of the row's
 * statements' vectors), so a thread is recognized by everything it says on every level.
 *
 * 1. First pass, level by level: the level's statements are assigned to the rows built so
 *    far so that the total score is highest and no two of them share a row; a statement
 *    whose score for every free row is under {@link LINK_THRESHOLD} starts a new row.
 * 2. Refinement, over all levels: each level in turn is taken out and assigned again
 *    against the rows as the other levels, above and below, describe them, until no
 *    statement moves.
 * 3. Where the first pass starts decides which local optimum refinement finds, so three
 *    starts are tried (lowest level up, highest down, middle outwards) and the most coherent
 *    result (the highest sum of pairwise similarities within rows) is kept.
 */
export function alignBySimilarity(levels: readonly (readonly TermVector[])[]): number[][] {
  const graph = new SimilarityGraph(levels);
  let best: Alignment | undefined;
  for (const order of startingOrders(levels.length)) {
    const alignment = new Alignment(graph);
    for (const rank of order) alignment.matchLevel(rank);
    alignment.refine();
    if (!best || alignment.coherence() > best.coherence() + 1e-9) best = alignment;
  }
  return best ? best.rowsByRank() : [];
}

function startingOrders(levelCount: number): number[][] {
  const up = Array.from({ length: levelCount }, (_, rank) => rank);
  const middle = Math.floor((levelCount - 1) / 2);
  const outwards = [...up].sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  return [up, [...up].reverse(), outwards];
}

/**
 * Every statement's similarity to the statements of other levels that share a term with
 * it, found through an index of terms, so the cost follows the number of shared terms
 * rather than the square of the number of statements.
 */
class SimilarityGraph {
  /** Statements numbered across levels: `first[rank]` is the number of the level's first. */
  readonly first: number[] = [];
  readonly rankOf: number[] = [];
  readonly neighbours: Map<number, number>[] = [];

  constructor(readonly levels: readonly (readonly TermVector[])[]) {
    const postings = new Map<string, { statement: number; weight: number }[]>();
    levels.forEach((vectors, rank) => {
      this.first.push(this.rankOf.length);
      for (const vector of vectors) {
        const statement = this.rankOf.length;
        this.rankOf.push(rank);
        this.neighbours.push(new Map());
        for (const [term, weight] of vector) {
          const list = postings.get(term) ?? [];
          list.push({ statement, weight });
          postings.set(term, list);
        }
      }
    });
    for (const list of postings.values()) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as { statement: number; weight: number };
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j] as { statement: number; weight: number };
          if (this.rankOf[a.statement] === this.rankOf[b.statement]) continue;
          const product = a.weight * b.weight;
          const na = this.neighbours[a.statement] as Map<number, number>;
          na.set(b.statement, (na.get(b.statement) ?? 0) + product);
          const nb = this.neighbours[b.statement] as Map<number, number>;
          nb.set(a.statement, (nb.get(a.statement) ?? 0) + product);
        }
      }
    }
  }

  statementsOf(rank: number): number[] {
    const count = this.levels[rank]?.length ?? 0;
    return Array.from({ length: count }, (_, i) => (this.first[rank] as number) + i);
  }
}

interface Row {
  /** Statement number on each level (by rank), if the row has one there. */
  readonly members: (number | undefined)[];
  size: number;
  /** Squared length of the row's profile: Σ over pairs of its statements of their similarity, self included. */
  squaredLength: number;
}

class Alignment {
  private rows: Row[] = [];
  private rowOf: (Row | undefined)[];

  constructor(private readonly graph: SimilarityGraph) {
    this.rowOf = new Array(graph.rankOf.length).fill(undefined);
  }

  matchLevel(rank: number): void {
    const statements = this.graph.statementsOf(rank);
    // Each statement's score for each row it shares a term with.
    const scores = statements.map((statement) => {
      const sums = new Map<Row, number>();
      for (const [other, similarity] of this.graph.neighbours[statement] as Map<number, number>) {
        const row = this.rowOf[other];
        if (row && row.members[rank] === undefined) sums.set(row, (sums.get(row) ?? 0) + similarity);
      }
      const scored = new Map<Row, number>();
      for (const [row, sum] of sums) {
        const score = sum / Math.sqrt(row.squaredLength);
        if (score >= LINK_THRESHOLD) scored.set(row, score);
      }
      return scored;
    });
    const candidates = this.rows.filter((row) => scores.some((scored) => scored.has(row)));
    const chosen = assign(scores, candidates);
    statements.forEach((statement, i) => {
      const row = chosen[i] ?? this.newRow();
      this.attach(row, rank, statement);
    });
  }

  refine(): void {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let moved = false;
      for (let rank = 0; rank < this.graph.levels.length; rank++) {
        const before = this.graph.statementsOf(rank).map((statement) => this.rowOf[statement]);
        for (const statement of this.graph.statementsOf(rank)) this.detach(rank, statement);
        this.rows = this.rows.filter((row) => row.size > 0);
        this.matchLevel(rank);
        const after = this.graph.statementsOf(rank).map((statement) => this.rowOf[statement]);
        if (after.some((row, i) => row !== before[i])) moved = true;
      }
      if (!moved) break;
    }
  }

  /** Σ over rows of the similarity of every pair of their statements. */
  coherence(): number {
    return this.rows.reduce((total, row) => total + (row.squaredLength - row.size) / 2, 0);
  }

  rowsByRank(): number[][] {
    const levelCount = this.graph.levels.length;
    return this.rows
      .map((row) =>
        Array.from({ length: levelCount }, (_, rank) => {
          const member = row.members[rank];
          return member === undefined ? -1 : member - (this.graph.first[rank] as number);
        }),
      )
      .sort(byFirstAppearance);
  }

  private newRow(): Row {
    const row: Row = { members: [], size: 0, squaredLength: 0 };
    this.rows.push(row);
    return row;
  }

  private attach(row: Row, rank: number, statement: number): void {
    row.squaredLength += 1 + 2 * this.similarityToRow(row, statement);
    row.members[rank] = statement;
    row.size++;
    this.rowOf[statement] = row;
  }

  private detach(rank: number, statement: number): void {
    const row = this.rowOf[statement];
    if (!row) return;
    row.members[rank] = undefined;
    row.size--;
    row.squaredLength -= 1 + 2 * this.similarityToRow(row, statement);
    this.rowOf[statement] = undefined;
  }

  private similarityToRow(row: Row, statement: number): number {
    let sum = 0;
    for (const [other, similarity] of this.graph.neighbours[statement] as Map<number, number>) {
      if (this.rowOf[other] === row && other !== statement) sum += similarity;
    }
    return sum;
  }
}

/**
 * For each statement, the row it goes to (or undefined for a new row): the assignment with
 * the highest total score, exact while small, greedy (best score first) beyond.
 */
function assign(scores: readonly ReadonlyMap<Row, number>[], rows: readonly Row[]): (Row | undefined)[] {
  if (Math.max(scores.length, rows.length) <= EXACT_ASSIGNMENT_LIMIT) {
    const columns = maximumWeightAssignment(scores.map((scored) => rows.map((row) => scored.get(row) ?? 0)));
    return columns.map((column) => (column >= 0 ? rows[column] : undefined));
  }
  const order = new Map(rows.map((row, i) => [row, i]));
  const pairs = scores.flatMap((scored, statement) =>
    [...scored].map(([row, score]) => ({ statement, row, score, column: order.get(row) as number })),
  );
  // Best first; ties in a fixed order so the result depends on nothing but the input.
  pairs.sort((a, b) => b.score - a.score || a.statement - b.statement || a.column - b.column);
  const chosen: (Row | undefined)[] = new Array(scores.length).fill(undefined);
  const taken = new Set<Row>();
  for (const { statement, row } of pairs) {
    if (chosen[statement] || taken.has(row)) continue;
    chosen[statement] = row;
    taken.add(row);
  }
  return chosen;
}

/** Rows in reading order: by their lowest level, then by the statement's place in it. */
function byFirstAppearance(a: number[], b: number[]): number {
  const rankA = a.findIndex((member) => member >= 0);
  const rankB = b.findIndex((member) => member >= 0);
  return rankA - rankB || (a[rankA] as number) - (b[rankB] as number);
}
