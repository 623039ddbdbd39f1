/**
 * Characters that may not appear raw inside a `<script>` element's text, or that some
 * JavaScript engines read as a line break, with the JSON escape that keeps their meaning.
 * JSON puts them only inside strings, where a `\uXXXX` escape stands for the same character,
 * so the escaped text parses back to the same data.
 */
const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

const UNSAFE_PATTERN = /[<>&\u2028\u2029]/g;

/**
 * JSON text for a `<script type="application/ld+json">` element, safe whatever the data's
 * strings hold: `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no
 * `</script`, `<!--` or character reference can end or change the script, and U+2028 and
 * U+2029 as escapes, so no line separator reaches a parser that counts it as one.
 * `JSON.parse` of the result gives back the data JSON can hold.
 *
 * Never throws: a value JSON cannot write (`undefined`, a function, a `BigInt`, a cycle)
 * gives `"null"`, which a crawler reads as no data.
 */
export function jsonLdScriptText(data: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    // A cycle, a BigInt or a throwing toJSON: nothing in this value can be written.
    return "null";
  }
  if (json === undefined) return "null";
  return json.replace(UNSAFE_PATTERN, (character) => UNSAFE_IN_SCRIPT[character] ?? character);
}
