import { allStatements } from "../model/queries";
import type { TrackOptions } from "../model/track";
import type { Framework, Statement } from "../model/types";
import { isTrusted } from "../parse/trust";
import { fold } from "../text/fold";
import { findOccurrences } from "./occurrences";
import { MAX_MARKS_PER_TEXT, mergeRanges, type TextRange } from "./ranges";

/**
 * (1.1) Where a statement matched: in its text (subject and description, as in 1.0), in one
 * of its examples, or in its notes. Examples and notes are never expectations, so a view
 * says so ("in an example").
 */
export type SearchField = "text" | "example" | "note";

export interface StatementMatch {
  readonly statement: Statement;
  /** Where the query's words occur in `statement.subject`, sorted, not overlapping. */
  readonly subject: readonly TextRange[];
  /** Where the query's words occur in `statement.description`, sorted, not overlapping. */
  readonly description: readonly TextRange[];
  /**
   * (1.1) Where every word of the query was found together: `"text"` when the subject and
   * description hold them all (every 1.0 match), else `"example"` when one example does (the
   * first such: {@link StatementMatch.exampleIndex}), else `"note"`.
   */
  readonly field: SearchField;
  /** (1.1) With `field: "example"`: the index in `statement.examples` of the example that holds every word. */
  readonly exampleIndex?: number;
  /**
   * (1.1) Where the query's words occur in each of `statement.examples`, by index (an
   * example without any: `[]`), sorted, not overlapping. Only on a statement with examples.
   */
  readonly examples?: readonly (readonly TextRange[])[];
  /** (1.1) Where the query's words occur in `statement.notes`. Only on a statement with notes. */
  readonly notes?: readonly TextRange[];
}

export interface SearchOptions extends TrackOptions {
  /** Only statements of this level (its `key`). The track's every-level statements have the level key `""`. */
  readonly levelKey?: string;
}

/**
 * At most this many ranges are marked in one search, over every statement. Statements that
 * match after that are still found (a view's count of matches stays true), with no ranges.
 */
export const MAX_MARKS = 2_000;

/**
 * The statements whose subject and description together contain every word of the query,
 * ignoring case and diacritics ("resume" finds "Résumé"), or (1.1) one of whose examples,
 * or whose notes, contains every word — `field` says where — in the order of
 * `allStatements` (the track's every-level statements first, then level by level), each
 * with the ranges to highlight in each of those texts. An empty query matches every
 * statement, with nothing to highlight. Searches the default track, or `options.track`
 * (an unknown key: nothing).
 * Ranges are bounded: {@link MAX_MARKS_PER_TEXT} in a text, {@link MAX_MARKS} in all, taken
 * in the order subject, description, examples, notes.
 *
 * Cost is linear in the length of the texts and the query, however the words overlap in
 * the text ("aaa" in "aaaa…"), and a text's scan stops once it has its marks (or, past
 * the search's marks, its first occurrence). Folded texts are cached only for frameworks
 * core built, with the framework (they go when it goes), and only for texts of ordinary length.
 */
export function searchStatements(framework: Framework, query: string, options: SearchOptions = {}): StatementMatch[] {
  const words = splitWords(query);
  const cache = isTrusted(framework) ? foldCache : undefined;
  const matches: StatementMatch[] = [];
  let marksLeft = MAX_MARKS;
  for (const statement of allStatements(framework, { track: options.track })) {
    if (options.levelKey !== undefined && statement.levelKey !== options.levelKey) continue;
    const folded = foldedStatement(statement, cache);
    // Whether the statement matches needs one occurrence of each word, even with no marks left.
    const wanted = Math.max(1, Math.min(MAX_MARKS_PER_TEXT, marksLeft));
    const inSubject = new FoundRanges();
    const inDescription = new FoundRanges();
    const inText = words.every(
      (word) =>
        inSubject.add(rangesOf(word, folded.subject, wanted)) +
          inDescription.add(rangesOf(word, folded.description, wanted)) >
        0,
    );
    // Examples and notes are read only when a statement has them (never in a 1.0 file).
    const inExamples = folded.examples.map((example) => foundIn(words, example, wanted));
    const inNotes = folded.notes === undefined ? undefined : foundIn(words, folded.notes, wanted);
    const exampleIndex = inText ? -1 : inExamples.findIndex((found) => found.everyWord);
    const field: SearchField | undefined = inText
      ? "text"
      : exampleIndex >= 0
        ? "example"
        : inNotes?.everyWord
          ? "note"
          : undefined;
    if (field === undefined) continue;
    const take = (found: FoundRanges) => {
      const marks = found.marks(Math.min(MAX_MARKS_PER_TEXT, marksLeft));
      marksLeft -= marks.length;
      return marks;
    };
    const match: StatementMatch = {
      statement,
      subject: take(inSubject),
      description: take(inDescription),
      field,
      ...(field === "example" && { exampleIndex }),
      ...(statement.examples !== undefined && { examples: inExamples.map((found) => take(found.ranges)) }),
      ...(inNotes !== undefined && { notes: take(inNotes.ranges) }),
    };
    matches.push(match);
  }
  return matches;
}

