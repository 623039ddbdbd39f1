import { fold } from "../text/fold";

/**
 * Text similarity of statements, as alignment uses it: a bag of stemmed content words per
 * statement, weighted by TF-IDF over the framework, compared by cosine. Deterministic and
 * language-light on purpose (English stop words and suffixes); a word that is not English
 * still counts, it just is not stemmed.
 */

/** A statement's terms with their weights, scaled to length 1 (so a dot product is a cosine). */
export type TermVector = ReadonlyMap<string, number>;

/** Words that say nothing about what a statement is about. */
const STOP_WORDS = new Set(
  (
    "a about above across after again against all also an and any are as at be been before being below between " +
    "both but by can could did do does doing down during each e.g eg etc few for from further had has have having " +
    "he her here hers him his how i ie i.e if in into is it its itself just may me might more most must my no nor " +
    "not now of off on once only or other our ours out over own per same she should so some such than that the " +
    "their theirs them themselves then there these they this those through to too under until up upon us very via " +
    "was we were what when where which while who whom why will with within without would you your yours " +
    // Words that every career framework uses at every level: they link everything to everything.
    "able ensure ensures including level levels using use uses well"
  ).split(" "),
);

/** Longest stem kept: word families share their first letters ("collaborat-ion/-ive/-e"). */
const STEM_LENGTH = 6;

/**
 * A light stemmer: strips a few English suffixes ("plans", "planning", "planned" → "plan"),
 * then keeps at most the first {@link STEM_LENGTH} letters, so families of words whose
 * endings vary more ("collaboration", "collaborative", "collaborate") still meet. Short
 * words are left as they are.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ["ing", "ed", "ly"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "planning" → "plann" → "plan"; "stopped" → "stop".
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // By whole characters: cutting a UTF-16 string could split a surrogate pair, and a
  // stem can become a row's label.
  return w.length <= STEM_LENGTH ? w : Array.from(w).slice(0, STEM_LENGTH).join("");
}

/** The stemmed content words of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  const found: string[] = [];
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    found.push(stem(word));
  }
  return found;
}

/**
 * A term used by more statements than this is left out: it links nearly everything to
 * everything (its weight would be small anyway), and leaving it out keeps the cost of
 * comparing statements growing with their number rather than with its square.
 */
const COMMON_TERM_LIMIT = 64;

/**
 * TF-IDF vectors for a set of texts: a term's weight grows with how often the text uses it
 * (sub-linearly) and with how few of the texts use it, so a rare shared word ("solder")
 * links two statements more than a common one ("team").
 */
export function termVectors(texts: readonly string[]): TermVector[] {
  const counted = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of counted) {
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = texts.length;
  return counted.map((counts) => {
    const vector = new Map<string, number>();
    for (const [term, count] of counts) {
      if ((documentFrequency.get(term) ?? 0) > COMMON_TERM_LIMIT) continue;
      const idf = Math.log(1 + total / (documentFrequency.get(term) ?? 1));
      vector.set(term, (1 + Math.log(count)) * idf);
    }
    return toUnitLength(vector);
  });
}

/** Cosine of two unit vectors: 0 (no term in common) to 1 (same terms, same weights). */
export function cosine(a: TermVector, b: TermVector): number {
  return Math.min(1, dot(a, b));
}

/** Dot product of two vectors (walks the smaller one). */
export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** The sum of some vectors (a row's profile), not normalized. */
export function addInto(target: Map<string, number>, vector: TermVector, sign = 1): void {
  for (const [term, weight] of vector) {
    const next = (target.get(term) ?? 0) + sign * weight;
    if (Math.abs(next) < 1e-12) target.delete(term);
    else target.set(term, next);
  }
}

/** The vector scaled to length 1; an empty vector stays empty. */
export function toUnitLength(vector: Map<string, number>): Map<string, number> {
  let length = 0;
  for (const weight of vector.values()) length += weight * weight;
  length = Math.sqrt(length);
  if (length === 0) return vector;
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}
