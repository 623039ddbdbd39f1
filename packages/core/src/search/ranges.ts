// Ranges of a text and the segments they cut it into: what a view needs to mark a search's
// matches. Apart from the search itself, so a client component that only marks ranges it
// was given brings none of the search code into the browser (Turbopack keeps whole modules).

/** A span of a text in UTF-16 code units: `text.slice(start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * At most this many ranges are marked in one text (a statement's subject or its
 * description): the text's first matches, in order; the rest of it shows unmarked. Real
 * statements have a handful; a one-letter query over a long text would otherwise mark
 * every letter.
 */
export const MAX_MARKS_PER_TEXT = 100;

/**
 * Sorts ranges and joins those that overlap or touch. Anything that is not a range with
 * finite `start` and `end` (from untyped code) is left out.
 */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = validRanges(ranges).sort((a, b) => a.start - b.start || a.end - b.end);
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

/** The ranges whose `start` and `end` are finite numbers, as plain copies; never throws. */
function validRanges(ranges: unknown): TextRange[] {
  const valid: TextRange[] = [];
  if (!Array.isArray(ranges)) return valid;
  for (const range of ranges as unknown[]) {
    try {
      if (typeof range !== "object" || range === null) continue;
      const { start, end } = range as { start: unknown; end: unknown };
      if (typeof start === "number" && typeof end === "number" && Number.isFinite(start) && Number.isFinite(end)) {
        valid.push({ start: Math.trunc(start), end: Math.trunc(end) });
      }
    } catch {
      // A getter that throws or a hostile Proxy: not a range.
    }
  }
  return valid;
}

/** A piece of a text, marked when it lies in one of the ranges. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Cuts a text at the edges of the ranges (as {@link searchStatements} returns them), so a
 * view can wrap the matching pieces in `<mark>` without touching the text itself. At most
 * {@link MAX_MARKS_PER_TEXT} pieces are marked, the first ones. Never
 * throws and never loses text: the segments always join back to `text`; ranges that are
 * not objects with finite `start` and `end` are ignored, the rest are clipped to the text.
 */
export function highlightSegments(text: string, ranges: readonly TextRange[] = []): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  let marked = 0;
  for (const range of mergeRanges(ranges)) {
    // Ranges from elsewhere than searchStatements are bounded here too: the rest shows unmarked.
    if (marked === MAX_MARKS_PER_TEXT) break;
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    marked++;
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
