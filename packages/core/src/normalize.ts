import { describe, quote } from "./describe";
import { child, type Location, nameOf, ROOT } from "./location";
import type { Reader } from "./reader";
import { collapseWhitespace, slugify, splitStatement, uniqueId } from "./text";
import type { Framework, JobZone, Level, Occupation, Source, Statement } from "./types";

/** The schema major this version reads; newer minors are read with a warning. */
export const SUPPORTED_MAJOR = 1;
export const SUPPORTED_VERSION = "1.0";

const ROOT_KEYS = ["schemaVersion", "exportedAt", "occupation", "framework", "sources", "attribution"];
const OCCUPATION_KEYS = ["soc", "title", "group", "sector", "jobZone", "jobZoneInferred"];
const FRAMEWORK_KEYS = ["version", "description", "contextCovered", "levels"];
const LEVEL_KEYS = ["label", "statements"];

/** Keys that JavaScript objects order numerically, ahead of all others. */
const ARRAY_INDEX = /^(0|[1-9]\d{0,8})$/;
const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;
const VERSION = /^(\d+)\.(\d+)$/;
/** A scheme followed by "//", or a scheme that runs code or reads files. */
const LOOKS_LIKE_URL = /^([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file|blob):)/i;

type Fields = Record<string, unknown>;

/**
 * Validates and normalizes a decoded framework in one pass. Every problem goes to the
 * reader; the result is undefined when any of them is an error.
 */
