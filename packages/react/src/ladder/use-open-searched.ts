import { type RefObject, useEffect, useRef } from "react";
import type { SearchOpening } from "./ladder-types";
import { type OpenUpdate, openForSearch } from "./open-rungs";

/**
 * A new query opens the rungs it finds statements in, through the open state, so a host
 * that controls `value` is asked (onValueChange) like for any other change. The query of
 * the first render is already in the uncontrolled state (`startsOpen`), so it is skipped
 * then; a controlled ladder is asked for it too.
 */
export function useOpenSearchedRungs(
  search: SearchOpening,
  type: "single" | "multiple",
  open: RefObject<string[]>,
  setOpen: RefObject<(update: string[] | OpenUpdate) => void>,
  startsOpen: boolean,
) {
  const searchedRef = useRef(startsOpen ? search.query : "");
  useEffect(() => {
    if (search.query === searchedRef.current) return;
    searchedRef.current = search.query;
    const next = openForSearch(open.current, search, type);
    if (next !== open.current) setOpen.current(next);
  }, [search, type, open, setOpen]);
}
