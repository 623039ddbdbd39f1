"use client";

import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { forwardRef, useId } from "react";
import { CheckboxLabel, cardRootAttributes, statementTextParts } from "../shared/statement-text";
import type { CheckableStatementCardProps } from "./statement-card-types";
import { proficiencyLabel, statementDisclosure } from "./statement-extras";

/**
 * A statement card with a checkbox whose state it holds (controlled or not, with
 * `data-checked` kept up to date): the card of the ladder's self-assessment. A client
 * module of its own, imported by the ladder's client part only: the server-only
 * `StatementCard` does not import it, so a page of cards loads none of it.
 */
export const CheckableStatementCard = /* @__PURE__ */ forwardRef<HTMLElement, CheckableStatementCardProps>(
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
      extrasLabels,
      step,
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
          aria-describedby={step && `${checkboxId}step`}
        />
        {step && (
          <span id={`${checkboxId}step`} className="rungs-step" data-kind={step.kind}>
            {step.text}
            <span className="rungs-visually-hidden">{step.separator}</span>
          </span>
        )}
        {badge !== undefined && <span className="rungs-card__level">{badge}</span>}
        {extrasLabels && proficiencyLabel(statement, extrasLabels)}
        <CheckboxLabel htmlFor={checkboxId} subject={subject} description={description} />
        {/* Beside the label, never in it: examples and notes are not what the box says. */}
        {extrasLabels && statementDisclosure(statement, extrasLabels, highlight)}
      </Element>
    );
  },
);
