import { getLevel } from "../model/queries";
import { type TrackOptions, trackOf, trackStatements } from "../model/track";
import type { Framework, Level, Statement, Track } from "../model/types";
import { alignThemes } from "../themes/themes";

/**
 * `track` (1.1): the track to assess, by key; default the default track. An unknown key
 * gives no levels: every id is unknown.
 */
export interface AssessmentOptions extends TrackOptions {
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
  /**
   * How many of the level's statements are checked, its track's every-level statements
   * (`allLevels`) included: they are expected at every level, so each counts at each.
   */
  readonly checked: number;
  /** How many statements the level expects: its own and its track's every-level statements. */
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
  /**
   * (1.1) True for the entry of the track's unchecked every-level statements (`allLevels`),
   * which no theme row holds: it comes first, with id `"all-levels"` (no row's id: those
   * start with `theme-`) and an empty `label`, for a view to name in its own words ("At
   * every level"). Absent on theme rows.
   */
  readonly everyLevel?: true;
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
 *
 * Assesses the default track, or `options.track`. Statements expected at every level
 * (1.1 `allLevels`) are expectations: each counts on every level, checked or not, and the
 * unchecked ones are in the gap. A cumulative track (`cumulative`) needs nothing more: a
 * level is reached only with every level below it met. Examples and notes are never
 * statements, so never counted. A 1.0 file has no every-level statements: its results are
 * as before.
 */
export function assessFramework(
  framework: Framework,
  checkedIds: Iterable<string>,
  options: AssessmentOptions = {},
): Assessment {
  const threshold = clampThreshold(options.threshold);
  // Read now: the gap is worked out later, whatever the caller does with `options` meanwhile.
  const trackOption: TrackOptions = { track: options.track };
  const track = trackOf(framework, options.track);
  const known = new Set(trackStatements(track).map((statement) => statement.id));
  const checked = new Set<string>();
  const unknown = new Set<string>();
  for (const id of checkedIds) (known.has(id) ? checked : unknown).add(id);

  const everyLevelChecked = track.allLevels.filter((statement) => checked.has(statement.id)).length;
  const everyLevel = { total: track.allLevels.length, checked: everyLevelChecked };
  const levels = track.levels.map((level) => progressOf(level, everyLevel, checked, threshold));
  const level = checked.size === 0 ? undefined : levelReached(levels);
  const target =
    options.targetLevel === undefined ? nextLevel(levels, level) : getLevel(framework, options.targetLevel, options);
  let gap: readonly GapTheme[] | undefined;
  return {
    level,
    levels,
    target,
    // Grouping by theme aligns the whole framework, many times the cost of the rest; a view
    // that shows only levels and progress (the ladder) never pays for it.
    get gap() {
      gap ??= target ? gapTo(framework, trackOption, track, target, levels, checked) : [];
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

function progressOf(
  level: Level,
  everyLevel: { readonly total: number; readonly checked: number },
  checked: ReadonlySet<string>,
  threshold: number,
): LevelProgress {
  const total = level.statements.length + everyLevel.total;
  const count = level.statements.filter((statement) => checked.has(statement.id)).length + everyLevel.checked;
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
  options: TrackOptions,
  track: Track,
  target: Level,
  levels: readonly LevelProgress[],
  checked: ReadonlySet<string>,
): GapTheme[] {
  const inGap = (statement: Statement, rank: number) =>
    !checked.has(statement.id) && (rank === target.rank || (rank < target.rank && !levels[rank]?.met));
  const themes: GapTheme[] = [];
  // The target expects them whatever else is met.
  const everyLevel = track.allLevels.filter((statement) => !checked.has(statement.id));
  if (everyLevel.length > 0) themes.push({ id: "all-levels", label: "", statements: everyLevel, everyLevel: true });
  // alignThemes places every statement of the track's levels in exactly one row (and caches the rows).
  for (const row of alignThemes(framework, { track: options.track }).rows) {
    const statements = row.cells.flatMap((cell, rank) => cell.filter((statement) => inGap(statement, rank)));
    if (statements.length > 0) themes.push({ id: row.id, label: row.label, statements });
  }
  return themes;
}
