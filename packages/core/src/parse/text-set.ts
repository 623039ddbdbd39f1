/** How many characters each side of a text's telling point go into its fingerprint. */
const AROUND = 4;
/** How many texts with one fingerprint are compared one by one before they get a hash set of their own. */
const SMALL_PILE = 16;

/**
 * A set of texts that tells when one comes again, without hashing every text whole. A
 * `Set<string>` (or a `Map` keyed by a statement's subject) hashes every character of a
 * string it has not seen, and for a level of statements just read by `JSON.parse` that
 * costs about what the parse did. Here a text is filed by a small-integer fingerprint made
 * of its length and a few of its characters (equal texts share it; no string is made or
 * hashed) and compared in full only with the texts filed alike (a comparison stops at the
 * first character that differs). A pile that grows past {@link SMALL_PILE} texts becomes
 * a `Set`, so no text is compared with more than a few others and each `add` stays O(1)
 * whatever the texts.
 */
export class TextSet {
  private readonly piles = new Map<number, string | string[] | Set<string>>();

  /**
   * Adds a text; false when it was in the set already. `tellingAt`: where texts that differ
   * usually differ (a statement's separator: the end of its subject, the start of its
   * description); the middle of the text when not given. Equal texts must be given equal
   * points (a function of the text, as the separator is), or a repeat is not found.
   */
  add(text: string, tellingAt?: number): boolean {
    const key = fingerprint(text, tellingAt ?? text.length >> 1);
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

/**
 * The text's length and the {@link AROUND} characters each side of `at`, mixed into a 30-bit
 * integer: a V8 small integer, which a `Map` files without boxing or hashing a string.
 * Equal texts given equal points always share it.
 */
function fingerprint(text: string, at: number): number {
  const end = Math.min(text.length, at + AROUND);
  let hash = text.length;
  for (let i = Math.max(0, at - AROUND); i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x3fffffff;
}
