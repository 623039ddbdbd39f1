import type { Level, Statement, StatementMatch } from "@rungs/core";
import { clsx } from "clsx";
import type { ComponentPropsWithoutRef, ElementType } from "react";
import { HighlightedText } from "./highlighted-text";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface StatementCardProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  statement: Statement;
  /** Shows a badge with this level's label (or this text). */
  level?: Level | string | undefined;
  /** Ranges to mark, e.g. a result of `searchStatements`. */
  highlight?: Pick<StatementMatch, "subject" | "description"> | undefined;
  /** The element of the card; `article` by default, `li` inside lists. */
  as?: ElementType | undefined;
  /** Makes the subject a heading of this level; otherwise it is a paragraph. */
  headingLevel?: HeadingLevel | undefined;
  /** Hides the subject, e.g. where a row header already says it. */
  hideSubject?: boolean | undefined;
}

/** One statement: its subject as the title, its description, an optional level badge. */
export function StatementCard({
  statement,
  level,
  highlight,
  as: Element = "article",
  headingLevel,
  hideSubject = false,
  className,
  ...rest
}: StatementCardProps) {
  const Title: ElementType = headingLevel ? `h${headingLevel}` : "p";
  const badge = typeof level === "string" ? level : level?.label;
  const showSubject = statement.subject !== "" && !hideSubject;
  return (
    <Element className={clsx("rungs", "rungs-card", className)} data-level={statement.levelKey} {...rest}>
      {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
      {showSubject && (
        <Title className="rungs-card__subject">
          <HighlightedText text={statement.subject} ranges={highlight?.subject} />
        </Title>
      )}
      <p className="rungs-card__description">
        <HighlightedText text={statement.description} ranges={highlight?.description} />
      </p>
    </Element>
  );
}
