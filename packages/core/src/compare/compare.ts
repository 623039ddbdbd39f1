import { getLevel } from "../model/queries";
import type { TrackOptions } from "../model/track";
import type { Framework, Level, Statement } from "../model/types";
import { terms } from "../themes/similarity";
import { type AlignOptions, type AlignStrategy, alignThemes, subjectKey, type ThemeRow } from "../themes/themes";
import { type DiffPart, diffWords } from "./word-diff";

export interface CompareOptions extends TrackOptions {
  /** How statements are grouped into rows, as in {@link alignThemes} (unknown values count as `"auto"`). */
  readonly strategy?: AlignOptions["strategy"];
  /** The host's own rows (as a matrix may take them); used instead of aligning. */
  readonly rows?: readonly ThemeRow[] | undefined;
}

/** A statement on both levels with the same subject and description (spacing ignored). */
export interface KeptStatement {
  readonly kind: "kept";
  readonly from: Statement;
  readonly to: Statement;
}

/** A statement of one level paired with a different one of the same theme on the other. */
export interface ChangedStatement {
  readonly kind: "changed";
  readonly from: Statement;
  readonly to: Statement;
  /** Word diff of `from.subject` → `to.subject`. */
  readonly subject: readonly DiffPart[];
  /** Word diff of `from.description` → `to.description`. */
  readonly description: readonly DiffPart[];
  /** Share of the longer text's words that both keep, 0 to 1. */
  readonly wordsKept: number;
  /**
   * Fewer than {@link REWRITTEN_BELOW} of the words are kept: the two say it differently
   * rather than edit one wording, and a view reads better showing both texts whole than a
   * diff that strikes out nearly everything.
   */
  readonly rewritten: boolean;
}

/** Below this share of kept words, a changed statement counts as rewritten. */
export const REWRITTEN_BELOW = 0.25;

/** A statement only on the `to` level. */
export interface AddedStatement {
  readonly kind: "added";
  readonly to: Statement;
}

/** A statement only on the `from` level. */
export interface RemovedStatement {
  readonly kind: "removed";
  readonly from: Statement;
}

export type StatementChange = KeptStatement | ChangedStatement | AddedStatement | RemovedStatement;

export type ChangeKind = StatementChange["kind"];

/** One theme of the comparison: what became of its statements from one level to the other. */
export interface ComparisonRow {
  /** The theme row's id and label (see {@link ThemeRow}). */
  readonly id: string;
  readonly label: string;
  /**
   * Pairs first (kept and changed, in the `from` level's order), then what was removed,
   * then what was added. Every statement of the row on either level is in exactly one.
   */
  readonly changes: readonly StatementChange[];
}

export type ComparisonCounts = Readonly<Record<ChangeKind, number>>;

export interface LevelComparison {
  readonly from: Level;
  readonly to: Level;
  /** `"up"` when `to` is a higher rung than `from`, `"down"` when lower, `"same"` for one level. */
  readonly direction: "up" | "down" | "same";
  /** The strategy the rows were aligned with; `undefined` with the host's own rows. */
  readonly strategy: AlignStrategy | undefined;
  /** Rows with a statement on at least one of the two levels, in the alignment's order. */
  readonly rows: readonly ComparisonRow[];
  readonly counts: ComparisonCounts;
}

/**
 * What changes between two levels, theme by theme. Rows come from {@link alignThemes}
 * (or `options.rows`); within a row, a statement on both levels with the same subject and
 * description is kept; the rest are paired by the words they share, greedily, best pair
 * first (ties in author order), and a paired statement is changed, with a word diff. A
 * row with a single statement on each level pairs them whatever their words: the
 * alignment already put them in one theme. Unpaired statements are removed (only on
 * `from`) or added (only on `to`).
 *
 * The levels can be given in either order: comparing downwards (`from` above `to`) reads
 * as "what the lower level does not ask for" — `removed` is what `from` has beyond `to`.
 * Comparing a level with itself keeps everything.
 *
 * Both levels are of the default track, or of `options.track`. The track's every-level
 * statements are on both levels alike and are not compared.
 *
 * Returns `undefined` when either key is not a level of the track, or the track is
 * unknown (never throws).
 */
