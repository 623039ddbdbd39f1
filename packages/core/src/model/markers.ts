import { getLevel } from "./queries";
import type { Framework } from "./types";

/** Where a level stands relative to a reader's current and target levels. */
export interface LevelMarker {
  readonly current: boolean;
  readonly target: boolean;
  /** Strictly between the current and the target level, in either direction. */
  readonly path: boolean;
}

/**
 * A marker for each level, by rank, from the keys of the reader's current and target
 * levels. Unknown keys mark nothing.
 */
export function levelMarkers(
  framework: Framework,
  currentLevel?: string | undefined,
  targetLevel?: string | undefined,
): LevelMarker[] {
  const current = currentLevel === undefined ? undefined : getLevel(framework, currentLevel)?.rank;
  const target = targetLevel === undefined ? undefined : getLevel(framework, targetLevel)?.rank;
  const low = Math.min(current ?? Number.NaN, target ?? Number.NaN);
  const high = Math.max(current ?? Number.NaN, target ?? Number.NaN);
  return framework.levels.map((level) => ({
    current: level.rank === current,
    target: level.rank === target,
    path: level.rank > low && level.rank < high,
  }));
}
