import type { Level } from "../model/types";
import { quote } from "./describe";
import { isUnreadable, readObject } from "./fields";
import { fieldNames } from "./format-fields";
import { UniqueIds } from "./ids";
import { limitMessage } from "./limits";
import { child, type Location } from "./location";
import type { Context } from "./read-context";
import { optionalBoolean, optionalText, paragraphText } from "./read-field";
import { readLevels } from "./read-levels";
import { readText } from "./read-text";
import { slugify } from "./text";

/** A track as read, before its every-level statements (read once every level has its id). */
export interface TrackDraft {
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly levels: Level[];
  /** The track's own `allLevels`, as written; undefined when it has none. */
  readonly allLevels?: unknown;
  readonly allLevelsAt?: Location;
  readonly cumulative?: boolean;
}

/**
 * (1.1) `framework.tracks`: key → `{ label, description?, levels, allLevels?, cumulative? }`,
 * in the author's order. Level ids are `<track id>-<level slug>`, taken from `levelIds`
 * so that no two levels of the framework share one. Undefined after an error.
 */
export function readTracks(
  value: unknown,
  at: Location,
  levelIds: UniqueIds,
  context: Context,
): TrackDraft[] | undefined {
  const { reader, limits } = context;
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "object") {
    reader.expected(at, "an object of tracks (key → label and levels)", value);
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return undefined;
  if (keys.length === 0) {
    reader.error(at, "no-levels", `${at.human} is empty; a framework needs at least one track with a level.`);
    return undefined;
  }
  if (keys.length > limits.maxTracks) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxTracks", limits, keys.length));
    return undefined;
  }
  const trackIds = new UniqueIds();
  const tracks: TrackDraft[] = [];
  let failed = false;
  for (const rawKey of keys) {
    const trackAt = child(at, rawKey);
    const key = readText(rawKey, trackAt, context);
    const read = reader.get(value as object, rawKey, at);
    const fields =
      key === undefined || !read
        ? undefined
        : readObject(
            read.value,
            trackAt,
            fieldNames("track", context.minor),
            reader,
            "an object with a label and levels",
          );
    if (key === undefined || !fields) {
      failed = true;
      continue;
    }
    const id = trackIds.take(slugify(key) || "track");
    let label = optionalText(fields.label, child(trackAt, "label"), context)?.trim();
    if (!label) {
      reader.warn(trackAt, "missing-label", `${trackAt.human}.label is missing; the track is shown as ${quote(key)}.`);
      label = key;
    }
    const description = paragraphText(fields.description, child(trackAt, "description"), context);
    const cumulative = optionalBoolean(fields.cumulative, child(trackAt, "cumulative"), context);
    const levels = isUnreadable(fields, "levels")
      ? undefined
      : readLevels(
          fields.levels,
          child(trackAt, "levels"),
          { parentAt: trackAt, levelIds, idPrefix: `${id}-`, needs: "a track needs at least one level." },
          context,
        );
    if (!levels || isUnreadable(fields, "allLevels")) {
      failed = true;
      continue;
    }
    tracks.push({
      key,
      id,
      label,
      ...(description !== undefined && { description }),
      levels,
      ...(fields.allLevels !== undefined && {
        allLevels: fields.allLevels,
        allLevelsAt: child(trackAt, "allLevels"),
      }),
      ...(cumulative !== undefined && { cumulative }),
    });
  }
  return failed ? undefined : tracks;
}
