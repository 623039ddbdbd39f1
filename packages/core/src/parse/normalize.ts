import type { Framework, JobZone, Level, Occupation, Source, Statement } from "../model/types";
import { describe, quote } from "./describe";
import { isUnreadable, readObject } from "./fields";
import { separateLevelIds, UniqueIds } from "./ids";
import { type FrameworkLimits, limitMessage } from "./limits";
import { child, type Location, nameOf, ROOT } from "./location";
import { type ReadContext, readText } from "./read-text";
import type { Reader } from "./reader";
import { readSchemaVersion } from "./schema-version";
import { sourceOf } from "./source";
import { type CountingContext, withinStatementLimits } from "./statement-limits";
import { collapseWhitespace, slugify, splitCollapsed } from "./text";
import { TextSet } from "./text-set";
import { isTidy } from "./tidy-text";

// Kept where the public entry has always found them.
export { SUPPORTED_VERSION } from "./schema-version";
export { httpUrl } from "./source";

const ROOT_KEYS = ["schemaVersion", "exportedAt", "occupation", "framework", "sources", "attribution"];
const OCCUPATION_KEYS = ["soc", "title", "group", "sector", "jobZone", "jobZoneInferred"];
const FRAMEWORK_KEYS = ["version", "description", "contextCovered", "levels"];
const LEVEL_KEYS = ["label", "statements"];

/** Digits without a leading zero: an array index when also at most {@link MAX_ARRAY_INDEX}. */
const CANONICAL_INTEGER = /^(0|[1-9]\d{0,9})$/;
/** The largest array index (2³² − 2): keys up to it are ordered numerically, "4294967295" is not. */
const MAX_ARRAY_INDEX = 4_294_967_294;
const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;
/** A scheme followed by "//", or a scheme that runs code or reads files. */
const LOOKS_LIKE_URL = /^([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file|blob):)/i;

/** Reading one input: where issues go, the limits, and the statements counted so far. */
export interface Context extends CountingContext {
  /** True when every string of the input is known to be tidy already (see `hasOnlyTidyStrings`). */
  readonly tidyStrings?: boolean;
}

/**
 * True for a key JavaScript puts first, in numeric order, in every object whatever the
 * order it was written in: an array index, `"0"` to `"4294967294"` without leading zeros.
 */
