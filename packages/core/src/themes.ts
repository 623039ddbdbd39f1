import { alignBySimilarity } from "./align-similarity";
import { addInto, cosine, type TermVector, terms, termVectors } from "./similarity";
import { fold, slugify, uniqueId } from "./text";
import type { Framework, Statement } from "./types";

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
   * (0 to 1). Lets a view show how strong a thread is.
   */
  readonly links: readonly ThemeLink[];
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

export interface AlignOptions {
  /**
   * - `"subject"`: statements whose normalized subjects are equal share a row;
   * - `"similarity"`: statements are linked across levels by what they say;
   * - `"auto"` (default): `"subject"` when subjects repeat across levels, else `"similarity"`.
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
 * Rows are in order of first appearance (lowest level first, then author order). Pure and
 * deterministic: the same framework always gives the same rows and ids.
 */
export function alignThemes(framework: Framework, options: AlignOptions = {}): Alignment {
  const requested = options.strategy ?? "auto";
  // A framework is frozen, so its alignment never changes: views that render it again
  // (every server request, every keystroke in a search box) get it for free.
  const cached = alignmentCache.get(framework)?.get(requested);
  if (cached) return cached;
  const alignment = computeAlignment(framework, requested);
  const byStrategy = alignmentCache.get(framework) ?? new Map<string, Alignment>();
  byStrategy.set(requested, alignment);
  alignmentCache.set(framework, byStrategy);
  return alignment;
}

const alignmentCache = new WeakMap<Framework, Map<string, Alignment>>();

function computeAlignment(framework: Framework, requested: AlignStrategy | "auto"): Alignment {
  const strategy = requested === "auto" ? chooseStrategy(framework) : requested;
  const statements = framework.levels.flatMap((level) => level.statements);
  const vectors = new Map(
    zip(
      statements,
      // The subject names the theme, so its words count twice.
      termVectors(statements.map((s) => `${s.subject} ${s.subject} ${s.description}`)),
    ),
  );
  const cells = strategy === "subject" ? cellsBySubject(framework) : cellsBySimilarity(framework, vectors);

  const used = new Set<string>();
  // Frozen throughout: one cached alignment is shared by every caller.
  const rows = cells.map((row): ThemeRow => {
    const label = rowLabel(row, vectors);
    return Object.freeze({
      id: uniqueId(`theme-${slugify(label) || "row"}`, used),
      label,
      cells: Object.freeze(row.map((cell) => Object.freeze(cell))),
      links: Object.freeze(rowLinks(row, vectors).map((link) => Object.freeze(link))),
    });
  });
  return Object.freeze({ strategy, rows: Object.freeze(rows) });
}

/**
 * `"subject"` when subjects repeat across levels — when at least half of the statements
 * that have a subject share it with a statement on another level — else `"similarity"`.
 */
export function chooseStrategy(framework: Framework): AlignStrategy {
  const levelsBySubject = new Map<string, Set<number>>();
  let withSubject = 0;
  for (const level of framework.levels) {
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
  for (const level of framework.levels) {
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

type Cells = Statement[][];

function cellsBySubject(framework: Framework): Cells[] {
  const rows: Cells[] = [];
  const byKey = new Map<string, Cells>();
  for (const level of framework.levels) {
    for (const statement of level.statements) {
      const key = subjectKey(statement.subject) || `statement:${statement.id}`;
      let row = byKey.get(key);
      if (!row) {
        row = framework.levels.map(() => []);
        byKey.set(key, row);
        rows.push(row);
      }
      row[level.rank]?.push(statement);
    }
  }
  return rows;
}

function cellsBySimilarity(framework: Framework, vectors: ReadonlyMap<Statement, TermVector>): Cells[] {
  const levels = framework.levels.map((level) =>
    level.statements.map((statement) => vectors.get(statement) as TermVector),
  );
  return alignBySimilarity(levels).map((members) =>
    members.map((index, rank) => {
      const statement = framework.levels[rank]?.statements[index];
      return statement ? [statement] : [];
    }),
  );
}

/** Each statement linked to the most similar statement on the nearest lower level of its row. */
function rowLinks(cells: Cells, vectors: ReadonlyMap<Statement, TermVector>): ThemeLink[] {
  const links: ThemeLink[] = [];
  let below: readonly Statement[] = [];
  for (const cell of cells) {
    if (cell.length === 0) continue;
    for (const statement of cell) {
      const vector = vectors.get(statement) as TermVector;
      let best: ThemeLink | undefined;
      for (const lower of below) {
        const score = round(cosine(vector, vectors.get(lower) as TermVector));
        if (!best || score > best.score) best = { from: lower.id, to: statement.id, score };
      }
      if (best) links.push(best);
    }
    below = cell;
  }
  return links;
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
    let best = 0;
    let bestScore = -1;
    subjectVectors.forEach((vector, i) => {
      let score = 0;
      for (const other of subjectVectors) if (other !== vector) score += cosine(vector, other);
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
    for (const word of statement.description.split(/[^\p{L}\p{N}'-]+/u)) {
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
