import { type Framework, type Track, trackOf } from "@rungs/core";
import { forwardRef, useMemo } from "react";
import { AttributionBody } from "../shared/attribution-body";
import { formatLabel } from "../shared/format-label";
import { resolveLabels } from "../shared/labels";
import { resolvedFrom } from "../shared/resolved-input";
import { SearchStatus } from "../shared/search-status";
import { useFramework } from "../shared/use-framework";
import { useSearch } from "../shared/use-search";
import { everyLevelSection } from "./every-level";
import { LadderClient } from "./ladder-client";
import { ladderLabels } from "./ladder-labels";
import { ladderRungs, statementRenderer } from "./ladder-rungs";
import { stepMarks } from "./ladder-steps";
import type { LadderOutline, LevelLadderProps } from "./ladder-types";
import { StaticLadder } from "./static-ladder";

export type { LevelLadderMultipleProps, LevelLadderProps, LevelLadderSingleProps } from "./ladder-types";

/**
 * The occupation's levels as rungs of a ladder, each expanding to its statements (WAI-ARIA
 * accordion). Closed rungs keep their statements in the HTML, hidden until found, so
 * search engines, find-in-page and server-rendered pages have every statement. The ref is
 * the root `<section>`.
 *
 * This part is server-safe and the ladder's one entry: it resolves the input where it
 * renders (parsing raw input, once per input) and hands the checked framework to the
 * ladder's client part, an internal module no host can import, with everything else that
 * needs no interaction worked out too: the labels resolved, the query searched, the steps
 * marked, the attribution rendered. In a React Server Component the parser, the checker,
 * the search and the default labels therefore stay on the server; the browser gets the
 * ladder's interactive part and data it uses as it is.
 *
 * A format 1.1 framework shows as its authors meant it, all rendered here, on the server,
 * with no client code of its own: in each rung, the level's description (paragraphs) and
 * details (a description list), then its statements grouped by competency area (a heading
 * one level below the rung's, with the count, in the framework's area order; statements
 * without an area first; no grouping without areas); each statement's proficiency as a
 * label and its examples and note in a closed native `<details>` (click, keyboard and
 * find-in-page open it; never a checkbox in a self-assessment); the statements expected at
 * every level once, before the rungs ("Expected at every level", checkable once); and in a
 * cumulative framework, each rung above the first says it includes the level below, with a
 * link to that rung. Every text is a label (`everyLevelTitle`, `includesLevelsBelow`,
 * `proficiency`, `examplesSummary`, `notesSummary`, `examplesAndNotesSummary`). A 1.0
 * framework renders as before.
 *
 * A framework with tracks shows one (`track`; default the first, or the one `assessment`
 * is of), and each rung lists its equivalent levels in the other tracks ("Equivalent to:
 * Tech Lead 4, Tech Lead track"), each a link to that level: on its track's page with
 * `trackHref`, else in this page, where a hash naming another track or one of its levels
 * calls `onTrackChange` (a level's id starts with its track's id, so `#<level id>` names
 * both). Pair it with `TrackSwitcher`. In a self-assessment the framework
 * `useAssessment` resolved is used: from `assessment` alone, or when `framework` is the
 * input the hook was given.
 *
 * With `interactive={false}` (a page that loads no script) the rungs are the same, rendered
 * here, as plain headed sections, every one shown: no button that does nothing without
 * JavaScript, and no client component (`StaticLadder`).
 */
export const LevelLadder = /* @__PURE__ */ forwardRef<HTMLElement, LevelLadderProps>(function LevelLadder(props, ref) {
  const {
    interactive = true,
    framework: input,
    labels: labelOverrides,
    renderError,
    levelSteps,
    attribution = true,
    direction = "ascending",
    targetLevel,
    query,
    track: trackProp,
    trackHref,
    ...rest
  } = props;
  const { assessment, currentLevel, idPrefix = "", headingLevel = 3 } = props;
  const known =
    assessment && (input === undefined || resolvedFrom(assessment.framework, input)) ? assessment : undefined;
  // A self-assessment's ladder shows the track assessed, unless the host names one.
  const trackKey = trackProp ?? assessment?.track;
  const resolved = useFramework(input, labelOverrides, renderError, known, trackKey);
  const framework = resolved.ok ? resolved.framework : undefined;
  const track = useMemo(() => framework && trackOf(framework, trackKey), [framework, trackKey]);
  const labels = useMemo(() => resolveLabels(labelOverrides), [labelOverrides]);
  const search = useSearch(framework, query, trackKey);
  const steps = useMemo(
    () => (track === undefined || levelSteps === undefined ? undefined : stepMarks(track.levels, levelSteps)),
    [track, levelSteps],
  );
  const rungs = useMemo(
    () =>
      framework &&
      track &&
      ladderRungs({
        framework,
        track,
        trackKey,
        trackHref,
        // A page without the ladder's client part cannot follow a link to another track within it.
        linksInPage: interactive || assessment !== undefined,
        direction,
        currentLevel,
        targetLevel,
        labels,
        search,
        assessment,
        idPrefix,
        steps,
        headingLevel,
      }),
    [
      framework,
      track,
      trackKey,
      trackHref,
      interactive,
      direction,
      currentLevel,
      targetLevel,
      labels,
      search,
      assessment,
      idPrefix,
      steps,
      headingLevel,
    ],
  );
  const everyLevel = useMemo(
    () =>
      framework &&
      track &&
      everyLevelSection({
        framework,
        track,
        headingLevel,
        labels,
        search,
        renderStatement: statementRenderer({ labels, search, assessment, idPrefix, steps }),
      }),
    [framework, track, headingLevel, labels, search, assessment, idPrefix, steps],
  );
  const outline = useMemo(() => framework && track && outlineOf(framework, track), [framework, track]);
  if (!resolved.ok) return resolved.fallback;
  // Both are built from the framework that resolved, so both are there once it has.
  if (rungs === undefined || outline === undefined) return null;
  const title = resolved.framework.occupation.title || labels.untitled;
  // Without interaction, the same rendered rungs as headed sections, and no client reference.
  const Ladder = interactive || assessment ? LadderClient : StaticLadder;
  return (
    <Ladder
      ref={ref}
      data-direction={direction}
      {...rest}
      aria-label={rest["aria-label"] ?? formatLabel(labels.ladder, { title })}
      outline={outline}
      rungs={rungs}
      everyLevel={everyLevel}
      search={{ query: search.query, levelKeys: search.levelKeys }}
      labels={ladderLabels(labels)}
      searchStatus={
        query !== undefined && (
          <SearchStatus search={search} labels={labels} className="rungs-ladder__status" showCount={false} />
        )
      }
      attributionBody={attribution && <AttributionBody framework={resolved.framework} labels={labels} />}
    />
  );
});

/**
 * What the client part's open state and links read of the track shown (ids and keys) and
 * of the other tracks (their ids and their levels'), and nothing else: the statements'
 * text reaches the browser once, in the rendered rungs.
 */
function outlineOf(framework: Framework, track: Track): LadderOutline {
  const tracks: readonly Track[] = Array.isArray(framework.tracks) ? framework.tracks : [];
  const levels = track.levels.map((level) => ({
    id: level.id,
    key: level.key,
    statements: level.statements.map((statement) => ({ id: statement.id })),
  }));
  const otherTracks = tracks
    .filter((other) => other.key !== track.key)
    .map((other) => ({ key: other.key, ids: [other.id, ...other.levels.map((level) => level.id)] }));
  // A framework of one track (every 1.0 file) sends the browser no more than before.
  return otherTracks.length === 0 ? { levels } : { levels, otherTracks };
}
