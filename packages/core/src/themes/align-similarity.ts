import { maximumWeightAssignment } from "./assignment";
import type { TermVector } from "./similarity";

/** How strongly a statement must resemble a row to join it; below this it starts its own row. */
export const LINK_THRESHOLD = 0.05;

/**
 * Rounds of refinement at most. Real frameworks settle in one to five; large ones can keep
 * trading a few statements back and forth, and the first rounds bring nearly all the gain
 * (the bench's purity is the same after one round as after eight).
 */
const MAX_ROUNDS = 4;

/**
 * Above this many statements or rows in play, a level is matched greedily (best score
 * first) instead of exactly: the exact method costs the cube of that number.
 */
const EXACT_ASSIGNMENT_LIMIT = 32;

/** How many of its most similar statements each statement keeps in the similarity graph. */
const NEIGHBOUR_LIMIT = 32;

/** How many of its best rows each statement competes for when matched greedily. */
const GREEDY_CANDIDATES = 8;

/**
 * Groups statements into rows across levels by what they say, so that each row holds at
 * most one statement per level. `levels[rank]` lists the term vectors of that level's
 * statements; the result lists rows, each as `[rank, index]` of its statements, lowest
 * rank first, the rows in order of first appearance. (Only the levels a row has a
 * statement on: with many levels and rows, a slot per level and row would grow with their
 * product.)
 *
 * A statement's score for a row is its cosine with the row's profile (the sum of the row's
 * statements' vectors), so a thread is recognized by everything it says on every level.
 *
 * 1. First pass, level by level: the level's statements are assigned to the rows built so
 *    far so that the total score is highest and no two of them share a row; a statement
 *    whose score for every free row is under {@link LINK_THRESHOLD} starts a new row.
 * 2. Refinement, over all levels: each level in turn is taken out and assigned again
 *    against the rows as the other levels, above and below, describe them, until no
 *    statement moves ({@link MAX_ROUNDS} rounds at most).
 * 3. Where the first pass starts decides which local optimum refinement finds, so three
 *    starts are tried (lowest level up, highest down, middle outwards) and the most coherent
 *    result (the highest sum of pairwise similarities within rows) is kept.
 */
