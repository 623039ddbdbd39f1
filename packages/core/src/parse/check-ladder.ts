import type { Area, Level, LevelDetail, LevelEquivalent, Statement, Track } from "../model/types";
import {
  arrayLength,
  checkId,
  checkPosition,
  element,
  optionalText,
  required,
  requiredText,
  STATEMENT_ID,
  URL_SAFE_ID,
} from "./check-fields";
import { describe } from "./describe";
import type { Fields } from "./fields";
import { type FrameworkLimits, limitMessage } from "./limits";
import { child, type Location } from "./location";
import type { Reader } from "./reader";
import { type CountingContext, withinStatementLimits } from "./statement-limits";

const LEVEL_FIELDS = ["key", "id", "label", "rank", "statements", "description", "details", "equivalents"];
const STATEMENT_FIELDS = [
  "id",
  "levelKey",
  "index",
  "text",
  "subject",
  "description",
  "area",
  "proficiency",
  "examples",
  "notes",
];
const AREA_FIELDS = ["key", "id", "label", "description", "rank"];
const TRACK_FIELDS = ["key", "id", "label", "description", "levels", "allLevels", "cumulative"];
const DETAIL_FIELDS = ["label", "text"];
const EQUIVALENT_FIELDS = ["track", "level"];

/** Checking a parsed framework's ladders: the ids met so far and the areas statements may name. */
export interface LadderContext extends CountingContext {
  /** One set for levels and statements: both are element ids a page links to. */
  readonly ids: Set<string>;
  areaKeys: ReadonlySet<string>;
  /** Every-level statements met so far, by id, with their text: tracks may share them. */
  readonly sharedIds: Map<string, string>;
}

/** `areas`: absent is none (a framework parsed before 1.1). */
export function checkAreas(value: unknown, at: Location, context: LadderContext): readonly Area[] | undefined {
  const { reader, limits } = context;
  if (value === undefined) return Object.freeze([]);
  const length = arrayLength(value, at, reader);
  if (length === undefined) return undefined;
  if (length > limits.maxAreas) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxAreas", limits, length));
    return undefined;
  }
  const areas: Area[] = [];
  const keys = new Set<string>();
  const ids = new Set<string>();
  for (let rank = 0; rank < length; rank++) {
    const areaAt = child(at, rank);
    const fields = element(value as unknown[], rank, at, context, "an area (an object)", AREA_FIELDS);
    if (!fields) continue;
    const key = uniqueText(fields, "key", areaAt, keys, "area", context);
    const id = siblingId(fields, areaAt, ids, "areas", context);
    const label = requiredText(fields, "label", areaAt, context);
    const description = optionalText(fields, "description", areaAt, context);
    checkPosition(fields, "rank", rank, areaAt, reader);
    if (key === undefined || id === undefined || label === undefined) continue;
    areas.push(Object.freeze({ key, id, label, ...(description !== undefined && { description }), rank }));
  }
  context.areaKeys = keys;
  return areas.length === length ? Object.freeze(areas) : undefined;
}

export function checkLevels(value: unknown, at: Location, context: LadderContext): Level[] | undefined {
  const { reader, limits } = context;
  const length = arrayLength(value, at, reader);
  if (length === undefined) return undefined;
  if (length === 0) {
    reader.error(at, "no-levels", `${at.human} is empty; a framework needs at least one level.`);
    return undefined;
  }
  if (length > limits.maxLevels) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxLevels", limits, length));
    return undefined;
  }
  const levels: Level[] = [];
  const keys = new Set<string>();
  for (let rank = 0; rank < length; rank++) {
    const levelAt = child(at, rank);
    const fields = element(value as unknown[], rank, at, context, "a level (an object)", LEVEL_FIELDS);
    if (!fields) continue;
    const key = requiredText(fields, "key", levelAt, context);
    if (key !== undefined) {
      if (keys.has(key)) {
        reader.error(child(levelAt, "key"), "invalid-value", `${levelAt.human}.key is the key of an earlier level.`);
      } else if (key === "") {
        reader.warn(
          child(levelAt, "key"),
          "empty-level-key",
          `${levelAt.human}.key is empty, which cannot be linked to (#…) or chosen by its key.`,
        );
      }
      keys.add(key);
    }
    const id = checkId(fields, levelAt, context.ids, context);
    const label = requiredText(fields, "label", levelAt, context);
    checkPosition(fields, "rank", rank, levelAt, reader);
    const statements = checkStatements(fields.statements, fields, key, levelAt, context);
    const description = optionalText(fields, "description", levelAt, context);
    const details = checkPairs<LevelDetail>(
      fields.details,
      child(levelAt, "details"),
      DETAIL_FIELDS,
      "maxDetailsPerLevel",
      context,
    );
    const equivalents = checkPairs<LevelEquivalent>(
      fields.equivalents,
      child(levelAt, "equivalents"),
      EQUIVALENT_FIELDS,
      "maxTracks",
      context,
    );
    if (
      key === undefined ||
      id === undefined ||
      label === undefined ||
      !statements ||
      details === null ||
      equivalents === null
    ) {
      continue;
    }
    levels.push(
      Object.freeze({
        key,
        id,
        label,
        rank,
        statements,
        ...(description !== undefined && { description }),
        ...(details !== undefined && { details }),
        ...(equivalents !== undefined && { equivalents }),
      }),
    );
  }
  return levels.length === length ? levels : undefined;
}

