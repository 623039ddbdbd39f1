import type { Level, Statement, StatementMatch } from "@rungs/core";
import { clsx } from "clsx";
import type { ReactElement, ReactNode } from "react";
import { HighlightedText } from "./highlighted-text";

/** What the static and the checkable statement card both show. */
export interface StatementTextParts {
  /** The level badge's text, if any. */
  badge: string | undefined;
  /** The subject with its highlights, or `undefined` when hidden or empty. */
  subject: ReactElement | undefined;
  /** The description with its highlights. */
  description: ReactElement;
}

/**
 * A statement's badge, subject and description, with a search's ranges marked. Server-safe:
 * shared by the card that renders on the server and the checkable one that hydrates.
 */
export function statementTextParts(
  statement: Statement,
  level: Level | string | undefined,
  highlight: Pick<StatementMatch, "subject" | "description"> | undefined,
  hideSubject: boolean,
): StatementTextParts {
  const showSubject = statement.subject !== "" && !hideSubject;
  return {
    badge: typeof level === "string" ? level : level?.label,
    subject: showSubject ? <HighlightedText text={statement.subject} ranges={highlight?.subject} /> : undefined,
    description: <HighlightedText text={statement.description} ranges={highlight?.description} />,
  };
}

/** The element id of a statement: `idPrefix` then its id (core's, readable and stable); none without a prefix. */
export function statementElementId(statement: Statement, idPrefix: string | undefined): string | undefined {
  return idPrefix === undefined ? undefined : `${idPrefix}${statement.id}`;
}

/** What the root of every statement card carries: its linkable id, its classes, its level. */
export function cardRootAttributes(statement: Statement, idPrefix: string | undefined, className: string | undefined) {
  return {
    id: statementElementId(statement, idPrefix),
    className: clsx("rungs", "rungs-card", className),
    "data-level": statement.levelKey,
  };
}

/**
 * The statement as the checkbox's label. A label holds phrasing content only: spans
 * (styled as blocks), no paragraph or heading. Shared by both cards.
 */
export function CheckboxLabel({
  htmlFor,
  subject,
  description,
}: {
  htmlFor: string;
  subject: ReactNode | undefined;
  description: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className="rungs-card__label">
      {subject && <span className="rungs-card__subject">{subject}</span>}
      {subject && " "}
      <span className="rungs-card__description">{description}</span>
    </label>
  );
}
