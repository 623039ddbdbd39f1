import { DEFAULT_TRACK_KEY } from "../model/default-track";
import type { Framework, JobZone, Occupation, ParseResult, Source, Statement, Track } from "../model/types";
import { arrayLength, element, optionalText, required, requiredText } from "./check-fields";
import { type LadderContext as Context, checkAreas, checkLevels, checkStatements, checkTracks } from "./check-ladder";
import { type Fields, readObject } from "./fields";
import type { FrameworkLimits } from "./limits";
import { limitMessage } from "./limits";
import { child, ROOT } from "./location";
import { Reader } from "./reader";
import { accepted, rejected } from "./result";
import { readSchemaVersion } from "./schema-version";
import { sourceOf } from "./source";

const FRAMEWORK_FIELDS = [
  "schemaVersion",
  "exportedAt",
  "occupation",
  "version",
  "description",
  "contextCovered",
  "levels",
  "sources",
  "attribution",
  "language",
  "areas",
  "tracks",
  "allLevels",
  "cumulative",
];
const OCCUPATION_FIELDS = ["title", "soc", "group", "sector", "jobZone", "jobZoneInferred"];
const SOURCE_FIELDS = ["name", "value", "url"];
/** (1.1) As `parseFramework` checks `language`. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * True for a value in the parsed shape rather than the file's: an object whose own
 * `levels` is an array (a framework file keeps its levels in `framework.levels`, an
 * object). Says nothing about whether the rest holds; never throws.
 */
export function looksParsed(value: unknown): boolean {
  const reader = new Reader();
  if (reader.kind(value, ROOT) !== "object") return false;
  const levels = reader.get(value as object, "levels", ROOT);
  return levels !== undefined && reader.kind(levels.value, child(ROOT, "levels")) === "array";
}

/**
 * Checks a value in the parsed shape — one that crossed a boundary (React Server Component
 * props, `structuredClone`, `JSON`), or was made by hand — as fully as `parseFramework`
 * checks a file: every field the {@link Framework} type promises, of the right type, the
 * ranks, indexes and level keys consistent, the ids URL-safe and unique, the limits, text
 * made well-formed. Nothing is taken on trust: a source's `url` is recomputed from its
 * value. One pass, never throws (Proxies, getters, cycles), issues pathed into the value.
 * On success the framework is a new, deeply frozen copy that shares no object with the value.
 */
export function checkParsed(value: unknown, limits: FrameworkLimits): ParseResult {
  const reader = new Reader();
  const context: Context = {
    reader,
    limits,
    statementCount: 0,
    ids: new Set(),
    areaKeys: new Set(),
    sharedIds: new Map(),
  };
  const framework = checkFramework(value, context);
  return framework && !reader.failed ? accepted(framework, reader) : rejected(reader);
}

function checkFramework(value: unknown, context: Context): Framework | undefined {
  const { reader } = context;
  const fields = readObject(value, ROOT, FRAMEWORK_FIELDS, reader, "a framework");
  if (!fields) return undefined;
  const schemaVersion = readSchemaVersion(fields.schemaVersion, child(ROOT, "schemaVersion"), reader);
  const exportedAt = optionalText(fields, "exportedAt", ROOT, context);
  const occupation = checkOccupation(fields, context);
  const version = optionalText(fields, "version", ROOT, context);
  const description = optionalText(fields, "description", ROOT, context);
  const contextCovered = optionalText(fields, "contextCovered", ROOT, context);
  const language = optionalText(fields, "language", ROOT, context);
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    reader.expected(
      child(ROOT, "language"),
      'a BCP 47 language tag such as "de" or "pt-BR"',
      language,
      "invalid-value",
    );
  }
  // Read before the statements, which name them.
  const areas = checkAreas(fields.areas, child(ROOT, "areas"), context);
  const checked = checkLevels(fields.levels, child(ROOT, "levels"), context);
  const levels = checked && Object.freeze(checked);
  const tracks = levels && checkAllTracks(fields, levels, occupation?.title ?? "", context);
  const sources = checkSources(fields, context);
  const attribution = optionalText(fields, "attribution", ROOT, context);
  if (reader.failed || schemaVersion === undefined || !occupation || !levels || !sources || !areas || !tracks) {
    return undefined;
  }
  const defaultTrack = tracks[0] as Track;
  return Object.freeze({
    schemaVersion,
    ...(exportedAt !== undefined && { exportedAt }),
    occupation,
    ...(version !== undefined && { version }),
    ...(description !== undefined && { description }),
    ...(contextCovered !== undefined && { contextCovered }),
    levels,
    sources,
    ...(attribution !== undefined && { attribution }),
    ...(language !== undefined && { language }),
    areas,
    tracks,
    allLevels: defaultTrack.allLevels,
    cumulative: defaultTrack.cumulative,
  });
}

