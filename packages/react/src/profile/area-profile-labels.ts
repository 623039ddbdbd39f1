import { FALLBACK_LOCALE, isUsableLocale } from "../shared/format-label";

/**
 * Every string `AreaProfile` shows. Templates use `{name}` placeholders. Apart from
 * `RungsLabels` so the chart can be added or left out without touching the other views'
 * labels; `locale` is the same as theirs (the summary hands its own down).
 */
export interface AreaProfileLabels {
  /** BCP 47 locale for numbers. */
  locale: string;
  /** The chart's heading. */
  title: string;
  /** The data table's caption. */
  tableCaption: string;
  /** Header of the table's area column. */
  area: string;
  /** The row of statements that name no area. */
  otherArea: string;
  /** `{level}`: header of the column of the level reached. */
  currentColumn: string;
  /** `{level}`: header of the column of the target level. */
  targetColumn: string;
  /** `{checked}`, `{total}`, `{percent}`: one cell of the table. */
  share: string;
  /** A cell where the level expects nothing of the area. */
  nothingExpected: string;
  /** `{level}`: the legend's entry for the level reached. */
  legendCurrent: string;
  /** `{level}`: the legend's entry for the target level. */
  legendTarget: string;
  /** Said instead of the current level's legend entry when no level is reached. */
  noLevelYet: string;
}

export const defaultAreaProfileLabels: AreaProfileLabels = {
  locale: "en",
  title: "Where you stand by area",
  tableCaption: "Statements met in each area",
  area: "Area",
  otherArea: "Other statements",
  currentColumn: "{level} (you are here)",
  targetColumn: "{level} (target)",
  share: "{checked} of {total} ({percent})",
  nothingExpected: "None expected",
  legendCurrent: "You are here: {level}",
  legendTarget: "Target: {level}",
  noLevelYet: "No level reached yet",
};

/**
 * The defaults with the host's strings over them. Data is text: a value that is not a
 * string (untyped code) keeps the default instead of throwing or printing "[object Object]",
 * and an unusable locale falls back to the default one, as the other views' labels do.
 */
export function resolveAreaProfileLabels(overrides: Partial<AreaProfileLabels> | undefined): AreaProfileLabels {
  const labels: AreaProfileLabels = { ...defaultAreaProfileLabels };
  if (overrides === null || typeof overrides !== "object") return labels;
  for (const key of Object.keys(defaultAreaProfileLabels) as (keyof AreaProfileLabels)[]) {
    const value: unknown = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (typeof value === "string") labels[key] = value;
  }
  if (!isUsableLocale(labels.locale)) labels.locale = FALLBACK_LOCALE;
  return labels;
}
