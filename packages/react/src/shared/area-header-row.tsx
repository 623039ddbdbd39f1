import type { ReactElement } from "react";
import type { AreaGroup } from "./area-groups";
import type { RungsLabels } from "./labels";

/**
 * The first row of an area's `<tbody>` in the matrix and the comparison: one header cell
 * across the whole table, `scope="rowgroup"`.
 *
 * Why this pattern: in HTML's table model a row-group header applies to every later cell
 * of its row group, which is exactly the area's rows, so each statement cell has three
 * headers, its level (column), its theme (row) and its area (row group), and a screen
 * reader names the area when it reads a cell or moves into the group. `scope="colgroup"`
 * would be wrong here (it names columns). The W3C's other pattern for row groups, the
 * group's header in a first column spanning its rows, would take a column's width on every
 * row of a table that needs its width for 6 to 8 levels and whose theme column is already
 * sticky; a row across the table costs no column, reads in order in browse mode, and works
 * in the narrow layout as a plain heading line above the area's themes.
 *
 * A plain function, not a component: only markup.
 *
 * @param span - the number of columns of the table.
 */
export function areaHeaderRow(group: AreaGroup<unknown>, span: number, labels: RungsLabels): ReactElement {
  // An area named by a host's row but not by the framework shows its key, as written.
  return groupHeaderRow(group.area?.label ?? group.key ?? labels.otherArea, span);
}

/**
 * A row group's header row, as `areaHeaderRow` makes it, for any group of rows: (1.1) the
 * matrix's statements expected at every level are one ("Expected at every level").
 */
export function groupHeaderRow(label: string, span: number): ReactElement {
  return (
    <tr className="rungs-table__group-row">
      <th scope="rowgroup" colSpan={span} className="rungs-table__group">
        {/* Its own element: it stays at the inline start while the table scrolls (sticky). */}
        <span className="rungs-table__group-label">{label}</span>
      </th>
    </tr>
  );
}
