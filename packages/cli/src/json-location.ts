import { jsonSyntaxErrorOffset } from "./json-syntax";
import type { ReportedIssue } from "./report";

/**
 * Where `JSON.parse` (V8) says it stopped: "… in JSON at position 10", which Node 22 follows
 * with "(line 2 column 5)". Core and the CASE reader pass its message on in `invalid-json`.
 */
const POSITION = /\bat position (\d+)(?: \(line \d+ column \d+\))?/;

/**
 * An `invalid-json` error located as an editor shows it, "at line 2, column 5" (both from 1),
 * instead of JSON.parse's character offset, which no one can find in a file. A message with
 * no offset ("Unexpected token 'x', … is not valid JSON") is located by reading the text for
 * its first error. Other issues are returned as they are.
 */
export function locateJsonError<Issue extends ReportedIssue>(issue: Issue, text: string): Issue {
  if (issue.code !== "invalid-json" || !/not valid JSON/.test(issue.message)) return issue;
  const match = POSITION.exec(issue.message);
  if (match) {
    const offset = Number(match[1]);
    if (!Number.isSafeInteger(offset) || offset > text.length) return issue;
    return { ...issue, message: issue.message.replace(match[0], `at ${where(text, offset)}`) };
  }
  const offset = jsonSyntaxErrorOffset(text);
  if (offset === undefined) return issue;
  // After the parser's sentence, before its closing full stop.
  return { ...issue, message: issue.message.replace(/\.?$/, (stop) => ` at ${where(text, offset)}${stop}`) };
}

function where(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * The line and column (both from 1) of a character offset. CRLF, LF and a lone CR each end a
 * line, as editors count them; the column counts UTF-16 code units, as the offset does.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    // A CR followed by LF ends its line at the LF.
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      start = index + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
