import { type TrackOptions, trackOf } from "../model/track";
import type { Framework, Statement } from "../model/types";
import { type Alignment, alignThemes } from "./themes";

/** What one statement is on its level: the next step of a thread, or a new one. */
export type StatementStep =
  | {
      readonly kind: "new";
      /** The statement's id. */
      readonly statementId: string;
      /** Id of the theme row the statement is in. */
      readonly themeId: string;
    }
  | {
      readonly kind: "continues";
      readonly statementId: string;
      readonly themeId: string;
      /** Id of the statement it continues: its row's closest statement on the level directly below. */
      readonly from: string;
    };

/** A level as a step up from the one below it. */
export interface LevelStep {
  readonly levelKey: string;
  readonly rank: number;
  /** One entry per statement of the level, in author order. */
  readonly statements: readonly StatementStep[];
  /** How many of the level's statements start a thread. */
  readonly newCount: number;
  /** How many continue a thread from the level directly below. */
  readonly continuedCount: number;
}

/**
 * What each level adds to the one below it: for each statement, `"continues"` when its
 * theme row (from `alignThemes`) has a statement on the level directly below — with the id
 * of the one it continues, as the row's links pair them — else `"new"`. A row that skips a
 * level starts again as new: the reader sees the step from the rung below, not from further
 * down. Every statement of the lowest level is new.
 *
 * A statement continues only through a link of its row: a pair under the alignment's link
 * threshold is no link (see `ThemeRow.links`), so its higher statement is new.
 *
 * Steps through the default track's levels, or `options.track`'s (an unknown key: no
 * levels); its every-level statements are the same at every step and in none. Pass the
 * alignment a view already has (a matrix's rows, a host's own strategy) so the two agree,
 * or `undefined` for `alignThemes(framework, { track })`, cached for parsed frameworks.
 * Pure and deterministic; linear in the statements.
 */
export function levelSteps(
  framework: Framework,
  alignment?: Alignment | undefined,
  options: TrackOptions = {},
): LevelStep[] {
  const { levels } = trackOf(framework, options.track);
  const rows = (alignment ?? alignThemes(framework, { track: options.track })).rows;
  const rankOf = new Map<string, number>();
  for (const level of levels) for (const statement of level.statements) rankOf.set(statement.id, level.rank);

  const stepOf = new Map<string, StatementStep>();
  for (const row of rows) {
    const linkTo = new Map(row.links.map((link) => [link.to, link.from]));
    row.cells.forEach((cell, rank) => {
      for (const statement of cell) stepOf.set(statement.id, stepFor(statement, rank, row.id, linkTo, rankOf));
    });
  }

  return levels.map((level) => {
    const statements = level.statements.map(
      // A statement no row holds (a hand-made alignment that left it out) is new.
      (statement) => stepOf.get(statement.id) ?? newStep(statement, ""),
    );
    const continuedCount = statements.filter((step) => step.kind === "continues").length;
    return {
      levelKey: level.key,
      rank: level.rank,
      statements,
      newCount: statements.length - continuedCount,
      continuedCount,
    };
  });
}

function stepFor(
  statement: Statement,
  rank: number,
  themeId: string,
  linkTo: ReadonlyMap<string, string>,
  rankOf: ReadonlyMap<string, number>,
): StatementStep {
  const from = linkTo.get(statement.id);
  // Links join a statement to its row's nearest lower level that has one; only the level
  // directly below makes it a continuation.
  return from !== undefined && rankOf.get(from) === rank - 1
    ? { kind: "continues", statementId: statement.id, themeId, from }
    : newStep(statement, themeId);
}

function newStep(statement: Statement, themeId: string): StatementStep {
  return { kind: "new", statementId: statement.id, themeId };
}