export function normalize(input: unknown, reader: Reader): Framework | undefined {
  const root = readObject(input, ROOT, ROOT_KEYS, reader, "a JSON object (a framework file)");
  if (!root) return undefined;

  const schemaVersion = readSchemaVersion(root.schemaVersion, child(ROOT, "schemaVersion"), reader);
  const occupation = readOccupation(root.occupation, reader);
  const body = readBody(root.framework, reader);
  const sources = readSources(root.sources, reader);
  const attribution = readAttribution(root.attribution, reader);
  const exportedAt = optionalText(root.exportedAt, child(ROOT, "exportedAt"), reader);

  if (reader.errors.length > 0 || schemaVersion === undefined || body === undefined) {
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

/**
 * Reads an object's own fields, warning about keys outside `known`. Returns undefined
 * (after an error) when the value is not a plain object or cannot be read.
 */
function readObject(
  value: unknown,
  at: Location,
  known: readonly string[],
  reader: Reader,
  expected: string,
): Fields | undefined {
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "object") {
    reader.expected(at, expected, value);
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return undefined;
  const fields: Fields = Object.create(null);
  for (const key of keys) {
    const read = reader.get(value as object, key, at);
    if (!read) continue;
    if (known.includes(key)) {
      fields[key] = read.value;
    } else {
      const keyAt = child(at, key);
      reader.warn(keyAt, "unknown-key", `${keyAt.human} is not a field Rungs knows; it is ignored.`);
    }
  }
  return fields;
}

function readSchemaVersion(value: unknown, at: Location, reader: Reader): string | undefined {
  if (value === undefined) {
    reader.error(ROOT, "missing-field", `schemaVersion is missing; expected "${SUPPORTED_VERSION}".`);
    return undefined;
  }
  const match = typeof value === "string" ? VERSION.exec(value) : null;
  if (!match) {
    reader.expected(at, `a version such as "${SUPPORTED_VERSION}"`, value);
    return undefined;
  }
  const major = Number(match[1]);
  if (major !== SUPPORTED_MAJOR) {
    reader.error(
      at,
      "unsupported-version",
      `schemaVersion ${quote(value as string)} is not supported; this version of Rungs reads ${SUPPORTED_MAJOR}.x.`,
    );
    return undefined;
  }
  if (Number(match[2]) > 0) {
    reader.warn(
      at,
      "newer-version",
      `schemaVersion ${quote(value as string)} is newer than ${SUPPORTED_VERSION}; fields Rungs does not know are ignored.`,
    );
  }
  return value as string;
}

function readOccupation(value: unknown, reader: Reader): Occupation {
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

  let title = optionalText(fields.title, child(at, "title"), reader);
  if (title === undefined) {
    reader.warn(at, "missing-occupation", "occupation.title is missing; the framework is shown without a title.");
    title = "";
  }
  const soc = optionalText(fields.soc, child(at, "soc"), reader);
  if (soc !== undefined && !SOC_CODE.test(soc)) {
    reader.warn(
      child(at, "soc"),
      "invalid-field",
      `occupation.soc must be a SOC code such as "17-3024.00"; found ${quote(soc)}. It is shown as written.`,
    );
  }
  const group = optionalText(fields.group, child(at, "group"), reader);
  const sector = optionalText(fields.sector, child(at, "sector"), reader);
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

function readJobZone(value: unknown, at: Location, reader: Reader): JobZone | undefined {
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

/** A text field that may be absent; a value of another type is warned about and dropped. */
function optionalText(value: unknown, at: Location, reader: Reader): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  reader.warn(at, "invalid-field", `${nameOf(at)} must be text; found ${describe(value)}. It is ignored.`);
  return undefined;
}

interface Body {
  meta: Pick<Framework, "version" | "description" | "contextCovered">;
  levels: readonly Level[];
}

function readBody(value: unknown, reader: Reader): Body | undefined {
  const at = child(ROOT, "framework");
  if (value === undefined) {
    reader.error(ROOT, "missing-field", "framework is missing; expected an object with the levels.");
    return undefined;
  }
  const fields = readObject(value, at, FRAMEWORK_KEYS, reader, "an object with the levels");
  if (!fields) return undefined;
  const version = optionalText(fields.version, child(at, "version"), reader);
  const description = optionalText(fields.description, child(at, "description"), reader);
  const contextCovered = optionalText(fields.contextCovered, child(at, "contextCovered"), reader);
  const levels = readLevels(fields.levels, child(at, "levels"), reader);
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

function readLevels(value: unknown, at: Location, reader: Reader): readonly Level[] | undefined {
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
  const levels: Level[] = [];
  const usedIds = new Set<string>();
  for (const key of keys) {
    if (ARRAY_INDEX.test(key)) {
      const keyAt = child(at, key);
      reader.warn(
        keyAt,
        "numeric-level-key",
        `${keyAt.human} has a whole number as its key; JavaScript puts such keys first, in numeric order, whatever the file's order, so the ladder may not read as written. Use a key such as "level-${key}".`,
      );
    }
    const read = reader.get(value as object, key, at);
    if (!read) continue;
    const level = readLevel(
      read.value,
      key,
      levels.length,
      uniqueId(slugify(key) || "level", usedIds),
      child(at, key),
      reader,
    );
    if (level) levels.push(level);
  }
  return levels.length === keys.length ? Object.freeze(levels) : undefined;
}

function readLevel(
  value: unknown,
  key: string,
  rank: number,
  id: string,
  at: Location,
  reader: Reader,
): Level | undefined {
  const fields = readObject(value, at, LEVEL_KEYS, reader, "an object with a label and statements");
  if (!fields) return undefined;

  let label = optionalText(fields.label, child(at, "label"), reader)?.trim();
  if (!label) {
    reader.warn(at, "missing-label", `${at.human}.label is missing; the level is shown as ${quote(key)}.`);
    label = key;
  }
  const statements = readStatements(fields.statements, key, id, at, reader);
  if (!statements) return undefined;
  return Object.freeze({ key, id, label, rank, statements });
}

function readStatements(
  value: unknown,
  levelKey: string,
  levelId: string,
  levelAt: Location,
  reader: Reader,
): readonly Statement[] | undefined {
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
  const statements: Statement[] = [];
  const seen = new Set<string>();
  let failed = false;
  const length = reader.attempt(at, () => items.length)?.value;
  if (length === undefined) return undefined;
  for (let position = 0; position < length; position++) {
    let text: unknown;
    // The hot loop of a parse: read in place rather than through reader.get(), which
    // allocates per call. Only own elements count, as everywhere else.
    // (An index past a hole could read an element inherited from Array.prototype, but
    // arrays with holes do not come out of JSON, and the value is still type-checked.)
    try {
      text = items[position];
    } catch {
      reader.get(items, position, at); // reads again to report why, at the right path
      failed = true;
      continue;
    }
    if (typeof text !== "string") {
      // A hole in the array has no pointer of its own; point at the array instead.
      const itemAt = child(at, position);
      reader.expected(text === undefined ? { ...itemAt, pointer: at.pointer } : itemAt, "a string", text);
      failed = true;
      continue;
    }
    const collapsed = collapseWhitespace(text);
    if (!collapsed) {
      const itemAt = child(at, position);
      reader.warn(itemAt, "empty-statement", `${itemAt.human} is empty; it is left out.`);
      continue;
    }
    // One hash lookup per statement: a Set that does not grow has seen the text before.
    const distinct = seen.size;
    if (seen.add(collapsed).size === distinct) {
      const first = items.findIndex((item) => typeof item === "string" && collapseWhitespace(item) === collapsed);
      const itemAt = child(at, position);
      reader.warn(itemAt, "duplicate-statement", `${itemAt.human} repeats ${child(at, first).human}; both are shown.`);
    }
    const parts = splitStatement(collapsed);
    if (!parts) {
      const itemAt = child(at, position);
      reader.warn(
        itemAt,
        "missing-subject",
        `${itemAt.human} has no subject: expected "Subject — description"; it is shown as a description only.`,
      );
    }
    const index = statements.length;
    statements.push(
      Object.freeze({
        id: `${levelId}-${index + 1}`,
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

function readSources(value: unknown, reader: Reader): readonly Source[] {
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
  const sources: Source[] = [];
  for (const name of keys) {
    const read = reader.get(value as object, name, at);
    if (!read) continue;
    const sourceAt = child(at, name);
    if (typeof read.value !== "string") {
      reader.warn(
        sourceAt,
        "invalid-field",
        `${sourceAt.human} must be text; found ${describe(read.value)}. It is ignored.`,
      );
      continue;
    }
    const url = httpUrl(read.value);
    if (url === undefined && LOOKS_LIKE_URL.test(read.value.trim())) {
      reader.warn(
        sourceAt,
        "non-http-url",
        `${sourceAt.human} looks like a link but is not an http(s) URL; it is shown as text.`,
      );
    }
    sources.push(Object.freeze({ name, value: read.value, ...(url !== undefined && { url }) }));
  }
  return Object.freeze(sources);
}

/** The value as a URL when, and only when, it is one absolute http(s) URL. */
export function httpUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readAttribution(value: unknown, reader: Reader): string | undefined {
  if (value === undefined) {
    reader.warn(
      ROOT,
      "missing-attribution",
      "attribution is missing; most framework licences (O*NET's CC BY 4.0 among them) require one to be shown.",
    );
    return undefined;
  }
  return optionalText(value, child(ROOT, "attribution"), reader);
}