export function alignBySimilarity(levels: readonly (readonly TermVector[])[]): [rank: number, index: number][][] {
  const graph = new SimilarityGraph(levels);
  let best: RowAssignment | undefined;
  for (const order of startingOrders(levels.length)) {
    const attempt = new RowAssignment(graph);
    for (const rank of order) attempt.matchLevel(rank);
    attempt.refine();
    if (!best || attempt.coherence() > best.coherence() + 1e-9) best = attempt;
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
 * Each statement's strongest similarities to statements of other levels: found through an
 * index of terms (only statements that share a term are ever compared), summed in a flat
 * array, and cut to the {@link NEIGHBOUR_LIMIT} strongest. Weak links barely move a row's
 * score, and without the cut every statement of a large framework shares some word with
 * most others, so matching would grow with the square of the statements.
 */
class SimilarityGraph {
  /** Statements numbered across levels: `first[rank]` is the number of the level's first. */
  readonly first: number[] = [];
  readonly rankOf: number[] = [];
  /**
   * For each statement, the statements it is linked to and how similar they are, as two
   * parallel flat arrays (cheap to walk, nothing for the garbage collector). Symmetric:
   * b is among a's neighbours with similarity x exactly when a is among b's with x.
   */
  readonly neighbours: { readonly ids: Int32Array; readonly similarities: Float64Array }[];

  constructor(readonly levels: readonly (readonly TermVector[])[]) {
    const vectors: TermVector[] = [];
    const postings = new Map<string, { statement: number; weight: number }[]>();
    levels.forEach((level, rank) => {
      this.first.push(this.rankOf.length);
      for (const vector of level) {
        const statement = this.rankOf.length;
        this.rankOf.push(rank);
        vectors.push(vector);
        for (const [term, weight] of vector) {
          const list = postings.get(term) ?? [];
          list.push({ statement, weight });
          postings.set(term, list);
        }
      }
    });

    const sums = new Float64Array(vectors.length);
    const strongest = vectors.map((vector, statement) => {
      const touched: number[] = [];
      for (const [term, weight] of vector) {
        for (const other of postings.get(term) ?? []) {
          if (this.rankOf[other.statement] === this.rankOf[statement]) continue;
          // Weights are positive, so a sum of 0 means "not met yet".
          if (sums[other.statement] === 0) touched.push(other.statement);
          sums[other.statement] = (sums[other.statement] as number) + weight * other.weight;
        }
      }
      const kept = strongestOf(touched, sums, NEIGHBOUR_LIMIT);
      for (const other of touched) sums[other] = 0;
      return kept;
    });

    // A link either end keeps is kept by both, with one value (the lower number's sum).
    const links = vectors.map(() => new Map<number, number>());
    strongest.forEach((kept, statement) => {
      for (const [other, similarity] of kept) {
        if (other < statement && strongest[other]?.has(statement)) continue;
        links[statement]?.set(other, similarity);
        links[other]?.set(statement, similarity);
      }
    });
    this.neighbours = links.map((linked) => {
      const ids = Int32Array.from(linked.keys()).sort();
      return { ids, similarities: Float64Array.from(ids, (id) => linked.get(id) as number) };
    });
  }

  statementsOf(rank: number): number[] {
    const count = this.levels[rank]?.length ?? 0;
    return Array.from({ length: count }, (_, i) => (this.first[rank] as number) + i);
  }
}

interface Row {
  /** Unique within one alignment, in order of creation: where the row's running sums sit in a flat array. */
  readonly id: number;
  /** Statement number on each level (by rank) the row has one on. */
  readonly members: Map<number, number>;
  size: number;
  /** Squared length of the row's profile: Σ over pairs of its statements of their similarity, self included. */
  squaredLength: number;
}

/**
 * One attempt at the rows: which row each statement is in, built level by level and then
 * refined. (Not the public `Alignment`, which is the finished rows a view gets.)
 */
class RowAssignment {
  private rows: Row[] = [];
  private rowOf: (Row | undefined)[];
  /** Rows made so far (the next row's id). */
  private rowCount = 0;
  /** Scratch: a statement's summed similarity to each row, by row id; all 0 between uses. */
  private sums = new Float64Array(64);

  constructor(private readonly graph: SimilarityGraph) {
    this.rowOf = new Array(graph.rankOf.length).fill(undefined);
  }

  matchLevel(rank: number): void {
    const statements = this.graph.statementsOf(rank);
    // Each statement's score for each row it shares a term with.
    if (this.sums.length < this.rowCount) this.sums = new Float64Array(this.rowCount * 2);
    const sums = this.sums;
    const scores = statements.map((statement) => {
      const touched: Row[] = [];
      const { ids, similarities } = this.graph.neighbours[statement] as SimilarityGraph["neighbours"][number];
      for (let i = 0; i < ids.length; i++) {
        const row = this.rowOf[ids[i] as number];
        if (!row || row.members.has(rank)) continue;
        if (sums[row.id] === 0) touched.push(row);
        sums[row.id] = (sums[row.id] as number) + (similarities[i] as number);
      }
      const scored = new Map<Row, number>();
      for (const row of touched) {
        const score = (sums[row.id] as number) / Math.sqrt(row.squaredLength);
        if (score >= LINK_THRESHOLD) scored.set(row, score);
        sums[row.id] = 0;
      }
      return scored;
    });
    // In the order the rows were made (as `this.rows` holds them), without walking all rows.
    const candidates = [...new Set(scores.flatMap((scored) => [...scored.keys()]))].sort((a, b) => a.id - b.id);
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
        const statements = this.graph.statementsOf(rank);
        const before = statements.map((statement) => this.rowOf[statement]);
        const wasAlone = before.map((row) => row?.size === 1);
        for (const statement of statements) this.detach(rank, statement);
        this.matchLevel(rank);
        if (statements.some((statement, i) => this.moved(statement, before[i], wasAlone[i] as boolean))) moved = true;
      }
      // Rows emptied by the round go once per round: filtering after every level would
      // cost rows × levels.
      this.rows = this.rows.filter((row) => row.size > 0);
      if (!moved) break;
    }
  }

  /**
   * Whether a statement keeps other company than before it was matched again: the other
   * statements of a row never change while one level is matched, so it stayed put when it
   * is back in the same row, or alone again (a statement alone gets a new row object
   * without having moved).
   */
  private moved(statement: number, before: Row | undefined, wasAlone: boolean): boolean {
    const after = this.rowOf[statement];
    return !(after === before || (wasAlone && after?.size === 1));
  }

  /** Σ over rows of the similarity of every pair of their statements. */
  coherence(): number {
    return this.rows.reduce((total, row) => total + (row.squaredLength - row.size) / 2, 0);
  }

  rowsByRank(): [rank: number, index: number][][] {
    return this.rows
      .map((row) =>
        [...row.members]
          .map(([rank, member]): [number, number] => [rank, member - (this.graph.first[rank] as number)])
          .sort((a, b) => a[0] - b[0]),
      )
      .sort(byFirstAppearance);
  }

  private newRow(): Row {
    const row: Row = { id: this.rowCount++, members: new Map(), size: 0, squaredLength: 0 };
    this.rows.push(row);
    return row;
  }

  private attach(row: Row, rank: number, statement: number): void {
    row.squaredLength += 1 + 2 * this.similarityToRow(row, statement);
    row.members.set(rank, statement);
    row.size++;
    this.rowOf[statement] = row;
  }

  private detach(rank: number, statement: number): void {
    const row = this.rowOf[statement];
    if (!row) return;
    row.members.delete(rank);
    row.size--;
    row.squaredLength -= 1 + 2 * this.similarityToRow(row, statement);
    this.rowOf[statement] = undefined;
  }

  private similarityToRow(row: Row, statement: number): number {
    let sum = 0;
    const { ids, similarities } = this.graph.neighbours[statement] as SimilarityGraph["neighbours"][number];
    for (let i = 0; i < ids.length; i++) {
      if (this.rowOf[ids[i] as number] === row) sum += similarities[i] as number;
    }
    return sum;
  }
}