/** The ranges of every word of a query in one text, and whether each word occurs in it. */
function foundIn(
  words: readonly string[],
  text: FoldedText,
  wanted: number,
): { ranges: FoundRanges; everyWord: boolean } {
  const ranges = new FoundRanges();
  let everyWord = true;
  // Every word is looked for even after one is missing: the statement may match elsewhere,
  // and then this text's marks are shown too.
  for (const word of words) if (ranges.add(rangesOf(word, text, wanted)) === 0) everyWord = false;
  return { ranges, everyWord };
}

/** Ranges of one word in one text, and up to where in the text every occurrence of it is known. */
interface WordRanges {
  readonly ranges: TextRange[];
  /** Every occurrence starting before this is in `ranges` (Infinity: the whole text was scanned). */
  readonly knownBefore: number;
}

/** The ranges of every word of a query in one text, merged into the marks to show. */
class FoundRanges {
  private readonly ranges: TextRange[] = [];
  private knownBefore = Number.POSITIVE_INFINITY;

  /** Adds a word's ranges; returns how many it had. */
  add(word: WordRanges): number {
    for (const range of word.ranges) this.ranges.push(range);
    this.knownBefore = Math.min(this.knownBefore, word.knownBefore);
    return word.ranges.length;
  }

  /**
   * At most `limit` merged ranges, first first. Where a word's scan stopped early, only
   * ranges that end before that point are kept: past it, an occurrence not read could
   * still join one of them.
   */
  marks(limit: number): TextRange[] {
    if (limit <= 0) return [];
    const merged = mergeRanges(this.ranges);
    const known = merged.filter((range) => range.end < this.knownBefore);
    return known.length > limit ? known.slice(0, limit) : known;
  }
}

/** The query's distinct words, folded, longest first so merged ranges are stable. */
function splitWords(query: string): string[] {
  const words = new Set(fold(query).split(/\s+/).filter(Boolean));
  return [...words].sort((a, b) => b.length - a.length);
}

interface FoldedText {
  /** The folded text. */
  readonly folded: string;
  /** For each folded code unit, where its source character starts and ends in the original. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

interface FoldedStatement {
  readonly subject: FoldedText;
  readonly description: FoldedText;
  /** (1.1) Each of the statement's examples; none for a statement without. */
  readonly examples: readonly FoldedText[];
  readonly notes: FoldedText | undefined;
}

/**
 * Folded subjects and descriptions of statements of trusted frameworks (frozen, so they
 * never change), keyed by the statement: weak, so they go with the framework.
 */
const foldCache = new WeakMap<Statement, FoldedStatement>();

const NO_TEXTS: readonly string[] = Object.freeze([]);
const NO_FOLDED_TEXTS: readonly FoldedText[] = Object.freeze([]);

/**
 * Longer statements (with their examples and notes) are folded again at each search rather than kept: a cache entry costs
 * about ten bytes per character, and real statements are a few hundred characters.
 */
const CACHED_TEXT_LIMIT = 4096;

