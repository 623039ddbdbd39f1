import { type TrackOptions, trackOf } from "../model/track";
import type { Framework, Level, Statement, Track } from "../model/types";
import { UniqueIds } from "../parse/ids";
import { slugify } from "../parse/text";
import { isTrusted } from "../parse/trust";
import { fold } from "../text/fold";
import { alignBySimilarity, LINK_THRESHOLD } from "./align-similarity";
import { addInto, cosine, dot, type TermVector, terms, termVectors } from "./similarity";

/** One row of a progression view: what a theme looks like at each level. */
export interface ThemeRow {
  /** Deterministic, unique, URL-safe. */
  readonly id: string;
  /** What the row is about, as its statements put it. */
  readonly label: string;
  /** One entry per level, by rank: the row's statements at that level (often one or none). */
  readonly cells: readonly (readonly Statement[])[];
  /**
   * How the row's statements are linked, level to level: each statement to the row's
   * statement on the nearest lower level that has one, with the text similarity of the two
   * (0 to 1). Lets a view show how strong a thread is. A pair that scores under the
   * alignment's link threshold (0.05: they share next to no word) is no link: the higher
   * statement then has none, and reads as a new step (see `levelSteps`).
   */
  readonly links: readonly ThemeLink[];
  /**
   * (1.1) The key of the {@link Area} every statement of the row belongs to; absent for the
   * rows of statements without an area (every row of a 1.0 file).
   */
  readonly area?: string;
}

/** A step of a theme row from one level to a higher one. */
export interface ThemeLink {
  /** Id of the statement on the lower level. */
  readonly from: string;
  /** Id of the statement on the higher level. */
  readonly to: string;
  /** Text similarity of the two statements, 0 (nothing in common) to 1 (same words). */
  readonly score: number;
}

/** How statements are grouped into rows. */
export type AlignStrategy = "subject" | "similarity";

export interface AlignOptions extends TrackOptions {
  /**
   * - `"subject"`: statements whose normalized subjects are equal share a row;
   * - `"similarity"`: statements are linked across levels by what they say;
   * - `"auto"` (default): `"subject"` when subjects repeat across levels, else `"similarity"`.
   *
   * Any other value (from untyped code) counts as `"auto"`; the result says what was used.
   */
  readonly strategy?: AlignStrategy | "auto" | undefined;
}

export interface Alignment {
  /** The strategy that was used (what `"auto"` chose). */
  readonly strategy: AlignStrategy;
  readonly rows: readonly ThemeRow[];
}

/**
 * Groups statements into theme rows across levels.
 *
 * - `"subject"`: statements whose subjects are equal once case, diacritics, punctuation and
 *   spacing are ignored share a row; statements without a subject get a row each.
 * - `"similarity"`: statements are linked across levels by what they say (see
 *   `alignBySimilarity`): each row holds at most one statement per level, and a statement
 *   that resembles no row well enough starts its own.
 * - `"auto"` (default): `"subject"` when subjects repeat across levels, else `"similarity"`.
 *
 * Areas come first (format 1.1): statements of different areas never share a row. The rows
 * of one area come together, the areas in the framework's order, and the rows of
 * statements without an area last; within each, rows are in order of first appearance
 * (lowest level first, then author order). A 1.0 file has no areas: one group, as before.
 * The strategy `"auto"` picks is chosen once, over the whole track.
 *
 * Aligns the default track, or `options.track` (an unknown key: no rows). The track's
 * every-level statements (`allLevels`) are in no row: they are the same at every level.
 *
 * Pure and deterministic: the same framework always gives the same rows and ids. Cost grows about
 * linearly with the statements, and with rows × levels for the rows' cells, which the
 * result holds: allocated once, never walked again here.
 *
 * The result is cached for frameworks core built (by `parseFramework`), which are frozen:
 * views that render one again (every server request, every keystroke in a search box) get
 * it for free. Any other framework-shaped object may change between calls (a structured
 * clone, edited), so its alignment is worked out afresh every time.
 */
