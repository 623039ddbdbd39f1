import type { Statement } from "../model/types";
import { describe, quote } from "./describe";
import { readObject } from "./fields";
import { fieldNames } from "./format-fields";
import { limitMessage } from "./limits";
import { child, type Location } from "./location";
import type { Context } from "./read-context";
import { optionalText, paragraphText } from "./read-field";
import { readText } from "./read-text";
import { collapseParagraphs, collapseWhitespace } from "./text";
import { isTidy } from "./tidy-text";

/** An author's statement id: URL-safe, starting with a letter or a digit. */
const AUTHOR_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** What a statement object adds to its text. */
export type StatementExtras = Pick<Statement, "area" | "proficiency" | "examples" | "notes"> & {
  readonly id?: string;
};

/** A (1.1) statement object as read: its text (refused past its limit, well-formed) and the rest. */
export interface StatementObject {
  readonly text: string;
  /** The text is tidy (see `isTidy`): trimming collapses it. */
  readonly tidy: boolean;
  readonly extras: StatementExtras;
}

/**
 * Reads a statement written as an object (format 1.1): `text` as a string statement,
 * `id`, `area`, `proficiency`, `examples`, `notes`. Undefined after an error (a missing
 * text, an invalid id, an unknown area, a limit). Wrong types of optional texts are
 * warned about and dropped, as 1.0's optional fields are.
 */
export function readStatementObject(value: object, at: Location, context: Context): StatementObject | undefined {
  const { reader } = context;
  const fields = readObject(
    value,
    at,
    fieldNames("statement", context.minor),
    reader,
    "a string or an object with a text",
  );
  if (!fields) return undefined;
  let failed = false;
  let text: string | undefined;
  let tidy = false;
  if (fields.text === undefined) {
    if (!Object.hasOwn(fields, "text")) {
      reader.error(at, "missing-field", `${child(at, "text").human} is missing; a statement object needs its text.`);
    }
    failed = true;
  } else if (typeof fields.text !== "string") {
    reader.expected(child(at, "text"), "text", fields.text);
    failed = true;
  } else if (fields.text.length <= context.limits.maxStatementLength && isTidy(fields.text)) {
    // As a string statement: a tidy text needs no location and no repair.
    text = fields.text;
    tidy = true;
  } else {
    text = readText(fields.text, child(at, "text"), context, "maxStatementLength");
    if (text === undefined) failed = true;
  }
  // A field's location is made only when the field is there: most statements have few.
  const id = fields.id === undefined ? undefined : readAuthorId(fields.id, child(at, "id"), context);
  if (id === null) failed = true;
  const area = fields.area === undefined ? undefined : readAreaKey(fields.area, child(at, "area"), context);
  if (area === null) failed = true;
  const proficiency =
    fields.proficiency === undefined ? undefined : optionalText(fields.proficiency, child(at, "proficiency"), context);
  const examples =
    fields.examples === undefined ? undefined : readExamples(fields.examples, child(at, "examples"), context);
  if (examples === null) failed = true;
  const notes = fields.notes === undefined ? undefined : paragraphText(fields.notes, child(at, "notes"), context);
  if (failed || text === undefined) return undefined;
  const shownProficiency = proficiency === undefined ? "" : collapseWhitespace(proficiency);
  return {
    text,
    tidy,
    extras: {
      ...(typeof id === "string" && { id }),
      ...(typeof area === "string" && { area }),
      ...(shownProficiency !== "" && { proficiency: shownProficiency }),
      ...(examples !== undefined && examples !== null && examples.length > 0 && { examples }),
      ...(notes !== undefined && { notes }),
    },
  };
}

/** The author's id, undefined when there is none, null after an error. */
function readAuthorId(value: unknown, at: Location, context: Context): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.length <= context.limits.maxTextLength && AUTHOR_ID.test(value)) {
    return value;
  }
  context.reader.expected(
    at,
    "an id of letters, digits, hyphens and underscores that starts with a letter or a digit",
    value,
    "invalid-value",
  );
  return null;
}

/** The area's key, undefined when there is none (or it is not text: a warning), null when no area has it. */
function readAreaKey(value: unknown, at: Location, context: Context): string | undefined | null {
  const key = optionalText(value, at, context);
  if (key === undefined) return undefined;
  if (context.areaKeys?.has(key)) return key;
  context.reader.error(
    at,
    "invalid-value",
    `${at.human} names the area ${quote(key)}, which is not a key of framework.areas.`,
  );
  return null;
}

/** Examples: texts of paragraphs, in order; undefined when absent or not an array (a warning), null past the limit. */
function readExamples(value: unknown, at: Location, context: Context): readonly string[] | undefined | null {
  const { reader, limits } = context;
  if (value === undefined) return undefined;
  const kind = reader.kind(value, at);
  if (kind === "unreadable") return null;
  if (kind !== "array") {
    reader.warn(at, "invalid-field", `${at.human} must be an array of texts; found ${describe(value)}. It is ignored.`);
    return undefined;
  }
  const items = value as unknown[];
  const length = reader.attempt(at, () => items.length)?.value;
  if (length === undefined) return null;
  if (length > limits.maxExamplesPerStatement) {
    reader.error(at, "limit-exceeded", limitMessage(at.human, "maxExamplesPerStatement", limits, length));
    return null;
  }
  const examples: string[] = [];
  let failed = false;
  for (let position = 0; position < length; position++) {
    // A tidy example, the common case, is read in place, as readStatements reads statements.
    let raw: unknown;
    try {
      raw = items[position];
    } catch {
      raw = undefined;
    }
    if (typeof raw === "string" && raw.length <= limits.maxStatementLength && isTidy(raw)) {
      const example = raw.trim();
      if (example !== "") examples.push(example);
      continue;
    }
    const itemAt = child(at, position);
    const read = reader.get(items, position, at);
    if (!read) {
      failed = true;
      continue;
    }
    if (typeof read.value !== "string") {
      // A hole in the array has no pointer of its own; point at the array instead.
      reader.warn(
        read.value === undefined ? { ...itemAt, pointer: at.pointer } : itemAt,
        "invalid-field",
        `${itemAt.human} must be text; found ${describe(read.value)}. It is ignored.`,
      );
      continue;
    }
    const text = readText(read.value, itemAt, context, "maxStatementLength");
    if (text === undefined) {
      failed = true;
      continue;
    }
    const example = collapseParagraphs(text);
    if (example !== "") examples.push(example);
  }
  return failed ? null : Object.freeze(examples);
}
