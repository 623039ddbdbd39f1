import { allStatements } from "./queries";
import { fold } from "./text";
import type { Framework, Statement } from "./types";

/** A span of a text in UTF-16 code units: `text.slice(start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface StatementMatch {
  readonly statement: Statement;
  /** Where the query's words occur in `statement.subject`, sorted, not overlapping. */
  readonly subject: readonly TextRange[];
  /** Where the query's words occur in `statement.description`, sorted, not overlapping. */
  readonly description: readonly TextRange[];
}

export interface SearchOptions {
  /** Only statements of this level (its `key`). */
  readonly levelKey?: string;
}

/**
 * The statements whose subject or description contain every word of the query, ignoring
 * case and diacritics ("resume" finds "Résumé"), in the framework's order, each with the
 * ranges to highlight. An empty query matches every statement, with nothing to highlight.
 */
export function searchStatements(framework: Framework, query: string, options: SearchOptions = {}): StatementMatch[] {
  const words = splitWords(query);
  const matches: StatementMatch[] = [];
  for (const statement of allStatements(framework)) {
    if (options.levelKey !== undefined && statement.levelKey !== options.levelKey) continue;
    const subject = foldedText(statement.subject);
    const description = foldedText(statement.description);
    const found = words.every((word) => subject.folded.includes(word) || description.folded.includes(word));
    if (!found) continue;
    matches.push({
      statement,
      subject: rangesOf(words, subject),
      description: rangesOf(words, description),
    });
  }
  return matches;
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
  readonly starts: readonly number[];
  readonly ends: number[];
}

const foldCache = new Map<string, FoldedText>();
const FOLD_CACHE_LIMIT = 5000;

/**
 * Folds a text character by character, remembering where each folded character came from,
 * so ranges found in the folded text map back to the original even when folding changes
 * lengths ("ﬁ", "İ", combining accents).
 */
function foldedText(text: string): FoldedText {
  const cached = foldCache.get(text);
  if (cached) return cached;
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const end = offset + character.length;
    const piece = fold(character);
    // A character that folds away (a combining accent) belongs to the one before it.
    if (piece === "" && ends.length > 0) ends[ends.length - 1] = end;
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += piece;
    offset = end;
  }
  const result = { folded, starts, ends };
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(text, result);
  return result;
}

function rangesOf(words: readonly string[], text: FoldedText): TextRange[] {
  const ranges: TextRange[] = [];
  for (const word of words) {
    for (let at = text.folded.indexOf(word); at >= 0; at = text.folded.indexOf(word, at + 1)) {
      ranges.push({ start: text.starts[at] as number, end: text.ends[at + word.length - 1] as number });
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** A piece of a text, marked when it lies in one of the ranges. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Cuts a text at the edges of the ranges (as {@link searchStatements} returns them), so a
 * view can wrap the matching pieces in `<mark>` without touching the text itself.
 */
export function highlightSegments(text: string, ranges: readonly TextRange[] = []): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
