import { getLevel } from "./queries";
import { type TrackOptions, trackOf } from "./track";
import type { Framework } from "./types";

/** Where a level stands relative to a reader's current and target levels. */
export interface LevelMarker {
  readonly current: boolean;
  readonly target: boolean;
  /** Strictly between the current and the target level, in either direction. */
  readonly path: boolean;
}

/**
 * A marker for each level of the default track (or `options.track`), by rank, from the keys
 * of the reader's current and target levels in that track. Unknown keys mark nothing.
 */
export function levelMarkers(
  framework: Framework,
  currentLevel?: string | undefined,
  targetLevel?: string | undefined,
  options: TrackOptions = {},
): LevelMarker[] {
  const current = currentLevel === undefined ? undefined : getLevel(framework, currentLevel, options)?.rank;
  const target = targetLevel === undefined ? undefined : getLevel(framework, targetLevel, options)?.rank;
  const low = Math.min(current ?? Number.NaN, target ?? Number.NaN);
  const high = Math.max(current ?? Number.NaN, target ?? Number.NaN);
  return trackOf(framework, options.track).levels.map((level) => ({
    current: level.rank === current,
    target: level.rank === target,
    path: level.rank > low && level.rank < high,
  }));
}
