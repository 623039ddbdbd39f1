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
