import type { Level, Statement, StatementMatch } from "@rungs/core";
import { type ComponentPropsWithoutRef, type ElementType, forwardRef, memo, type ReactNode } from "react";
import { CheckableStatementCard } from "./checkable-statement-card";
import { cardRootAttributes, statementTextParts } from "./statement-text";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface StatementCardProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  statement: Statement;
  /** Shows a badge with this level's label (or this text). */
  level?: Level | string | undefined;
  /** Ranges to mark, e.g. a result of `searchStatements`. */
  highlight?: Pick<StatementMatch, "subject" | "description"> | undefined;
  /** The element of the card; `article` by default, `li` inside lists. */
  as?: ElementType | undefined;
  /**
   * Gives the card the id `${idPrefix}${statement.id}` (readable and stable, so a page can
   * link to `#…` and style the linked card with `:target`). Without it the card has no id.
   */
  idPrefix?: string | undefined;
  /**
   * Makes the subject a heading of this level; otherwise it is a paragraph. Ignored while
   * the card has a checkbox: its text is then the checkbox's label, which holds no heading.
   */
  headingLevel?: HeadingLevel | undefined;
  /** Hides the subject, e.g. where a row header already says it. */
  hideSubject?: boolean | undefined;
  /**
   * Whether the reader says they do this (controlled). Giving `checked`, `defaultChecked`
   * or `onCheckedChange` shows a checkbox whose label is the statement's text (read once,
   * as the checkbox's name); without any of them the card has none, and is a server
   * component: it ships no JavaScript.
   */
  checked?: boolean | undefined;
  /** Whether the checkbox starts checked (uncontrolled). */
  defaultChecked?: boolean | undefined;
  onCheckedChange?: ((checked: boolean) => void) | undefined;
}

/**
 * One statement: its subject as the title, its description, an optional level badge, and
 * optionally a checkbox for a self-assessment. Without a checkbox it renders on the server
 * (no state, no effect); with one it renders `CheckableStatementCard`, a client component.
 * Memoized: a ladder that opens a rung re-renders none of the other rungs' cards.
 */
export const StatementCard = /* @__PURE__ */ memo(
  forwardRef<HTMLElement, StatementCardProps>(function StatementCard(props, ref) {
    const { checked, defaultChecked, onCheckedChange } = props;
    if (checked !== undefined || defaultChecked !== undefined || onCheckedChange !== undefined) {
      return <CheckableStatementCard ref={ref} {...props} />;
    }
    const {
      statement,
      level,
      highlight,
      as: Element = "article",
      idPrefix,
      headingLevel,
      hideSubject = false,
      checked: _checked,
      defaultChecked: _defaultChecked,
      onCheckedChange: _onCheckedChange,
      className,
      ...rest
    } = props;
    const { badge, subject, description } = statementTextParts(statement, level, highlight, hideSubject);
    return (
      <Element ref={ref} {...cardRootAttributes(statement, idPrefix, className)} {...rest}>
        {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
        {subject && <Title headingLevel={headingLevel}>{subject}</Title>}
        <p className="rungs-card__description">{description}</p>
      </Element>
    );
  }),
);

/** The subject as a heading of the level asked for, else as a paragraph. */
function Title({ headingLevel, children }: { headingLevel: HeadingLevel | undefined; children: ReactNode }) {
  const Element: ElementType = headingLevel ? `h${headingLevel}` : "p";
  return <Element className="rungs-card__subject">{children}</Element>;
}