/**
 * A level's statements (`parent` holds them as `statements`), or with `parent` undefined
 * an `allLevels` array: those may be shared by tracks (the same id with the same text).
 */
export function checkStatements(
  items: unknown,
  parent: Fields | undefined,
  levelKey: string | undefined,
  ownerAt: Location,
  context: LadderContext,
): readonly Statement[] | undefined {
  const { reader } = context;
  const at = parent ? child(ownerAt, "statements") : ownerAt;
  if (parent && !required(parent, "statements", ownerAt, reader, "an array of statements")) return undefined;
  const length = arrayLength(items, at, reader);
  if (length === undefined || !withinStatementLimits(length, at, context)) return undefined;
  const statements: Statement[] = [];
  for (let index = 0; index < length; index++) {
    const statementAt = child(at, index);
    const fields = element(items as unknown[], index, at, context, "a statement (an object)", STATEMENT_FIELDS);
    if (!fields) continue;
    const id = parent
      ? checkId(fields, statementAt, context.ids, context, true)
      : sharedId(fields, statementAt, context);
    const written = requiredText(fields, "levelKey", statementAt, context);
    if (written !== undefined && levelKey !== undefined && written !== levelKey) {
      reader.error(
        child(statementAt, "levelKey"),
        "invalid-value",
        `${statementAt.human}.levelKey must be the key of its level; found ${describe(written)}.`,
      );
    }
    checkPosition(fields, "index", index, statementAt, reader);
    const text = requiredText(fields, "text", statementAt, context, "maxStatementLength");
    const subject = requiredText(fields, "subject", statementAt, context, "maxStatementLength");
    const description = requiredText(fields, "description", statementAt, context, "maxStatementLength");
    const extras = checkStatementExtras(fields, statementAt, context);
    if (
      id === undefined ||
      levelKey === undefined ||
      text === undefined ||
      subject === undefined ||
      description === undefined ||
      !extras
    ) {
      continue;
    }
    statements.push(Object.freeze({ id, levelKey, index, text, subject, description, ...extras }));
  }
  return statements.length === length ? Object.freeze(statements) : undefined;
}

/** An every-level statement's id: no level's or level statement's, and the same text wherever it is shared. */
function sharedId(fields: Fields, at: Location, context: LadderContext): string | undefined {
  const { reader } = context;
  if (!required(fields, "id", at, reader, "an id")) return undefined;
  const id = fields.id;
  const idAt = child(at, "id");
  if (typeof id !== "string" || !STATEMENT_ID.test(id)) {
    reader.expected(
      idAt,
      "an id of letters, digits, hyphens and underscores that starts with a letter or a digit",
      id,
      "invalid-value",
    );
    return undefined;
  }
  const before = context.sharedIds.get(id);
  if (context.ids.has(id) || (before !== undefined && before !== fields.text)) {
    reader.error(idAt, "invalid-value", `${idAt.human} is the id of another level or statement; ids must be unique.`);
    return undefined;
  }
  if (typeof fields.text === "string") context.sharedIds.set(id, fields.text);
  return id;
}

