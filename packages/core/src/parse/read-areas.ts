import type { Area } from "../model/types";
import { quote } from "./describe";
import { readObject } from "./fields";
import { fieldNames } from "./format-fields";
import { UniqueIds } from "./ids";
import { limitMessage } from "./limits";
import { child, type Location } from "./location";
import type { Context } from "./read-context";
import { optionalText, paragraphText } from "./read-field";
import { readText } from "./read-text";
import { slugify } from "./text";

/**
 * (1.1) `framework.areas`: key → `{ label, description? }`, in the author's order. An area
 * that is not an object is an error (statements may name it); a missing label is the key,
 * with a warning. Undefined after an error. Any key is plain data (`__proto__` too): areas
 * are looked up in a Set, never on an object.
 */
export function readAreas(value: unknown, at: Location, context: Context): readonly Area[] | undefined {
  const { reader, limits } = context;
  if (value === undefined) return Object.freeze([]);
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "object") {
    reader.expected(at, "an object of areas (key → label and description)", value);
    return undefined;
  }
  const keys = reader.keys(value as object, at);
  if (!keys) return undefined;
  if (keys.length > limits.maxAreas) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxAreas", limits, keys.length));
    return undefined;
  }
  const areas: Area[] = [];
  const ids = new UniqueIds();
  let failed = false;
  for (const rawKey of keys) {
    const areaAt = child(at, rawKey);
    const key = readText(rawKey, areaAt, context);
    const read = reader.get(value as object, rawKey, at);
    if (key === undefined || !read) {
      failed = true;
      continue;
    }
    const fields = readObject(read.value, areaAt, fieldNames("area", context.minor), reader, "an object with a label");
    if (!fields) {
      failed = true;
      continue;
    }
    let label = optionalText(fields.label, child(areaAt, "label"), context)?.trim();
    if (!label) {
      reader.warn(areaAt, "missing-label", `${areaAt.human}.label is missing; the area is shown as ${quote(key)}.`);
      label = key;
    }
    const description = paragraphText(fields.description, child(areaAt, "description"), context);
    areas.push(
      Object.freeze({
        key,
        id: ids.take(slugify(key) || "area"),
        label,
        ...(description !== undefined && { description }),
        rank: areas.length,
      }),
    );
  }
  if (failed) return undefined;
  context.areaKeys = new Set(areas.map((area) => area.key));
  return Object.freeze(areas);
}
