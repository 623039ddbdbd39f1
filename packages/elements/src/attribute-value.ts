import { toWellFormed } from "@rungs/core";

/** A NUL, or a line break an HTML parser turns into one `\n` (CRLF and a lone CR). */
const PARSER_REPLACED = /\r\n?|\0/g;

/**
 * An attribute value as a browser reads it back from server HTML: each lone surrogate U+FFFD
 * (the page is sent as UTF-8), each NUL U+FFFD and each CR or CRLF one LF (the HTML parser's
 * rules). `renderRungsElement` renders with this value and the element reads its attributes
 * through it, so both sides search, mark and name ids alike: a query of `"\uD800"` on the
 * server and `"\uFFFD"` in the browser would match different statements and break hydration.
 * The same string when there is nothing to replace.
 */
export function parsedAttributeValue(value: string): string {
  return toWellFormed(value).replace(PARSER_REPLACED, (found) => (found === "\0" ? "\uFFFD" : "\n"));
}
