import { type RefObject, useEffect } from "react";
import { flushSync } from "react-dom";
import { type OpenUpdate, withOpen } from "./open-rungs";

/**
 * Find-in-page reveals a hidden-until-found rung: this opens it, so the ladder's state
 * agrees. `setOpen` is a ref, read when the event comes, so the listener is set once.
 */
export function useOpenOnFindInPage(
  rootRef: RefObject<HTMLElement | null>,
  setOpen: RefObject<(update: OpenUpdate) => void>,
  type: "single" | "multiple",
) {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onBeforeMatch = (event: Event) => {
      const key = (event.target as Element).closest(".rungs-rung")?.getAttribute("data-level");
      // Synchronously, so the rung is shown before the browser scrolls to the match.
      if (key != null) flushSync(() => setOpen.current(withOpen(key, type)));
    };
    root.addEventListener("beforematch", onBeforeMatch);
    return () => root.removeEventListener("beforematch", onBeforeMatch);
  }, [rootRef, setOpen, type]);
}

/**
 * Hides closed content with `hidden="until-found"`, which find-in-page can reveal (it then
 * fires `beforematch`, handled by `useOpenOnFindInPage`). React renders `hidden` only as a
 * boolean, so the attribute is set here, after hydration; until then the stylesheet hides
 * closed content, and the server HTML carries every statement.
 */
export function useHiddenUntilFound(ref: RefObject<HTMLElement | null>, open: boolean) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open) element.removeAttribute("hidden");
    else element.setAttribute("hidden", "until-found");
  }, [ref, open]);
}
