/** White space other than single inner spaces: what {@link collapseWhitespace} would change. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Collapses runs of white space to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  // Most statements are already tidy; testing first avoids a copy of every one of them.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}

/**
 * Splits "Subject — description" on the first em dash. Without an em dash, the earliest of
 * an en dash, a spaced hyphen (" - ") or a colon followed by a space separates them, so
 * hand-typed frameworks read the same. Returns undefined when no separator yields both a
 * subject and a description.
 */
export function splitStatement(text: string): { subject: string; description: string } | undefined {
  let at = text.indexOf("—");
  let width = 1;
  if (at < 0) {
    const fallback = /–|\s-\s|:\s/.exec(text);
    if (!fallback) return undefined;
    at = fallback.index;
    width = fallback[0].length;
  }
  const subject = text.slice(0, at).trim();
  const description = text.slice(at + width).trim();
  return subject && description ? { subject, description } : undefined;
}

/** Lowercase ASCII letters, digits and single hyphens; `""` when nothing is left. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Letters that lower-casing leaves apart from the letters readers take them for: final
 * sigma (which `toLowerCase` writes only at the end of a word, so a word and its letters
 * one by one would differ), German sharp s (capital "ẞ" lower-cases to it, and "STRASSE"
 * is how "Straße" is written in capitals), Turkish dotless i.
 */
const CASE_TRAPS: Readonly<Record<string, string>> = { ς: "σ", ß: "ss", ı: "i" };

/**
 * Case- and diacritic-insensitive form of a text: "Élan" → "elan", "ΟΔΟΣ" → "οδοσ",
 * "Straße" → "strasse", "İstanbul" → "istanbul", "ﬁle" → "file".
 *
 * Folding a text whole gives the same as folding each of its characters (code points) and
 * joining them: search folds the query as a whole and a statement letter by letter, and
 * both must meet. Compatibility decomposition (NFKD) splits ligatures and accented letters,
 * lower-casing follows, a second decomposition splits what lower-casing made ("İ" → "i" +
 * combining dot), then every combining mark goes and the {@link CASE_TRAPS} are mapped.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ςßı]/g, (letter) => CASE_TRAPS[letter] as string);
}
