"use client";

import * as Accordion from "@radix-ui/react-accordion";
import { type Level, type LevelProgress, levelMarkers } from "@rungs/core";
import { clsx } from "clsx";
import {
  type CSSProperties,
  type ForwardedRef,
  forwardRef,
  memo,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
} from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import { AttributionBody } from "../shared/attribution-body";
import { formatCount, formatLabel, type RungsLabels, resolveLabels } from "../shared/labels";
import { Marker, markerAttributes, markerKind } from "../shared/level-markers";
// Only the type: the ladder takes the state `useAssessment` built, so a ladder that is not
// a self-assessment never brings core's assessment code into the browser.
import type { AssessmentState } from "../shared/use-assessment";
import { type Search, SearchStatus, useSearch } from "../shared/use-search";
import { ladderStatement } from "./ladder-statement";
import type { StepCounts, StepMarks } from "./ladder-steps";
import type { LadderClientProps } from "./ladder-types";
import { useAssessmentAnnouncement } from "./use-assessment-announcement";
import { useHiddenUntilFound } from "./use-find-in-page";
import { useLadderOpenState } from "./use-ladder-open-state";

/**
 * The ladder's client part. Internal: only `LevelLadder`, its server part, renders it (the
 * package exports no path to this module), with the framework it resolved, so what
 * arrives here — as a copy, from a server component — was checked where it entered and is
 * used as it is. The browser bundle of a server-rendered ladder therefore holds neither
 * core's parser nor its checker.
 */
export const LadderClient = /* @__PURE__ */ forwardRef<HTMLElement, LadderClientProps>(
  function LadderClient(props, ref) {
    return <Ladder {...props} forwardedRef={ref} />;
  },
);

type LadderProps = LadderClientProps & { forwardedRef: ForwardedRef<HTMLElement> };

function Ladder(props: LadderProps) {
  const {
    framework,
    forwardedRef,
    direction = "ascending",
    currentLevel,
    targetLevel,
    headingLevel = 3,
    attribution = true,
    labels: labelOverrides,
    type = "multiple",
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    query = "",
    assessment,
    idPrefix = "",
    steps,
    className,
    ...rest
  } = props;
  const labels = useMemo(() => resolveLabels(labelOverrides), [labelOverrides]);
  const search = useSearch(framework, query);
  const rootRef = useRef<HTMLElement>(null);
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLElement);
  const { open, openIds, onSingleChange, onMultipleChange } = useLadderOpenState(props, search, rootRef);
  const announcement = useAssessmentAnnouncement(framework, assessment?.assessment, currentLevel === undefined, labels);

  const reached = assessment?.assessment.level?.key;
  const current = currentLevel ?? reached;
  // Memoized with the labels, so a rung whose props did not change is not rendered again.
  const markers = useMemo(() => levelMarkers(framework, current, targetLevel), [framework, current, targetLevel]);
  const levels = direction === "descending" ? [...framework.levels].reverse() : framework.levels;
  const title = framework.occupation.title || labels.untitled;

  const rungs = (
    <ol className="rungs-ladder__rungs">
      {levels.map((level) => (
        <Rung
          key={level.key}
          level={level}
          total={framework.levels.length}
          open={open.includes(level.key)}
          marker={markers[level.rank]}
          headingLevel={headingLevel}
          labels={labels}
          search={search}
          assessment={assessment}
          idPrefix={idPrefix}
          steps={steps}
        />
      ))}
    </ol>
  );

  return (
    <section
      ref={rootRef}
      aria-label={formatLabel(labels.ladder, { title })}
      className={clsx("rungs", "rungs-ladder", className)}
      data-direction={direction}
      {...rest}
    >
      {props.query !== undefined && (
        <SearchStatus search={search} labels={labels} className="rungs-ladder__status" showCount={false} />
      )}
      {assessment && (
        // Says what a checkbox changed ("Developing: 3 of 10 met."), which is shown in the
        // rung's button, away from the checkbox. Empty at first, so nothing is read on load.
        <p role="status" className="rungs-ladder__assessment-status rungs-visually-hidden">
          {announcement}
        </p>
      )}
      {type === "single" ? (
        <Accordion.Root
          type="single"
          collapsible
          value={openIds[0] ?? ""}
          onValueChange={onSingleChange}
          orientation="vertical"
          asChild
        >
          {rungs}
        </Accordion.Root>
      ) : (
        <Accordion.Root type="multiple" value={openIds} onValueChange={onMultipleChange} orientation="vertical" asChild>
          {rungs}
        </Accordion.Root>
      )}
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </section>
  );
}