/**
 * For each statement, the row it goes to (or undefined for a new row): the assignment with
 * the highest total score, exact while small, greedy (best score first, among each
 * statement's {@link GREEDY_CANDIDATES} best rows) beyond.
 */
function assign(scores: readonly ReadonlyMap<Row, number>[], rows: readonly Row[]): (Row | undefined)[] {
  if (Math.max(scores.length, rows.length) <= EXACT_ASSIGNMENT_LIMIT) {
    const columns = maximumWeightAssignment(scores.map((scored) => rows.map((row) => scored.get(row) ?? 0)));
    return columns.map((column) => (column >= 0 ? rows[column] : undefined));
  }
  const order = new Map(rows.map((row, i) => [row, i]));
  // Each statement's few best rows only: the rest would hardly ever win, and keeping them
  // would make this step grow with statements × rows instead of with statements.
  const pairs = scores.flatMap((scored, statement) =>
    best(
      [...scored].map(([row, score]) => ({ statement, row, score, column: order.get(row) as number })),
      GREEDY_CANDIDATES,
    ),
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

/**
 * The `limit` statements among `touched` with the highest sums, with their sums; ties go
 * to the lower number, so the result depends on nothing but the input.
 */
function strongestOf(touched: readonly number[], sums: Float64Array, limit: number): Map<number, number> {
  const candidates = touched.map((statement) => ({ score: sums[statement] as number, column: statement }));
  return new Map(best(candidates, limit).map(({ column, score }) => [column, score]));
}

/** The `count` best-scoring items (ties: lower column first), without sorting them all. */
function best<T extends { score: number; column: number }>(pairs: readonly T[], count: number): T[] {
  const kept: T[] = [];
  for (const pair of pairs) {
    if (kept.length === count && !isBetter(pair, kept[count - 1] as T)) continue;
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && isBetter(pair, kept[at - 1] as T)) {
      kept[at] = kept[at - 1] as T;
      at--;
    }
    kept[at] = pair;
    if (kept.length > count) kept.length = count;
  }
  return kept;
}

function isBetter(a: { score: number; column: number }, b: { score: number; column: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.column < b.column);
}

/** Rows in reading order: by their lowest level, then by the statement's place in it. */
function byFirstAppearance(a: readonly [number, number][], b: readonly [number, number][]): number {
  const [rankA = 0, indexA = 0] = a[0] ?? [];
  const [rankB = 0, indexB = 0] = b[0] ?? [];
  return rankA - rankB || indexA - indexB;
}