function foldedStatement(
  statement: Statement,
  cache: WeakMap<Statement, FoldedStatement> | undefined,
): FoldedStatement {
  const cached = cache?.get(statement);
  if (cached) return cached;
  const examples = statement.examples ?? NO_TEXTS;
  const folded: FoldedStatement = {
    subject: foldedText(statement.subject),
    description: foldedText(statement.description),
    examples: examples.length === 0 ? NO_FOLDED_TEXTS : examples.map(foldedText),
    notes: statement.notes === undefined ? undefined : foldedText(statement.notes),
  };
  let length = statement.subject.length + statement.description.length + (statement.notes?.length ?? 0);
  for (const example of examples) length += example.length;
  if (cache && length <= CACHED_TEXT_LIMIT) cache.set(statement, folded);
  return folded;
}

/**
 * Folds a text character by character, remembering where each folded character came from,
 * so ranges found in the folded text map back to the original even when folding changes
 * lengths ("ﬁ", "İ", combining accents). Folding each character gives the same text as
 * folding the whole (see {@link fold}), so the query, folded whole, meets it.
 */
function foldedText(text: string): FoldedText {
  // ASCII (most statements): folding lower-cases each character in place.
  if (ASCII.test(text)) {
    const starts = new Int32Array(text.length);
    for (let i = 0; i < starts.length; i++) starts[i] = i;
    return { folded: text.toLowerCase(), starts, ends: starts.map((start) => start + 1) };
  }
  // Written into typed arrays and decoded once: a megabyte of text folds in milliseconds.
  // A character folds to at most a few code units ("ﬃ" → "ffi"); grown if ever needed.
  let units: Uint16Array = new Uint16Array(text.length + 8);
  let starts: Int32Array = new Int32Array(text.length + 8);
  let ends: Int32Array = new Int32Array(text.length + 8);
  let length = 0;
  for (let offset = 0; offset < text.length; ) {
    const code = text.codePointAt(offset) as number;
    const end = offset + (code > 0xffff ? 2 : 1);
    // ASCII, which most texts are made of, without the Unicode work of `fold`.
    const piece = code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : fold(text.slice(offset, end));
    const pieceLength = typeof piece === "number" ? 1 : piece.length;
    // A character that folds away (a combining accent) belongs to the one before it.
    if (pieceLength === 0 && length > 0) ends[length - 1] = end;
    if (length + pieceLength > units.length) {
      const size = Math.max(length + pieceLength, units.length * 2);
      units = grown(units, new Uint16Array(size));
      starts = grown(starts, new Int32Array(size));
      ends = grown(ends, new Int32Array(size));
    }
    for (let i = 0; i < pieceLength; i++) {
      units[length] = typeof piece === "number" ? piece : piece.charCodeAt(i);
      starts[length] = offset;
      ends[length] = end;
      length++;
    }
    offset = end;
  }
  return {
    folded: decodeUnits(units.subarray(0, length)),
    starts: starts.slice(0, length),
    ends: ends.slice(0, length),
  };
}

const ASCII = /^[\0-\x7f]*$/;

function grown<T extends Uint16Array | Int32Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

/** UTF-16 code units as a string, in chunks (an argument list has a size limit). */
function decodeUnits(units: Uint16Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < units.length; at += 8192) {
    chunks.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  }
  return chunks.join("");
}

/**
 * Where a folded word occurs, as ranges of the original text, sorted and merged as they
 * are found: overlapping occurrences ("aa" in "aaaa") become one range. Stops at `limit`
 * ranges, when the next occurrence starts a new one: all before it are then known.
 */
function rangesOf(word: string, text: FoldedText, limit: number): WordRanges {
  const ranges: TextRange[] = [];
  let start = -1;
  let end = -1;
  let knownBefore = Number.POSITIVE_INFINITY;
  findOccurrences(text.folded, word, (at) => {
    const from = text.starts[at] as number;
    const to = text.ends[at + word.length - 1] as number;
    if (from <= end) {
      end = Math.max(end, to);
      return true;
    }
    if (start >= 0) ranges.push({ start, end });
    start = from;
    end = to;
    if (ranges.length < limit) return true;
    // The range just closed was the last one wanted; the one that starts here is not.
    start = -1;
    knownBefore = from;
    return false;
  });
  if (start >= 0) ranges.push({ start, end });
  return { ranges, knownBefore };
}
