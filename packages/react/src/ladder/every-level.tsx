import type { Framework, Statement, Track } from "@rungs/core";
import type { ReactElement } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import { formatCount } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";
import type { Search } from "../shared/use-search";
import { headingBelow, statementGroups } from "./ladder-groups";

export interface EveryLevelOptions {
  framework: Framework;
  /** The track shown: its `allLevels` are the statements. */
  track: Track;
  /** The heading level of the rungs' titles: the section's title is at the same level. */
  headingLevel: HeadingLevel;
  labels: RungsLabels;
  search: Search;
  /** One statement as a list item (the ladder's, checkable in a self-assessment). */
  renderStatement: (statement: Statement) => ReactElement;
}

/**
 * (1.1) The statements expected at every level (`allLevels`), shown once, before the rungs,
 * under their own heading ("Expected at every level", with the count) and grouped by area
 * as a rung's are: repeating them in every rung would make each rung longer and say the
 * same thing many times. Always shown (nothing to open), so find-in-page and a server-
 * rendered page have them. In a self-assessment each is checkable here, once; core's
 * assessment counts it at every level. Nothing when the track has none (every 1.0
 * file) or a search matches none of them.
 */
export function everyLevelSection(options: EveryLevelOptions): ReactElement | null {
  const { framework, track, headingLevel, labels, search, renderStatement } = options;
  const all = track.allLevels;
  const shown = search.active ? all.filter((statement) => search.matches.has(statement.id)) : all;
  if (shown.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const count = search.active
    ? formatCount(labels.levelMatchCount, shown.length, labels.locale, { total: all.length })
    : formatCount(labels.statementCount, all.length, labels.locale);
  return (
    <div className="rungs-ladder__every-level">
      <Heading className="rungs-ladder__every-level-heading">
        <span className="rungs-ladder__every-level-title">
          {labels.everyLevelTitle}
          <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()}</span>
        </span>{" "}
        <span className="rungs-area__count">{count}</span>
      </Heading>
      {statementGroups(all, shown, {
        areas: framework.areas ?? [],
        headingLevel: headingBelow(headingLevel),
        labels,
        search,
        renderStatement,
      })}
    </div>
  );
}
