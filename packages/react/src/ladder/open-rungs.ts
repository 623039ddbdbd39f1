import type { LadderOutline, SearchOpening } from "./ladder-types";

/** A change of the open rungs, as the ladder's state setter takes it. */
export type OpenUpdate = (open: string[]) => string[];

/** An update of the open rungs that opens `key` (the only one with `type="single"`). */
export function withOpen(key: string, type: "single" | "multiple"): OpenUpdate {
  return (open) => (open.includes(key) ? open : type === "single" ? [key] : [...open, key]);
}

/**
 * The open rungs once a search has opened the ones it finds statements in: all of them, or
 * with `type="single"` the first one unless the open rung has a match. `open` itself when
 * nothing changes.
 */
export function openForSearch(open: string[], search: SearchOpening, type: "single" | "multiple"): string[] {
  if (search.levelKeys.length === 0) return open;
  if (type === "single") {
    const [first] = search.levelKeys;
    const current = open[0];
    return first === undefined || (current !== undefined && search.levelKeys.includes(current)) ? open : [first];
  }
  const missing = search.levelKeys.filter((key) => !open.includes(key));
  return missing.length === 0 ? open : [...open, ...missing];
}

/** The host's `value` of either `type` as level keys: `""` and `undefined` are none. */
export function toKeys(value: string | string[] | undefined): string[] {
  if (value === undefined || value === "") return [];
  return typeof value === "string" ? [value] : value;
}

/** Each level's id by key and key by id (Radix's items are keyed by id, the host's value by key). */
export function levelIdMaps(outline: LadderOutline) {
  return {
    idOf: new Map(outline.levels.map((level) => [level.key, level.id])),
    keyOf: new Map(outline.levels.map((level) => [level.id, level.key])),
  };
}
