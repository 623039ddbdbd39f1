import { toWellFormed } from "@rungs/core";

// Filling label templates: placeholders, plural forms, numbers for the locale. Apart from
// the labels themselves (every default, and the code that checks a host's), so a client
// component handed labels a server component resolved brings only this into the browser.

/** A label whose form depends on a count: one template per plural category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The locale used where the given one is not usable. */
export const FALLBACK_LOCALE = "en";

/** Locales already checked: a page uses one or two, so a small bound is plenty. */
const localeChecks = new Map<string, boolean>();
const LOCALE_CHECKS_KEPT = 32;

/**
 * True for a well-formed BCP 47 tag that this runtime's plural rules and number format
 * support. An unsupported one would make `Intl` fall back to the runtime's default locale.
 */
export function isUsableLocale(locale: string): boolean {
  const known = localeChecks.get(locale);
  if (known !== undefined) return known;
  let usable: boolean;
  try {
    usable =
      Intl.getCanonicalLocales(locale).length === 1 &&
      Intl.PluralRules.supportedLocalesOf(locale).length === 1 &&
      Intl.NumberFormat.supportedLocalesOf(locale).length === 1;
  } catch {
    usable = false;
  }
  if (localeChecks.size < LOCALE_CHECKS_KEPT) localeChecks.set(locale, usable);
  return usable;
}

interface LocaleFormats {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

const formatsByLocale = new Map<string, LocaleFormats>();

/** Plural rules and number format for `locale`, or for the fallback locale when it is not usable. */
function formatsFor(locale: unknown): LocaleFormats {
  const usable = typeof locale === "string" && isUsableLocale(locale) ? locale : FALLBACK_LOCALE;
  let formats = formatsByLocale.get(usable);
  if (!formats) {
    formats = { plural: new Intl.PluralRules(usable), number: new Intl.NumberFormat(usable) };
    if (formatsByLocale.size < LOCALE_CHECKS_KEPT) formatsByLocale.set(usable, formats);
  }
  return formats;
}

/** A number written for the locale ("1,500" in `en`); the fallback locale's way if it is unusable. */
export function formatNumber(value: number, locale: string): string {
  return formatsFor(locale).number.format(value);
}

/**
 * Fills `{name}` placeholders; unknown ones are left as written. The result is well-formed
 * text whatever the values hold (a query, a key from the input). Never throws.
 */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  if (typeof template !== "string") return "";
  return toWellFormed(
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    ),
  );
}

/**
 * A count in the locale's plural form: "1 statement", "10 statements". Other placeholders
 * are filled from `values`, numbers formatted for the locale. Never throws.
 */
export function formatCount(
  forms: PluralForms,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const { plural, number } = formatsFor(locale);
  const form = typeof forms === "object" && forms !== null ? forms[plural.select(count)] : undefined;
  const template = typeof form === "string" ? form : forms?.other;
  const filled = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === "number" ? number.format(value) : value]),
  );
  return formatLabel(template, { ...filled, count: number.format(count) });
}