export function alignThemes(framework: Framework, options: AlignOptions = {}): Alignment {
  const requested = knownStrategy(options.strategy);
  const track = trackOf(framework, options.track);
  // Cached by the track, which a trusted framework holds frozen (the default one included);
  // an unknown key's empty track is made afresh and cheap to align.
  if (!isTrusted(framework) || !framework.tracks.includes(track)) {
    return computeAlignment(framework, track, requested);
  }
  const cached = alignmentCache.get(track)?.get(requested);
  if (cached) return cached;
  const alignment = computeAlignment(framework, track, requested);
  const byStrategy = alignmentCache.get(track) ?? new Map<string, Alignment>();
  byStrategy.set(requested, alignment);
  alignmentCache.set(track, byStrategy);
  return alignment;
}

/**
 * Only tracks of frameworks core built and froze (see `isTrusted`); weak, so they go when
 * the host drops the framework.
 */
const alignmentCache = new WeakMap<Track, Map<string, Alignment>>();

/** The strategy asked for, with anything unknown read as `"auto"`. */
function knownStrategy(strategy: unknown): AlignStrategy | "auto" {
  return strategy === "subject" || strategy === "similarity" ? strategy : "auto";
}

function computeAlignment(framework: Framework, track: Track, requested: AlignStrategy | "auto"): Alignment {
  const { levels } = track;
  const strategy = requested === "auto" ? chooseStrategy(levels) : requested;
  const statements = levels.flatMap((level) => level.statements);
  const vectors = new Map(
    zip(
      statements,
      // The subject names the theme, so its words count twice.
      termVectors(statements.map((s) => `${s.subject} ${s.subject} ${s.description}`)),
    ),
  );
  // The term vectors are weighed over the whole track, so a word's weight does not depend
  // on how the areas split the statements.
  const built = areaGroups(framework, levels).flatMap(({ area, levels: grouped }): BuiltRow[] => {
    const rows =
      strategy === "subject"
        ? cellsBySubject(grouped, levels.length)
        : cellsBySimilarity(grouped, levels.length, vectors);
    return area === undefined ? rows : rows.map((row) => ({ ...row, area }));
  });

  const ids = new UniqueIds();
  // Frozen throughout: one cached alignment is shared by every caller.
  const rows = built.map(({ cells, filled, area }): ThemeRow => {
    const label = rowLabel(filled, vectors);
    // In place, and only the cells with statements (the empty one is frozen already): a copy
    // or a call per cell would cost rows × levels again.
    for (const cell of filled) Object.freeze(cell);
    return Object.freeze({
      id: ids.take(`theme-${slugify(label) || "row"}`),
      label,
      cells: Object.freeze(cells),
      links: Object.freeze(rowLinks(filled, vectors).map((link) => Object.freeze(link))),
      ...(area !== undefined && { area }),
    });
  });
  return Object.freeze({ strategy, rows: Object.freeze(rows) });
}

/**
 * `"subject"` when subjects repeat across levels — when at least half of the statements
 * that have a subject share it with a statement on another level — else `"similarity"`.
 */
export function chooseStrategy(levels: readonly Level[]): AlignStrategy {
  const levelsBySubject = new Map<string, Set<number>>();
  let withSubject = 0;
  for (const level of levels) {
    for (const statement of level.statements) {
      const key = subjectKey(statement.subject);
      if (!key) continue;
      withSubject++;
      const levels = levelsBySubject.get(key) ?? new Set<number>();
      levels.add(level.rank);
      levelsBySubject.set(key, levels);
    }
  }
  let repeated = 0;
  for (const level of levels) {
    for (const statement of level.statements) {
      const key = subjectKey(statement.subject);
      if (key && (levelsBySubject.get(key)?.size ?? 0) > 1) repeated++;
    }
  }
  return withSubject > 0 && repeated * 2 >= withSubject ? "subject" : "similarity";
}

