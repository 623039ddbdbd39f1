import { fold } from "../text/fold";

/** White space other than single inner spaces: what {@link collapseWhitespace} would change. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Collapses runs of white space to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  // Most statements are already tidy; testing first avoids a copy of every one of them.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}

/**
 * Splits "Subject — description" on the first em dash. Without an em dash, the earliest of
 * an en dash, a spaced hyphen (" - ") or a colon followed by a space separates them, so
 * hand-typed frameworks read the same. Returns undefined when no separator yields both a
 * subject and a description.
 */
export function splitStatement(text: string): { subject: string; description: string } | undefined {
  const at = separatorAt(text);
  if (at < 0) return undefined;
  const subject = text.slice(0, at).trim();
  const description = text.slice(at + separatorWidth(text, at)).trim();
  return subject && description ? { subject, description } : undefined;
}

/**
 * {@link splitStatement} for a text whose white space is collapsed (single spaces, none at
 * the ends), as `parseFramework` splits every statement: the one space that can sit beside
 * the separator is stepped over rather than trimmed, which spares two copies per statement.
 */
export function splitCollapsed(text: string): { subject: string; description: string } | undefined {
  const at = separatorAt(text);
  if (at < 0) return undefined;
  const after = at + separatorWidth(text, at);
  const subjectEnd = text.charCodeAt(at - 1) === SPACE ? at - 1 : at;
  const descriptionStart = text.charCodeAt(after) === SPACE ? after + 1 : after;
  if (subjectEnd <= 0 || descriptionStart >= text.length) return undefined;
  return { subject: text.slice(0, subjectEnd), description: text.slice(descriptionStart) };
}

const SPACE = 0x20;
const EM_DASH = "—";
const FALLBACK_SEPARATOR = /–|\s-\s|:\s/;

/** Where the separator starts: the first em dash, else the earliest en dash, spaced hyphen or colon and space; -1 if none. */
function separatorAt(text: string): number {
  const at = text.indexOf(EM_DASH);
  return at >= 0 ? at : text.search(FALLBACK_SEPARATOR);
}

/** How long the separator at `at` is: 1 for a dash, 3 for a spaced hyphen, 2 for a colon and space. */
function separatorWidth(text: string, at: number): number {
  const first = text[at];
  return first === EM_DASH || first === "–" ? 1 : first === ":" ? 2 : 3;
}

/** Any code unit past ASCII. Without one, folding is lowercasing (no compatibility form, no mark, no special case). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lowercase ASCII letters, digits and single hyphens; `""` when nothing is left. */
export function slugify(text: string): string {
  // Level keys are mostly ASCII; fold's two Unicode normalizations cost more than the rest of a level's key.
  return (NON_ASCII.test(text) ? fold(text) : text.toLowerCase()).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * Format 1.1's white space: a blank line (a line break, optional white space, a line
 * break) is a paragraph break, kept as `"\n\n"`; all other white space collapses as
 * {@link collapseWhitespace} does. One pass over the lines, no backtracking.
 */
export function collapseParagraphs(text: string): string {
  if (!LINE_BREAK.test(text)) return collapseWhitespace(text);
  const paragraphs: string[] = [];
  let current = "";
  for (const line of text.split(LINE_BREAKS)) {
    const words = collapseWhitespace(line);
    if (words === "") {
      if (current !== "") paragraphs.push(current);
      current = "";
    } else {
      current = current === "" ? words : `${current} ${words}`;
    }
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs.join("\n\n");
}

const LINE_BREAK = /[\n\r]/;
const LINE_BREAKS = /\r\n|\r|\n/;