export function compareLevels(
  framework: Framework,
  fromKey: string,
  toKey: string,
  options: CompareOptions = {},
): LevelComparison | undefined {
  const from = getLevel(framework, fromKey, options);
  const to = getLevel(framework, toKey, options);
  if (!from || !to) return undefined;
  const alignment = options.rows
    ? undefined
    : alignThemes(framework, { strategy: options.strategy, track: options.track });
  const themeRows = options.rows ?? alignment?.rows ?? [];
  const counts: Record<ChangeKind, number> = { kept: 0, changed: 0, added: 0, removed: 0 };
  const rows: ComparisonRow[] = [];
  for (const row of themeRows) {
    const changes = compareCells(row.cells[from.rank] ?? [], row.cells[to.rank] ?? []);
    if (changes.length === 0) continue;
    for (const change of changes) counts[change.kind]++;
    rows.push({ id: row.id, label: row.label, changes });
  }
  return {
    from,
    to,
    direction: to.rank > from.rank ? "up" : to.rank < from.rank ? "down" : "same",
    strategy: alignment?.strategy,
    rows,
    counts,
  };
}

/**
 * Pairs the statements of one row on the two levels. Near-linear in the row's size: kept
 * pairs are found by their text through a map, and candidate pairs only among statements
 * that share a word (see {@link candidatePairs}).
 */
function compareCells(before: readonly Statement[], after: readonly Statement[]): StatementChange[] {
  const pairs: (KeptStatement | ChangedStatement)[] = [];
  const usedBefore = new Set<Statement>();
  const usedAfter = new Set<Statement>();
  const pair = (a: Statement, b: Statement) => {
    usedBefore.add(a);
    usedAfter.add(b);
    pairs.push(sameText(a, b) ? { kind: "kept", from: a, to: b } : changed(a, b));
  };

  // The same statement on both levels: the unmistakable pairs go first, each with the
  // first statement of `after` with its text that is still free.
  const afterByText = new Map<string, Statement[]>();
  for (const b of after) {
    const key = textKey(b);
    const list = afterByText.get(key);
    if (list) list.push(b);
    else afterByText.set(key, [b]);
  }
  for (const a of before) {
    const b = afterByText.get(textKey(a))?.shift();
    if (b) pair(a, b);
  }

  if (before.length === 1 && after.length === 1) {
    const [a, b] = [before[0] as Statement, after[0] as Statement];
    if (!usedBefore.has(a)) pair(a, b);
  } else {
    const candidates = candidatePairs(
      before.filter((a) => !usedBefore.has(a)),
      after.filter((b) => !usedAfter.has(b)),
    );
    candidates.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
    for (const { a, b } of candidates) {
      if (!usedBefore.has(a) && !usedAfter.has(b)) pair(a, b);
    }
  }

  pairs.sort((x, y) => x.from.index - y.from.index);
  return [
    ...pairs,
    ...before.filter((a) => !usedBefore.has(a)).map((a): RemovedStatement => ({ kind: "removed", from: a })),
    ...after.filter((b) => !usedAfter.has(b)).map((b): AddedStatement => ({ kind: "added", to: b })),
  ];
}

/** Subject and description in one string, unambiguous: the subject's length comes first. */
function textKey(statement: Statement): string {
  return `${statement.subject.length}:${statement.subject}${statement.description}`;
}

