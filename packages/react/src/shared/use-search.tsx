import { type Framework, type FrameworkSearch, searchFramework } from "@rungs/core";
import { useMemo } from "react";
import { formatCount, formatLabel, type RungsLabels } from "./labels";

/** What a view's `query` prop finds: core's `searchFramework` result. */
export type Search = FrameworkSearch;

/** Core's search of the view's `query`, again only when the framework or the query changes. */
export function useSearch(framework: Framework, query: string | undefined): Search {
  const trimmed = (query ?? "").trim();
  return useMemo(() => searchFramework(framework, trimmed), [framework, trimmed]);
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
