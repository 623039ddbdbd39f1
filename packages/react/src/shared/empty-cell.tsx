import type { Key, ReactElement } from "react";
import type { RungsLabels } from "./labels";

/** What an empty cell takes besides its text: a class, and its table's `data-*` flags. */
export type EmptyCellAttributes = { className?: string } & { [flag: `data-${string}`]: string | undefined };

/**
 * A table cell with no statement: it says so to screen readers ("No statement at this
 * level") and shows a dash, drawn by the stylesheet with empty alternative text, so the
 * dash is not read as a character. One element of markup besides the cell: a big, sparse
 * table costs little. Shared by `ProgressionMatrix` and `LevelCompare`.
 *
 * A plain function, not a component: a sparse matrix renders hundreds of these, and each
 * is only markup (a component would add React's work per cell to the server render).
 *
 * @param key - the cell's key among its row's cells.
 */
export function emptyCell(
  key: Key,
  labels: RungsLabels,
  { className, ...attributes }: EmptyCellAttributes = {},
): ReactElement {
  return (
    <td key={key} className={className ? `rungs-empty ${className}` : "rungs-empty"} {...attributes}>
      <span className="rungs-visually-hidden">{labels.emptyCell}</span>
    </td>
  );
}
