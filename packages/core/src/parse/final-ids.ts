import type { Statement } from "../model/types";
import { quote } from "./describe";
import { separateLevelIds } from "./ids";
import type { Context } from "./read-context";

/** Statements under one id prefix: a level, or (1.1) an `allLevels`. */
export interface StatementGroup {
  readonly id: string;
  readonly statements: readonly Statement[];
}

/**
 * The groups' ids made distinct from every statement id (see {@link separateLevelIds}):
 * `undefined` when none clashes — every 1.0 framework without such a pair keeps the ids it
 * always had — else the id each group takes, in order. The statements of a renamed group are
 * renamed by {@link renamed}; those whose id their author gave keep it.
 */
export function distinctGroupIds(groups: readonly StatementGroup[], context: Context): string[] | undefined {
  return separateLevelIds(
    groups.map((group) => ({ id: group.id, statementCount: madeIdCount(group.statements, context) })),
  );
}

/**
 * How many `<group id>-<n>` ids a group's statements may hold: n up to its last statement
 * whose id core makes. An author's id is not of that form, so a group whose every
 * statement has one renames no other (1.0 files have none: every statement counts).
 */
function madeIdCount(statements: readonly Statement[], context: Context): number {
  const { authored } = context;
  if (!authored) return statements.length;
  for (let index = statements.length - 1; index >= 0; index--) {
    if (!authored.has(statements[index] as Statement)) return index + 1;
  }
  return 0;
}

/** A group's statements under its new id; an author's id is kept. */
export function renamed(statements: readonly Statement[], id: string, context: Context): readonly Statement[] {
  const prefix = `${id}-`;
  return Object.freeze(
    statements.map((statement) =>
      context.authored?.has(statement)
        ? statement
        : Object.freeze({ ...statement, id: prefix + (statement.index + 1) }),
    ),
  );
}

/**
 * (1.1) Every id an author gave, against every other id of the framework (levels', made
 * statements', other authors'): a repeat is an error at the author's id.
 */
export function checkAuthorIds(groups: readonly StatementGroup[], context: Context): void {
  const { authored } = context;
  if (!authored) return;
  const taken = new Set<string>();
  for (const group of groups) {
    taken.add(group.id);
    for (const statement of group.statements) {
      if (!authored.has(statement)) taken.add(statement.id);
    }
  }
  for (const group of groups) {
    for (const statement of group.statements) {
      const at = authored.get(statement);
      if (!at) continue;
      if (taken.has(statement.id)) {
        context.reader.error(
          at,
          "invalid-value",
          `${at.human} ${quote(statement.id)} is already the id of another level or statement; ids must be unique.`,
        );
      }
      taken.add(statement.id);
    }
  }
}
