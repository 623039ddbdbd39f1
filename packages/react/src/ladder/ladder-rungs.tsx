import { type Framework, type Level, type LevelProgress, levelMarkers, type Statement, type Track } from "@rungs/core";
import type { ReactElement } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import { statementExtrasLabels } from "../card/statement-extras";
import { formatCount, formatLabel } from "../shared/format-label";
import type { RungsLabels } from "../shared/labels";
import { Marker, markerKind } from "../shared/level-markers";
import type { AssessmentState } from "../shared/use-assessment";
import type { Search } from "../shared/use-search";
import { headingBelow, statementGroups } from "./ladder-groups";
import { ladderStatement } from "./ladder-statement";
import type { StepCounts, StepMarks } from "./ladder-steps";
import type { LadderRung } from "./ladder-types";
import { cumulativeLine, levelAbout } from "./level-about";

export interface LadderRungsOptions {
  framework: Framework;
  /** (1.1) The track shown (`trackOf(framework, trackKey)`): its levels are the rungs. */
  track: Track;
  /** The host's `track`, as core's functions take it (`undefined`: the default track). */
  trackKey: string | undefined;
  /** (1.1) Where each track's page is, for the links to equivalent levels; `undefined`: this page. */
  trackHref: ((track: Track) => string) | undefined;
  /** Without `trackHref`, whether equivalents link within the page (the client part follows such links); else they are text. */
  linksInPage: boolean;
  direction: "ascending" | "descending";
  currentLevel: string | undefined;
  targetLevel: string | undefined;
  labels: RungsLabels;
  search: Search;
  assessment: AssessmentState | undefined;
  idPrefix: string;
  steps: StepMarks | undefined;
  /** The heading level of the rungs' titles (the ladder's `headingLevel`); (1.1) area headings are one below. Default 3. */
  headingLevel?: HeadingLevel | undefined;
}

/**
 * Each rung of the ladder as its client part shows it: what the rung's button says and what
 * its panel holds, rendered here, by the ladder's server part. Nothing in them is
 * interactive but a self-assessment's checkboxes (client cards of their own), so in a React
 * Server Component every statement, count and marker is rendered on the server, and the
 * browser gets the markup, not the code that makes it: the client part only opens and
 * closes rungs. In a self-assessment (a client component) this runs again as the checked
 * statements change.
 */
export function ladderRungs(options: LadderRungsOptions): LadderRung[] {
  const { framework, track, trackKey, direction, currentLevel, targetLevel, assessment } = options;
  // Without a level of its own, "You are here" is the level the checked statements reach.
  const current = currentLevel ?? assessment?.assessment.level?.key;
  const markers = levelMarkers(framework, current, targetLevel, { track: trackKey });
  const levels = direction === "descending" ? [...track.levels].reverse() : track.levels;
  const renderStatement = statementRenderer(options);
  return levels.map((level) => {
    const marker = markers[level.rank];
    const progress = assessment?.assessment.levels[level.rank];
    const count = level.statements.length;
    return {
      id: level.id,
      key: level.key,
      rank: level.rank,
      met: progress?.met === true && count > 0,
      marker,
      header: rungHeader(level, track.levels.length, marker, progress, options),
      panel: rungPanel(level, options, renderStatement),
    };
  });
}

/**
 * What a rung's button says: its label, its position, its count (or its progress in a
 * self-assessment, its matches during a search) and its marker. The parts are laid out
 * apart; for the button's name, hidden punctuation and a space (which flex layout does not
 * show) keep them apart too: "Emerging, Level 1 of 4, 10 statements", never "4 10".
 */
function rungHeader(
  level: Level,
  total: number,
  marker: LadderRung["marker"],
  progress: LevelProgress | undefined,
  { labels, search }: LadderRungsOptions,
): ReactElement {
  const count = level.statements.length;
  const hasMarker = markerKind(marker) !== undefined;
  return (
    <>
      <span className="rungs-rung__label">
        {level.label}
        <NameSeparator labels={labels} />
      </span>{" "}
      <span className="rungs-rung__meta">
        <span className="rungs-rung__position">
          {positionText(level, total, labels)}
          <NameSeparator labels={labels} />
        </span>{" "}
        {progress && count > 0 ? (
          <RungProgress progress={progress} labels={labels} />
        ) : (
          <span className="rungs-rung__count">
            {search.active
              ? formatCount(labels.levelMatchCount, matchesIn(level, search).length, labels.locale, { total: count })
              : formatCount(labels.statementCount, count, labels.locale)}
          </span>
        )}
        {hasMarker && <NameSeparator labels={labels} />}
      </span>
      {hasMarker && " "}
      <Marker marker={marker} labels={labels} />
    </>
  );
}

