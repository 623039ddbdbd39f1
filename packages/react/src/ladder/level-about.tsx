import type { Level } from "@rungs/core";
import type { ReactElement } from "react";
import { textParagraphs } from "../card/text-paragraphs";
import { formatCount } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";

/**
 * (1.1) What a level is, under its rung's header: its description as paragraphs (a blank
 * line starts a new one) and its labelled details as a description list ("Years of
 * experience: 0–2"). Nothing for a level with neither (every 1.0 level). Text, never markup.
 */
export function levelAbout(level: Level): ReactElement | null {
  const description = level.description ?? "";
  const details = level.details ?? [];
  if (description.trim() === "" && details.length === 0) return null;
  return (
    <div className="rungs-rung__about">
      {description.trim() !== "" && <div className="rungs-rung__description">{textParagraphs(description)}</div>}
      {details.length > 0 && (
        <dl className="rungs-rung__details">
          {details.map((detail, index) => (
            // Details have no key of their own; their order is the author's and never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} className="rungs-rung__detail">
              <dt>{detail.label}</dt>
              <dd>{detail.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/**
 * (1.1) In a cumulative framework, each rung above the first says it includes what the
 * levels below expect, linking to the rung just below (its deep-link id, which opens it):
 * "Includes everything expected at Senior and below." Nothing for the first level or a
 * framework that is not cumulative.
 */
export function cumulativeLine(
  below: Level | undefined,
  levelsBelow: number,
  idPrefix: string,
  labels: RungsLabels,
): ReactElement | null {
  if (below === undefined) return null;
  // `{count}` filled, `{level}` left as written: it becomes the link.
  const text = formatCount(labels.includesLevelsBelow, levelsBelow, labels.locale);
  const at = text.indexOf(LEVEL_PLACEHOLDER);
  const link = <a href={`#${idPrefix}${below.id}`}>{below.label}</a>;
  return (
    <p className="rungs-rung__cumulative">
      {at < 0 ? (
        // A host's label without `{level}`: its words, then the link, so the way down stays.
        <>
          {text} {link}
        </>
      ) : (
        <>
          {text.slice(0, at)}
          {link}
          {text.slice(at + LEVEL_PLACEHOLDER.length)}
        </>
      )}
    </p>
  );
}

const LEVEL_PLACEHOLDER = "{level}";
