import { DEFAULT_TRACK_KEY } from "../parse/default-track";
import type { Framework, Statement, Track } from "./types";

/** The option of every function that reads one track of a framework (format 1.1). */
export interface TrackOptions {
  /**
   * (1.1) The `key` of the track to read (see {@link Track.key}). Without it, the default
   * track: the framework's own `levels`, `allLevels` and `cumulative`, exactly as before
   * tracks existed. A key that names no track (a typo, a track of another framework, a
   * value from untyped code) reads as a track with no levels and no statements: nothing is
   * found, counted, marked or compared, as unknown level keys mark nothing elsewhere. It
   * never throws and never falls back to another track's data.
   */
  readonly track?: string | undefined;
}

/**
 * The track with this key, or the default track without one (see
 * {@link TrackOptions.track}); for a key that names no track, an empty track with that key
 * (no levels, no statements), so every caller reads it the same way without a special case.
 * Every function that takes a track looks it up here.
 */
export function trackOf(framework: Framework, key?: string | undefined): Track {
  if (key === undefined) return defaultTrack(framework);
  // Compared by value in a list, never looked up as a property: `__proto__` is just a key.
  const tracks: readonly Track[] = Array.isArray(framework.tracks) ? framework.tracks : [];
  for (const track of tracks) if (track.key === key) return track;
  return noTrack(key);
}

/**
 * The framework's own `levels`, `allLevels` and `cumulative` as a track: the first track
 * when it holds exactly those (every parsed framework), else a track made of them, so an
 * object a host edited (`{ ...framework, levels }`) reads as it did before tracks existed.
 */
function defaultTrack(framework: Framework): Track {
  const first = Array.isArray(framework.tracks) ? framework.tracks[0] : undefined;
  if (first !== undefined && first.levels === framework.levels && first.allLevels === framework.allLevels) {
    return first;
  }
  return {
    key: DEFAULT_TRACK_KEY,
    id: DEFAULT_TRACK_KEY,
    label: framework.occupation?.title ?? "",
    levels: framework.levels,
    allLevels: framework.allLevels ?? [],
    cumulative: framework.cumulative === true,
  };
}

const NO_STATEMENTS: readonly never[] = Object.freeze([]);

function noTrack(key: unknown): Track {
  return Object.freeze({
    // A non-string key (untyped code) is kept out: turning it into text could run its code.
    key: typeof key === "string" ? key : "",
    id: "",
    label: "",
    levels: NO_STATEMENTS,
    allLevels: NO_STATEMENTS,
    cumulative: false,
  });
}

/**
 * The statements of a track a person is expected to meet, in the track's order: its
 * every-level statements first (they hold from the lowest level up), then level by level,
 * each in the author's order.
 */
export function trackStatements(track: Track): Statement[] {
  const statements = [...track.allLevels];
  for (const level of track.levels) for (const statement of level.statements) statements.push(statement);
  return statements;
}
