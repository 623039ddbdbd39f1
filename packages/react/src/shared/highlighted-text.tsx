import { highlightSegments, type TextRange } from "@rungs/core";
import type { ReactElement } from "react";

export interface HighlightedTextProps {
  text: string;
  ranges?: readonly TextRange[] | undefined;
}

/** A text with the given ranges wrapped in `<mark>`; always text, never markup. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  return <>{highlightedNodes(text, ranges)}</>;
}

/**
 * What `HighlightedText` renders, without a component around it: `text` itself when
 * nothing is marked (the common case, one text node), else its segments with the matches
 * in `<mark>`. For views that render many texts, where a component each costs.
 */
export function highlightedNodes(
  text: string,
  ranges: readonly TextRange[] | undefined,
): string | (string | ReactElement)[] {
  if (!ranges || ranges.length === 0) return text;
  return highlightSegments(text, ranges).map((segment, index) =>
    segment.match ? (
      // Segments are positional by nature: the same text always yields the same list.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <mark key={index} className="rungs-mark">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
