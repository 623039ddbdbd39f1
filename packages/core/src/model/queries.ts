import { type TrackOptions, trackOf, trackStatements } from "./track";
import type { Framework, Level, Statement } from "./types";

/** The level with this key, as written in the input, in the default track or `options.track`. */
export function getLevel(framework: Framework, key: string, options: TrackOptions = {}): Level | undefined {
  return trackOf(framework, options.track).levels.find((level) => level.key === key);
}

/**
 * The statement with this id (see {@link Statement.id}) among the statements of the
 * default track or `options.track`, its every-level statements included.
 */
export function findStatement(framework: Framework, id: string, options: TrackOptions = {}): Statement | undefined {
  const track = trackOf(framework, options.track);
  const everyLevel = track.allLevels.find((statement) => statement.id === id);
  if (everyLevel) return everyLevel;
  for (const level of track.levels) {
    const found = level.statements.find((statement) => statement.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every statement of the default track or `options.track`, in the track's order: its
 * statements expected at every level first (`allLevels`; a 1.0 file has none), then level
 * by level, in the author's order. Examples and notes are not statements.
 */
export function allStatements(framework: Framework, options: TrackOptions = {}): Statement[] {
  return trackStatements(trackOf(framework, options.track));
}

/**
 * The ids among `ids` that are statements of the track (default, or `options.track`), in
 * the order of {@link allStatements}, then any other ids in the order they came, once each.
 * A self-assessment keeps its checked ids this way, so the same set always reads the same.
 */
export function statementIdsInOrder(framework: Framework, ids: Iterable<string>, options: TrackOptions = {}): string[] {
  const rest = new Set(ids);
  const ordered: string[] = [];
  for (const statement of allStatements(framework, options)) if (rest.delete(statement.id)) ordered.push(statement.id);
  for (const id of rest) ordered.push(id);
  return ordered;
}
