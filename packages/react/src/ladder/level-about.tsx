import type { Framework, Level, LevelEquivalent, Track } from "@rungs/core";
import type { ReactElement, ReactNode } from "react";
import { textParagraphs } from "../card/text-paragraphs";
import { formatCount, formatLabel } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";

export interface LevelAboutOptions {
  framework: Framework;
  /** Where each track's page is; `undefined`: the equivalents link within this page, if `linksInPage`. */
  trackHref: ((track: Track) => string) | undefined;
  /** Without `trackHref`: links within the page (the ladder's client part follows them), or, false, text. */
  linksInPage: boolean;
  idPrefix: string;
  labels: RungsLabels;
}

/**
 * (1.1) What a level is, under its rung's header: its description as paragraphs (a blank
 * line starts a new one), then a description list of its labelled details ("Years of
 * experience: 0–2") and its equivalent levels in other tracks ("Equivalent to: Tech Lead 4,
 * Tech Lead track"), each a link to that level. Nothing for a level with none of these
 * (every 1.0 level). Text, never markup.
 */
export function levelAbout(level: Level, options: LevelAboutOptions): ReactElement | null {
  const description = level.description ?? "";
  const details = level.details ?? [];
  const equivalents = equivalentLevels(options.framework, level.equivalents ?? []);
  if (description.trim() === "" && details.length === 0 && equivalents.length === 0) return null;
  return (
    <div className="rungs-rung__about">
      {description.trim() !== "" && <div className="rungs-rung__description">{textParagraphs(description)}</div>}
      {(details.length > 0 || equivalents.length > 0) && (
        <dl className="rungs-rung__details">
          {details.map((detail, index) => (
            // Details have no key of their own; their order is the author's and never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} className="rungs-rung__detail">
              <dt>{detail.label}</dt>
              <dd>{detail.text}</dd>
            </div>
          ))}
          {equivalents.length > 0 && (
            <div className="rungs-rung__detail rungs-rung__equivalents">
              <dt>{options.labels.equivalentTo}</dt>
              {equivalents.map(({ track, level: other }) => (
                <dd key={other.id}>{equivalentLine(track, other, options)}</dd>
              ))}
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

/** The equivalents that name a track and a level of it, in the author's order (core checked them; a host's edit may not have). */
function equivalentLevels(framework: Framework, equivalents: readonly LevelEquivalent[]) {
  const tracks: readonly Track[] = Array.isArray(framework.tracks) ? framework.tracks : [];
  return equivalents.flatMap((equivalent) => {
    const track = tracks.find((each) => each.key === equivalent.track);
    const level = track?.levels.find((each) => each.key === equivalent.level);
    return track && level ? [{ track, level }] : [];
  });
}

/** "Tech Lead 4, Tech Lead track", the level's label a link to its rung (on its track's page, with `trackHref`). */
function equivalentLine(
  track: Track,
  level: Level,
  { trackHref, linksInPage, idPrefix, labels }: LevelAboutOptions,
): ReactNode {
  // A static ladder's page has no other track to go to: a link there would lead nowhere.
  if (!trackHref && !linksInPage)
    return formatLabel(labels.equivalentLevel, { level: level.label, track: track.label });
  const href = `${trackHref ? trackHref(track) : ""}#${idPrefix}${level.id}`;
  // Filled around `{level}`, so a track's label that says "{level}" stays text.
  return withLink(labels.equivalentLevel, <a href={href}>{level.label}</a>, (part) =>
    formatLabel(part, { track: track.label }),
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
  return (
    <p className="rungs-rung__cumulative">{withLink(text, <a href={`#${idPrefix}${below.id}`}>{below.label}</a>)}</p>
  );
}

/**
 * A label with its `{level}` replaced by a link, and `fill` applied to the words around
 * it. A host's label without `{level}`: its words, then the link, so the link is never lost.
 */
function withLink(template: string, link: ReactElement, fill: (text: string) => string = (text) => text): ReactNode {
  const at = template.indexOf(LEVEL_PLACEHOLDER);
  if (at < 0) {
    return (
      <>
        {fill(template)} {link}
      </>
    );
  }
  return (
    <>
      {fill(template.slice(0, at))}
      {link}
      {fill(template.slice(at + LEVEL_PLACEHOLDER.length))}
    </>
  );
}

const LEVEL_PLACEHOLDER = "{level}";
