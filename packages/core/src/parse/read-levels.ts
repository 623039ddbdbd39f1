import type { Level, LevelDetail, LevelEquivalent } from "../model/types";
import { describe, quote } from "./describe";
import { isUnreadable, readObject } from "./fields";
import { fieldNames } from "./format-fields";
import type { UniqueIds } from "./ids";
import { limitMessage } from "./limits";
import { child, type Location } from "./location";
import type { Context } from "./read-context";
import { isArrayIndex, optionalText, paragraphText } from "./read-field";
import { readStatements } from "./read-statements";
import { type ReadContext, readText } from "./read-text";
import { slugify } from "./text";

/** Where a ladder's levels are read from: `framework.levels`, or (1.1) a track's `levels`. */
export interface LevelsScope {
  /** Where a missing `levels` is reported. */
  readonly parentAt: Location;
  /** Level ids, shared by every track so no two levels of a framework have one id. */
  readonly levelIds: UniqueIds;
  /** What a level's id starts with: `""`, or a track's id and a hyphen. */
  readonly idPrefix: string;
  /** The sentence's end for an empty ladder. */
  readonly needs: string;
}

export function readLevels(value: unknown, at: Location, scope: LevelsScope, context: Context): Level[] | undefined {
  const { reader, limits } = context;
  if (value === undefined) {
    reader.error(
      scope.parentAt,
      "missing-field",
      context.minor >= 1 && scope.idPrefix === ""
        ? `${at.human} is missing; expected an object of levels in ladder order, or framework.tracks.`
        : `${at.human} is missing; expected an object of levels in ladder order.`,
    );
    return undefined;
  }
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "object") {
    reader.expected(at, "an object whose keys are the levels, lowest first", value);
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return undefined;
  if (keys.length === 0) {
    reader.error(at, "no-levels", `${at.human} is empty; ${scope.needs}`);
    return undefined;
  }
  if (keys.length > limits.maxLevels) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxLevels", limits, keys.length));
    return undefined;
  }
  const levels: Level[] = [];
  const levelKeys = new Set<string>();
  for (const rawKey of keys) {
    const keyAt = child(at, rawKey);
    const key = readLevelKey(rawKey, keyAt, levelKeys, context);
    const read = reader.get(value as object, rawKey, at);
    if (key === undefined || !read) continue;
    const id = scope.levelIds.take(scope.idPrefix + (slugify(key) || "level"));
    const level = readLevel(read.value, key, levels.length, id, keyAt, context);
    if (level) levels.push(level);
  }
  return levels.length === keys.length ? levels : undefined;
}

/**
 * A level's key as the framework keeps it (within its limit, well-formed, unique), with a
 * warning when JavaScript would reorder it or nothing could link to it.
 */
function readLevelKey(rawKey: string, at: Location, keys: Set<string>, context: ReadContext): string | undefined {
  const { reader } = context;
  const key = readText(rawKey, at, context);
  if (key === undefined) return undefined;
  // Object keys are unique; two can only meet once lone surrogates are replaced.
  if (keys.has(key)) {
    reader.error(
      at,
      "invalid-value",
      `${at.human} has the same key as an earlier level once its lone surrogates are replaced; give the levels different keys.`,
    );
    return undefined;
  }
  keys.add(key);
  if (key === "") {
    reader.warn(
      at,
      "empty-level-key",
      `${at.human} has an empty key, which cannot be linked to (#…) or chosen by its key; use a key such as "level-1".`,
    );
  } else if (isArrayIndex(key)) {
    reader.warn(
      at,
      "numeric-level-key",
      `${at.human} has a whole number as its key; JavaScript puts such keys first, in numeric order, whatever the file's order, so the ladder may not read as written. Use a key such as "level-${key}".`,
    );
  }
  return key;
}

