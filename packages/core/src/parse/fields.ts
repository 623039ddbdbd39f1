import { child, type Location } from "./location";
import type { Reader } from "./reader";

/** An object's fields as read: only the known ones, an unreadable one kept as an own `undefined`. */
export type Fields = Record<string, unknown>;

/**
 * Reads an object's own fields, warning about keys outside `known`. Returns undefined
 * (after an error) when the value is not a plain object or cannot be read.
 */
export function readObject(
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
    if (known.includes(key)) {
      // Only the fields Rungs knows are read: an ignored field's getter never runs.
      const read = reader.get(value as object, key, at);
      // An unreadable field is kept as an own `undefined` (see isUnreadable); an absent
      // or undefined one is left out.
      if (!read) fields[key] = undefined;
      else if (read.value !== undefined) fields[key] = read.value;
    } else {
      const keyAt = child(at, key);
      reader.warn(keyAt, "unknown-key", `${keyAt.human} is not a field Rungs knows; it is ignored.`);
    }
  }
  return fields;
}

/**
 * True when reading a field threw (already reported as `unreadable-value`): it is not
 * missing, and no second issue should say it is.
 */
export function isUnreadable(fields: Fields, key: string): boolean {
  return Object.hasOwn(fields, key) && fields[key] === undefined;
}
