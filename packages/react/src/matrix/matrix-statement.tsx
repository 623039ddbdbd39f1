import type { Statement, StatementMatch } from "@rungs/core";
import type { ReactNode } from "react";
import { HighlightedText } from "../shared/highlighted-text";

/**
 * What a matrix cell shows of one statement, with as little markup as a hand-written table:
 * the description as text, after the subject in a `<b>` (shown as a line of its own) where
 * the row header does not already say it. The caller puts it in the statement's element:
 * the cell itself when it holds one statement, else a list item. A plain function, not a
 * component: a big matrix renders thousands of these, and each is only markup.
 *
 * @param match - the search's ranges to mark, if the statement matches.
 * @param showSubject - false where the row header already says the subject.
 */
export function matrixStatementContent(
  statement: Statement,
  match: StatementMatch | undefined,
  showSubject: boolean,
): ReactNode {
  if (match) {
    return (
      <>
        {showSubject && (
          <b className="rungs-matrix__subject">
            <HighlightedText text={statement.subject} ranges={match.subject} />
          </b>
        )}
        {/* A space between subject and description, so the two never read as one word. */}
        {showSubject && " "}
        <HighlightedText text={statement.description} ranges={match.description} />
      </>
    );
  }
  if (!showSubject) return statement.description;
  // One text node after the subject: no separator comments in the server HTML.
  return (
    <>
      <b className="rungs-matrix__subject">{statement.subject}</b>
      {` ${statement.description}`}
    </>
  );
}