export function isArrayIndex(key: string): boolean {
  return CANONICAL_INTEGER.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

/**
 * Validates and normalizes a decoded framework in one pass. Every problem goes to the
 * reader; the result is undefined when any of them is an error. `tidyStrings`: every
 * string in the input is known to be tidy (see `hasOnlyTidyStrings`), so no statement
 * needs a look of its own.
 */
export function normalize(
  input: unknown,
  reader: Reader,
  limits: FrameworkLimits,
  tidyStrings = false,
): Framework | undefined {
  const context: Context = { reader, limits, statementCount: 0, tidyStrings };
  const root = readObject(input, ROOT, ROOT_KEYS, reader, "a JSON object (a framework file)");
  if (!root) return undefined;

  const schemaVersion = isUnreadable(root, "schemaVersion")
    ? undefined
    : readSchemaVersion(root.schemaVersion, child(ROOT, "schemaVersion"), reader);
  const occupation = readOccupation(root.occupation, context);
  const body = isUnreadable(root, "framework") ? undefined : readBody(root.framework, context);
  const sources = readSources(root.sources, context);
  const attribution = readAttribution(root.attribution, context);
  const exportedAt = optionalText(root.exportedAt, child(ROOT, "exportedAt"), context);

  if (reader.failed || schemaVersion === undefined || body === undefined) {
    return undefined;
  }
  return Object.freeze({
    schemaVersion,
    ...(exportedAt !== undefined && { exportedAt }),
    occupation,
    ...body.meta,
    levels: body.levels,
    sources,
    ...(attribution !== undefined && { attribution }),
  });
}

function readOccupation(value: unknown, context: Context): Occupation {
  const { reader } = context;
  const at = child(ROOT, "occupation");
  if (value === undefined) {
    reader.warn(ROOT, "missing-occupation", "occupation is missing; the framework is shown without a title.");
    return Object.freeze({ title: "" });
  }
  const kind = reader.kind(value, at);
  if (kind !== "object") {
    if (kind !== "unreadable") {
      reader.warn(at, "invalid-field", `occupation must be an object; found ${describe(value)}. It is ignored.`);
    }
    return Object.freeze({ title: "" });
  }
  const fields = readObject(value, at, OCCUPATION_KEYS, reader, "an object") ?? {};

  let title = optionalText(fields.title, child(at, "title"), context);
  if (title === undefined) {
    reader.warn(at, "missing-occupation", "occupation.title is missing; the framework is shown without a title.");
    title = "";
  }
  const soc = optionalText(fields.soc, child(at, "soc"), context);
  if (soc !== undefined && !SOC_CODE.test(soc)) {
    reader.warn(
      child(at, "soc"),
      "invalid-field",
      `occupation.soc must be a SOC code such as "17-3024.00"; found ${quote(soc)}. It is shown as written.`,
    );
  }
  const group = optionalText(fields.group, child(at, "group"), context);
  const sector = optionalText(fields.sector, child(at, "sector"), context);
  const jobZone = readJobZone(fields.jobZone, child(at, "jobZone"), reader);
  const inferred = fields.jobZoneInferred;
  if (inferred !== undefined && typeof inferred !== "boolean") {
    reader.warn(
      child(at, "jobZoneInferred"),
      "invalid-field",
      `occupation.jobZoneInferred must be true or false; found ${describe(inferred)}. It is ignored.`,
    );
  }
  return Object.freeze({
    title,
    ...(soc !== undefined && { soc }),
    ...(group !== undefined && { group }),
    ...(sector !== undefined && { sector }),
    ...(jobZone !== undefined && { jobZone }),
    ...(typeof inferred === "boolean" && { jobZoneInferred: inferred }),
  });
}

/** `occupation.jobZone`: a whole number from 1 to 5, or it is dropped with a warning. */
export function readJobZone(value: unknown, at: Location, reader: Reader): JobZone | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5) {
    return value as JobZone;
  }
  reader.warn(
    at,
    "invalid-field",
    `${at.human} must be a whole number from 1 to 5; found ${describe(value)}. It is ignored.`,
  );
  return undefined;
}

/**
 * A text field that may be absent; a value of another type is warned about and dropped.
 * The text is read with {@link readText} (its limit, well-formed).
 */
export function optionalText(value: unknown, at: Location, context: ReadContext): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return readText(value, at, context);
  context.reader.warn(at, "invalid-field", `${nameOf(at)} must be text; found ${describe(value)}. It is ignored.`);
  return undefined;
}

interface Body {
  meta: Pick<Framework, "version" | "description" | "contextCovered">;
  levels: readonly Level[];
}

function readBody(value: unknown, context: Context): Body | undefined {
  const { reader } = context;
  const at = child(ROOT, "framework");
  if (value === undefined) {
    reader.error(ROOT, "missing-field", "framework is missing; expected an object with the levels.");
    return undefined;
  }
  const fields = readObject(value, at, FRAMEWORK_KEYS, reader, "an object with the levels");
  if (!fields) return undefined;
  const version = optionalText(fields.version, child(at, "version"), context);
  const description = optionalText(fields.description, child(at, "description"), context);
  const contextCovered = optionalText(fields.contextCovered, child(at, "contextCovered"), context);
  const levels = isUnreadable(fields, "levels") ? undefined : readLevels(fields.levels, child(at, "levels"), context);
  if (!levels) return undefined;
  return {
    meta: {
      ...(version !== undefined && { version }),
      ...(description !== undefined && { description }),
      ...(contextCovered !== undefined && { contextCovered }),
    },
    levels,
  };
}

function readLevels(value: unknown, at: Location, context: Context): readonly Level[] | undefined {
  const { reader, limits } = context;
  if (value === undefined) {
    reader.error(
      child(ROOT, "framework"),
      "missing-field",
      "framework.levels is missing; expected an object of levels in ladder order.",
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
    reader.error(at, "no-levels", "framework.levels is empty; a framework needs at least one level.");
    return undefined;
  }
  if (keys.length > limits.maxLevels) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxLevels", limits, keys.length));
    return undefined;
  }
  const levels: Level[] = [];
  const levelIds = new UniqueIds();
  const levelKeys = new Set<string>();
  for (const rawKey of keys) {
    const keyAt = child(at, rawKey);
    const key = readLevelKey(rawKey, keyAt, levelKeys, context);
    const read = reader.get(value as object, rawKey, at);
    if (key === undefined || !read) continue;
    const level = readLevel(read.value, key, levels.length, levelIds.take(slugify(key) || "level"), keyAt, context);
    if (level) levels.push(level);
  }
  return levels.length === keys.length ? Object.freeze(withDistinctIds(levels)) : undefined;
}

