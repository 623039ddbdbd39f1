import { type RefObject, useEffect } from "react";
import type { LadderOutline } from "./ladder-types";
import { type OpenUpdate, withOpen } from "./open-rungs";

/**
 * `#<rung id>` or `#<statement id>` in the URL opens that rung, on load and on every hash
 * change, so "the Developing level" and one statement can be linked to. `setOpen` is a
 * ref, read when the hash changes.
 */
export function useOpenLinkedRung(
  outline: LadderOutline,
  idPrefix: string,
  setOpen: RefObject<(update: OpenUpdate) => void>,
  type: "single" | "multiple",
) {
  useEffect(() => {
    const openLinked = () => {
      const key = levelKeyOfHash(outline, idPrefix, window.location.hash);
      if (key !== undefined) setOpen.current(withOpen(key, type));
    };
    openLinked();
    window.addEventListener("hashchange", openLinked);
    return () => window.removeEventListener("hashchange", openLinked);
  }, [outline, idPrefix, setOpen, type]);
}

/**
 * The key of the level a URL's hash links to: a rung (`${idPrefix}${level.id}`) or one of
 * its statements (`${idPrefix}${statement.id}`). `undefined` for any other hash.
 */
export function levelKeyOfHash(outline: LadderOutline, idPrefix: string, hash: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  if (id === "" || !id.startsWith(idPrefix)) return undefined;
  const local = id.slice(idPrefix.length);
  for (const level of outline.levels) {
    if (level.id === local || level.statements.some((statement) => statement.id === local)) return level.key;
  }
  return undefined;
}
