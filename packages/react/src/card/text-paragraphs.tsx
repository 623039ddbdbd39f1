import type { TextRange } from "@rungs/core";
import type { ReactElement } from "react";
import { highlightedNodes } from "../shared/highlighted-text";

/**
 * A text of format 1.1 (a level's description, an example, a note) as paragraphs: a blank
 * line (`"\n\n"`, as core keeps it) starts a new `<p>`. Always text, never markup. A search's
 * ranges, given over the whole text, are cut to the paragraph each falls in, so the marks
 * land on the same words.
 */
export function textParagraphs(text: string, ranges?: readonly TextRange[] | undefined): ReactElement[] {
  const paragraphs: ReactElement[] = [];
  let start = 0;
  for (const part of text.split(PARAGRAPH_BREAK)) {
    const end = start + part.length;
    if (part.trim() !== "") {
      paragraphs.push(<p key={start}>{highlightedNodes(part, ranges && rangesWithin(ranges, start, end))}</p>);
    }
    // Where the next paragraph starts: after this one and the break that ended it.
    const rest = text.slice(end);
    start = end + (PARAGRAPH_BREAK.exec(rest)?.[0].length ?? 0);
  }
  return paragraphs;
}

/** Blank lines between paragraphs; a line with only spaces counts as blank. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/;

/** The ranges that fall in `[start, end)`, cut to it and counted from `start`. */
function rangesWithin(ranges: readonly TextRange[], start: number, end: number): TextRange[] {
  const within: TextRange[] = [];
  for (const range of ranges) {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (from < to) within.push({ start: from - start, end: to - start });
  }
  return within;
}