/**
 * The tracks, and the framework's `allLevels` and `cumulative`, which repeat the first
 * track's. A framework parsed before 1.1 has none of them: one default track of its levels.
 */
function checkAllTracks(
  fields: Fields,
  levels: Framework["levels"],
  title: string,
  context: Context,
): readonly Track[] | undefined {
  const { reader } = context;
  const allLevels =
    fields.allLevels === undefined
      ? Object.freeze([] as Statement[])
      : checkStatements(fields.allLevels, undefined, "", child(ROOT, "allLevels"), context);
  const cumulative = fields.cumulative;
  if (cumulative !== undefined && typeof cumulative !== "boolean") {
    reader.expected(child(ROOT, "cumulative"), "true or false", cumulative);
  }
  if (!allLevels) return undefined;
  if (fields.tracks === undefined) {
    if (levels.some((level) => level.equivalents !== undefined)) {
      reader.error(
        child(ROOT, "levels"),
        "invalid-value",
        "levels name equivalent levels of other tracks, but the framework has no tracks.",
      );
      return undefined;
    }
    return Object.freeze([
      Object.freeze({
        key: DEFAULT_TRACK_KEY,
        id: DEFAULT_TRACK_KEY,
        label: title,
        levels,
        allLevels,
        cumulative: cumulative === true,
      }),
    ]);
  }
  const tracks = checkTracks(fields.tracks, child(ROOT, "tracks"), levels, fields.levels, context);
  const first = tracks?.[0];
  if (!first) return undefined;
  const sameAllLevels =
    first.allLevels.length === allLevels.length &&
    first.allLevels.every((statement, index) => statement.id === allLevels[index]?.id);
  if (!sameAllLevels || (cumulative !== undefined && cumulative !== first.cumulative)) {
    reader.error(
      child(ROOT, fields.allLevels !== undefined && !sameAllLevels ? "allLevels" : "cumulative"),
      "invalid-value",
      "allLevels and cumulative must be the first track's.",
    );
    return undefined;
  }
  return tracks;
}

function checkOccupation(parent: Fields, context: Context): Occupation | undefined {
  const { reader } = context;
  const at = child(ROOT, "occupation");
  const fields = required(parent, "occupation", ROOT, reader, "an object")
    ? readObject(parent.occupation, at, OCCUPATION_FIELDS, reader, "an object")
    : undefined;
  if (!fields) return undefined;
  const title = requiredText(fields, "title", at, context);
  const soc = optionalText(fields, "soc", at, context);
  const group = optionalText(fields, "group", at, context);
  const sector = optionalText(fields, "sector", at, context);
  const { jobZone, jobZoneInferred } = fields;
  if (jobZone !== undefined && !isJobZone(jobZone)) {
    reader.expected(child(at, "jobZone"), "a whole number from 1 to 5", jobZone, "invalid-value");
  }
  if (jobZoneInferred !== undefined && typeof jobZoneInferred !== "boolean") {
    reader.expected(child(at, "jobZoneInferred"), "true or false", jobZoneInferred);
  }
  if (title === undefined) return undefined;
  return Object.freeze({
    title,
    ...(soc !== undefined && { soc }),
    ...(group !== undefined && { group }),
    ...(sector !== undefined && { sector }),
    ...(isJobZone(jobZone) && { jobZone }),
    ...(typeof jobZoneInferred === "boolean" && { jobZoneInferred }),
  });
}

function isJobZone(value: unknown): value is JobZone {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

function checkSources(parent: Fields, context: Context): readonly Source[] | undefined {
  const { reader, limits } = context;
  const at = child(ROOT, "sources");
  if (!required(parent, "sources", ROOT, reader, "an array of sources")) return undefined;
  const items = parent.sources;
  const length = arrayLength(items, at, reader);
  if (length === undefined) return undefined;
  if (length > limits.maxSources) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxSources", limits, length));
    return undefined;
  }
  const sources: Source[] = [];
  for (let position = 0; position < length; position++) {
    const sourceAt = child(at, position);
    const fields = element(items as unknown[], position, at, context, "a source (an object)", SOURCE_FIELDS);
    if (!fields) continue;
    const name = requiredText(fields, "name", sourceAt, context);
    const value = requiredText(fields, "value", sourceAt, context);
    if (name === undefined || value === undefined) continue;
    const source = sourceOf(name, value);
    if (fields.url !== undefined && fields.url !== source.url) {
      const urlAt = child(sourceAt, "url");
      reader.warn(
        urlAt,
        "invalid-field",
        source.url === undefined
          ? `${urlAt.human} is not a link Rungs makes of its value (only http(s) values become links); it is ignored.`
          : `${urlAt.human} is not the link its value makes; ${JSON.stringify(source.url)} is used instead.`,
      );
    }
    sources.push(source);
  }
  return sources.length === length ? Object.freeze(sources) : undefined;
}
