/**
 * How much of a text files it: enough that texts which begin alike are few, little enough
 * that filing costs the same for a text of 50 characters or 2,000.
 */
const PREFIX_LENGTH = 40;
/** How many texts that begin alike are compared one by one before they get a hash set of their own. */
const SMALL_PILE = 16;

/**
 * A set of texts that tells when one comes again, without hashing every text whole. A
 * `Set<string>` hashes every character of a text the first time it sees it, and for a level
 * of statements just read by `JSON.parse` that costs more than the parse did. Here a text
 * is filed by a short string equal texts share (a statement's subject, or else its first
 * {@link PREFIX_LENGTH} characters) and compared in full only with the texts filed alike
 * (a comparison stops at the first character that differs). A pile that
 * grows past {@link SMALL_PILE} texts becomes a `Set`, so no text is compared with more
 * than a few others and each `add` stays O(1) whatever the texts.
 */
export class TextSet {
  private readonly piles = new Map<string, string | string[] | Set<string>>();

  /**
   * Adds a text; false when it was in the set already. `filedUnder`: a short string that
   * equal texts share (a statement's subject), to file the text by instead of its beginning.
   */
  add(text: string, filedUnder?: string): boolean {
    const key = filedUnder || (text.length > PREFIX_LENGTH ? text.slice(0, PREFIX_LENGTH) : text);
    const pile = this.piles.get(key);
    if (pile === undefined) {
      this.piles.set(key, text);
      return true;
    }
    if (typeof pile === "string") {
      if (pile === text) return false;
      this.piles.set(key, [pile, text]);
      return true;
    }
    if (Array.isArray(pile)) {
      if (pile.includes(text)) return false;
      if (pile.length < SMALL_PILE) pile.push(text);
      else this.piles.set(key, new Set(pile).add(text));
      return true;
    }
    const size = pile.size;
    return pile.add(text).size > size;
  }
}
