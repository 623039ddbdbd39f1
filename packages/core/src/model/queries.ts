import type { Framework, Level, Statement } from "./types";

/** The level with this key, as written in the input. */
export function getLevel(framework: Framework, key: string): Level | undefined {
  return framework.levels.find((level) => level.key === key);
}

/** The statement with this id (see {@link Statement.id}). */
export function findStatement(framework: Framework, id: string): Statement | undefined {
  for (const level of framework.levels) {
    const found = level.statements.find((statement) => statement.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Every statement, level by level, in the author's order. */
export function allStatements(framework: Framework): Statement[] {
  return framework.levels.flatMap((level) => level.statements);
}

/**
 * The ids among `ids` that are statements of the framework, in the framework's order
 * (level by level, author order), then any other ids in the order they came, once each.
 * A self-assessment keeps its checked ids this way, so the same set always reads the same.
 */
export function statementIdsInOrder(framework: Framework, ids: Iterable<string>): string[] {
  const rest = new Set(ids);
  const ordered: string[] = [];
  for (const level of framework.levels) {
    for (const statement of level.statements) if (rest.delete(statement.id)) ordered.push(statement.id);
  }
  for (const id of rest) ordered.push(id);
  return ordered;
}
