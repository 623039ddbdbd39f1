import { type Framework, type FrameworkSearch, searchFramework } from "@rungs/core";
import { useMemo } from "react";

/** What a view's `query` prop finds: core's `searchFramework` result. */
export type Search = FrameworkSearch;

/**
 * Core's search of the view's `query`, again only when the framework or the query changes.
 * Without a framework (input that did not resolve; hooks run before a view knows) nothing
 * is searched. Searches the default track, or (1.1) the one `track` names.
 */
export function useSearch(
  framework: Framework | undefined,
  query: string | undefined,
  track?: string | undefined,
): Search {
  const trimmed = (query ?? "").trim();
  return useMemo(
    () => (framework === undefined ? NOTHING_SEARCHED : searchFramework(framework, trimmed, { track })),
    [framework, trimmed, track],
  );
}

const NOTHING_SEARCHED: Search = Object.freeze({ query: "", active: false, matches: new Map(), levelKeys: [] });