/**
 * The levels with ids no statement shares (see {@link separateLevelIds}): unchanged, the
 * same array, unless a level's id is a statement's (`emerging-1` beside `emerging`); then
 * that level and its statements are made again under its new id.
 */
function withDistinctIds(levels: Level[]): Level[] {
  const ids = separateLevelIds(levels.map((level) => ({ id: level.id, statementCount: level.statements.length })));
  if (!ids) return levels;
  return levels.map((level, at) => {
    const id = ids[at] as string;
    if (id === level.id) return level;
    const prefix = `${id}-`;
    const statements = level.statements.map((statement) =>
      Object.freeze({ ...statement, id: prefix + (statement.index + 1) }),
    );
    return Object.freeze({ ...level, id, statements: Object.freeze(statements) });
  });
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
  const fields = readObject(value, at, LEVEL_KEYS, reader, "an object with a label and statements");
  if (!fields) return undefined;

  let label = optionalText(fields.label, child(at, "label"), context)?.trim();
  if (!label) {
    reader.warn(at, "missing-label", `${at.human}.label is missing; the level is shown as ${quote(key)}.`);
    label = key;
  }
  if (isUnreadable(fields, "statements")) return undefined;
  const statements = readStatements(fields.statements, key, id, at, context);
  if (!statements) return undefined;
  return Object.freeze({ key, id, label, rank, statements });
}

function readStatements(
  value: unknown,
  levelKey: string,
  levelId: string,
  levelAt: Location,
  context: Context,
): readonly Statement[] | undefined {
  const { reader, limits } = context;
  const at = child(levelAt, "statements");
  if (value === undefined) {
    reader.error(levelAt, "missing-field", `${at.human} is missing; expected an array of statements.`);
    return undefined;
  }
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "array") {
    reader.expected(at, "an array of statements", value);
    return undefined;
  }
  const items = value as unknown[];
  const length = reader.attempt(at, () => items.length)?.value;
  if (length === undefined || !withinStatementLimits(length, at, context)) return undefined;

  const statements: Statement[] = [];
  /** Where each kept statement is in the input array (blank ones leave gaps). */
  const positions: number[] = [];
  const seen = new TextSet();
  // Made once per level: a template literal per statement joined the id and the hyphen
  // again each time, a string more per statement for the collector (a tenth of the
  // scavenges of a parse of the 12 × 400 bench file).
  const idPrefix = `${levelId}-`;
  const tidyStrings = context.tidyStrings === true;
  /** Each collapsed text and where it first was: built at the level's first repeat, if any. */
  let firstSeen: Map<string, number> | undefined;
  let failed = false;
  for (let position = 0; position < length; position++) {
    let raw: unknown;
    // The hot loop of a parse: read in place rather than through reader.get(), which
    // allocates per call. Only own elements count, as everywhere else.
    // (An index past a hole could read an element inherited from Array.prototype, but
    // arrays with holes do not come out of JSON, and the value is still type-checked.)
    try {
      raw = items[position];
    } catch {
      reader.get(items, position, at); // reads again to report why, at the right path
      failed = true;
      continue;
    }
    if (typeof raw !== "string") {
      // A hole in the array has no pointer of its own; point at the array instead.
      const itemAt = child(at, position);
      reader.expected(raw === undefined ? { ...itemAt, pointer: at.pointer } : itemAt, "a string", raw);
      failed = true;
      continue;
    }
    // Most statements are tidy (all of them when the JSON text said so at once): then they
    // are well-formed, collapsing is trimming, and no location is made. Any other is read
    // in full: its limit, its lone surrogates, its white space.
    let text: string | undefined = raw;
    let collapsed: string;
    if (raw.length <= limits.maxStatementLength && (tidyStrings || isTidy(raw))) {
      collapsed = raw.trim();
    } else {
      text = readText(raw, child(at, position), context, "maxStatementLength");
      if (text === undefined) {
        failed = true;
        continue;
      }
      collapsed = collapseWhitespace(text);
    }
    if (!collapsed) {
      const itemAt = child(at, position);
      reader.warn(itemAt, "empty-statement", `${itemAt.human} is empty; it is left out.`);
      continue;
    }
    const parts = splitCollapsed(collapsed);
    // Statements that differ mostly differ around their separator: filed by it, most are never compared.
    if (!seen.add(collapsed, parts?.subject.length)) {
      firstSeen ??= firstPositions(statements, positions);
      const itemAt = child(at, position);
      const firstAt = child(at, firstSeen.get(collapsed) ?? position);
      reader.warn(itemAt, "duplicate-statement", `${itemAt.human} repeats ${firstAt.human}; both are shown.`);
    } else {
      firstSeen?.set(collapsed, position);
    }
    if (!parts) {
      const itemAt = child(at, position);
      reader.warn(
        itemAt,
        "missing-subject",
        `${itemAt.human} has no subject: expected "Subject — description"; it is shown as a description only.`,
      );
    }
    const index = statements.length;
    positions.push(position);
    statements.push(
      Object.freeze({
        id: idPrefix + (index + 1),
        levelKey,
        index,
        text,
        subject: parts?.subject ?? "",
        description: parts?.description ?? collapsed,
      }),
    );
  }
  if (failed) return undefined;
  if (statements.length === 0) {
    reader.warn(levelAt, "empty-level", `${levelAt.human} has no statements; it is shown empty.`);
  }
  return Object.freeze(statements);
}

