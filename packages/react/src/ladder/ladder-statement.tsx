import type { Statement, StatementMatch } from "@rungs/core";
import type { ReactElement } from "react";
import { CheckableStatementCard } from "../card/checkable-statement-card";
import {
  type ExtrasHighlight,
  proficiencyLabel,
  type StatementExtrasLabels,
  statementDisclosure,
} from "../card/statement-extras";
import { formatLabel } from "../shared/format-label";
import { highlightedNodes } from "../shared/highlighted-text";
import type { RungsLabels } from "../shared/labels";
import { statementElementId } from "../shared/statement-text";
import type { AssessmentState } from "../shared/use-assessment";
import type { StepMark } from "./ladder-steps";

type StepLabels = Pick<RungsLabels, "newAtLevel" | "continuesFrom" | "nameSeparator">;

/** What a ladder statement's texts need: its step's, and (1.1) its proficiency's and disclosure's. */
export interface LadderStatementLabels {
  readonly labels: StepLabels;
  /** The same labels, only those the extras use: a checkable (client) card gets these alone. */
  readonly extras: StatementExtrasLabels;
}

/**
 * One statement of a rung, as a list item. Read-only, it is the lightest markup that keeps
 * a card's look and hooks: `li.rungs-card` (id, `data-level`) holding the subject's span
 * (a block, by the stylesheet) and the description as text. Two elements, not a card's
 * three, and no component of its own: a ladder holds hundreds, each rendered on the server.
 * The subject ends with a space, so the item reads "Subject description", not as one word.
 * In a self-assessment it is a `CheckableStatementCard` (the ladder is a client component).
 *
 * (1.1) A statement's proficiency is a label above its subject, and its examples and note
 * a closed native disclosure after its text (card/statement-extras): never part of a
 * checkbox's label, so a self-assessment checks the statement only.
 *
 * With the ladder's `levelSteps`, a statement starts with its step in words ("New at this
 * level", "Continues “Fault finding”"), and `data-step` says its kind to styles; a
 * checkable one shows it as its checkbox's description, outside the checkbox's name.
 */
export function ladderStatement(
  statement: Statement,
  idPrefix: string,
  highlight: (Pick<StatementMatch, "subject" | "description"> & ExtrasHighlight) | undefined,
  assessment: AssessmentState | undefined,
  step: StepMark | undefined,
  { labels, extras }: LadderStatementLabels,
): ReactElement {
  if (assessment) {
    return (
      <CheckableStatementCard
        key={statement.id}
        as="li"
        statement={statement}
        idPrefix={idPrefix}
        highlight={highlight}
        checked={assessment.isChecked(statement.id)}
        onCheckedChange={(on: boolean) => assessment.setChecked(statement.id, on)}
        data-step={step?.kind}
        step={
          step && { kind: step.kind, text: stepText(step, labels), separator: `${labels.nameSeparator.trimEnd()} ` }
        }
        extrasLabels={extras}
      />
    );
  }
  return (
    // The attributes are written out, not spread from `cardRootAttributes`: React's server
    // renderer walks a spread-built props object about three times slower, per statement.
    <li
      key={statement.id}
      id={statementElementId(statement, idPrefix)}
      className={CARD_CLASS}
      data-level={statement.levelKey}
      data-step={step?.kind}
    >
      {step && stepBadge(step, labels)}
      {proficiencyLabel(statement, extras)}
      {statement.subject !== "" && (
        <span className="rungs-card__subject">
          {withTrailingSpace(highlightedNodes(statement.subject, highlight?.subject))}
        </span>
      )}
      {highlightedNodes(statement.description, highlight?.description)}
      {statementDisclosure(statement, extras, highlight)}
    </li>
  );
}

/**
 * The step in words, shown as a small badge on a line of its own. Hidden punctuation ends
 * it, so a screen reader keeps it apart from the subject that follows.
 */
function stepBadge(step: StepMark, labels: StepLabels): ReactElement {
  return (
    <span className="rungs-step" data-kind={step.kind}>
      {stepText(step, labels)}
      <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()} </span>
    </span>
  );
}

/** The step in words: "New at this level", "Continues “Fault finding”". */
function stepText(step: StepMark, labels: StepLabels): string {
  return step.kind === "new" ? labels.newAtLevel : formatLabel(labels.continuesFrom, { subject: step.subject });
}

/** What `cardRootAttributes` gives a card without a class of its own. */
const CARD_CLASS = "rungs rungs-card";

/** `nodes` then a space; one text node when `nodes` is a string (no separator comment in server HTML). */
function withTrailingSpace(nodes: string | (string | ReactElement)[]): string | (string | ReactElement)[] {
  return typeof nodes === "string" ? `${nodes} ` : [...nodes, " "];
}
