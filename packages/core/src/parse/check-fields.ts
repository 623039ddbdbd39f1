import { type Fields, isUnreadable, readObject } from "./fields";
import { child, type Location, nameOf } from "./location";
import { readText } from "./read-text";
import type { Reader } from "./reader";
import type { CountingContext as Context } from "./statement-limits";

/** What `parseFramework` makes of level ids: lowercase ASCII letters and digits, single inner hyphens. */
export const URL_SAFE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** (1.1) A statement id as an author may give it: letters, digits, `-` and `_`, from a letter or digit. */
export const STATEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** An array's length, or undefined after an error when the value is not a readable array. */
export function arrayLength(value: unknown, at: Location, reader: Reader): number | undefined {
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return undefined;
  if (kind !== "array") {
    reader.expected(at, "an array", value);
    return undefined;
  }
  return reader.attempt(at, () => (value as unknown[]).length)?.value;
}

/** The fields of an array's object element; a hole is reported at the array (it has no pointer). */
export function element(
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
export function required(fields: Fields, name: string, parentAt: Location, reader: Reader, expected: string): boolean {
  if (fields[name] !== undefined) return true;
  if (isUnreadable(fields, name)) return false;
  reader.error(parentAt, "missing-field", `${nameOf(child(parentAt, name))} is missing; expected ${expected}.`);
  return false;
}

export function requiredText(
  fields: Fields,
  name: string,
  parentAt: Location,
  context: Context,
  limit: "maxTextLength" | "maxStatementLength" = "maxTextLength",
): string | undefined {
  if (!required(fields, name, parentAt, context.reader, "text")) return undefined;
  return text(fields[name], child(parentAt, name), context, limit);
}

export function optionalText(fields: Fields, name: string, parentAt: Location, context: Context): string | undefined {
  const value = fields[name];
  return value === undefined ? undefined : text(value, child(parentAt, name), context, "maxTextLength");
}

export function text(
  value: unknown,
  at: Location,
  context: Context,
  limit: "maxTextLength" | "maxStatementLength",
): string | undefined {
  if (typeof value === "string") return readText(value, at, context, limit);
  context.reader.expected(at, "text", value);
  return undefined;
}

/**
 * A URL-safe id, unique among the framework's levels and statements; an error otherwise.
 * `authored`: a statement's, which may be an author's (letters, digits, `-`, `_`).
 */
export function checkId(
  fields: Fields,
  parentAt: Location,
  ids: Set<string>,
  context: Context,
  authored = false,
): string | undefined {
  const { reader } = context;
  if (!required(fields, "id", parentAt, reader, "an id")) return undefined;
  const at = child(parentAt, "id");
  const id = fields.id;
  if (typeof id !== "string" || !(authored ? STATEMENT_ID : URL_SAFE_ID).test(id)) {
    reader.expected(
      at,
      authored
        ? "an id of letters, digits, hyphens and underscores that starts with a letter or a digit"
        : "an id of lowercase letters, digits and single hyphens",
      id,
      "invalid-value",
    );
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
export function checkPosition(
  fields: Fields,
  name: string,
  position: number,
  parentAt: Location,
  reader: Reader,
): void {
  if (fields[name] === position) return;
  if (!required(fields, name, parentAt, reader, `${position}, its position`)) return;
  reader.expected(child(parentAt, name), `${position}, its position`, fields[name], "invalid-value");
}
