"use client";

import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { forwardRef, useId } from "react";
import type { StatementCardProps } from "./statement-card";
import { cardRootAttributes, statementTextParts } from "./statement-text";

/**
 * A statement card with a checkbox, for a self-assessment: the only part of a card that
 * needs the browser. `StatementCard` renders it when given `checked`, `defaultChecked` or
 * `onCheckedChange`; the text is the checkbox's label, so it is read once, as its name.
 */
export const CheckableStatementCard = /* @__PURE__ */ forwardRef<HTMLElement, StatementCardProps>(
  function CheckableStatementCard(
    {
      statement,
      level,
      highlight,
      as: Element = "article",
      idPrefix,
      headingLevel: _headingLevel,
      hideSubject = false,
      checked,
      defaultChecked,
      onCheckedChange,
      className,
      ...rest
    },
    ref,
  ) {
    const [isChecked, setChecked] = useControllableState({
      prop: checked,
      defaultProp: defaultChecked ?? false,
      onChange: onCheckedChange,
      caller: "StatementCard",
    });
    const checkboxId = useId();
    const { badge, subject, description } = statementTextParts(statement, level, highlight, hideSubject);
    return (
      <Element
        ref={ref}
        {...cardRootAttributes(statement, idPrefix, className)}
        data-checked={isChecked ? "" : undefined}
        {...rest}
      >
        <input
          id={checkboxId}
          type="checkbox"
          className="rungs-card__checkbox"
          checked={isChecked}
          onChange={(event) => setChecked(event.currentTarget.checked)}
        />
        {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
        {/* A label holds phrasing content only: spans (styled as blocks), no paragraph or heading. */}
        <label htmlFor={checkboxId} className="rungs-card__label">
          {subject && <span className="rungs-card__subject">{subject}</span>}
          {subject && " "}
          <span className="rungs-card__description">{description}</span>
        </label>
      </Element>
    );
  },
);
