import { getLevel } from "../model/queries";
import type { Framework, Level, Statement } from "../model/types";
import { alignThemes } from "../themes/themes";

export interface AssessmentOptions {
  /**
   * The share of a level's statements a person must check for the level to be met, from 0
   * to 1; default 1 (every statement). Values are clamped into (0, 1]: above 1 counts as 1,
   * and 0 or less means "at least one statement" (an empty level is met either way).
   * `NaN` counts as the default.
   */
  readonly threshold?: number | undefined;
  /**
   * Key of the level to measure the gap to. Default: the level above the one reached (the
   * lowest level with statements when nothing is checked), none above the top level. An unknown key gives
   * no target and no gap, as unknown keys mark nothing elsewhere.
   */
  readonly targetLevel?: string | undefined;
}

/** How much of one level a person has checked. */
export interface LevelProgress {
  readonly level: Level;
  /** How many of the level's statements are checked. */
  readonly checked: number;
  /** How many statements the level has. */
  readonly total: number;
  /** `checked / total`, 0 to 1; 1 for an empty level, which counts as met. */
  readonly ratio: number;
  /** How many checked statements the level needs to be met: `threshold × total`, rounded up. */
  readonly required: number;
  /** At least `required` statements are checked. */
  readonly met: boolean;
}

/** Statements still to check on the way to the target level, about one theme. */
export interface GapTheme {
  /** The theme row's id (see `alignThemes`). */
  readonly id: string;
  /** What the row is about. */
  readonly label: string;
  /** The row's unchecked statements in the gap, lowest level first, in the author's order. */
  readonly statements: readonly Statement[];
}

/** Where a person stands on a framework, from the statements they checked. */
export interface Assessment {
  /**
   * The level reached: the highest level that is met together with every level below it.
   * `undefined` when nothing is checked, or when the lowest level is not met.
   */
  readonly level: Level | undefined;
  /** Progress on each level, by rank. */
  readonly levels: readonly LevelProgress[];
  /** The level the gap leads to (see {@link AssessmentOptions.targetLevel}). */
  readonly target: Level | undefined;
  /**
   * What is left to reach the target: the unchecked statements of the target level and of
   * every lower level that is not met, grouped by theme row, in row order. Empty without a
   * target. Worked out when first read.
   */
  readonly gap: readonly GapTheme[];
  /** The checked statement ids that belong to the framework. */
  readonly checked: ReadonlySet<string>;
  /** Ids in the input that name no statement of the framework, in input order, once each; ignored. */
  readonly unknownIds: readonly string[];
  /** The threshold that was applied, after clamping. */
  readonly threshold: number;
}

/** Used where a threshold of 0 or less asks for "any statement": the smallest share above 0. */
const ANY_STATEMENT = Number.MIN_VALUE;

/**
 * Derives where a person stands from the ids of the statements they checked (see
 * {@link Statement.id}): the level reached, progress on every level, and the gap to a
 * target level grouped by theme. Unknown ids are ignored and listed in `unknownIds`.
 */
export function assessFramework(
  framework: Framework,
  checkedIds: Iterable<string>,
  options: AssessmentOptions = {},
): Assessment {
  const threshold = clampThreshold(options.threshold);
  const known = new Set(framework.levels.flatMap((level) => level.statements.map((statement) => statement.id)));
  const checked = new Set<string>();
  const unknown = new Set<string>();
  for (const id of checkedIds) (known.has(id) ? checked : unknown).add(id);

  const levels = framework.levels.map((level) => progressOf(level, checked, threshold));
  const level = checked.size === 0 ? undefined : levelReached(levels);
  const target =
    options.targetLevel === undefined ? nextLevel(levels, level) : getLevel(framework, options.targetLevel);
  let gap: readonly GapTheme[] | undefined;
  return {
    level,
    levels,
    target,
    // Grouping by theme aligns the whole framework, many times the cost of the rest; a view
    // that shows only levels and progress (the ladder) never pays for it.
    get gap() {
      gap ??= target ? gapTo(framework, target, levels, checked) : [];
      return gap;
    },
    checked,
    unknownIds: [...unknown],
    threshold,
  };
}

/** The threshold in (0, 1]; see {@link AssessmentOptions.threshold}. */
function clampThreshold(threshold: number | undefined): number {
  if (threshold === undefined || Number.isNaN(threshold)) return 1;
  return Math.min(1, Math.max(ANY_STATEMENT, threshold));
}

function progressOf(level: Level, checked: ReadonlySet<string>, threshold: number): LevelProgress {
  const total = level.statements.length;
  const count = level.statements.filter((statement) => checked.has(statement.id)).length;
  // Rounding error must not ask for one more (0.1 × 30 is 3.0000000000000004 in floating
  // point), and a level with statements always needs one of them.
  const required = total === 0 ? 0 : Math.max(1, Math.ceil(threshold * total - 1e-9));
  return { level, checked: count, total, ratio: total === 0 ? 1 : count / total, required, met: count >= required };
}

/** The highest level of the run of met levels that starts at the bottom. */
function levelReached(levels: readonly LevelProgress[]): Level | undefined {
  let reached: Level | undefined;
  for (const progress of levels) {
    if (!progress.met) break;
    reached = progress.level;
  }
  return reached;
}

/**
 * The lowest unmet level above the one reached: the next level up, or with nothing checked
 * the lowest level that has statements. None above the top.
 */
function nextLevel(levels: readonly LevelProgress[], reached: Level | undefined): Level | undefined {
  const above = reached === undefined ? -1 : reached.rank;
  return levels.find((progress) => progress.level.rank > above && !progress.met)?.level;
}

function gapTo(
  framework: Framework,
  target: Level,
  levels: readonly LevelProgress[],
  checked: ReadonlySet<string>,
): GapTheme[] {
  const inGap = (statement: Statement, rank: number) =>
    !checked.has(statement.id) && (rank === target.rank || (rank < target.rank && !levels[rank]?.met));
  const themes: GapTheme[] = [];
  // alignThemes places every statement in exactly one row (and caches the rows).
  for (const row of alignThemes(framework).rows) {
    const statements = row.cells.flatMap((cell, rank) => cell.filter((statement) => inGap(statement, rank)));
    if (statements.length > 0) themes.push({ id: row.id, label: row.label, statements });
  }
  return themes;
}
