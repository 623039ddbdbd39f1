import { Marked } from "marked";

/**
 * A real Markdown renderer for the tests: marked 9, with GFM (tables, strikethrough, bare
 * URL autolinks) on, as wikis and GitHub render.
 */
const marked = new Marked();

/** Markdown rendered to HTML (GFM), then parsed as a browser would: jsdom's DOMParser. */
export function renderMarkdown(markdown: string): Document {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return new DOMParser().parseFromString(html, "text/html");
}

/**
 * The text a reader sees of a text put in Markdown: Markdown turns a line break into a
 * space (escapeMarkdown does, so a text stays in its block) and drops whitespace at a
 * line's ends, and U+0000 becomes U+FFFD.
 */
export function seenText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: VT and FF are line breaks too.
      .replace(/\r\n|[\n\r\u2028\u2029\u0085\u000B\u000C]/g, " ")
      .replaceAll("\u0000", "\uFFFD")
      .trim()
  );
}
