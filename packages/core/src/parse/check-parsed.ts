import type { Framework, JobZone, Level, Occupation, ParseResult, Source, Statement } from "../model/types";
import { describe } from "./describe";
import { type Fields, isUnreadable, readObject } from "./fields";
import { type FrameworkLimits, limitMessage } from "./limits";
import { child, type Location, nameOf, ROOT } from "./location";
import { readText } from "./read-text";
import { Reader } from "./reader";
import { accepted, rejected } from "./result";
import { readSchemaVersion } from "./schema-version";
import { sourceOf } from "./source";
import { type CountingContext as Context, withinStatementLimits } from "./statement-limits";

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
];
const OCCUPATION_FIELDS = ["title", "soc", "group", "sector", "jobZone", "jobZoneInferred"];
const LEVEL_FIELDS = ["key", "id", "label", "rank", "statements"];
const STATEMENT_FIELDS = ["id", "levelKey", "index", "text", "subject", "description"];
const SOURCE_FIELDS = ["name", "value", "url"];

/** What `parseFramework` makes of ids: lowercase ASCII letters and digits, single inner hyphens. */
const URL_SAFE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
  const context: Context = { reader, limits, statementCount: 0 };
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
  const levels = checkLevels(fields.levels, context);
  const sources = checkSources(fields, context);
  const attribution = optionalText(fields, "attribution", ROOT, context);
  if (reader.failed || schemaVersion === undefined || !occupation || !levels || !sources) return undefined;
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
  });
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

function checkLevels(value: unknown, context: Context): readonly Level[] | undefined {
  const { reader, limits } = context;
  const at = child(ROOT, "levels");
  const length = arrayLength(value, at, reader);
  if (length === undefined) return undefined;
  if (length === 0) {
    reader.error(at, "no-levels", "levels is empty; a framework needs at least one level.");
    return undefined;
  }
  if (length > limits.maxLevels) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxLevels", limits, length));
    return undefined;
  }
  const levels: Level[] = [];
  const keys = new Set<string>();
  // One set for both: a level's id and a statement's are both element ids a page links to.
  const ids = new Set<string>();
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
    const id = checkId(fields, levelAt, ids, context);
    const label = requiredText(fields, "label", levelAt, context);
    checkPosition(fields, "rank", rank, levelAt, reader);
    const statements = checkStatements(fields, key, levelAt, ids, context);
    if (key === undefined || id === undefined || label === undefined || !statements) continue;
    levels.push(Object.freeze({ key, id, label, rank, statements }));
  }
  return levels.length === length ? Object.freeze(levels) : undefined;
}

function checkStatements(
  level: Fields,
  levelKey: string | undefined,
  levelAt: Location,
  ids: Set<string>,
  context: Context,
): readonly Statement[] | undefined {
  const { reader } = context;
  const at = child(levelAt, "statements");
  if (!required(level, "statements", levelAt, reader, "an array of statements")) return undefined;
  const items = level.statements;
  const length = arrayLength(items, at, reader);
  if (length === undefined || !withinStatementLimits(length, at, context)) return undefined;
  const statements: Statement[] = [];
  for (let index = 0; index < length; index++) {
    const statementAt = child(at, index);
    const fields = element(items as unknown[], index, at, context, "a statement (an object)", STATEMENT_FIELDS);
    if (!fields) continue;
    const id = checkId(fields, statementAt, ids, context);
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
    if (
      id === undefined ||
      levelKey === undefined ||
      text === undefined ||
      subject === undefined ||
      description === undefined
    ) {
      continue;
    }
    statements.push(Object.freeze({ id, levelKey, index, text, subject, description }));
  }
  return statements.length === length ? Object.freeze(statements) : undefined;
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

/** An array's length, or undefined after an error when the value is not a readable array. */
function arrayLength(value: unknown, at: Location, reader: Reader): number | undefined {
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "array") {
    reader.expected(at, "an array", value);
    return undefined;
  }
  return reader.attempt(at, () => (value as unknown[]).length)?.value;
}

/** The fields of an array's object element; a hole is reported at the array (it has no pointer). */
function element(
  items: unknown[],
  position: number,
  arrayAt: Location,
  context: Context,
  expected: string,
  known: readonly string[],
): Fields | undefined {
  const { reader } = context;
  const read = reader.get(items, position, arrayAt);
  if (!read) return undefined;
  const at = child(arrayAt, position);
  if (read.value === undefined) {
    reader.expected({ ...at, pointer: arrayAt.pointer }, expected, undefined);
    return undefined;
  }
  return readObject(read.value, at, known, reader, expected);
}

/** Whether a required field is there; an error at its parent when it is missing (not when it was unreadable). */
function required(fields: Fields, name: string, parentAt: Location, reader: Reader, expected: string): boolean {
  if (fields[name] !== undefined) return true;
  if (isUnreadable(fields, name)) return false;
  reader.error(parentAt, "missing-field", `${nameOf(child(parentAt, name))} is missing; expected ${expected}.`);
  return false;
}

function requiredText(
  fields: Fields,
  name: string,
  parentAt: Location,
  context: Context,
  limit: "maxTextLength" | "maxStatementLength" = "maxTextLength",
): string | undefined {
  if (!required(fields, name, parentAt, context.reader, "text")) return undefined;
  return text(fields[name], child(parentAt, name), context, limit);
}

function optionalText(fields: Fields, name: string, parentAt: Location, context: Context): string | undefined {
  const value = fields[name];
  return value === undefined ? undefined : text(value, child(parentAt, name), context, "maxTextLength");
}

function text(
  value: unknown,
  at: Location,
  context: Context,
  limit: "maxTextLength" | "maxStatementLength",
): string | undefined {
  if (typeof value === "string") return readText(value, at, context, limit);
  context.reader.expected(at, "text", value);
  return undefined;
}

/** A URL-safe id, unique among the framework's levels and statements; an error otherwise. */
function checkId(fields: Fields, parentAt: Location, ids: Set<string>, context: Context): string | undefined {
  const { reader } = context;
  if (!required(fields, "id", parentAt, reader, "an id")) return undefined;
  const at = child(parentAt, "id");
  const id = fields.id;
  if (typeof id !== "string" || !URL_SAFE_ID.test(id)) {
    reader.expected(at, "an id of lowercase letters, digits and single hyphens", id, "invalid-value");
    return undefined;
  }
  if (ids.has(id)) {
    reader.error(at, "invalid-value", `${at.human} is the id of an earlier level or statement; ids must be unique.`);
    return undefined;
  }
  ids.add(id);
  return id;
}

/** `rank` or `index`: the element's position in its array, as the parsed shape promises. */
function checkPosition(fields: Fields, name: string, position: number, parentAt: Location, reader: Reader): void {
  if (fields[name] === position) return;
  if (!required(fields, name, parentAt, reader, `${position}, its position`)) return;
  reader.expected(child(parentAt, name), `${position}, its position`, fields[name], "invalid-value");
}
