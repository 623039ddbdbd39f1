/**
 * Where a Markdown document can be cut into pieces that parse alone to the same blocks.
 *
 * Why: micromark rebuilds its whole event list each time a container (a list, a quotation)
 * closes (`micromark-util-edit-map`'s `consume`), so a document of many small lists costs
 * the square of its length: 6,000 lists in 100 KB took 11 s, twice as many four times as
 * long. Parsed in pieces, each piece's list stays short and the cost grows linearly.
 *
 * The cuts fall only where CommonMark starts a new top-level block whatever came before: a
 * line that is an ATX heading (`#` to `######`, at most three spaces in), or a line at the
 * left margin after a blank line that is not a list item (a list item there would continue
 * a loose list). Never inside front matter, a fenced code block or an HTML block that runs
 * to an end marker (comments, `<pre>`, `<script>`, `<style>`, `<textarea>`,
 * `<?…?>`, `<!X…>`, `<![CDATA[…]]>`), which are followed line by line. The scan only finds
 * block boundaries; every block is still read by micromark. One difference remains: a
 * reference link (`[text][label]`) whose definition sits in another piece stays as its text.
 *
 * A long list is cut too — one list of statements, each over a nested list of examples,
 * closes a container per item, and cost 3.5× per doubling — at a bullet item at the left
 * margin with text after its marker (not a thematic break such as `- - -`, not a bare `-`,
 * which may underline a heading), and not after a line that may open an HTML block until a
 * blank line ends it. Such a line is an item of the list before it or starts a list; the piece after says it `continuesList`, and `markdownTree` joins the two lists.
 */

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** HTML block starts (CommonMark types 1 to 5) and the marker that ends each. */
const HTML_BLOCKS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** A piece of the document: its text and the 0-based line it starts on. */
export interface Chunk {
  readonly text: string;
  readonly line: number;
  /** Cut at a bullet item: a list that ends the piece before and one that starts this one are one list. */
  readonly continuesList?: boolean;
}

/** A bullet item with text after its marker, at the left margin: `- text`, `* text`, `+ text`. */
const BULLET_ITEM = /^[-+*][ \t]+\S/;

/** Lines per piece before a cut is taken: small enough to stay fast, large enough to be few. */
const CHUNK_LINES = 200;

/**
 * The deepest indentation read, in columns (a tab counts four). Deeply nested lists cost
 * micromark more than linear time (1,000 levels, 1 MB of indentation: 31 s), and no ladder
 * nests so deep, so a document indented past this is refused.
 */
export const MAX_INDENT = 128;

/**
 * The most `*` and `_` read in one run of text lines (a paragraph, or lines until a blank
 * line, a heading, a list item or a table row): micromark pairs emphasis delimiters in more than linear
 * time (`*a` × 10,000 in one paragraph: 1.2 s, about 3× per doubling), and no ladder's
 * paragraph has a thousandth of this; a document with more is refused.
 */
export const MAX_EMPHASIS_MARKS = 2_000;

/** Why a document is not parsed: the 0-based line where a limit is crossed, and the sentence that says which. */
export interface Refusal {
  readonly refusedLine: number;
  readonly reason: string;
}

