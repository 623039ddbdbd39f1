import { trackOf } from "../model/track";
import type { Area, Framework, Level, Statement, Track } from "../model/types";
import type { Assessment, GapTheme } from "./assessment";

/** How much of one area a level expects, and how much of it a person has checked. */
export interface AreaShare {
  /**
   * The area, or `undefined` for the statements that name no area of the framework (a
   * statement without `area` in a framework that has areas): a row of their own, last.
   */
  readonly area: Area | undefined;
  /** Checked statements of this area that the level expects (its every-level ones included). */
  readonly checked: number;
  /** Statements of this area the level expects: its own and its track's every-level statements. */
  readonly total: number;
  /**
   * `checked / total`, 0 to 1; 1 when the level expects nothing of the area, as an empty
   * level counts as met in `assessFramework` (nothing is missing). `total` tells them apart.
   */
  readonly ratio: number;
}

/** One level's shares, area by area. */
export interface LevelAreaShares {
  readonly level: Level;
  /** One entry per area in the framework's order, then the statements of no area (if the track has any). */
  readonly shares: readonly AreaShare[];
}

/** Where a person stands area by area: at the level reached and at the target. */
export interface AreaProfile {
  /**
   * The rows of the profile, the same for every level of the track so two levels can be
   * drawn on the same axes: every area in the framework's order, then `undefined` when
   * some statement of the track names no area. Empty for a framework without areas.
   */
  readonly areas: readonly (Area | undefined)[];
  /** The shares at the level reached; `undefined` when no level is reached. */
  readonly current: LevelAreaShares | undefined;
  /** The shares at the target level; `undefined` without a target (the top is reached). */
  readonly target: LevelAreaShares | undefined;
}

/** Statements of the track's gap, about one area (the gap's theme groups, cut to that area). */
export interface AreaGap {
  /** The area, or `undefined` for the statements of no area (last). */
  readonly area: Area | undefined;
  /** The gap's entries (theme rows, every-level first) with only this area's statements; none empty. */
  readonly themes: readonly GapTheme[];
  /** How many statements the entries hold together. */
  readonly count: number;
}

/**
 * Where an assessment puts a person area by area (format 1.1 `areas`): for the level
 * reached and for the target, the share of each area's statements that is checked. A
 * level expects its own statements and its track's every-level statements, as in
 * `assessFramework`. The track is the one the assessment was made on (found by its
 * levels), else the default track. A framework without areas gives no rows and no
 * levels: there is nothing to draw. Pure and deterministic.
 */
export function assessAreas(framework: Framework, assessment: Assessment): AreaProfile {
  const track = trackOfAssessment(framework, assessment);
  const areas = areaRows(framework, track);
  if (areas.length === 0) return { areas, current: undefined, target: undefined };
  const sharesAt = (level: Level | undefined): LevelAreaShares | undefined =>
    level === undefined ? undefined : { level, shares: levelShares(areas, level, track, assessment.checked) };
  return { areas, current: sharesAt(assessment.level), target: sharesAt(assessment.target) };
}

/**
 * The assessment's gap grouped by area, in the framework's area order, then the
 * statements of no area; inside each, the gap's own theme groups in their order. Empty
 * for a framework without areas (a view then keeps its theme groups as they are).
 */
export function gapByArea(framework: Framework, gap: readonly GapTheme[]): AreaGap[] {
  const areas = Array.isArray(framework.areas) ? framework.areas : [];
  if (areas.length === 0) return [];
  const groups: AreaGap[] = [];
  const rows: (Area | undefined)[] = [...areas, undefined];
  for (const area of rows) {
    const themes: GapTheme[] = [];
    for (const theme of gap) {
      const statements = theme.statements.filter((statement) => areaOf(statement, areas) === area);
      if (statements.length > 0) themes.push({ ...theme, statements });
    }
    const count = themes.reduce((sum, theme) => sum + theme.statements.length, 0);
    if (count > 0) groups.push({ area, themes, count });
  }
  return groups;
}

/** The area a statement belongs to, or `undefined` when it names none of these. */
function areaOf(statement: Statement, areas: readonly Area[]): Area | undefined {
  if (statement.area === undefined) return undefined;
  return areas.find((area) => area.key === statement.area);
}

/** Every area, then `undefined` when some statement of the track has none. */
function areaRows(framework: Framework, track: Track): (Area | undefined)[] {
  const areas = Array.isArray(framework.areas) ? framework.areas : [];
  if (areas.length === 0) return [];
  const statements = [...track.allLevels, ...track.levels.flatMap((level) => level.statements)];
  const someUnassigned = statements.some((statement) => areaOf(statement, areas) === undefined);
  return someUnassigned ? [...areas, undefined] : [...areas];
}

function levelShares(
  rows: readonly (Area | undefined)[],
  level: Level,
  track: Track,
  checked: ReadonlySet<string>,
): AreaShare[] {
  const areas = rows.filter((area): area is Area => area !== undefined);
  const expected = [...level.statements, ...track.allLevels];
  return rows.map((area) => {
    const mine = expected.filter((statement) => areaOf(statement, areas) === area);
    const count = mine.filter((statement) => checked.has(statement.id)).length;
    return { area, checked: count, total: mine.length, ratio: mine.length === 0 ? 1 : count / mine.length };
  });
}

/**
 * The track whose levels the assessment holds (its levels are the track's own objects),
 * else the default track: `Assessment` does not name its track.
 */
function trackOfAssessment(framework: Framework, assessment: Assessment): Track {
  const first = assessment.levels[0]?.level;
  const tracks = Array.isArray(framework.tracks) ? framework.tracks : [];
  const found = first === undefined ? undefined : tracks.find((track) => track.levels.includes(first));
  return found ?? trackOf(framework);
}
