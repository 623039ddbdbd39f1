import { highlightSegments, type TextRange } from "@rungs/core";

export interface HighlightedTextProps {
  text: string;
  ranges?: readonly TextRange[] | undefined;
}

/** A text with the given ranges wrapped in `<mark>`; always text, never markup. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, ranges).map((segment, index) =>
        segment.match ? (
          // Segments are positional by nature: the same text always yields the same list.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={index} className="rungs-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
