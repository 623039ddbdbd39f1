import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * Whether this render runs in a hydrated (or client-only) tree: false on the server and
 * while React hydrates its HTML, then true. Lets server HTML say only what it can do
 * without JavaScript (no button that opens nothing, no checkbox whose counts cannot
 * follow) and the client part take over after, with no hydration mismatch: React hydrates
 * with the server's value and re-renders with the client's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
