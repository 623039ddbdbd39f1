import type { Framework, JobZone, Occupation, Source } from "../model/types";
import { describe, quote } from "./describe";
import { isUnreadable, readObject } from "./fields";
import { fieldNames } from "./format-fields";
import type { FrameworkLimits } from "./limits";
import { limitMessage } from "./limits";
import { child, type Location, ROOT } from "./location";
import { readBody } from "./read-body";
import type { Context } from "./read-context";
import { optionalText } from "./read-field";
import { readText } from "./read-text";
import type { Reader } from "./reader";
import { readSchemaVersion } from "./schema-version";
import { sourceOf } from "./source";

export type { Context } from "./read-context";
export { isArrayIndex, optionalText } from "./read-field";
// Kept where the public entry has always found them.
export { SUPPORTED_VERSION } from "./schema-version";
export { httpUrl } from "./source";

const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;
/** A scheme followed by "//", or a scheme that runs code or reads files. */
const LOOKS_LIKE_URL = /^([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file|blob):)/i;
/** (1.1) A BCP 47 language tag, checked loosely: a language and subtags ("de", "pt-BR", "zh-Hant-TW"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** `schemaVersion` 1.x with its minor. */
const VERSION_1 = /^1\.(\d+)$/;

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
  const minor = minorOf(input);
  const context: Context = {
    reader,
    limits,
    statementCount: 0,
    tidyStrings,
    minor,
  };
  const root = readObject(input, ROOT, fieldNames("root", minor), reader, "a JSON object (a framework file)");
  if (!root) return undefined;

  const schemaVersion = isUnreadable(root, "schemaVersion")
    ? undefined
    : readSchemaVersion(root.schemaVersion, child(ROOT, "schemaVersion"), reader);
  const occupation = readOccupation(root.occupation, context);
  const body = isUnreadable(root, "framework") ? undefined : readBody(root.framework, occupation.title, context);
  const sources = readSources(root.sources, context);
  const attribution = readAttribution(root.attribution, context);
  const exportedAt = optionalText(root.exportedAt, child(ROOT, "exportedAt"), context);
  const language = readLanguage(root.language, context);

  if (reader.failed || schemaVersion === undefined || body === undefined) {
    return undefined;
  }
  const defaultTrack = body.tracks[0];
  return Object.freeze({
    schemaVersion,
    ...(exportedAt !== undefined && { exportedAt }),
    occupation,
    ...body.meta,
    levels: body.levels,
    sources,
    ...(attribution !== undefined && { attribution }),
    ...(language !== undefined && { language }),
    areas: body.areas,
    tracks: body.tracks,
    allLevels: defaultTrack?.allLevels ?? Object.freeze([]),
    cumulative: defaultTrack?.cumulative ?? false,
  });
}

/**
 * The minor of a 1.x `schemaVersion`, looked at before the file is read (its fields depend
 * on it): 1 for 1.1 and above, 0 otherwise — 1.0, or a version `readSchemaVersion` refuses
 * or warns about when it reads the file. Never throws; reports nothing.
 */
function minorOf(input: unknown): number {
  try {
    if (typeof input !== "object" || input === null || !Object.hasOwn(input, "schemaVersion")) return 0;
    const version = (input as { schemaVersion?: unknown }).schemaVersion;
    const match = typeof version === "string" ? VERSION_1.exec(version) : null;
    return match && Number(match[1]) >= 1 ? 1 : 0;
  } catch {
    return 0;
  }
}

/** (1.1) `language`: a BCP 47 tag, or it is dropped with a warning. */
function readLanguage(value: unknown, context: Context): string | undefined {
  if (value === undefined) return undefined;
  const at = child(ROOT, "language");
  const language = optionalText(value, at, context)?.trim();
  if (language === undefined || LANGUAGE_TAG.test(language)) return language;
  context.reader.warn(
    at,
    "invalid-field",
    `language must be a BCP 47 language tag such as "de" or "pt-BR"; found ${quote(language)}. It is ignored.`,
  );
  return undefined;
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
  const fields = readObject(value, at, fieldNames("occupation", context.minor), reader, "an object") ?? {};

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
