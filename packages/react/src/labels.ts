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

/** A count in the locale's plural form: "1 statement", "10 statements". */
export function formatCount(forms: PluralForms, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  return formatLabel(template, { count: new Intl.NumberFormat(locale).format(count) });
}
