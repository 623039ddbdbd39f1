import { formatCount, formatLabel } from "./format-label";
import type { RungsLabels } from "./labels";
import type { Search } from "./use-search";

// Apart from `useSearch`, which runs core's search: a view's client part shows a search
// its server part ran, and brings none of the search code into the browser.

export interface SearchStatusProps {
  search: Search;
  labels: Pick<RungsLabels, "locale" | "matchCount" | "noMatch">;
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
