/**
 * Telling, cheaply, that texts need no work: no lone surrogate to replace, no white space
 * to collapse. `parseFramework` reads every statement through these checks, and a pass of
 * JavaScript over a text's characters costs about what `JSON.parse` took to read them, so
 * each check here is one pass, made once.
 */

/**
 * The white space `\s` matches beyond Latin-1: ogham space mark, en quad to hair space,
 * line and paragraph separators, narrow no-break space, medium mathematical space,
 * ideographic space, zero-width no-break space. With the no-break space (U+00A0), the tab
 * to carriage return (U+0009–U+000D) and the space, that is all of `\s` (a test checks the
 * list against the engine's).
 */
export const WIDE_SPACE = "\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/**
 * Anything in a text that makes it other than tidy and well-formed: white space but the
 * space, two spaces in a row, or a surrogate (a lone one must be replaced; a pair is fine,
 * but one pass that stops at both is cheaper than two passes).
 */
const NOT_TIDY = new RegExp(`[\\t-\\r\\u00a0${WIDE_SPACE}\\uD800-\\uDFFF]| {2}`);

/**
 * True when the text is well-formed and its only white space is single spaces (ends
 * aside): then collapsing its white space is `trim()`, and it needs no repair. False says
 * only that a closer look is needed.
 */
export function isTidy(text: string): boolean {
  return !NOT_TIDY.test(text);
}

/**
 * Wide white space and surrogates, which raw in JSON text can only sit inside a string.
 * (The tab and line breaks JSON allows between values cannot be raw inside a string.) The
 * no-break space is looked for apart: the engine skips ahead by a character's low seven
 * bits, which the no-break space shares with the space, so in the class it would stop the
 * scan at every space. A surrogate pair (an emoji) is well-formed, but one scan that stops
 * at it is cheaper than a second scan for lone ones.
 */
const WIDE_SPACE_OR_SURROGATE = new RegExp(`[${WIDE_SPACE}\\uD800-\\uDFFF]`);

/**
 * Two spaces after a character that is not white space: how two spaces inside a string
 * look in JSON text (after its opening quote or one of its characters), while the indents
 * of pretty-printed JSON follow a line break or more spaces. Two spaces between values
 * (`"a":  1`) match too, which only costs the closer look.
 */
const SPACES_IN_A_STRING = /[^ \t\n\r] {2}/;

/**
 * True when every string in a JSON text is tidy (see {@link isTidy}), found by looking at
 * the text once instead of at each string: with no backslash, each string is exactly the
 * characters between its quotes, so none holds a control character, an escaped one, or a
 * surrogate made by an escape; the rest is looked for in the text itself. Most framework files pass, and then no statement needs a
 * look of its own. False says only that each string needs its own look. The text must be
 * valid JSON (as `JSON.parse` found it).
 */
export function hasOnlyTidyStrings(json: string): boolean {
  // indexOf of one character is a native memory scan, far faster than a regular expression.
  return (
    json.indexOf("\\") < 0 &&
    json.indexOf("\u00a0") < 0 &&
    !WIDE_SPACE_OR_SURROGATE.test(json) &&
    !SPACES_IN_A_STRING.test(json)
  );
}
