import type { Level, Statement, StatementMatch } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ElementType, type ReactNode, useId } from "react";
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
   * as the checkbox's name); without any of them the card has none.
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
  const badge = typeof level === "string" ? level : level?.label;
  const showSubject = statement.subject !== "" && !hideSubject;
  const checkable = checked !== undefined || defaultChecked !== undefined || onCheckedChange !== undefined;
  const [isChecked, setChecked] = useControllableState({
    value: checked,
    defaultValue: defaultChecked ?? false,
    onChange: onCheckedChange,
    name: "StatementCard",
  });
  const checkboxId = useId();
  const subject = showSubject && <HighlightedText text={statement.subject} ranges={highlight?.subject} />;
  const description = <HighlightedText text={statement.description} ranges={highlight?.description} />;
  return (
    <Element
      className={clsx("rungs", "rungs-card", className)}
      data-level={statement.levelKey}
      data-checked={checkable ? String(isChecked) : undefined}
      {...rest}
    >
      {checkable && (
        <input
          id={checkboxId}
          type="checkbox"
          className="rungs-card__checkbox"
          checked={isChecked}
          onChange={(event) => setChecked(event.currentTarget.checked)}
        />
      )}
      {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
      {checkable ? (
        // The statement is the checkbox's label, so it is read once, as its name. A label
        // holds phrasing content only: spans (styled as blocks), no paragraph or heading.
        <label htmlFor={checkboxId} className="rungs-card__label">
          {subject && <span className="rungs-card__subject">{subject}</span>}
          {subject && " "}
          <span className="rungs-card__description">{description}</span>
        </label>
      ) : (
        <>
          {subject && <Title headingLevel={headingLevel}>{subject}</Title>}
          <p className="rungs-card__description">{description}</p>
        </>
      )}
    </Element>
  );
}

/** The subject as a heading of the level asked for, else as a paragraph. */
function Title({ headingLevel, children }: { headingLevel: HeadingLevel | undefined; children: ReactNode }) {
  const Element: ElementType = headingLevel ? `h${headingLevel}` : "p";
  return <Element className="rungs-card__subject">{children}</Element>;
}
