import type { Statement } from "../model/types";
import { child, type Location } from "./location";
import type { Context } from "./read-context";
import { readStatementObject, type StatementExtras } from "./read-statement-object";
import { readText } from "./read-text";
import { withinStatementLimits } from "./statement-limits";
import { collapseParagraphs, collapseWhitespace, splitCollapsed, splitStatement } from "./text";
import { TextSet } from "./text-set";
import { isTidy } from "./tidy-text";

/**
 * Reads an array of statements: a level's `statements`, or (1.1) an `allLevels`.
 * `emptyAt`: where to warn that there are none (a level), or undefined not to (allLevels).
 */
export function readStatements(
  value: unknown,
  at: Location,
  levelKey: string,
  levelId: string,
  emptyAt: Location | undefined,
  context: Context,
): readonly Statement[] | undefined {
  const { reader, limits } = context;
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
  /** 1.1: statement objects, and blank lines kept as paragraph breaks. */
  const v11 = context.minor >= 1;
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
    let extras: StatementExtras | undefined;
    let text: string | undefined;
    let tidyObject = false;
    if (typeof raw !== "string") {
      const itemAt = child(at, position);
      if (v11 && typeof raw === "object" && raw !== null && reader.kind(raw, itemAt) === "object") {
        const read = readStatementObject(raw, itemAt, context);
        if (!read) {
          failed = true;
          continue;
        }
        extras = read.extras;
        text = read.text;
        tidyObject = read.tidy;
      } else {
        // A hole in the array has no pointer of its own; point at the array instead.
        reader.expected(
          raw === undefined ? { ...itemAt, pointer: at.pointer } : itemAt,
          v11 ? "a string or an object with a text" : "a string",
          raw,
        );
        failed = true;
        continue;
      }
    }
    // Most statements are tidy (all of them when the JSON text said so at once): then they
    // are well-formed, collapsing is trimming, and no location is made. Any other is read
    // in full: its limit, its lone surrogates, its white space.
    let collapsed: string;
    if (
      text === undefined &&
      (raw as string).length <= limits.maxStatementLength &&
      (tidyStrings || isTidy(raw as string))
    ) {
      text = raw as string;
      collapsed = text.trim();
    } else if (tidyObject && text !== undefined) {
      // A statement object's tidy text (no line break, so no paragraph to keep).
      collapsed = text.trim();
    } else {
      text ??= readText(raw as string, child(at, position), context, "maxStatementLength");
      if (text === undefined) {
        failed = true;
        continue;
      }
      collapsed = v11 ? collapseParagraphs(text) : collapseWhitespace(text);
    }
    if (!collapsed) {
      const itemAt = child(at, position);
      reader.warn(itemAt, "empty-statement", `${itemAt.human} is empty; it is left out.`);
      continue;
    }
    // A paragraph break may sit beside the separator, which splitCollapsed does not expect.
    const parts = v11 && collapsed.includes("\n") ? splitStatement(collapsed) : splitCollapsed(collapsed);
    // Statements that differ mostly differ around their separator: filed by it, most are never compared.
    if (!seen.add(collapsed, parts?.subject.length)) {
      firstSeen ??= firstPositions(statements, positions, v11);
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
    const statement: Statement = {
      id: idPrefix + (index + 1),
      levelKey,
      index,
      text,
      subject: parts?.subject ?? "",
      description: parts?.description ?? collapsed,
    };
    if (extras === undefined) {
      statements.push(Object.freeze(statement));
    } else {
      const full = Object.freeze(withExtras(statement, extras));
      if (extras.id !== undefined) {
        context.authored ??= new Map();
        context.authored.set(full, child(child(at, position), "id"));
      }
      statements.push(full);
    }
  }
  if (failed) return undefined;
  if (statements.length === 0 && emptyAt) {
    reader.warn(emptyAt, "empty-level", `${emptyAt.human} has no statements; it is shown empty.`);
  }
  return Object.freeze(statements);
}

/**
 * A statement with what its object adds, set field by field: spreading them made a parse of
 * a 1.1 file a third slower than the fields' own reading.
 */
function withExtras(statement: Statement, extras: StatementExtras): Statement {
  const full: { -readonly [Field in keyof Statement]: Statement[Field] } = statement;
  if (extras.id !== undefined) full.id = extras.id;
  if (extras.area !== undefined) full.area = extras.area;
  if (extras.proficiency !== undefined) full.proficiency = extras.proficiency;
  if (extras.examples !== undefined) full.examples = extras.examples;
  if (extras.notes !== undefined) full.notes = extras.notes;
  return full;
}

/**
 * Each collapsed text among the statements kept so far, with the input position where it
 * first was. Made once per level, and only for a level that repeats a statement: most
 * levels never pay for it, and no repeat pays for a search.
 */
function firstPositions(
  statements: readonly Statement[],
  positions: readonly number[],
  v11: boolean,
): Map<string, number> {
  const first = new Map<string, number>();
  statements.forEach((statement, index) => {
    const collapsed = v11 ? collapseParagraphs(statement.text) : collapseWhitespace(statement.text);
    if (!first.has(collapsed)) first.set(collapsed, positions[index] ?? index);
  });
  return first;
}
