import * as Accordion from "@radix-ui/react-accordion";
import {
  type Assessment,
  type Framework,
  type FrameworkInput,
  type Level,
  type LevelProgress,
  levelMarkers,
} from "@rungs/core";
import { clsx } from "clsx";
import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type RefObject,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import type { FrameworkErrorProps } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatCount, formatLabel, type RungsLabels, resolveLabels } from "./labels";
import { Marker, markerAttributes, markerKind } from "./level-markers";
import { type HeadingLevel, StatementCard } from "./statement-card";
import { type AssessmentState, useAssessment } from "./use-assessment";
import { useControllableState } from "./use-controllable-state";
import { useFramework } from "./use-framework";
import { type Search, SearchStatus, useSearch } from "./use-search";

interface LevelLadderBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "defaultValue" | "defaultChecked" | "onChange">,
    FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** `"ascending"` (default): lowest level first. `"descending"`: highest on top. */
  direction?: "ascending" | "descending" | undefined;
  /**
   * Key of the reader's level: marked "You are here". When the ladder is `assessable` and
   * this is not given, the level the checked statements reach is marked instead.
   */
  currentLevel?: string | undefined;
  /** Key of the level the reader aims for: marked "Target". */
  targetLevel?: string | undefined;
  /** The heading level of each rung's title, so the host's outline stays right. Default 3. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the sources and attribution line (default); the licence of most frameworks requires it. */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
  /**
   * Shows only the statements that match this search (core's `searchStatements`), with the
   * matching words marked, and opens the rungs that have any. Empty or blank: no search.
   */
  query?: string | undefined;
  /**
   * A self-assessment: every statement gets a checkbox, and each rung shows how many of
   * its statements are checked. On by default when `checked`, `defaultChecked` or
   * `onCheckedChange` is given.
   */
  assessable?: boolean | undefined;
  /** Ids of the checked statements (controlled); see `Statement.id`. */
  checked?: readonly string[] | undefined;
  /** Ids of the statements checked at first (uncontrolled), e.g. from core's `decodeAssessment`. */
  defaultChecked?: readonly string[] | undefined;
  /** Called with the ids of the checked statements, in the framework's order, on every change. */
  onCheckedChange?: ((checked: string[]) => void) | undefined;
  /** Share of a level's statements to check for it to be met (0 to 1; default 1, all of them). */
  threshold?: number | undefined;
}

export interface LevelLadderMultipleProps extends LevelLadderBaseProps {
  /** Several rungs may be open at once (default). */
  type?: "multiple" | undefined;
  /** Keys of the open levels (controlled). */
  value?: string[] | undefined;
  defaultValue?: string[] | undefined;
  onValueChange?: ((value: string[]) => void) | undefined;
}

export interface LevelLadderSingleProps extends LevelLadderBaseProps {
  /** One rung open at a time; it can be closed again. */
  type: "single";
  /**
   * Key of the open level, `""` for none (controlled). A level keyed `""` opens only
   * uncontrolled here, or with `type="multiple"`.
   */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
}

export type LevelLadderProps = LevelLadderMultipleProps | LevelLadderSingleProps;

/**
 * The occupation's levels as rungs of a ladder, each expanding to its statements (WAI-ARIA
 * accordion). Closed rungs keep their statements in the HTML, hidden until found, so
 * search engines, find-in-page and server-rendered pages have every statement.
 */
export function LevelLadder(props: LevelLadderProps) {
  const { framework: input, labels, renderError } = props;
  const resolved = useFramework(input, labels, renderError);
  return resolved.ok ? <Ladder {...props} framework={resolved.framework} /> : resolved.fallback;
}

