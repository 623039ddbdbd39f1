/**
 * Every string the components show or announce. Templates use `{name}` placeholders, and
 * counts choose their form with `Intl.PluralRules` for the `locale`, so labels stay plain
 * data that can cross from a server component to a client component.
 */
export interface RungsLabels {
  /** BCP 47 locale for plural rules and number formatting. */
  locale: string;
  /** `{title}`: the occupation title. Accessible name of the ladder. */
  ladder: string;
  /** `{position}`, `{total}`. */
  position: string;
  /** `{count}`, by plural category; `other` is required. */
  statementCount: PluralForms;
  current: string;
  target: string;
  /** Marks rungs between the current and the target level. */
  path: string;
  /** Shown in a rung that has no statements. */
  emptyLevel: string;
  /** `{title}`: the occupation title. */
  matrixCaption: string;
  /** Header of the matrix's theme column. */
  theme: string;
  /** Announced for an empty matrix cell. */
  emptyCell: string;
  /** Used where the occupation has no title. */
  untitled: string;
  sources: string;
  errorTitle: string;
  /** Names the whole input in the error panel when a problem's path is `""`. */
  errorRoot: string;
  /** `{count}` checked of `{total}`, by plural category of `{count}`: a rung's progress in a self-assessment. */
  levelProgress: PluralForms;
  /** `{count}`, `{total}`, by plural category of `{count}`: a rung's matches during a search. */
  levelMatchCount: PluralForms;
  /** Shown in a rung none of whose statements match the search query. */
  noMatchInLevel: string;
  /** `{query}`. Shown and announced when no statement matches the search query. */
  noMatch: string;
  /** `{count}`, `{query}`, by plural category: announced when a search query finds statements. */
  matchCount: PluralForms;
  /** `{title}`, `{from}`, `{to}` (level labels). Caption of a comparison of two levels. */
  compareCaption: string;
  /** `{kept}`, `{changed}`, `{added}`, `{removed}`: how many statements of each kind a comparison has. */
  compareSummary: string;
  /** Badge of a statement on both levels, unchanged. */
  kept: string;
  /** Badge of a statement reworded from one level to the other. */
  changed: string;
  /** Badge of a changed statement that keeps few of its words, shown whole instead of as a diff. */
  rewritten: string;
  /** Badge of a statement only on the level compared to. */
  added: string;
  /** Badge of a statement only on the level compared from. */
  removed: string;
  /** Announced before words a changed statement inserts (read with the `<ins>` text). */
  inserted: string;
  /** Announced before words a changed statement drops (read with the `<del>` text). */
  deleted: string;
  /** `{key}`. Shown when a comparison names a level the framework does not have. */
  unknownLevel: string;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const defaultLabels: RungsLabels = {
  locale: "en",
  ladder: "{title}: career ladder",
  position: "Level {position} of {total}",
  statementCount: { one: "{count} statement", other: "{count} statements" },
  current: "You are here",
  target: "Target",
  path: "On your path",
  emptyLevel: "No statements at this level.",
  matrixCaption: "{title}: progression by level",
  theme: "Theme",
  emptyCell: "No statement at this level",
  untitled: "Untitled framework",
  sources: "Sources",
  errorTitle: "This framework cannot be shown",
  errorRoot: "(whole input)",
  levelProgress: { other: "{count} of {total} met" },
  levelMatchCount: { one: "{count} of {total} matches", other: "{count} of {total} match" },
  noMatchInLevel: "No statement matches.",
  noMatch: "No statement matches “{query}”.",
  matchCount: { one: "{count} statement matches “{query}”.", other: "{count} statements match “{query}”." },
  compareCaption: "{title}: {from} compared with {to}",
  compareSummary: "{kept} kept, {changed} changed, {added} added, {removed} removed",
  kept: "Kept",
  changed: "Changed",
  rewritten: "Rewritten",
  added: "Added",
  removed: "Removed",
  inserted: "inserted:",
  deleted: "removed:",
  unknownLevel: "There is no level “{key}” in this framework.",
};

/** The defaults with the host's replacements on top. */
export function resolveLabels(labels: Partial<RungsLabels> | undefined): RungsLabels {
  return labels ? { ...defaultLabels, ...labels } : defaultLabels;
}

/** Fills `{name}` placeholders; unknown ones are left as written. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * A count in the locale's plural form: "1 statement", "10 statements". Other placeholders
 * are filled from `values`, numbers formatted for the locale.
 */
export function formatCount(
  forms: PluralForms,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  const format = new Intl.NumberFormat(locale);
  const filled = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === "number" ? format.format(value) : value]),
  );
  return formatLabel(template, { ...filled, count: format.format(count) });
}
