// How a parsed framework's ladder (levels or tracks, every-level statements, statements) is
// written back as format 1.1 JSON so that `parseFramework` reads back exactly the same ids,
// texts and fields. Shared by the JSON exporter; not part of the public API.
import type { Framework, Level, Statement, Track } from "@rungs/core";
import type { FrameworkJson, LevelJson, StatementJson } from "../shared/framework-json";
import { labelToWrite, ownEntries } from "./written";

/** The key core gives the one track of a file with `framework.levels`. */
const DEFAULT_TRACK = "default";

type Body = Pick<FrameworkJson["framework"], "levels" | "tracks" | "allLevels" | "cumulative">;

/**
 * `framework.levels` (with the framework's `allLevels` and `cumulative`) when the framework
 * was read from a file with `framework.levels`, else `framework.tracks`. Core keys that
 * one track `"default"`, labels it with the occupation's title and does not prefix its
 * level ids; a file's own track keyed `"default"` has `default-` before every level id.
 */
export function ladderToWrite(framework: Framework): Body {
  const [first] = framework.tracks;
  if (first && framework.tracks.length === 1 && isLevelsFile(first, framework.occupation.title)) {
    return {
      levels: levelsToWrite(first.levels),
      ...(first.allLevels.length > 0 && { allLevels: statementsToWrite(first.allLevels, "all") }),
      ...(first.cumulative && { cumulative: true }),
    };
  }
  const shared = sharedAllLevels(framework.tracks);
  return {
    ...(shared && { allLevels: statementsToWrite(shared, "all") }),
    tracks: ownEntries(framework.tracks.map((track) => [track.key, trackToWrite(track, shared)])),
  };
}

function isLevelsFile(track: Track, title: string): boolean {
  return (
    track.key === DEFAULT_TRACK &&
    track.description === undefined &&
    track.label === title &&
    !track.levels.every((level) => level.id.startsWith(`${track.id}-`))
  );
}

/**
 * The framework's own every-level statements: the one array that tracks share (core gives
 * each track without its own `allLevels` the framework's, the same array), or a track's
 * list whose made ids are the framework's (`all-<n>`, not `<track id>-all-<n>`). Which one
 * an all-authored list was cannot be told and does not matter: its ids are its authors'.
 * Any other track writes its list, even an empty one, so that it does not inherit these.
 */
function sharedAllLevels(tracks: readonly Track[]): readonly Statement[] | undefined {
  const lists = tracks.map((track) => track.allLevels).filter((list) => list.length > 0);
  const repeated = lists.find((list, index) => lists.indexOf(list) !== index);
  if (repeated) return repeated;
  return tracks.find(
    (track) =>
      !track.allLevels.some((statement) => statement.id === `${track.id}-all-${statement.index + 1}`) &&
      track.allLevels.some((statement) => statement.id === `all-${statement.index + 1}`),
  )?.allLevels;
}

function trackToWrite(track: Track, shared: readonly Statement[] | undefined): NonNullable<Body["tracks"]>[string] {
  const own = track.allLevels !== shared && (track.allLevels.length > 0 || shared !== undefined);
  return {
    label: labelToWrite(track.label),
    ...(track.description !== undefined && { description: track.description }),
    levels: levelsToWrite(track.levels),
    ...(own && { allLevels: statementsToWrite(track.allLevels, `${track.id}-all`) }),
    ...(track.cumulative && { cumulative: true }),
  };
}

function levelsToWrite(levels: readonly Level[]): Record<string, LevelJson> {
  return ownEntries(levels.map((level) => [level.key, levelToWrite(level)]));
}

function levelToWrite(level: Level): LevelJson {
  return {
    label: labelToWrite(level.label),
    ...(level.description !== undefined && { description: level.description }),
    ...(level.details !== undefined && {
      details: ownEntries(level.details.map((detail) => [detail.label, detail.text])),
    }),
    ...(level.equivalents !== undefined && {
      equivalentTo: ownEntries(level.equivalents.map((equivalent) => [equivalent.track, equivalent.level])),
    }),
    statements: statementsToWrite(level.statements, level.id),
  };
}

/**
 * Statements under a group whose ids core makes `<group id>-<n>`: a string where the text
 * says everything, else an object; the id is written only where core would make another
 * (an author's id, or a group renamed to keep ids unique).
 */
function statementsToWrite(statements: readonly Statement[], groupId: string): (string | StatementJson)[] {
  return statements.map((statement) => {
    const id = statement.id === `${groupId}-${statement.index + 1}` ? undefined : statement.id;
    const { area, proficiency, examples, notes } = statement;
    if (id === undefined && area === undefined && proficiency === undefined && !examples && notes === undefined) {
      return statement.text;
    }
    return {
      text: statement.text,
      ...(id !== undefined && { id }),
      ...(area !== undefined && { area }),
      ...(proficiency !== undefined && { proficiency }),
      ...(examples !== undefined && { examples: [...examples] }),
      ...(notes !== undefined && { notes }),
    };
  });
}