/** The document cut into pieces, or where it crosses {@link MAX_INDENT} or {@link MAX_EMPHASIS_MARKS}. */
export function blockChunks(text: string): Chunk[] | Refusal {
  const lines = text.split("\n");
  const chunks: Chunk[] = [];
  let start = 0;
  /** The end marker of the block being followed (fence, HTML block, front matter), if any. */
  let until: ((line: string) => boolean) | undefined;
  let previousBlank = false;
  /** Whether the piece being gathered was cut at a bullet item. */
  let continues = false;
  /** Whether a line since the last blank one may have opened an HTML block: no list cut inside one. */
  let htmlSinceBlank = false;
  /** `*` and `_` in the run of text lines so far (see {@link MAX_EMPHASIS_MARKS}). */
  let marks = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (until) {
      if (until(line)) until = undefined;
      previousBlank = false;
      continue;
    }
    if (indentOf(line) > MAX_INDENT) {
      return {
        refusedLine: index,
        reason: `the line is indented more than ${MAX_INDENT} columns; lists nested this deep are not read.`,
      };
    }
    marks = startsRun(line) ? emphasisMarks(line) : marks + emphasisMarks(line);
    if (marks > MAX_EMPHASIS_MARKS) {
      return {
        refusedLine: index,
        reason: `the paragraph has more than ${MAX_EMPHASIS_MARKS} * or _ marks by this line; a paragraph with this many is not read.`,
      };
    }
    if (index - start >= CHUNK_LINES) {
      const cut = isBlockStart(line, previousBlank) ? "block" : !htmlSinceBlank && isListCut(line) ? "list" : undefined;
      if (cut) {
        chunks.push(chunkOf(lines, start, index, continues));
        start = index;
        continues = cut === "list";
      }
    }
    until = blockEnd(line, index);
    previousBlank = line.trim() === "";
    // An HTML block that a blank line ends (`<div>`, `<table>`…) holds its lines as HTML.
    htmlSinceBlank = !previousBlank && (htmlSinceBlank || line.trimStart().startsWith("<"));
  }
  chunks.push(chunkOf(lines, start, lines.length, continues));
  return chunks;
}

function chunkOf(lines: readonly string[], start: number, end: number, continuesList: boolean): Chunk {
  const text = lines.slice(start, end).join("\n");
  return continuesList ? { text, line: start, continuesList } : { text, line: start };
}

/** True for a bullet item at the left margin that can only be a list's item (see {@link blockChunks}). */
function isListCut(line: string): boolean {
  return BULLET_ITEM.test(line) && !isThematicBreak(line);
}

/** `- - -`, `***`, `_ _ _`: three or more of one of `-*_`, with spaces or tabs between. */
function isThematicBreak(line: string): boolean {
  const marks = line.replaceAll(" ", "").replaceAll("\t", "");
  return (
    marks.length >= 3 &&
    (marks[0] === "-" || marks[0] === "*" || marks[0] === "_") &&
    marks === (marks[0] as string).repeat(marks.length)
  );
}

/**
 * True when `line` starts a new run of text whose emphasis marks are counted together: it is
 * blank, a heading, a list item or a table row (each cell's emphasis is paired on its own).
 */
function startsRun(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === "" || ATX_HEADING.test(trimmed) || LIST_ITEM.test(trimmed) || trimmed.startsWith("|");
}

/** How many `*` and `_` a line has. */
function emphasisMarks(line: string): number {
  let count = 0;
  for (let at = line.indexOf("*"); at !== -1; at = line.indexOf("*", at + 1)) count += 1;
  for (let at = line.indexOf("_"); at !== -1; at = line.indexOf("_", at + 1)) count += 1;
  return count;
}

/** The columns of white space a line starts with, a tab counting four. */
function indentOf(line: string): number {
  let columns = 0;
  for (const character of line) {
    if (character === " ") columns += 1;
    else if (character === "\t") columns += 4;
    else break;
    if (columns > MAX_INDENT) break;
  }
  return columns;
}

/** True when `line` starts a top-level block whatever came before it. */
function isBlockStart(line: string, previousBlank: boolean): boolean {
  if (ATX_HEADING.test(line)) return true;
  return previousBlank && /^\S/.test(line) && !LIST_ITEM.test(line);
}

/** True when `line` closes a code block opened by `fence`: the same character, as many or more, then only spaces. */
function closesFence(line: string, fence: string): boolean {
  const indent = line.length - line.trimStart().length;
  if (indent > 3) return false;
  const rest = line.slice(indent);
  let run = 0;
  while (rest[run] === fence[0]) run += 1;
  return run >= fence.length && rest.slice(run).trim() === "";
}

/** For a line that opens a block running to an end marker: the test for the line that closes it. */
function blockEnd(line: string, index: number): ((line: string) => boolean) | undefined {
  if (index === 0 && line === "---") return (next) => next === "---";
  const fence = FENCE_OPEN.exec(line)?.[1];
  if (fence) return (next) => closesFence(next, fence);
  for (const [opens, closes] of HTML_BLOCKS) {
    if (opens.test(line)) return closes.test(line.replace(opens, "")) ? undefined : (next) => closes.test(next);
  }
  return undefined;
}