interface RungProps {
  level: Level;
  idPrefix: string;
  total: number;
  open: boolean;
  marker: ReturnType<typeof levelMarkers>[number] | undefined;
  headingLevel: HeadingLevel;
  labels: RungsLabels;
  search: Search;
  /** Present in a self-assessment. */
  assessment: AssessmentState | undefined;
  /** Present with the ladder's `levelSteps`: what is new at each level. */
  steps: StepMarks | undefined;
}

/**
 * One level of the ladder. Memoized: opening a rung re-renders that rung only, never the
 * statements of the others (their props are unchanged).
 */
const Rung = /* @__PURE__ */ memo(function Rung({
  level,
  idPrefix,
  total,
  open,
  marker,
  headingLevel,
  labels,
  search,
  assessment,
  steps,
}: RungProps) {
  const Heading = `h${headingLevel}` as const;
  const count = level.statements.length;
  const statements = search.active
    ? level.statements.filter((statement) => search.matches.has(statement.id))
    : level.statements;
  const progress = assessment?.assessment.levels[level.rank];
  const contentRef = useRef<HTMLDivElement>(null);
  useHiddenUntilFound(contentRef, open);
  // Radix points aria-controls at the panel only while it is open; ours is always mounted,
  // so the trigger always names it (APG accordion pattern).
  const contentId = useId();
  const hasMarker = markerKind(marker) !== undefined;
  return (
    <Accordion.Item value={level.id} asChild>
      <li
        id={`${idPrefix}${level.id}`}
        className="rungs-rung"
        data-rank={level.rank}
        data-level={level.key}
        data-met={progress?.met && count > 0 ? "" : undefined}
        {...markerAttributes(marker)}
      >
        <Accordion.Header asChild>
          <Heading className="rungs-rung__heading">
            <Accordion.Trigger className="rungs-rung__trigger" aria-controls={contentId}>
              {/* The parts are laid out apart; for the button's name, hidden punctuation and a
                  space (which flex layout does not show) keep them apart too: "Emerging, Level
                  1 of 4, 10 statements", never "4 10". */}
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
                      ? formatCount(labels.levelMatchCount, statements.length, labels.locale, { total: count })
                      : formatCount(labels.statementCount, count, labels.locale)}
                  </span>
                )}
                {hasMarker && <NameSeparator labels={labels} />}
              </span>
              {hasMarker && " "}
              <Marker marker={marker} labels={labels} />
            </Accordion.Trigger>
          </Heading>
        </Accordion.Header>
        <Accordion.Content
          ref={contentRef}
          id={contentId}
          forceMount
          // Only an open panel is a region: a closed one, kept in the tree for find-in-page,
          // would be an empty named landmark.
          {...(open ? undefined : CLOSED_PANEL)}
          className="rungs-rung__content"
          // Radix sets these on every content element; they are unused here, and unset they
          // keep inline styles out of the server HTML (strict CSP).
          style={NO_RADIX_SIZE_VARIABLES}
        >
          {count === 0 ? (
            <p className="rungs-rung__empty">{labels.emptyLevel}</p>
          ) : statements.length === 0 ? (
            <p className="rungs-rung__empty">{labels.noMatchInLevel}</p>
          ) : (
            <>
              {steps && <StepSummary counts={steps.byLevel.get(level.key)} labels={labels} />}
              <ul className="rungs-rung__statements">
                {statements.map((statement) =>
                  ladderStatement(
                    statement,
                    idPrefix,
                    search.matches.get(statement.id),
                    assessment,
                    steps?.byStatement.get(statement.id),
                    labels,
                  ),
                )}
              </ul>
            </>
          )}
        </Accordion.Content>
      </li>
    </Accordion.Item>
  );
});

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

/** Overrides what Radix sets on every panel: a closed one is neither a region nor named. */
const CLOSED_PANEL = { role: undefined, "aria-labelledby": undefined };

const NO_RADIX_SIZE_VARIABLES = {
  "--radix-accordion-content-height": undefined,
  "--radix-accordion-content-width": undefined,
} as CSSProperties;
