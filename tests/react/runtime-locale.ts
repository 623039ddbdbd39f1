/**
 * Runs `run` as if this runtime's default locale were `locale`: `Intl.PluralRules` and
 * `Intl.NumberFormat` made without a locale use it, as on a server or a browser set to
 * that language. Explicit locales are untouched.
 */
export function withDefaultLocale<T>(locale: string, run: () => T): T {
  const intl = Intl as unknown as Record<"PluralRules" | "NumberFormat", unknown>;
  const { PluralRules, NumberFormat } = Intl;
  intl.PluralRules = class extends PluralRules {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.PluralRulesOptions) {
      super(locales ?? locale, options);
    }
  };
  intl.NumberFormat = class extends NumberFormat {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
      super(locales ?? locale, options);
    }
  };
  try {
    return run();
  } finally {
    intl.PluralRules = PluralRules;
    intl.NumberFormat = NumberFormat;
  }
}
