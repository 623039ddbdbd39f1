import { CUMULATIVE_LINE, isRecord, NOTES_PREFIX, oneLine, readRungsLine } from "./notes";

/**
 * (1.1) What an item of a Rungs export holds that CASE has no field for, kept in the item's
 * `notes` as the document keeps the framework's (see `RungsNotes`): lines a person reads
 * (the level's description, `Example: …`), then one last line `rungs:{…}` with the same facts
 * as JSON, which is all `fromCase` reads. Each kind of item uses its own fields.
 */
export interface ItemFacts {
  /** A level's, an area's or a track's description. */
  readonly description?: string;
  /** A level's details, `[label, text]` in order. */
  readonly details?: readonly (readonly [string, string])[];
  /** A track whose levels each expect everything below them. */
  readonly cumulative?: true;
  /**
   * A statement whose id the framework's JSON writes (an author's, or one core made
   * otherwise than from its place): its `humanCodingScheme` is that id.
   */
  readonly ownId?: true;
  readonly proficiency?: string;
  readonly examples?: readonly string[];
  /** A statement's note. */
  readonly notes?: string;
}

/** The item's `notes`: readable lines, then the `rungs:{…}` line; `undefined` when there is nothing to say. */
export function writeItemNotes(facts: ItemFacts): string | undefined {
  if (Object.keys(facts).length === 0) return undefined;
  const lines: string[] = [];
  if (facts.description !== undefined) lines.push(oneLine(facts.description));
  for (const [label, text] of facts.details ?? []) lines.push(`${oneLine(label)}: ${oneLine(text)}`);
  if (facts.cumulative) lines.push(CUMULATIVE_LINE);
  if (facts.proficiency !== undefined) lines.push(`Proficiency: ${oneLine(facts.proficiency)}`);
  for (const example of facts.examples ?? []) lines.push(`Example: ${oneLine(example)}`);
  if (facts.notes !== undefined) lines.push(`Note: ${oneLine(facts.notes)}`);
  lines.push(`${NOTES_PREFIX}${JSON.stringify(facts)}`);
  return lines.join("\n");
}

/**
 * The facts of an item's notes: `undefined` when the notes end with no `rungs:` line,
 * `"unreadable"` when that line is no JSON or holds a field of the wrong kind.
 */
export function readItemNotes(notes: unknown): ItemFacts | "unreadable" | undefined {
  const line = readRungsLine(notes);
  if (line === undefined || line === "unreadable") return line;
  return isItemFacts(line.value) ? line.value : "unreadable";
}

function isItemFacts(value: unknown): value is ItemFacts {
  if (!isRecord(value)) return false;
  const { description, details, cumulative, ownId, proficiency, examples, notes } = value;
  return (
    isOptionalText(description) &&
    isOptionalText(proficiency) &&
    isOptionalText(notes) &&
    (cumulative === undefined || cumulative === true) &&
    (ownId === undefined || ownId === true) &&
    (examples === undefined || (Array.isArray(examples) && examples.every((example) => typeof example === "string"))) &&
    (details === undefined ||
      (Array.isArray(details) &&
        details.every(
          (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === "string"),
        )))
  );
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}
