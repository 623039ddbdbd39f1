import type { Area, Statement } from "@rungs/core";
import type { ReactElement } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import { formatCount } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";
import type { Search } from "../shared/use-search";

export interface StatementGroupsOptions {
  /** The framework's areas, in its order; none for a framework without areas. */
  areas: readonly Area[];
  /** The heading level of each area's title: one below the title of what holds the groups. */
  headingLevel: HeadingLevel;
  labels: RungsLabels;
  search: Search;
  /** One statement as a list item. */
  renderStatement: (statement: Statement) => ReactElement;
}

/**
 * A rung's (or the every-level section's) statements as lists. Without areas, one list,
 * exactly as before areas existed. (1.1) With areas: the statements that name no area
 * first, in one list with no heading; then each area that has statements here, in the
 * framework's area order, under a heading with its count ("Delivery, 3 statements"; during
 * a search "1 of 3 match"), each with its own list. An area only one level uses shows in
 * that rung alone. `all` is every statement of the group, `shown` those a search keeps.
 */
export function statementGroups(
  all: readonly Statement[],
  shown: readonly Statement[],
  options: StatementGroupsOptions,
): ReactElement {
  const { areas, renderStatement } = options;
  if (areas.length === 0) return <ul className="rungs-rung__statements">{shown.map(renderStatement)}</ul>;
  const known = new Set(areas.map((area) => area.key));
  const areaOf = (statement: Statement) =>
    statement.area !== undefined && known.has(statement.area) ? statement.area : undefined;
  const ungrouped = shown.filter((statement) => areaOf(statement) === undefined);
  return (
    <>
      {ungrouped.length > 0 && <ul className="rungs-rung__statements">{ungrouped.map(renderStatement)}</ul>}
      {areas.map((area) => {
        const inArea = shown.filter((statement) => areaOf(statement) === area.key);
        if (inArea.length === 0) return null;
        const total = all.filter((statement) => areaOf(statement) === area.key).length;
        return areaGroup(area, inArea, total, options);
      })}
    </>
  );
}

/** One area's heading, with its count, and its statements. */
function areaGroup(
  area: Area,
  statements: readonly Statement[],
  total: number,
  { headingLevel, labels, search, renderStatement }: StatementGroupsOptions,
): ReactElement {
  const Heading = `h${headingLevel}` as const;
  const count = search.active
    ? formatCount(labels.levelMatchCount, statements.length, labels.locale, { total })
    : formatCount(labels.statementCount, total, labels.locale);
  return (
    <div key={area.key} className="rungs-area" data-area={area.key}>
      <Heading className="rungs-area__heading">
        <span className="rungs-area__label">
          {area.label}
          <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()}</span>
        </span>{" "}
        <span className="rungs-area__count">{count}</span>
      </Heading>
      <ul className="rungs-rung__statements">{statements.map(renderStatement)}</ul>
    </div>
  );
}

/** The heading level one below `level`; a level-6 heading's children stay at 6, the deepest there is. */
export function headingBelow(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
