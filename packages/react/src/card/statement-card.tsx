import { type ChangeEvent, type ElementType, forwardRef, memo, type ReactNode, useId } from "react";
import { resolveLabels } from "../shared/labels";
import { CheckboxLabel, cardRootAttributes, statementTextParts } from "../shared/statement-text";
import type { HeadingLevel, StatementCardProps } from "./statement-card-types";
import { proficiencyLabel, statementDisclosure } from "./statement-extras";

export type { HeadingLevel, StatementCardProps } from "./statement-card-types";

/**
 * One statement: its subject as the title, its description, an optional level badge, and
 * optionally a checkbox for a self-assessment. A server component in every case: it has
 * no state and imports no client module, so a page of cards ships no JavaScript. The
 * checkbox is the browser's own — `checked` with `onCheckedChange` controls it, and
 * `defaultChecked` or `onCheckedChange` alone leave it to the browser — and `data-checked`
 * says what the props say (a card whose box is left to the browser keeps it as first
 * rendered; the stylesheet keys on the box itself). The ladder's self-assessment uses
 * `CheckableStatementCard`, the client card that holds its own state.
 * (1.1) A statement's proficiency shows as a label, and its examples and note in a closed
 * native `<details>` after its text (outside a checkbox's label: they are never checked);
 * `labels` replaces their texts.
 * Memoized: a ladder that opens a rung re-renders none of the other rungs' cards.
 */
export const StatementCard = /* @__PURE__ */ memo(
  forwardRef<HTMLElement, StatementCardProps>(function StatementCard(props, ref) {
    const {
      statement,
      level,
      highlight,
      as: Element = "article",
      idPrefix,
      headingLevel,
      hideSubject = false,
      checked,
      defaultChecked,
      onCheckedChange,
      labels: labelOverrides,
      className,
      ...rest
    } = props;
    const labels = resolveLabels(labelOverrides);
    // Called in every render (hooks keep their order); only a card with a checkbox uses it.
    const checkboxId = useId();
    const { badge, subject, description } = statementTextParts(statement, level, highlight, hideSubject);
    const checkable = checked !== undefined || defaultChecked !== undefined || onCheckedChange !== undefined;
    if (!checkable) {
      return (
        <Element ref={ref} {...cardRootAttributes(statement, idPrefix, className)} {...rest}>
          {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
          {proficiencyLabel(statement, labels)}
          {subject && <Title headingLevel={headingLevel}>{subject}</Title>}
          <p className="rungs-card__description">{description}</p>
          {statementDisclosure(statement, labels, highlight)}
        </Element>
      );
    }
    const controlled = checked !== undefined;
    const onChange =
      onCheckedChange && ((event: ChangeEvent<HTMLInputElement>) => onCheckedChange(event.currentTarget.checked));
    return (
      <Element
        ref={ref}
        {...cardRootAttributes(statement, idPrefix, className)}
        data-checked={(controlled ? checked : defaultChecked) ? "" : undefined}
        {...rest}
      >
        <input
          id={checkboxId}
          type="checkbox"
          className="rungs-card__checkbox"
          {...(controlled ? { checked } : { defaultChecked: defaultChecked ?? false })}
          // Controlled without a handler: the host's value stands (React keeps it; no warning).
          {...(onChange ? { onChange } : { readOnly: controlled })}
        />
        {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
        {proficiencyLabel(statement, labels)}
        <CheckboxLabel htmlFor={checkboxId} subject={subject} description={description} />
        {statementDisclosure(statement, labels, highlight)}
      </Element>
    );
  }),
);

/** The subject as a heading of the level asked for, else as a paragraph. */
function Title({ headingLevel, children }: { headingLevel: HeadingLevel | undefined; children: ReactNode }) {
  const Element: ElementType = headingLevel ? `h${headingLevel}` : "p";
  return <Element className="rungs-card__subject">{children}</Element>;
}