function checkStatementExtras(
  fields: Fields,
  at: Location,
  context: LadderContext,
): Pick<Statement, "area" | "proficiency" | "examples" | "notes"> | undefined {
  const { reader, limits } = context;
  const area = optionalText(fields, "area", at, context);
  let failed = false;
  if (area !== undefined && !context.areaKeys.has(area)) {
    reader.error(
      child(at, "area"),
      "invalid-value",
      `${at.human}.area must be the key of one of the framework's areas; found ${describe(area)}.`,
    );
    failed = true;
  }
  const proficiency = optionalText(fields, "proficiency", at, context);
  const notes = optionalText(fields, "notes", at, context);
  let examples: string[] | undefined;
  if (fields.examples !== undefined) {
    const examplesAt = child(at, "examples");
    const length = arrayLength(fields.examples, examplesAt, reader);
    if (length === undefined) failed = true;
    else if (length > limits.maxExamplesPerStatement) {
      reader.error(
        examplesAt,
        "limit-exceeded",
        limitMessage(examplesAt.human, "maxExamplesPerStatement", limits, length),
      );
      failed = true;
    } else {
      examples = [];
      for (let position = 0; position < length; position++) {
        const read = reader.get(fields.examples as unknown[], position, examplesAt);
        const exampleAt = child(examplesAt, position);
        if (read && typeof read.value === "string") {
          const example = optionalText({ example: read.value }, "example", examplesAt, context);
          if (example !== undefined) examples.push(example);
          else failed = true;
        } else {
          // A hole in the array has no pointer of its own; point at the array instead.
          const shownAt = read?.value === undefined ? { ...exampleAt, pointer: examplesAt.pointer } : exampleAt;
          if (read) reader.expected(shownAt, "text", read.value);
          failed = true;
        }
      }
    }
  }
  if (failed) return undefined;
  return {
    ...(area !== undefined && { area }),
    ...(proficiency !== undefined && { proficiency }),
    ...(examples !== undefined && { examples: Object.freeze(examples) }),
    ...(notes !== undefined && { notes }),
  };
}

/** `details` or `equivalents`: an array of objects of two texts; undefined when absent, null after an error. */
function checkPairs<T>(
  value: unknown,
  at: Location,
  names: readonly string[],
  limit: keyof FrameworkLimits,
  context: LadderContext,
): readonly T[] | undefined | null {
  const { reader, limits } = context;
  if (value === undefined) return undefined;
  const length = arrayLength(value, at, reader);
  if (length === undefined) return null;
  if (length > limits[limit]) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, limit, limits, length));
    return null;
  }
  const pairs: T[] = [];
  for (let position = 0; position < length; position++) {
    const pairAt = child(at, position);
    const fields = element(value as unknown[], position, at, context, "an object", names);
    if (!fields) continue;
    const entries = names.map((name) => [name, requiredText(fields, name, pairAt, context)] as const);
    if (entries.some(([, text]) => text === undefined)) continue;
    pairs.push(Object.freeze(Object.fromEntries(entries)) as T);
  }
  return pairs.length === length ? Object.freeze(pairs) : null;
}

/**
 * `tracks`: absent (a framework parsed before 1.1) is one default track of `levels`. The
 * first track's levels are the framework's `levels` (the same checked array).
 */
