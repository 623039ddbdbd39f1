import type { ReactNode } from "react";
import type { RungsLabels } from "./labels";

export interface ResponsiveTableProps {
  /** The component's own class for the table (a hook for host styles), after `rungs-table`. */
  className: string;
  /** Names the table (a `<caption>`, shown and read once). */
  caption: string;
  labels: RungsLabels;
  /** The table's `thead` and `tbody` elements. */
  children: ReactNode;
}

/**
 * The one table `ProgressionMatrix` and `LevelCompare` both render: a real `<table>` with
 * a caption, inside the container it scrolls in when it is wider than the page.
 *
 * The same elements serve every width. In a container narrower than 40rem the stylesheet
 * reflows them (container query, no second copy of the statements): each body row becomes
 * a block, each cell shows its column's name from its `data-label` (generated content with
 * empty alternative text, since assistive technology already gets the column header), and
 * empty cells are hidden from sight but kept, so every cell keeps its column.
 *
 * The scroll container is focusable, so a keyboard can scroll it, and is a group with a
 * short name of its own ("Scrollable table") rather than a landmark, so the caption, which
 * names the table, is not read a second time.
 */
export function ResponsiveTable({ className, caption, labels, children }: ResponsiveTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container needs focus for keyboard scrolling
    // biome-ignore lint/a11y/useSemanticElements: a group of content, not of form controls (no fieldset)
    <div role="group" aria-label={labels.scrollableTable} className="rungs-table-scroller" tabIndex={0}>
      <table className={`rungs-table ${className}`}>
        <caption className="rungs-table__caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