function changed(from: Statement, to: Statement): ChangedStatement {
  const subject = diffWords(from.subject, to.subject);
  const description = diffWords(from.description, to.description);
  const kept = [...subject, ...description]
    .filter((part) => part.kind === "same")
    .reduce((count, part) => count + wordCount(part.text), 0);
  const longer = Math.max(
    wordCount(from.subject) + wordCount(from.description),
    wordCount(to.subject) + wordCount(to.description),
  );
  const wordsKept = longer === 0 ? 1 : kept / longer;
  return { kind: "changed", from, to, subject, description, wordsKept, rewritten: wordsKept < REWRITTEN_BELOW };
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Equal subject and description; both are already whitespace-collapsed by the parser. */
function sameText(a: Statement, b: Statement): boolean {
  return a.subject === b.subject && a.description === b.description;
}

/**
 * Below this share of words, two statements of a crowded row (a subject repeated many
 * times on a level) are told apart as one removed and one added rather than a change.
 */
const MIN_PAIR_SCORE = 0.2;

/**
 * A word in more statements of the other level's cell than this finds no candidates: it
 * would pair nearly everything with everything (the row's shared subject, in a crowded
 * row), and the cost would grow with the square of the cell.
 */
const COMMON_WORD_LIMIT = 64;

/** How many of its best-scoring partners each statement of `before` keeps as candidates. */
const CANDIDATES_PER_STATEMENT = 32;

interface Words {
  readonly statement: Statement;
  readonly subjectKey: string;
  /** Content words of the description, and of the whole text. */
  readonly description: ReadonlySet<string>;
  readonly text: ReadonlySet<string>;
}

function wordsOf(statement: Statement): Words {
  return {
    statement,
    subjectKey: subjectKey(statement.subject),
    description: new Set(terms(statement.description)),
    text: new Set(terms(statement.text)),
  };
}

/**
 * The pairs that may be changed statements: each statement of `before` with the statements
 * of `after` that share a content word with it ({@link wordOverlap} is 0 for the others),
 * found through an index of words rather than by trying every pair; its
 * {@link CANDIDATES_PER_STATEMENT} best with a score of at least {@link MIN_PAIR_SCORE}.
 * In a row of a few statements per level (every real framework) that is every pair that
 * scores; only crowded rows lose pairs, through words that are everywhere.
 */
function candidatePairs(
  before: readonly Statement[],
  after: readonly Statement[],
): { a: Statement; b: Statement; score: number }[] {
  if (before.length === 0 || after.length === 0) return [];
  const afterWords = after.map(wordsOf);
  const postings = new Map<string, number[]>();
  afterWords.forEach((words, at) => {
    // The whole text's words include the description's, so every pair that can score is found.
    for (const word of words.text) {
      const list = postings.get(word);
      if (list) list.push(at);
      else postings.set(word, [at]);
    }
  });
  const candidates: { a: Statement; b: Statement; score: number }[] = [];
  for (const a of before) {
    const wordsA = wordsOf(a);
    const partners = new Set<number>();
    for (const word of wordsA.text) {
      const list = postings.get(word);
      if (list && list.length <= COMMON_WORD_LIMIT) for (const at of list) partners.add(at);
    }
    const scored = [...partners]
      .map((at) => afterWords[at] as Words)
      .map((wordsB) => ({ a, b: wordsB.statement, score: wordOverlap(wordsA, wordsB) }))
      .filter((candidate) => candidate.score >= MIN_PAIR_SCORE)
      .sort((x, y) => y.score - x.score || x.b.index - y.b.index);
    candidates.push(...scored.slice(0, CANDIDATES_PER_STATEMENT));
  }
  return candidates;
}

/**
 * Dice coefficient of the two statements' content words (stemmed, stop words left out, as
 * alignment reads them): 0 (none shared) to 1 (same set).
 * A subject both share says nothing about which statements belong together (the whole row
 * may share it), so then only the descriptions count.
 */
function wordOverlap(a: Words, b: Words): number {
  const sameSubject = a.subjectKey === b.subjectKey;
  const wordsA = sameSubject ? a.description : a.text;
  const wordsB = sameSubject ? b.description : b.text;
  if (wordsA.size + wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return (2 * shared) / (wordsA.size + wordsB.size);
}