function Ladder(props: LevelLadderProps & { framework: Framework }) {
  const {
    framework,
    direction = "ascending",
    currentLevel,
    targetLevel,
    headingLevel = 3,
    attribution = true,
    labels: labelOverrides,
    renderError: _renderError,
    type = "multiple",
    value,
    defaultValue,
    onValueChange,
    query = "",
    checked,
    defaultChecked,
    onCheckedChange,
    assessable = checked !== undefined || defaultChecked !== undefined || onCheckedChange !== undefined,
    threshold,
    className,
    ...rest
  } = props;
  const labels = resolveLabels(labelOverrides);
  const search = useSearch(framework, query);
  const [open, setOpen] = useControllableState<string[]>({
    value: value === undefined ? undefined : toKeys(value),
    // A ladder rendered with a query starts with the matching rungs open, on the server too.
    defaultValue: openForSearch(toKeys(defaultValue), search, type),
    onChange: (keys) => (onValueChange as ((value: string[] | string) => void) | undefined)?.(fromKeys(keys, type)),
    name: "LevelLadder",
  });
  const assessment = useAssessment(framework, { checked, defaultChecked, onCheckedChange, threshold, targetLevel });

  // Find-in-page reveals a hidden-until-found rung: open it so the state agrees.
  const rootRef = useRef<HTMLElement>(null);
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onBeforeMatch = (event: Event) => {
      const key = (event.target as Element).closest("[data-rungs-level]")?.getAttribute("data-rungs-level");
      if (key == null || openRef.current.includes(key)) return;
      // Synchronously, so the rung is shown before the browser scrolls to the match.
      flushSync(() => setOpen(type === "single" ? [key] : [...openRef.current, key]));
    };
    root.addEventListener("beforematch", onBeforeMatch);
    return () => root.removeEventListener("beforematch", onBeforeMatch);
  }, [setOpen, type]);

  // A new query opens the rungs it finds statements in, through the open state, so a host
  // that controls `value` is asked (onValueChange) like for any other change. The query of
  // the first render is already in the uncontrolled state.
  const searchedRef = useRef(value === undefined ? search.query : "");
  useEffect(() => {
    if (search.query === searchedRef.current) return;
    searchedRef.current = search.query;
    const next = openForSearch(openRef.current, search, type);
    if (next !== openRef.current) setOpen(next);
  }, [search, setOpen, type]);

  const announcement = useAssessmentAnnouncement(
    framework,
    assessable ? assessment.assessment : undefined,
    currentLevel === undefined,
    labels,
  );

  // Radix takes "" for "no rung open", so its items are keyed by the levels' ids (unique,
  // never empty); the host's value stays in level keys.
  const { idOf, keyOf } = useMemo(() => levelIdMaps(framework), [framework]);
  const openIds = open.flatMap((key) => idOf.get(key) ?? []);

  const reached = assessable ? assessment.assessment.level?.key : undefined;
  const markers = levelMarkers(framework, currentLevel ?? reached, targetLevel);
  const levels = direction === "descending" ? [...framework.levels].reverse() : framework.levels;
  const title = framework.occupation.title || labels.untitled;
  const accordion =
    type === "single"
      ? ({
          type: "single",
          collapsible: true,
          value: openIds[0] ?? "",
          onValueChange: (id: string) => setOpen(keyOf.has(id) ? [keyOf.get(id) as string] : []),
        } as const)
      : ({
          type: "multiple",
          value: openIds,
          onValueChange: (ids: string[]) => {
            // Keys the host opened that name no level are kept, as they were before.
            const next = new Set(ids);
            const kept = open.filter((key) => !idOf.has(key) || next.has(idOf.get(key) as string));
            const added = ids.flatMap((id) => {
              const key = keyOf.get(id);
              return key === undefined || kept.includes(key) ? [] : [key];
            });
            setOpen([...kept, ...added]);
          },
        } as const);

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
      {assessable && (
        // Says what a checkbox changed ("Developing: 3 of 10 met."), which is shown in the
        // rung's button, away from the checkbox. Empty at first, so nothing is read on load.
        <p role="status" className="rungs-ladder__assessment-status rungs-visually-hidden">
          {announcement}
        </p>
      )}
      <Accordion.Root {...accordion} orientation="vertical" asChild>
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
              assessment={assessable ? assessment : undefined}
            />
          ))}
        </ol>
      </Accordion.Root>
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </section>
  );
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
  total: number;
  open: boolean;
  marker: ReturnType<typeof levelMarkers>[number] | undefined;
  headingLevel: HeadingLevel;
  labels: RungsLabels;
  search: Search;
  /** Present when the ladder is assessable. */
  assessment: AssessmentState | undefined;
}

function Rung({ level, total, open, marker, headingLevel, labels, search, assessment }: RungProps) {
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
        className="rungs-rung"
        data-rank={level.rank}
        data-rungs-level={level.key}
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

function fromKeys(keys: string[], type: "single" | "multiple"): string[] | string {
  return type === "single" ? (keys[0] ?? "") : keys;
}
