import type { ReactNode } from "react";
import type { RungsLabels } from "./labels";

/**
 * The container a wide table scrolls in: focusable, so a keyboard can scroll it, and named
 * with a short name of its own ("Scrollable table"), a group rather than a landmark, so
 * the table's caption, which names the table, is not read a second time.
 */
export function TableScroller({
  className,
  labels,
  children,
}: {
  className: string;
  labels: RungsLabels;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container needs focus for keyboard scrolling
    // biome-ignore lint/a11y/useSemanticElements: a group of content, not of form controls (no fieldset)
    <div role="group" aria-label={labels.scrollableTable} className={className} tabIndex={0}>
      {children}
    </div>
  );
}
