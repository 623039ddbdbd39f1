import type { ComponentPropsWithoutRef } from "react";
import type { RungsLabels } from "./labels";

export interface EmptyCellProps extends Omit<ComponentPropsWithoutRef<"td">, "children"> {
  labels: RungsLabels;
}

/**
 * A table cell with no statement: it says so to screen readers ("No statement at this
 * level") and shows a dash, drawn by the stylesheet with empty alternative text, so the
 * dash is not read as a character. One element of markup besides the cell: a big, sparse
 * table costs little. Shared by `ProgressionMatrix` and `LevelCompare`.
 */
export function EmptyCell({ labels, className, ...rest }: EmptyCellProps) {
  return (
    <td className={className ? `rungs-empty ${className}` : "rungs-empty"} {...rest}>
      <span className="rungs-visually-hidden">{labels.emptyCell}</span>
    </td>
  );
}
