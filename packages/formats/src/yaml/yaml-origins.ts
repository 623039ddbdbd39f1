import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, Scalar } from "yaml";
import { pointerSegment } from "../shared/json-pointer";
import type { Origin } from "../shared/parse-built";
import { issueAt, MAX_DEPTH, placeOf, type YamlIssue } from "./yaml-issue";

/** What walking a document's nodes found: where each value is, and what makes it unreadable. */
export interface YamlLayout {
  /** JSON Pointer of each value written in the document (not those an alias repeats) → its place. */
  readonly origins: Map<string, Origin>;
  /** Keys that cannot be JSON keys, aliases to no anchor, nesting past {@link MAX_DEPTH}. */
  readonly errors: YamlIssue[];
  /** Plain numbers at pointers whose JSON value is text (`schemaVersion: 1.0`), with the text as written. */
  readonly numbersAsWritten: Map<string, string>;
  /** The place of the first alias, where an error about expanding aliases is reported. */
  readonly firstAlias?: number;
}

/**
 * Fields whose value is text in Rungs' JSON but that people write as a bare number in YAML
 * (`schemaVersion: 1.0`, `version: 2.1`), which YAML reads as the number 1 or 2.1: they are
 * read as written instead, so "1.0" stays "1.0".
 */
const TEXT_FIELDS: ReadonlySet<string> = new Set(["/schemaVersion", "/framework/version"]);

/**
 * Walks the document's nodes — as written: an alias is not followed, so an alias bomb costs
 * its length — and lists the JSON Pointer of every value with its line and column, so that
 * core's issues about the value can say where it is in the file. A member's place is its
 * key's (where a person looks for `label:`); a list item's is the item's. Keys are turned
 * into text as the `yaml` package's `toJS` turns them (`null` → `""`, `1` → `"1"`).
 */
export function layoutOf(document: Document, lineCounter: LineCounter): YamlLayout {
  const origins = new Map<string, Origin>();
  const errors: YamlIssue[] = [];
  const numbersAsWritten = new Map<string, string>();
  let firstAlias: number | undefined;
  const place = (path: string, offset: number) => origins.set(path, { path, where: placeOf(lineCounter, offset) });
  origins.set("", { path: "", where: "the file" });

  // Depth-first with an explicit stack: no recursion, whatever the nesting.
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: document.contents, path: "", depth: 0 }];
  while (stack.length > 0 && errors.length === 0) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_DEPTH) {
      const offset = offsetOf(node) ?? 0;
      errors.push(
        issueAt(
          "invalid-yaml",
          path,
          lineCounter,
          offset,
          `lists and mappings nest more than ${MAX_DEPTH} deep here; a framework nests about 8 deep.`,
        ),
      );
      break;
    }
    if (isAlias(node)) {
      firstAlias ??= node.range?.[0];
      if (node.resolve(document) === undefined) {
        errors.push(
          issueAt(
            "invalid-yaml",
            path,
            lineCounter,
            node.range?.[0] ?? 0,
            `the alias *${node.source} names no anchor (&${node.source}) set before it.`,
          ),
        );
      }
    } else if (isSeq(node)) {
      // Pushed last first, so items are visited (and errors found) in document order.
      for (let index = node.items.length - 1; index >= 0; index--) {
        const item = node.items[index];
        const itemPath = `${path}/${index}`;
        place(itemPath, offsetOf(item) ?? node.range?.[0] ?? 0);
        stack.push({ node: item, path: itemPath, depth: depth + 1 });
      }
    } else if (isMap(node)) {
      const members: (typeof stack)[number][] = [];
      const keys = new Set<string>();
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        const key = pair.key;
        const keyOffset = offsetOf(key) ?? offsetOf(pair.value) ?? node.range?.[0] ?? 0;
        if (isMergeKey(key)) {
          // `<<: *base` adds base's members here; they are placed where base writes them.
          if (!mergesMappings(pair.value, document)) {
            errors.push(
              issueAt(
                "invalid-yaml",
                path,
                lineCounter,
                keyOffset,
                "a merge key (<<) takes a mapping, an alias of one, or a list of them.",
              ),
            );
            continue;
          }
          members.push({ node: pair.value, path, depth: depth + 1 });
          continue;
        }
        if (!isScalar(key) && key !== null && key !== undefined) {
          errors.push(
            issueAt(
              "invalid-yaml",
              path,
              lineCounter,
              keyOffset,
              "a key is a list, a mapping or an alias; Rungs' format has text keys only.",
            ),
          );
          continue;
        }
        const text = keyText(key);
        if (keys.has(text)) {
          // The `yaml` package's words for it, which this check replaces.
          errors.push(issueAt("invalid-yaml", "", lineCounter, keyOffset, "Map keys must be unique."));
          continue;
        }
        keys.add(text);
        const memberPath = `${path}/${pointerSegment(text)}`;
        place(memberPath, keyOffset);
        if (TEXT_FIELDS.has(memberPath) && isPlainNumber(pair.value)) {
          numbersAsWritten.set(memberPath, pair.value.source ?? String(pair.value.value));
        }
        members.push({ node: pair.value, path: memberPath, depth: depth + 1 });
      }
      stack.push(...members.reverse());
    }
  }
  return { origins, errors, numbersAsWritten, ...(firstAlias !== undefined && { firstAlias }) };
}

/** A `<<` merge key, as the `yaml` package tells one when merge keys are on. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== Scalar.PLAIN)) return false;
  return key.value === "<<" || typeof key.value === "symbol";
}

/** What a `<<` merge key may take: a mapping, an alias of one, or a list of those. */
function mergesMappings(value: unknown, document: Document): boolean {
  const mapping = (node: unknown) => isMap(node) || (isAlias(node) && isMap(node.resolve(document)));
  return mapping(value) || (isSeq(value) && value.items.every(mapping));
}

/** A key as the `yaml` package's `toJS` makes it text. */
function keyText(key: Scalar | null | undefined): string {
  const value = key?.value;
  return value === null || value === undefined ? "" : String(value);
}

/** A number written bare (`1.0`), not quoted nor tagged. */
function isPlainNumber(node: unknown): node is Scalar<number> {
  return isScalar(node) && typeof node.value === "number" && node.type === Scalar.PLAIN && node.tag === undefined;
}

function offsetOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
