"use client";

import * as Accordion from "@radix-ui/react-accordion";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import {
  type Assessment,
  type Framework,
  type Issue,
  isFramework,
  type Level,
  type LevelProgress,
  levelMarkers,
} from "@rungs/core";
import { clsx } from "clsx";
import {
  type CSSProperties,
  type ForwardedRef,
  forwardRef,
  memo,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import { FrameworkErrorPanel } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatCount, formatLabel, type RungsLabels, resolveLabels } from "./labels";
import type { LevelLadderProps } from "./level-ladder";
import { Marker, markerAttributes, markerKind } from "./level-markers";
import { type HeadingLevel, StatementCard } from "./statement-card";
// Only the type: the ladder takes the state `useAssessment` built, so a ladder that is not
// a self-assessment never brings core's assessment code into the browser.
import type { AssessmentState } from "./use-assessment";
import { type Search, SearchStatus, useSearch } from "./use-search";

/** The ladder's props with the framework already resolved (and no `renderError`, a function). */
export type LadderClientProps = LevelLadderProps extends infer Props
  ? Props extends LevelLadderProps
    ? Omit<Props, "framework" | "renderError"> & { framework: Framework }
    : never
  : never;

/** Said when the framework that reached the browser fails core's check of a parsed framework. */
const NOT_A_FRAMEWORK: readonly Issue[] = [
  {
    path: "",
    code: "invalid-value",
    message: "The framework given to the ladder did not pass the check of a parsed framework.",
  },
];

/**
 * The ladder's client component. What it is given crossed from the server as data (a
 * copy): it is checked in full by core's `isFramework` (no parser needed), once per object.
 */
export const LadderClient = /* @__PURE__ */ forwardRef<HTMLElement, LadderClientProps>(
  function LadderClient(props, ref) {
    const { framework, labels } = props;
    const usable = useMemo(() => isFramework(framework), [framework]);
    return usable ? (
      <Ladder {...props} forwardedRef={ref} />
    ) : (
      <FrameworkErrorPanel errors={NOT_A_FRAMEWORK} labels={labels} />
    );
  },
);

/** The open rungs as level keys, whichever `type` the host chose. */
interface OpenState {
  value: string[] | undefined;
  defaultValue: string[];
  onChange: ((keys: string[]) => void) | undefined;
}

function openStateOf(props: LadderClientProps): OpenState {
  if (props.type === "single") {
    const { value, defaultValue, onValueChange } = props;
    return {
      value: value === undefined ? undefined : toKeys(value),
      defaultValue: toKeys(defaultValue),
      onChange: onValueChange && ((keys) => onValueChange(keys[0] ?? "")),
    };
  }
  const { value, defaultValue = [], onValueChange } = props;
  return { value, defaultValue, onChange: onValueChange };
}

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
    className,
    ...rest
  } = props;
  const labels = useMemo(() => resolveLabels(labelOverrides), [labelOverrides]);
  const search = useSearch(framework, query);
  const openState = openStateOf(props);
  const [open, setOpen] = useControllableState<string[]>({
    prop: openState.value,
    // A ladder rendered with a query starts with the matching rungs open, on the server too.
    defaultProp: openForSearch(openState.defaultValue, search, type),
    onChange: openState.onChange,
    caller: "LevelLadder",
  });
  // Event listeners below outlive a render; they read the latest state and setter.
  const openRef = useRef(open);
  openRef.current = open;
  const setOpenRef = useRef(setOpen);
  setOpenRef.current = setOpen;

  const rootRef = useRef<HTMLElement>(null);
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLElement);

  // Find-in-page reveals a hidden-until-found rung: open it so the state agrees.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onBeforeMatch = (event: Event) => {
      const key = (event.target as Element).closest(".rungs-rung")?.getAttribute("data-level");
      // Synchronously, so the rung is shown before the browser scrolls to the match.
      if (key != null) flushSync(() => setOpenRef.current(withOpen(key, type)));
    };
    root.addEventListener("beforematch", onBeforeMatch);
    return () => root.removeEventListener("beforematch", onBeforeMatch);
  }, [type]);

  // `#<rung id>` or `#<statement id>` in the URL opens that rung, on load and on every
  // hash change, so "the Developing level" and one statement can be linked to.
  useEffect(() => {
    const openLinked = () => {
      const key = levelKeyOfHash(framework, idPrefix, window.location.hash);
      if (key !== undefined) setOpenRef.current(withOpen(key, type));
    };
    openLinked();
    window.addEventListener("hashchange", openLinked);
    return () => window.removeEventListener("hashchange", openLinked);
  }, [framework, idPrefix, type]);

  // A new query opens the rungs it finds statements in, through the open state, so a host
  // that controls `value` is asked (onValueChange) like for any other change. The query of
  // the first render is already in the uncontrolled state.
  const searchedRef = useRef(openState.value === undefined ? search.query : "");
  useEffect(() => {
    if (search.query === searchedRef.current) return;
    searchedRef.current = search.query;
    const next = openForSearch(openRef.current, search, type);
    if (next !== openRef.current) setOpenRef.current(next);
  }, [search, type]);

  const announcement = useAssessmentAnnouncement(framework, assessment?.assessment, currentLevel === undefined, labels);

  // Radix takes "" for "no rung open", so its items are keyed by the levels' ids (unique,
  // never empty); the host's value stays in level keys.
  const { idOf, keyOf } = useMemo(() => levelIdMaps(framework), [framework]);
  const openIds = open.flatMap((key) => idOf.get(key) ?? []);

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
          onValueChange={(id) => {
            const key = keyOf.get(id);
            setOpen(key === undefined ? [] : [key]);
          }}
          orientation="vertical"
          asChild
        >
          {rungs}
        </Accordion.Root>
      ) : (
        <Accordion.Root
          type="multiple"
          value={openIds}
          onValueChange={(ids) => {
            // Keys the host opened that name no level are kept, as they were before.
            const next = new Set(ids);
            const kept = open.filter((key) => {
              const id = idOf.get(key);
              return id === undefined || next.has(id);
            });
            const added = ids.flatMap((id) => {
              const key = keyOf.get(id);
              return key === undefined || kept.includes(key) ? [] : [key];
            });
            setOpen([...kept, ...added]);
          }}
          orientation="vertical"
          asChild
        >
          {rungs}
        </Accordion.Root>
      )}
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </section>
  );
}

