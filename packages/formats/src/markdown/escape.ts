/**
 * Characters that start Markdown or HTML anywhere in a line: emphasis and strong (`*`, `_`),
 * links and images (`[`, `]`), character references (`&`), strikethrough (`~`), table cells
 * (`|`), headings (`#`), math on GitHub (`$`), e-mail autolinks and mentions (`@`), and the
 * escape character itself (`\`). Each is ASCII punctuation, which CommonMark and GFM let a
 * backslash turn into plain text.
 */
const INLINE_SYNTAX = /[\\*_[\]&~|#$@]/g;

/**
 * Characters written as character references instead: HTML, autolinks and block quotes
 * (`<`, `>`) and code (`` ` ``). A backslash would do in CommonMark, but renderers that find
 * code spans and tags before escapes (marked) would still pair `\``…`` ` `` or `\<`…`>` and
 * lose the bold around a subject; a reference is text to every one of them.
 */
const REFERENCES: Readonly<Record<string, string>> = { "<": "&lt;", ">": "&gt;", "`": "&#96;" };
const REFERENCED = /[<>`]/g;

/**
 * Everything a Markdown parser takes for the end of a line (CommonMark: LF, CR, CRLF), and
 * the separators other tools do (U+2028/2029, NEL, VT, FF): a line break in a text must not
 * start a new block, so it becomes a space.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: VT and FF are the line breaks looked for.
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085\u000B\u000C]/g;

/**
 * What GFM renderers turn into links without any Markdown syntax: `scheme://` and `www.`
 * (GitHub's autolink extension). Escaping the `:` or the `.` keeps the text the same and the
 * link out, so a source's value that core would not link (`https://site.example@evil.example/`,
 * an address behind a bidi control) cannot become one in the wiki either.
 */
const AUTOLINK_START = /:(?=\/\/)|(?<=www)\./gi;

/** What starts a block at the start of a line once the inline syntax is escaped: a list (`-`, `+`, `1.`, `1)`) or a setext underline (`=`). */
const BLOCK_START = /^(?:[-+=]|\d+[.)])/;

/**
 * A text as Markdown that renders as that same text, whatever it holds: no emphasis, code,
 * link, image, HTML, heading, list, quote, table cell or code block can start in it, and a
 * line break in it becomes a space so it stays in the block it is put in (a list item, a
 * heading, a table cell). Whitespace at either end is left out, as Markdown would drop it
 * from a line anyway; U+0000 becomes U+FFFD, as CommonMark asks. Safe at the start of a line
 * and anywhere inside one.
 *
 * Bare `https://`, `www.` and e-mail addresses stay text too, in GFM renderers as well
 * (GitHub's may still link an e-mail address, as a `mailto:` showing the address it opens).
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    // What CommonMark asks parsers to do, done here for those that drop it instead.
    .replaceAll("\u0000", "\uFFFD")
    .replace(LINE_BREAKS, " ")
    // Four spaces after a list marker would start a code block, and a space inside `**`
    // would end the bold; Markdown drops them at a line's ends anyway.
    .trim()
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(REFERENCED, (character) => REFERENCES[character] ?? character)
    .replace(AUTOLINK_START, "\\$&");
  return escaped.replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/**
 * A URL as a Markdown link destination: between `<` and `>`, which allows parentheses and
 * spaces, with the characters that could end the destination or act as an escape
 * percent-encoded. For URLs `linkTarget` accepted (already serialized), this changes
 * nothing a browser would follow differently.
 */
export function markdownDestination(href: string): string {
  return `<${href.replace(/[<>\\\s]/g, (character) => encodeURIComponent(character))}>`;
}
