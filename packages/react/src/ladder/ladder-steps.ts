import type { Level, Statement } from "@rungs/core";

/**
 * What the ladder reads of core's `levelSteps(framework)`: for each statement, whether it
 * is new at its level or continues one of the level below. Structural, so core's
 * `LevelStep[]` fits, and so data that crossed from a server component is read as data.
 */
export interface LadderLevelStep {
  readonly statements: readonly LadderStatementStep[];
}

export interface LadderStatementStep {
  readonly kind: "new" | "continues";
  readonly statementId: string;
  /** With `"continues"`: the id of the statement on the level below. */
  readonly from?: string | undefined;
}

/** How a ladder statement is marked: new, or continuing the statement whose subject is given. */
export type StepMark = { readonly kind: "new" } | { readonly kind: "continues"; readonly subject: string };

/** A rung's counts: how many of its statements are new, how many continue one below. */
export interface StepCounts {
  readonly new: number;
  readonly continued: number;
}

export interface StepMarks {
  /** By statement id. */
  readonly byStatement: ReadonlyMap<string, StepMark>;
  /** By level key, counting every statement of the level (a search does not change them). */
  readonly byLevel: ReadonlyMap<string, StepCounts>;
}

const NEW: StepMark = Object.freeze({ kind: "new" });

/**
 * The ladder's marks from `levelSteps` data, for the levels shown (a track's). Entries
 * that name no statement of these levels, or continue one it does not have, are left out: a statement without an entry
 * gets no mark, rather than a wrong one (steps of another framework, a stale copy).
 */
export function stepMarks(levels: readonly Level[], steps: readonly LadderLevelStep[]): StepMarks {
  const statements = new Map<string, Statement>();
  for (const level of levels) for (const statement of level.statements) statements.set(statement.id, statement);

  const byStatement = new Map<string, StepMark>();
  for (const step of Array.isArray(steps) ? steps : []) {
    const entries: unknown = step?.statements;
    for (const entry of Array.isArray(entries) ? (entries as LadderStatementStep[]) : []) {
      const mark = markOf(entry, statements);
      if (mark && typeof entry.statementId === "string" && statements.has(entry.statementId)) {
        byStatement.set(entry.statementId, mark);
      }
    }
  }

  const byLevel = new Map<string, StepCounts>();
  for (const level of levels) {
    let fresh = 0;
    let continued = 0;
    for (const statement of level.statements) {
      const kind = byStatement.get(statement.id)?.kind;
      if (kind === "new") fresh++;
      else if (kind === "continues") continued++;
    }
    byLevel.set(level.key, { new: fresh, continued });
  }
  return { byStatement, byLevel };
}

function markOf(entry: LadderStatementStep | null | undefined, statements: ReadonlyMap<string, Statement>) {
  if (entry?.kind === "new") return NEW;
  if (entry?.kind !== "continues" || typeof entry.from !== "string") return undefined;
  const below = statements.get(entry.from);
  return below ? ({ kind: "continues", subject: threadName(below) } as const) : undefined;
}

/** Words the continued statement goes by: its subject, else the start of what it says. */
function threadName(statement: Statement): string {
  if (statement.subject) return statement.subject;
  const words = statement.description.split(/\s+/).filter(Boolean);
  return words.length > THREAD_NAME_WORDS
    ? `${words.slice(0, THREAD_NAME_WORDS).join(" ")}…`
    : withoutTrailingPunctuation(statement.description);
}

/** Sentence punctuation a name does not end with. */
const TRAILING_PUNCTUATION = new Set([".", "!", "?", ";", ":", ","]);

/**
 * The text without the punctuation it ends with. A loop from the end: `/[.!?;:,]+$/` would
 * restart at every mark of a run that a letter ends ("a....x"), quadratic in the run.
 */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** A statement without a subject is named by this many of its first words. */
const THREAD_NAME_WORDS = 6;
