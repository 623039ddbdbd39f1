"use client";

import * as Accordion from "@radix-ui/react-accordion";
import { clsx } from "clsx";
import { type CSSProperties, type ForwardedRef, forwardRef, memo, useId, useImperativeHandle, useRef } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { LadderClientProps, LadderRung } from "./ladder-types";
import { rungItemAttributes } from "./rung-item";
import { useAssessmentAnnouncement } from "./use-assessment-announcement";
import { useHiddenUntilFound } from "./use-find-in-page";
import { useHydrated } from "./use-hydrated";
import { useLadderOpenState } from "./use-ladder-open-state";

/**
 * The ladder's client part: it opens and closes the rungs (WAI-ARIA accordion, Radix) and
 * announces a self-assessment's changes. Internal: only `LevelLadder`, its server part,
 * renders it (the package exports no path to this module), with the rungs' buttons and
 * panels already rendered and the framework already checked, so the browser bundle of a
 * server-rendered ladder holds this, Radix and the open state's hooks only: neither core's
 * parser, checker and search, nor the default labels, nor the code that renders statements.
 */
export const LadderClient = /* @__PURE__ */ forwardRef<HTMLElement, LadderClientProps>(
  function LadderClient(props, ref) {
    return <Ladder {...props} forwardedRef={ref} />;
  },
);

type LadderProps = LadderClientProps & { forwardedRef: ForwardedRef<HTMLElement> };

function Ladder(props: LadderProps) {
  const {
    outline: _outline,
    rungs,
    everyLevel,
    search: _search,
    forwardedRef,
    currentLevel,
    headingLevel = 3,
    labels,
    type = "multiple",
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    onTrackChange: _onTrackChange,
    assessment,
    idPrefix = "",
    searchStatus,
    attributionBody,
    "aria-label": name,
    className,
    ...rest
  } = props;
  const rootRef = useRef<HTMLElement>(null);
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLElement);
  const { open, openIds, onSingleChange, onMultipleChange } = useLadderOpenState(props, rootRef);
  const hydrated = useHydrated();
  // APG (accordion): panels are regions only while few are open, so landmarks stay a short list.
  const panelsAreRegions = open.length <= MAX_PANEL_REGIONS;
  const announcement = useAssessmentAnnouncement(
    assessment?.framework,
    assessment?.assessment,
    followsAssessment(currentLevel, assessment?.assessment.level?.key),
    labels,
  );

  const list = (
    <ol className="rungs-ladder__rungs">
      {rungs.map((rung) => (
        <Rung
          key={rung.key}
          rung={rung}
          open={open.includes(rung.key)}
          region={panelsAreRegions}
          headingLevel={headingLevel}
          idPrefix={idPrefix}
          hydrated={hydrated}
        />
      ))}
    </ol>
  );

  const accordion =
    type === "single" ? (
      <Accordion.Root
        type="single"
        collapsible
        value={openIds[0] ?? ""}
        onValueChange={onSingleChange}
        orientation="vertical"
        asChild
      >
        {list}
      </Accordion.Root>
    ) : (
      <Accordion.Root type="multiple" value={openIds} onValueChange={onMultipleChange} orientation="vertical" asChild>
        {list}
      </Accordion.Root>
    );

  return (
    <section ref={rootRef} aria-label={name} className={clsx("rungs", "rungs-ladder", className)} {...rest}>
      {searchStatus}
      {assessment && (
        // Says what a checkbox changed ("Developing: 3 of 10 met."), which is shown in the
        // rung's button, away from the checkbox. Empty at first, so nothing is read on load.
        <p role="status" className="rungs-ladder__assessment-status rungs-visually-hidden">
          {announcement}
        </p>
      )}
      {assessment ? (
        // Until it hydrates, a self-assessment's checkboxes are disabled: without JavaScript a
        // checkbox would toggle while every count, marker and the summary stay as served.
        // A fieldset disables them natively, with no script; it draws no box and is no group.
        <fieldset role="presentation" disabled={!hydrated} className="rungs-ladder__checkable">
          {everyLevel}
          {accordion}
        </fieldset>
      ) : (
        <>
          {everyLevel}
          {accordion}
        </>
      )}
      {attributionBody}
    </section>
  );
}

interface RungProps {
  rung: LadderRung;
  open: boolean;
  headingLevel: HeadingLevel;
  idPrefix: string;
  /** Whether an open panel is a region landmark: not when more than MAX_PANEL_REGIONS are open. */
  region: boolean;
  /** False in server HTML and while hydrating: the rung's title is then text, not a button. */
  hydrated: boolean;
}

/**
 * One level of the ladder. Memoized: opening a rung re-renders that rung only (the server
 * part's rendered parts keep their identity until its input changes).
 */
const Rung = /* @__PURE__ */ memo(function Rung({ rung, open, region, headingLevel, idPrefix, hydrated }: RungProps) {
  const Heading = `h${headingLevel}` as const;
  const contentRef = useRef<HTMLDivElement>(null);
  useHiddenUntilFound(contentRef, open);
  // Radix points aria-controls at the panel only while it is open; ours is always mounted,
  // so the trigger always names it (APG accordion pattern).
  const contentId = useId();
  return (
    <Accordion.Item value={rung.id} asChild>
      <li {...rungItemAttributes(rung, idPrefix)}>
        <Accordion.Header asChild>
          <Heading className="rungs-rung__heading">
            {hydrated ? (
              <Accordion.Trigger className="rungs-rung__trigger" aria-controls={contentId}>
                {rung.header}
              </Accordion.Trigger>
            ) : (
              // Server HTML has no button: without JavaScript it would open nothing, and its
              // aria-expanded="false" would be untrue where every rung is shown (scripting:
              // none). The same box and look, so hydrating moves nothing.
              <span className="rungs-rung__trigger" data-state={open ? "open" : "closed"}>
                {rung.header}
              </span>
            )}
          </Heading>
        </Accordion.Header>
        <Accordion.Content
          ref={contentRef}
          id={contentId}
          forceMount
          // Only an open panel is a region: a closed one, kept in the tree for find-in-page,
          // would be an empty named landmark.
          // Nor is any panel once more than MAX_PANEL_REGIONS are open (an 8-level ladder fully
          // open would list 9 landmarks); its heading still leads to it.
          {...(open && region ? undefined : CLOSED_PANEL)}
          className="rungs-rung__content"
          // Radix sets these on every content element; they are unused here, and unset they
          // keep inline styles out of the server HTML (strict CSP).
          style={NO_RADIX_SIZE_VARIABLES}
        >
          {rung.panel}
        </Accordion.Content>
      </li>
    </Accordion.Item>
  );
});

/**
 * Whether "You are here" moves with the assessment: when the host leaves `currentLevel` to
 * it, or passes the assessment's own level (the occupation screen does), so a checkbox that
 * moves the reader is announced either way. A level the host fixes elsewhere is not.
 */
function followsAssessment(currentLevel: string | undefined, assessedLevel: string | undefined): boolean {
  return currentLevel === undefined || currentLevel === assessedLevel;
}

/**
 * How many open panels may be regions: the WAI-ARIA APG accordion pattern advises against
 * the region role where it would make landmarks proliferate, as with more than about six
 * panels open at once.
 */
const MAX_PANEL_REGIONS = 6;

/** Overrides what Radix sets on every panel: a closed one is neither a region nor named. */
const CLOSED_PANEL = { role: undefined, "aria-labelledby": undefined };

const NO_RADIX_SIZE_VARIABLES = {
  "--radix-accordion-content-height": undefined,
  "--radix-accordion-content-width": undefined,
} as CSSProperties;