function readLevel(
  value: unknown,
  key: string,
  rank: number,
  id: string,
  at: Location,
  context: Context,
): Level | undefined {
  const { reader } = context;
  const fields = readObject(
    value,
    at,
    fieldNames("level", context.minor),
    reader,
    "an object with a label and statements",
  );
  if (!fields) return undefined;

  let label = optionalText(fields.label, child(at, "label"), context)?.trim();
  if (!label) {
    reader.warn(at, "missing-label", `${at.human}.label is missing; the level is shown as ${quote(key)}.`);
    label = key;
  }
  // 1.1's fields, located only when present: a 1.0 level (all of them in the bench) makes no location for them.
  const description =
    fields.description === undefined ? undefined : paragraphText(fields.description, child(at, "description"), context);
  const details = fields.details === undefined ? undefined : readDetails(fields.details, child(at, "details"), context);
  const equivalents =
    fields.equivalentTo === undefined
      ? undefined
      : readEquivalentTo(fields.equivalentTo, child(at, "equivalentTo"), context);
  if (isUnreadable(fields, "statements")) return undefined;
  const statementsAt = child(at, "statements");
  if (fields.statements === undefined) {
    reader.error(at, "missing-field", `${statementsAt.human} is missing; expected an array of statements.`);
    return undefined;
  }
  const statements = readStatements(fields.statements, statementsAt, key, id, at, context);
  if (!statements || details === null) return undefined;
  // A 1.0 level (every level of the bench) is a plain literal: spreading three absent
  // fields cost a tenth of a parse of the seed.
  if (description === undefined && details === undefined && equivalents === undefined) {
    return Object.freeze({ key, id, label, rank, statements });
  }
  return Object.freeze({
    key,
    id,
    label,
    rank,
    statements,
    ...(description !== undefined && { description }),
    ...(details !== undefined && details.length > 0 && { details }),
    ...(equivalents !== undefined && equivalents.length > 0 && { equivalents }),
  });
}

/** (1.1) `details`: label → text, in order; undefined when absent or not an object (a warning), null past the limit. */
function readDetails(value: unknown, at: Location, context: Context): readonly LevelDetail[] | undefined | null {
  const { reader, limits } = context;
  if (value === undefined) return undefined;
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return null;
  if (kind !== "object") {
    reader.warn(
      at,
      "invalid-field",
      `${at.human} must be an object of labels and texts; found ${describe(value)}. It is ignored.`,
    );
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return null;
  if (keys.length > limits.maxDetailsPerLevel) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxDetailsPerLevel", limits, keys.length));
    return null;
  }
  const details: LevelDetail[] = [];
  for (const rawLabel of keys) {
    const detailAt = child(at, rawLabel);
    const read = reader.get(value as object, rawLabel, at);
    if (!read) return null;
    const text = paragraphText(read.value, detailAt, context);
    const label = readText(rawLabel, detailAt, context);
    if (text === undefined || label === undefined) continue;
    // The label as written: two labels that differ only in spaces at their ends stay two
    // details (trimmed, they would be one label twice, which no JSON object can write back).
    details.push(Object.freeze({ label, text }));
  }
  return Object.freeze(details);
}

/**
 * (1.1) `equivalentTo`: track key → level key, in order. Each entry is also kept in the
 * context, to be checked once every track is read (an unknown one is an error there).
 */
function readEquivalentTo(value: unknown, at: Location, context: Context): readonly LevelEquivalent[] | undefined {
  const { reader, limits } = context;
  if (value === undefined) return undefined;
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "object") {
    reader.expected(at, "an object of track keys and level keys", value);
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return undefined;
  if (keys.length > limits.maxTracks) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxTracks", limits, keys.length));
    return undefined;
  }
  const equivalents: LevelEquivalent[] = [];
  for (const track of keys) {
    const entryAt = child(at, track);
    const read = reader.get(value as object, track, at);
    if (!read) continue;
    if (typeof read.value !== "string") {
      reader.expected(entryAt, "the key of a level of that track", read.value);
      continue;
    }
    context.equivalences ??= [];
    context.equivalences.push({ track, level: read.value, at: entryAt });
    equivalents.push(Object.freeze({ track, level: read.value }));
  }
  return Object.freeze(equivalents);
}
