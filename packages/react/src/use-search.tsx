import { type Framework, type StatementMatch, searchStatements } from "@rungs/core";
import { useMemo } from "react";
import { formatCount, formatLabel, type RungsLabels } from "./labels";

/** What a view's `query` prop finds, as core's search reports it. */
export interface Search {
  /** The query, trimmed. */
  readonly query: string;
  /** False for an empty or blank query: nothing is filtered. */
  readonly active: boolean;
  /** The matching statements by id, with the ranges to highlight. */
  readonly matches: ReadonlyMap<string, StatementMatch>;
  /** Keys of the levels with a match, lowest first. */
  readonly levelKeys: readonly string[];
}

export function useSearch(framework: Framework, query: string | undefined): Search {
  const trimmed = (query ?? "").trim();
  return useMemo(() => {
    const found = trimmed ? searchStatements(framework, trimmed) : [];
    const matches = new Map(found.map((match) => [match.statement.id, match]));
    const levelKeys = framework.levels
      .filter((level) => level.statements.some((statement) => matches.has(statement.id)))
      .map((level) => level.key);
    return { query: trimmed, active: trimmed !== "", matches, levelKeys };
  }, [framework, trimmed]);
}

export interface SearchStatusProps {
  search: Search;
  labels: RungsLabels;
  className: string;
  /**
   * Shows the number of matches; otherwise only screen readers hear it (for views where
   * the results themselves show what was found).
   */
  showCount: boolean;
}

/** Says how many statements a search finds, politely announced as the query changes. */
export function SearchStatus({ search, labels, className, showCount }: SearchStatusProps) {
  const count = search.matches.size;
  const countText = formatCount(labels.matchCount, count, labels.locale, { query: search.query });
  return (
    <p role="status" className={className}>
      {search.active &&
        (count === 0 ? (
          formatLabel(labels.noMatch, { query: search.query })
        ) : showCount ? (
          countText
        ) : (
          <span className="rungs-visually-hidden">{countText}</span>
        ))}
    </p>
  );
}