/** The subject with case, diacritics, punctuation and spacing ignored. */
export function subjectKey(subject: string): string {
  return fold(subject)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

type Cells = (readonly Statement[])[];

/**
 * A row as the strategies build it: a cell for every level, and the cells that hold
 * statements, in level order. The row's label, links and freezing walk only the latter:
 * with many levels and rows, walking every cell would cost rows × levels each time, where
 * only allocating the cells has to.
 */
interface BuiltRow {
  readonly cells: Cells;
  readonly filled: Statement[][];
  /** The area of the row's statements, if they have one. */
  readonly area?: string;
}

/**
 * The cell of every level a row has no statement on: one shared frozen array, so a row
 * costs one slot per level rather than one array per level (many levels, many rows).
 */
const EMPTY_CELL: readonly Statement[] = Object.freeze([]);

function emptyCells(levelCount: number): Cells {
  return new Array<readonly Statement[]>(levelCount).fill(EMPTY_CELL);
}

/**
 * The statements of one area (or of none), level by level: what a strategy aligns. Each
 * entry holds a level's rank and its statements of the group, in the author's order.
 */
type GroupLevels = readonly { readonly rank: number; readonly statements: readonly Statement[] }[];

interface AreaGroup {
  /** The area's key; undefined for the statements without one. */
  readonly area: string | undefined;
  readonly levels: GroupLevels;
}

/**
 * The track's statements split by area: the framework's areas in their order, then any
 * other area a statement names (a framework-shaped object core did not check), then the
 * statements without an area. Areas without statements are left out. Without any area
 * (every 1.0 file), one group of the track's own levels, aligned exactly as before.
 */
function areaGroups(framework: Framework, levels: readonly Level[]): AreaGroup[] {
  const hasArea = levels.some((level) => level.statements.some((statement) => statement.area !== undefined));
  if (!hasArea) return [{ area: undefined, levels }];
  const byArea = new Map<string | undefined, { rank: number; statements: Statement[] }[]>();
  for (const area of Array.isArray(framework.areas) ? framework.areas : []) byArea.set(area.key, []);
  const levelsOf = (area: string | undefined) => {
    let grouped = byArea.get(area);
    if (!grouped) {
      grouped = [];
      byArea.set(area, grouped);
    }
    return grouped;
  };
  for (const level of levels) {
    for (const statement of level.statements) {
      const grouped = levelsOf(statement.area);
      const last = grouped[grouped.length - 1];
      if (last?.rank === level.rank) last.statements.push(statement);
      else grouped.push({ rank: level.rank, statements: [statement] });
    }
  }
  const unassigned = byArea.get(undefined);
  byArea.delete(undefined);
  if (unassigned) byArea.set(undefined, unassigned);
  return [...byArea].filter(([, grouped]) => grouped.length > 0).map(([area, grouped]) => ({ area, levels: grouped }));
}

/** `levelCount`: how many levels the track has, each row a cell for every one. */
function cellsBySubject(levels: GroupLevels, levelCount: number): BuiltRow[] {
  const rows: BuiltRow[] = [];
  const byKey = new Map<string, BuiltRow>();
  for (const level of levels) {
    for (const statement of level.statements) {
      const key = subjectKey(statement.subject) || `statement:${statement.id}`;
      let row = byKey.get(key);
      if (!row) {
        row = { cells: emptyCells(levelCount), filled: [] };
        byKey.set(key, row);
        rows.push(row);
      }
      const cell = row.cells[level.rank];
      if (cell === EMPTY_CELL) fill(row, level.rank, statement);
      else (cell as Statement[] | undefined)?.push(statement);
    }
  }
  return rows;
}

/** Puts a first statement in a row's cell; called in level order, so `filled` stays in it. */
function fill(row: BuiltRow, rank: number, statement: Statement): void {
  const cell = [statement];
  row.cells[rank] = cell;
  row.filled.push(cell);
}

function cellsBySimilarity(
  levels: GroupLevels,
  levelCount: number,
  vectors: ReadonlyMap<Statement, TermVector>,
): BuiltRow[] {
  // The group's statements at every rank of the track (none where the group has none).
  const byRank: (readonly Statement[])[] = emptyCells(levelCount);
  for (const level of levels) byRank[level.rank] = level.statements;
  const vectorsByRank = byRank.map((statements) => statements.map((statement) => vectors.get(statement) as TermVector));
  // Members come lowest level first, one per level.
  return alignBySimilarity(vectorsByRank).map((members) => {
    const row: BuiltRow = { cells: emptyCells(levelCount), filled: [] };
    for (const [rank, index] of members) {
      const statement = byRank[rank]?.[index];
      if (statement) fill(row, rank, statement);
    }
    return row;
  });
}

/**
 * Each statement linked to the most similar statement on the nearest lower level of its
 * row (ties: the first in author order), when they score at least {@link LINK_THRESHOLD},
 * the score a statement needs to join a row by similarity; under it, no link.
 * `cells` may leave out the row's empty cells, which link nothing.
 */
function rowLinks(cells: Cells, vectors: ReadonlyMap<Statement, TermVector>): ThemeLink[] {
  const links: ThemeLink[] = [];
  let below: readonly Statement[] = [];
  for (const cell of cells) {
    if (cell.length === 0) continue;
    const first = below[0];
    const closest = below.length * cell.length > DIRECT_LINK_LIMIT ? indexedClosest(below, vectors) : undefined;
    // The lowest statements of a row have nothing below to link to.
    for (const statement of first ? cell : []) {
      const vector = vectors.get(statement) as TermVector;
      let best = { at: 0, score: round(cosine(vector, vectors.get(first as Statement) as TermVector)) };
      const candidates = closest ? closest(vector) : below.map((lower, at) => ({ at, lower }));
      for (const { at, lower } of candidates) {
        const score = round(cosine(vector, vectors.get(lower) as TermVector));
        if (score > best.score || (score === best.score && at < best.at)) best = { at, score };
      }
      // A pair that shares next to nothing is no thread: shown as a link, it would claim one.
      if (best.score >= LINK_THRESHOLD) {
        links.push({ from: (below[best.at] as Statement).id, to: statement.id, score: best.score });
      }
    }
    below = cell;
  }
  return links;
}

/** Up to this many pairs between two cells, every pair is compared directly. */
const DIRECT_LINK_LIMIT = 256;

/**
 * For crowded cells (a subject repeated hundreds of times on two levels), the statements
 * of `below` that share a term with a vector, through an index of their terms: comparing
 * every pair would grow with the square of the cell. The others score 0 and are beaten
 * by, or tie with, the first statement, which is always considered.
 */
function indexedClosest(
  below: readonly Statement[],
  vectors: ReadonlyMap<Statement, TermVector>,
): (vector: TermVector) => { at: number; lower: Statement }[] {
  const postings = new Map<string, number[]>();
  below.forEach((lower, at) => {
    for (const term of (vectors.get(lower) as TermVector).keys()) {
      const list = postings.get(term);
      if (list) list.push(at);
      else postings.set(term, [at]);
    }
  });
  return (vector) => {
    const seen = new Set<number>();
    for (const term of vector.keys()) for (const at of postings.get(term) ?? []) seen.add(at);
    return [...seen].map((at) => ({ at, lower: below[at] as Statement }));
  };
}

/**
 * A row's label from its statements' own words: the subject that shares the most with the
 * row's other subjects (so "Electromechanical assemblies" over "Complex electromechanical
 * assemblies", when "Electromechanical system performance" is in the row too); without subjects, the row's heaviest terms.
 */
function rowLabel(cells: Cells, vectors: ReadonlyMap<Statement, TermVector>): string {
  const statements = cells.flat();
  const subjects = statements.filter((statement) => statement.subject);
  if (subjects.length > 0) {
    const subjectVectors = termVectors(subjects.map((statement) => statement.subject));
    // Σ over the others of v · o is v · (S − v), S the sum of all: linear in the row's
    // size, where comparing every pair grows with its square.
    const sum = new Map<string, number>();
    for (const vector of subjectVectors) addInto(sum, vector);
    let best = 0;
    let bestScore = -1;
    subjectVectors.forEach((vector, i) => {
      const score = dot(vector, sum) - dot(vector, vector);
      // Ties go to the lowest level's subject, where the theme is first named.
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    });
    return (subjects[best] as Statement).subject;
  }
  return topTerms(statements, vectors) || (statements[0]?.description ?? "");
}

/** Up to three of the row's strongest words, as written in its first statement that has them. */
function topTerms(statements: readonly Statement[], vectors: ReadonlyMap<Statement, TermVector>): string {
  const weights = new Map<string, number>();
  for (const statement of statements) addInto(weights, vectors.get(statement) as TermVector);
  const top = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  const words = top.map(([term]) => surfaceWord(statements, term) ?? term);
  const label = words.join(", ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function surfaceWord(statements: readonly Statement[], term: string): string | undefined {
  for (const statement of statements) {
    for (const word of statement.description.split(/[^\p{L}\p{M}\p{N}'-]+/u)) {
      if (terms(word)[0] === term) return word.toLowerCase();
    }
  }
  return undefined;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.map((item, i) => [item, b[i] as B]);
}
