import type { Level, Statement, StatementMatch } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ElementType, useId } from "react";
import { HighlightedText } from "./highlighted-text";
import { useControllableState } from "./use-controllable-state";

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
  /**
   * Whether the reader says they do this (controlled). Giving `checked`, `defaultChecked`
   * or `onCheckedChange` shows a checkbox named by the statement's text; without any of
   * them the card has none.
   */
  checked?: boolean | undefined;
  /** Whether the checkbox starts checked (uncontrolled). */
  defaultChecked?: boolean | undefined;
  onCheckedChange?: ((checked: boolean) => void) | undefined;
}

/**
 * One statement: its subject as the title, its description, an optional level badge, and
 * optionally a checkbox for a self-assessment.
 */
export function StatementCard({
  statement,
  level,
  highlight,
  as: Element = "article",
  headingLevel,
  hideSubject = false,
  checked,
  defaultChecked,
  onCheckedChange,
  className,
  ...rest
}: StatementCardProps) {
  const Title: ElementType = headingLevel ? `h${headingLevel}` : "p";
  const badge = typeof level === "string" ? level : level?.label;
  const showSubject = statement.subject !== "" && !hideSubject;
  const checkable = checked !== undefined || defaultChecked !== undefined || onCheckedChange !== undefined;
  const [isChecked, setChecked] = useControllableState({
    value: checked,
    defaultValue: defaultChecked ?? false,
    onChange: onCheckedChange,
    name: "StatementCard",
  });
  const id = useId();
  const subjectId = checkable && showSubject ? `${id}-subject` : undefined;
  const descriptionId = checkable ? `${id}-description` : undefined;
  return (
    <Element
      className={clsx("rungs", "rungs-card", className)}
      data-level={statement.levelKey}
      data-checked={checkable ? String(isChecked) : undefined}
      {...rest}
    >
      {checkable && (
        // Named by the statement itself (a <label> may not hold the paragraphs or heading).
        <input
          type="checkbox"
          className="rungs-card__checkbox"
          checked={isChecked}
          onChange={(event) => setChecked(event.currentTarget.checked)}
          aria-labelledby={[subjectId, descriptionId].filter(Boolean).join(" ")}
        />
      )}
      {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
      {showSubject && (
        <Title id={subjectId} className="rungs-card__subject">
          <HighlightedText text={statement.subject} ranges={highlight?.subject} />
        </Title>
      )}
      <p id={descriptionId} className="rungs-card__description">
        <HighlightedText text={statement.description} ranges={highlight?.description} />
      </p>
    </Element>
  );
}
