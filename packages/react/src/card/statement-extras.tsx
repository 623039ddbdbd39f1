import type { Statement, StatementMatch } from "@rungs/core";
import type { ReactElement } from "react";
import { formatCount, formatLabel } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";
import { textParagraphs } from "./text-paragraphs";

/** The labels a statement's proficiency and disclosure use: plain data, so a client card can take them resolved. */
export type StatementExtrasLabels = Pick<
  RungsLabels,
  "locale" | "nameSeparator" | "proficiency" | "examplesSummary" | "notesSummary" | "examplesAndNotesSummary"
>;

/** What a search found in a statement's examples and note (core's match), to mark and to open the disclosure. */
export type ExtrasHighlight = Partial<Pick<StatementMatch, "field" | "examples" | "notes">>;

/** The extras labels out of a full, resolved set (for a client card: only what it uses crosses over). */
export function statementExtrasLabels(labels: RungsLabels): StatementExtrasLabels {
  const { locale, nameSeparator, proficiency, examplesSummary, notesSummary, examplesAndNotesSummary } = labels;
  return { locale, nameSeparator, proficiency, examplesSummary, notesSummary, examplesAndNotesSummary };
}

/**
 * (1.1) A statement's proficiency as the author labels it ("Proficiency: Adopts"), a small
 * label on a line of its own; nothing for a statement without one. Text, never a control.
 * Hidden punctuation ends it, so a screen reader keeps it apart from the subject after it.
 */
export function proficiencyLabel(statement: Statement, labels: StatementExtrasLabels): ReactElement | null {
  if (!statement.proficiency) return null;
  return (
    <span className="rungs-card__proficiency">
      {formatLabel(labels.proficiency, { proficiency: statement.proficiency })}
      <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()} </span>
    </span>
  );
}

/**
 * (1.1) A statement's examples and note in a native disclosure (`<details>`), closed by
 * default: they illustrate the statement and are never expectations, so they have no
 * checkbox and stay out of a checkbox's label. Server-rendered and needing no JavaScript:
 * the browser opens it by click, keyboard, and find-in-page (Chromium opens a closed
 * `<details>` that holds the found text). Open from the start when a search matched only
 * in an example or the note, so the reader sees why the statement is shown.
 */
export function statementDisclosure(
  statement: Statement,
  labels: StatementExtrasLabels,
  highlight: ExtrasHighlight | undefined,
): ReactElement | null {
  const examples = statement.examples ?? [];
  const notes = statement.notes ?? "";
  if (examples.length === 0 && notes === "") return null;
  const examplesText = formatCount(labels.examplesSummary, examples.length, labels.locale);
  const summary =
    examples.length === 0
      ? labels.notesSummary
      : notes === ""
        ? examplesText
        : formatLabel(labels.examplesAndNotesSummary, { examples: examplesText });
  const foundInside = highlight?.field === "example" || highlight?.field === "note";
  return (
    <details className="rungs-card__more" open={foundInside || undefined}>
      <summary className="rungs-card__more-summary">{summary}</summary>
      {examples.length > 0 && (
        <ul className="rungs-card__examples">
          {examples.map((example, index) => (
            // Examples have no id; their order is the author's and never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>{textParagraphs(example, highlight?.examples?.[index])}</li>
          ))}
        </ul>
      )}
      {notes !== "" && <div className="rungs-card__notes">{textParagraphs(notes, highlight?.notes)}</div>}
    </details>
  );
}