/**
 * What a rung's panel holds: (1.1) what the level is (description, details, its equivalents
 * in other tracks) and, in a cumulative track, that it includes the levels below; then its statements (those a
 * search finds; grouped by area when the framework has areas), or why there are none. A
 * 1.0 level has none of the first two and no areas: its panel is as it always was.
 */
function rungPanel(
  level: Level,
  options: LadderRungsOptions,
  renderStatement: (statement: Statement) => ReactElement,
): ReactElement {
  const { framework, track, trackHref, linksInPage, labels, search, steps, idPrefix } = options;
  const about = levelAbout(level, { framework, trackHref, linksInPage, idPrefix, labels });
  const includes = track.cumulative ? cumulativeLine(track.levels[level.rank - 1], level.rank, idPrefix, labels) : null;
  const statements = matchesIn(level, search);
  const body =
    level.statements.length === 0 ? (
      <p className="rungs-rung__empty">{labels.emptyLevel}</p>
    ) : statements.length === 0 ? (
      <p className="rungs-rung__empty">{labels.noMatchInLevel}</p>
    ) : (
      <>
        {steps && <StepSummary counts={steps.byLevel.get(level.key)} labels={labels} />}
        {statementGroups(level.statements, statements, {
          areas: framework.areas ?? [],
          headingLevel: headingBelow(options.headingLevel ?? 3),
          labels,
          search,
          renderStatement,
        })}
      </>
    );
  if (about === null && includes === null) return body;
  return (
    <>
      {about}
      {includes}
      {body}
    </>
  );
}

/**
 * How the ladder renders one statement, in a rung or among those expected at every level:
 * read-only, or checkable in a self-assessment, with its search marks and step. The extras'
 * labels are picked once per ladder, not once per statement.
 */
export function statementRenderer(
  options: Pick<LadderRungsOptions, "labels" | "search" | "assessment" | "idPrefix" | "steps">,
): (statement: Statement) => ReactElement {
  const { labels, search, assessment, idPrefix, steps } = options;
  const statementLabels = { labels, extras: statementExtrasLabels(labels) };
  return (statement) =>
    ladderStatement(
      statement,
      idPrefix,
      search.matches.get(statement.id),
      assessment,
      steps?.byStatement.get(statement.id),
      statementLabels,
    );
}

/** The level's statements a search finds; all of them without a search. */
function matchesIn(level: Level, search: Search) {
  return search.active ? level.statements.filter((statement) => search.matches.has(statement.id)) : level.statements;
}

/**
 * "3 of 10 met" in words, and a bar for the eye. The bar is a <progress> element, whose
 * width needs no inline style; it is hidden from assistive technology, which reads the words.
 */
function RungProgress({ progress, labels }: { progress: LevelProgress; labels: RungsLabels }) {
  return (
    <span className="rungs-rung__progress">
      <span className="rungs-rung__progress-text">
        {formatCount(labels.levelProgress, progress.checked, labels.locale, { total: progress.total })}
      </span>
      <progress className="rungs-rung__progress-bar" max={progress.total} value={progress.checked} aria-hidden="true" />
    </span>
  );
}

/** "4 new, 6 continue": the step a rung takes from the one below, over all its statements. */
function StepSummary({ counts, labels }: { counts: StepCounts | undefined; labels: RungsLabels }) {
  if (!counts) return null;
  return (
    <p className="rungs-rung__steps">
      {formatLabel(labels.stepSummary, {
        new: formatCount(labels.newCount, counts.new, labels.locale),
        continued: formatCount(labels.continuedCount, counts.continued, labels.locale),
      })}
    </p>
  );
}

/**
 * Ends a part of a rung's name with the separator's punctuation, read but not shown (the
 * parts are laid out apart); the space after it is a text node between the parts.
 */
function NameSeparator({ labels }: { labels: RungsLabels }) {
  return <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()}</span>;
}

/**
 * "Level 2 of 4", or "of 6" where the label already says the level's number as a word
 * ("Level 2"), so it is not read twice.
 */
function positionText(level: Level, total: number, labels: RungsLabels): string {
  const position = level.rank + 1;
  const template = saysNumber(level.label, position) ? labels.positionOfTotal : labels.position;
  return formatLabel(template, { position, total });
}

/** True when `text` has `number` as a word of its own: "Level 2" says 2; "L2" and "12" do not. */
function saysNumber(text: string, number: number): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${number}(?:$|[^\\p{L}\\p{N}])`, "u").test(text);
}
