import type { Level, Statement, StatementMatch } from "@rungs/core";
import type { ComponentPropsWithoutRef, ElementType } from "react";
import type { RungsLabels } from "../shared/labels";
import type { ExtrasHighlight, StatementExtrasLabels } from "./statement-extras";

// The card's types on their own, so the server-only card and the checkable client card
// share them without importing each other.

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface StatementCardProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  statement: Statement;
  /** Shows a badge with this level's label (or this text). */
  level?: Level | string | undefined;
  /**
   * Ranges to mark, e.g. a result of `searchStatements`. (1.1) Its `examples` and `notes`
   * ranges are marked in the examples and note, and a match found only there (`field`)
   * opens their disclosure.
   */
  highlight?: (Pick<StatementMatch, "subject" | "description"> & ExtrasHighlight) | undefined;
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
   * as the checkbox's name); without any of them the card has none.
   */
  checked?: boolean | undefined;
  /** Whether the checkbox starts checked (uncontrolled). */
  defaultChecked?: boolean | undefined;
  onCheckedChange?: ((checked: boolean) => void) | undefined;
  /**
   * Replaces the card's texts (1.1: the proficiency label and what the examples'
   * disclosure says); the defaults otherwise.
   */
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * The checkable card's props (internal): the extras' labels come resolved from the ladder,
 * so the client card neither holds the default labels nor checks a host's. Without them
 * the card shows the statement alone (no proficiency, no examples): the ladder always
 * gives them.
 */
export interface CheckableStatementCardProps extends Omit<StatementCardProps, "labels"> {
  extrasLabels?: StatementExtrasLabels | undefined;
  /**
   * The ladder's step (its `levelSteps`) in words, e.g. "New at this level": a badge above
   * the statement that describes the checkbox, never part of its name (the box says the
   * statement only). `separator` is hidden punctuation that ends it for a screen reader.
   */
  step?: { readonly kind: string; readonly text: string; readonly separator: string } | undefined;
}
