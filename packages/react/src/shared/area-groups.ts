import type { Area, Framework } from "@rungs/core";

/** A run of rows that belong to one area (or to none), as a table shows them together. */
export interface AreaGroup<Row> {
  /** The framework's area; `undefined` for rows without one, or naming an area the framework lacks. */
  readonly area: Area | undefined;
  /** The area key the rows carry (`undefined` for rows without one). */
  readonly key: string | undefined;
  readonly rows: Row[];
}

/**
 * Rows grouped by their area for a table's row groups: the framework's areas in its order,
 * then any other key a row names (a host's rows), then the rows without an area. Within a
 * group, rows keep their order, so rows of one area never interleave with another's even
 * when a host's rows do. Core's `alignThemes` already returns its rows in this order; this
 * only makes it true of any rows. Whether to group at all is the caller's (see
 * {@link hasAreas}): decided on every row, not on a search's results.
 *
 * @param areaOf - a row's area key.
 */
export function groupByArea<Row>(
  framework: Framework,
  rows: readonly Row[],
  areaOf: (row: Row) => string | undefined,
): AreaGroup<Row>[] {
  // A framework-shaped object core did not check may lack `areas`: no known area then.
  const areas = Array.isArray(framework.areas) ? framework.areas : [];
  const groups = new Map<string | undefined, AreaGroup<Row>>();
  for (const area of areas) groups.set(area.key, { area, key: area.key, rows: [] });
  const others: Row[] = [];
  for (const row of rows) {
    const key = areaOf(row);
    if (key === undefined) {
      others.push(row);
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { area: undefined, key, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  if (others.length > 0) groups.set(undefined, { area: undefined, key: undefined, rows: others });
  return [...groups.values()].filter((group) => group.rows.length > 0);
}

/** Whether any row names an area: a 1.0 framework's never do, and its table stays one body. */
export function hasAreas<Row>(rows: readonly Row[], areaOf: (row: Row) => string | undefined): boolean {
  return rows.some((row) => areaOf(row) !== undefined);
}