/**
 * Each collapsed text among the statements kept so far, with the input position where it
 * first was. Made once per level, and only for a level that repeats a statement: most
 * levels never pay for it, and no repeat pays for a search.
 */
function firstPositions(statements: readonly Statement[], positions: readonly number[]): Map<string, number> {
  const first = new Map<string, number>();
  statements.forEach((statement, index) => {
    const collapsed = collapseWhitespace(statement.text);
    if (!first.has(collapsed)) first.set(collapsed, positions[index] ?? index);
  });
  return first;
}

function readSources(value: unknown, context: Context): readonly Source[] {
  const { reader, limits } = context;
  const at = child(ROOT, "sources");
  if (value === undefined) return Object.freeze([]);
  const kind = reader.kind(value, at);
  if (kind !== "object") {
    if (kind !== "unreadable") {
      reader.warn(
        at,
        "invalid-field",
        `sources must be an object of names and texts; found ${describe(value)}. It is ignored.`,
      );
    }
    return Object.freeze([]);
  }
  const keys = reader.keys(value as object, at) ?? [];
  if (keys.length > limits.maxSources) {
    reader.error(at, "limit-exceeded", limitMessage("sources", "maxSources", limits, keys.length));
    return Object.freeze([]);
  }
  const sources: Source[] = [];
  for (const rawName of keys) {
    const sourceAt = child(at, rawName);
    const read = reader.get(value as object, rawName, at);
    if (!read) continue;
    if (typeof read.value !== "string") {
      reader.warn(
        sourceAt,
        "invalid-field",
        `${sourceAt.human} must be text; found ${describe(read.value)}. It is ignored.`,
      );
      continue;
    }
    const name = readText(rawName, sourceAt, context);
    const text = readText(read.value, sourceAt, context);
    if (name === undefined || text === undefined) continue;
    const source = sourceOf(name, text);
    if (source.url === undefined && LOOKS_LIKE_URL.test(text.trim())) {
      reader.warn(
        sourceAt,
        "non-http-url",
        `${sourceAt.human} looks like a link but is not an http(s) URL without a user name or direction marks; it is shown as text.`,
      );
    }
    sources.push(source);
  }
  return Object.freeze(sources);
}

function readAttribution(value: unknown, context: Context): string | undefined {
  if (value === undefined) {
    context.reader.warn(
      ROOT,
      "missing-attribution",
      "attribution is missing; most framework licences (O*NET's CC BY 4.0 among them) require one to be shown.",
    );
    return undefined;
  }
  return optionalText(value, child(ROOT, "attribution"), context);
}
