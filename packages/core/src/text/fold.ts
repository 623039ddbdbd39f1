// Text helpers every stage shares (parse for ids, search, themes): nothing here imports a stage.
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
