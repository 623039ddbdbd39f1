/**
 * A surrogate code unit without its other half: a high one not followed by a low one, or
 * a low one not preceded by a high one. Such a string is not well-formed UTF-16; encoded as
 * UTF-8 (by a server streaming HTML) each one becomes U+FFFD, so the browser's text
 * differs from React's and hydration fails. Written without the `u` flag so it sees code
 * units, not code points.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
/** Any surrogate at all: a plain class scans far faster than the lookarounds above. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** What a lone surrogate becomes: U+FFFD REPLACEMENT CHARACTER, as a UTF-8 encoder would make it. */
export const REPLACEMENT_CHARACTER = "\uFFFD";

/** `String#isWellFormed` where the runtime has it (ES2024: Node 20, current browsers). */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True when a text has no lone surrogate (`String#isWellFormed`, which ES2022 lacks). */
export function isWellFormed(text: string): boolean {
  // The native scan is several times faster than a regular expression; where it is
  // missing, most text has no surrogate at all (nothing outside the Basic Multilingual Plane).
  if (nativeIsWellFormed) return nativeIsWellFormed.call(text);
  return !SURROGATE.test(text) || !LONE_SURROGATE.test(text);
}

/**
 * The text with each lone surrogate replaced by U+FFFD (`String#toWellFormed`); the same
 * string when there is none, so the common case copies nothing.
 */
export function toWellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(LONE_SURROGATES, REPLACEMENT_CHARACTER);
}
