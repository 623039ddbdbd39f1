import type { Statement } from "../model/types";
import { subjectKey } from "./themes";

/**
 * Each frozen object's key (a statement's subject, a row's label), worked out once: folding
 * is the costliest step of rendering a matrix. Only frozen objects are cached, as their
 * text cannot change; weak, so the keys go with the framework.
 */
const keys = new WeakMap<object, string>();

function keyOf(owner: object, text: string): string {
  const cached = keys.get(owner);
  if (cached !== undefined) return cached;
  const key = subjectKey(text);
  if (Object.isFrozen(owner)) keys.set(owner, key);
  return key;
}

/**
 * True when a statement's subject says what its row's label already says (equal once case,
 * diacritics, punctuation and spacing are ignored, as {@link subjectKey} compares them),
 * so a view under that row header need not repeat it. False for a statement without a
 * subject. `row` is a theme row or a comparison row (anything with a `label`).
 */
export function repeatsRowLabel(statement: Statement, row: { readonly label: string }): boolean {
  if (statement.subject === "") return false;
  return keyOf(statement, statement.subject) === keyOf(row, row.label);
}