/** An update of the open rungs that opens `key` (the only one with `type="single"`). */
function withOpen(key: string, type: "single" | "multiple"): (open: string[]) => string[] {
  return (open) => (open.includes(key) ? open : type === "single" ? [key] : [...open, key]);
}

/**
 * The key of the level a URL's hash links to: a rung (`${idPrefix}${level.id}`) or one of
 * its statements (`${idPrefix}${statement.id}`). `undefined` for any other hash.
 */
function levelKeyOfHash(framework: Framework, idPrefix: string, hash: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  if (id === "" || !id.startsWith(idPrefix)) return undefined;
  const local = id.slice(idPrefix.length);
  for (const level of framework.levels) {
    if (level.id === local || level.statements.some((statement) => statement.id === local)) return level.key;
  }
  return undefined;
}

/**
 * The open rungs once a search has opened the ones it finds statements in: all of them, or
 * with `type="single"` the first one unless the open rung has a match. `open` itself when
 * nothing changes.
 */
function openForSearch(open: string[], search: Search, type: "single" | "multiple"): string[] {
  if (search.levelKeys.length === 0) return open;
  if (type === "single") {
    const [first] = search.levelKeys;
    const current = open[0];
    return first === undefined || (current !== undefined && search.levelKeys.includes(current)) ? open : [first];
  }
  const missing = search.levelKeys.filter((key) => !open.includes(key));
  return missing.length === 0 ? open : [...open, ...missing];
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
            <ul className="rungs-rung__statements">
              {statements.map((statement) => (
                <StatementCard
                  key={statement.id}
                  as="li"
                  statement={statement}
                  idPrefix={idPrefix}
                  highlight={search.matches.get(statement.id)}
                  {...(assessment && {
                    checked: assessment.isChecked(statement.id),
                    onCheckedChange: (on: boolean) => assessment.setChecked(statement.id, on),
                  })}
                />
              ))}
            </ul>
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

/**
 * Hides closed content with `hidden="until-found"`, which find-in-page can reveal (it then
 * fires `beforematch`, handled by the ladder). React renders `hidden` only as a boolean,
 * so the attribute is set here, after hydration; until then the stylesheet hides closed
 * content, and the server HTML carries every statement.
 */
function useHiddenUntilFound(ref: RefObject<HTMLElement | null>, open: boolean) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open) element.removeAttribute("hidden");
    else element.setAttribute("hidden", "until-found");
  }, [ref, open]);
}

/** Each level's id by key and key by id. */
function levelIdMaps(framework: Framework) {
  return {
    idOf: new Map(framework.levels.map((level) => [level.key, level.id])),
    keyOf: new Map(framework.levels.map((level) => [level.id, level.key])),
  };
}

/**
 * What the last change of the checked statements changed, in words for the live region:
 * each rung whose progress moved, and where "You are here" went when it follows the
 * assessment (`tracksCurrent`). Empty until something changes: nothing on the first
 * render, on the server or for a new framework.
 */
function useAssessmentAnnouncement(
  framework: Framework,
  assessment: Assessment | undefined,
  tracksCurrent: boolean,
  labels: RungsLabels,
): string {
  const [seen, setSeen] = useState({ framework, assessment });
  const [text, setText] = useState("");
  if (seen.framework !== framework || seen.assessment !== assessment) {
    // Adjusting state while rendering, as React documents for "state from a change of props".
    setSeen({ framework, assessment });
    if (seen.framework !== framework || !seen.assessment || !assessment) setText("");
    else {
      const change = describeChange(seen.assessment, assessment, tracksCurrent, labels);
      // A new assessment that changes nothing a reader sees (the same ids again) keeps the text.
      if (change) setText(change);
    }
  }
  return text;
}

function describeChange(before: Assessment, after: Assessment, tracksCurrent: boolean, labels: RungsLabels): string {
  const parts: string[] = [];
  for (const progress of after.levels) {
    if (before.levels[progress.level.rank]?.checked === progress.checked) continue;
    parts.push(
      formatLabel(labels.progressChanged, {
        level: progress.level.label,
        progress: formatCount(labels.levelProgress, progress.checked, labels.locale, { total: progress.total }),
      }),
    );
  }
  if (tracksCurrent && before.level !== after.level) {
    parts.push(
      after.level
        ? formatLabel(labels.currentChanged, { current: labels.current, level: after.level.label })
        : labels.currentCleared,
    );
  }
  return parts.join(" ");
}

function toKeys(value: string | string[] | undefined): string[] {
  if (value === undefined || value === "") return [];
  return typeof value === "string" ? [value] : value;
}
