import { type RefObject, useEffect, useRef } from "react";
import type { LadderOutline } from "./ladder-types";
import { type OpenUpdate, withOpen } from "./open-rungs";

/**
 * `#<rung id>` or `#<statement id>` in the URL opens that rung, on load and on every hash
 * change, so "the Developing level" and one statement can be linked to. (1.1) A hash that
 * names another track or one of its levels calls `onTrackChange` with that track's key;
 * once the host shows that track, its linked rung opens and scrolls into view (it was not
 * in the page when the hash changed, so the browser could not). `setOpen` and
 * `onTrackChange` are refs, read when the hash changes.
 */
export function useOpenLinkedRung(
  outline: LadderOutline,
  idPrefix: string,
  setOpen: RefObject<(update: OpenUpdate) => void>,
  type: "single" | "multiple",
  onTrackChange: RefObject<((track: string) => void) | undefined>,
) {
  // Set when a link switched the track: the new track's rung is then scrolled to.
  const switchedTrack = useRef(false);
  useEffect(() => {
    const openLinked = () => {
      const id = linkedId(idPrefix, window.location.hash);
      if (id === undefined) return;
      const key = levelKeyOf(outline, id);
      if (key !== undefined) {
        setOpen.current(withOpen(key, type));
        if (switchedTrack.current) document.getElementById(`${idPrefix}${id}`)?.scrollIntoView?.(); // jsdom has none
        switchedTrack.current = false;
        return;
      }
      const track = (outline.otherTracks ?? []).find((other) => other.ids.includes(id));
      if (track === undefined || onTrackChange.current === undefined) return;
      switchedTrack.current = true;
      onTrackChange.current(track.key);
    };
    openLinked();
    window.addEventListener("hashchange", openLinked);
    return () => window.removeEventListener("hashchange", openLinked);
  }, [outline, idPrefix, setOpen, type, onTrackChange]);
}

/** The id a hash links to without the ladder's prefix; `undefined` for a hash that is not the ladder's. */
function linkedId(idPrefix: string, hash: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  if (id === "" || !id.startsWith(idPrefix)) return undefined;
  return id.slice(idPrefix.length);
}

/** The key of the level whose rung or statement has this id (without the prefix); `undefined` for none. */
function levelKeyOf(outline: LadderOutline, id: string): string | undefined {
  for (const level of outline.levels) {
    if (level.id === id || level.statements.some((statement) => statement.id === id)) return level.key;
  }
  return undefined;
}