export function checkTracks(
  value: unknown,
  at: Location,
  levels: readonly Level[],
  levelsValue: unknown,
  context: LadderContext,
): readonly Track[] | undefined {
  const { reader, limits } = context;
  const length = arrayLength(value, at, reader);
  if (length === undefined) return undefined;
  if (length === 0 || length > limits.maxTracks) {
    reader.error(
      at,
      length === 0 ? "no-levels" : "limit-exceeded",
      length === 0
        ? `${at.human} is empty; a framework has at least one track.`
        : limitMessage(at.human, "maxTracks", limits, length),
    );
    return undefined;
  }
  const tracks: Track[] = [];
  const keys = new Set<string>();
  const ids = new Set<string>();
  for (let position = 0; position < length; position++) {
    const trackAt = child(at, position);
    const fields = element(value as unknown[], position, at, context, "a track (an object)", TRACK_FIELDS);
    if (!fields) continue;
    const key = uniqueText(fields, "key", trackAt, keys, "track", context);
    const id = siblingId(fields, trackAt, ids, "tracks", context);
    const label = requiredText(fields, "label", trackAt, context);
    const description = optionalText(fields, "description", trackAt, context);
    const trackLevels = !required(fields, "levels", trackAt, reader, "an array of levels")
      ? undefined
      : position === 0
        ? firstTrackLevels(fields, trackAt, levels, levelsValue, context)
        : checkLevels(fields.levels, child(trackAt, "levels"), context);
    const allLevels = required(fields, "allLevels", trackAt, reader, "an array of statements")
      ? checkStatements(fields.allLevels, undefined, "", child(trackAt, "allLevels"), context)
      : undefined;
    const cumulative = fields.cumulative;
    if (required(fields, "cumulative", trackAt, reader, "true or false") && typeof cumulative !== "boolean") {
      reader.expected(child(trackAt, "cumulative"), "true or false", cumulative);
    }
    if (
      key === undefined ||
      id === undefined ||
      label === undefined ||
      !trackLevels ||
      !allLevels ||
      typeof cumulative !== "boolean"
    ) {
      continue;
    }
    tracks.push(
      Object.freeze({
        key,
        id,
        label,
        ...(description !== undefined && { description }),
        levels: trackLevels,
        allLevels,
        cumulative,
      }),
    );
  }
  if (tracks.length !== length) return undefined;
  return checkEquivalents(tracks, context.reader, at) ? Object.freeze(tracks) : undefined;
}

/** The first track's levels: the framework's `levels`, which it must repeat (the same keys and ids, in order). */
function firstTrackLevels(
  fields: Fields,
  trackAt: Location,
  levels: readonly Level[],
  levelsValue: unknown,
  context: LadderContext,
): readonly Level[] | undefined {
  const at = child(trackAt, "levels");
  if (fields.levels === levelsValue) return levels;
  // A copy (JSON) of the same levels: checked on its own, then compared.
  const copy = checkLevels(fields.levels, at, { ...context, ids: new Set(), statementCount: 0 });
  if (!copy) return undefined;
  const same =
    copy.length === levels.length &&
    copy.every((level, rank) => level.id === levels[rank]?.id && level.key === levels[rank]?.key);
  if (!same) {
    context.reader.error(
      at,
      "invalid-value",
      `${at.human} must be the framework's levels (the first track is the default one).`,
    );
    return undefined;
  }
  return levels;
}

/** Every equivalent names another track and one of its levels. */
function checkEquivalents(tracks: readonly Track[], reader: Reader, at: Location): boolean {
  let ok = true;
  tracks.forEach((track, position) => {
    track.levels.forEach((level, rank) => {
      level.equivalents?.forEach((equivalent, index) => {
        const other = tracks.find((candidate) => candidate.key === equivalent.track);
        if (!other?.levels.some((candidate) => candidate.key === equivalent.level)) {
          const equivalentAt = child(child(child(child(child(at, position), "levels"), rank), "equivalents"), index);
          reader.error(
            equivalentAt,
            "invalid-value",
            `${equivalentAt.human} names no level of the framework's tracks.`,
          );
          ok = false;
        }
      });
    });
  });
  return ok;
}

/** A required text that is unique among its siblings (an area's or a track's key). */
function uniqueText(
  fields: Fields,
  name: string,
  parentAt: Location,
  seen: Set<string>,
  noun: string,
  context: LadderContext,
): string | undefined {
  const value = requiredText(fields, name, parentAt, context);
  if (value === undefined) return undefined;
  if (seen.has(value)) {
    context.reader.error(
      child(parentAt, name),
      "invalid-value",
      `${parentAt.human}.${name} is the ${name} of an earlier ${noun}.`,
    );
    return undefined;
  }
  seen.add(value);
  return value;
}

/** An area's or a track's id: URL-safe and unique among its siblings (not element ids of the ladder). */
function siblingId(
  fields: Fields,
  parentAt: Location,
  ids: Set<string>,
  siblings: string,
  context: LadderContext,
): string | undefined {
  const { reader } = context;
  if (!required(fields, "id", parentAt, reader, "an id")) return undefined;
  const id = fields.id;
  if (typeof id !== "string" || !URL_SAFE_ID.test(id) || ids.has(id)) {
    reader.expected(
      child(parentAt, "id"),
      `an id of lowercase letters, digits and single hyphens, unique among the ${siblings}`,
      id,
      "invalid-value",
    );
    return undefined;
  }
  ids.add(id);
  return id;
}
