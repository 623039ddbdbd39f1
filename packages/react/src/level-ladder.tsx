import * as Accordion from "@radix-ui/react-accordion";
import { type Framework, type FrameworkInput, type Level, levelMarkers } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type CSSProperties, type RefObject, useEffect, useId, useRef } from "react";
import { flushSync } from "react-dom";
import type { FrameworkErrorProps } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatCount, formatLabel, type RungsLabels, resolveLabels } from "./labels";
import { Marker, markerAttributes } from "./level-markers";
import { type HeadingLevel, StatementCard } from "./statement-card";
import { useControllableState } from "./use-controllable-state";
import { useFramework } from "./use-framework";

interface LevelLadderBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "defaultValue" | "onChange">,
    FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** `"ascending"` (default): lowest level first. `"descending"`: highest on top. */
  direction?: "ascending" | "descending" | undefined;
  /** Key of the reader's level: marked "You are here". */
  currentLevel?: string | undefined;
  /** Key of the level the reader aims for: marked "Target". */
  targetLevel?: string | undefined;
  /** The heading level of each rung's title, so the host's outline stays right. Default 3. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the sources and attribution line (default); the licence of most frameworks requires it. */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
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
  /** Key of the open level, `""` for none (controlled). */
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
    className,
    ...rest
  } = props;
  const labels = resolveLabels(labelOverrides);
  const [open, setOpen] = useControllableState<string[]>({
    value: value === undefined ? undefined : toKeys(value),
    defaultValue: toKeys(defaultValue),
    onChange: (keys) => (onValueChange as ((value: string[] | string) => void) | undefined)?.(fromKeys(keys, type)),
    name: "LevelLadder",
  });

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

  const markers = levelMarkers(framework, currentLevel, targetLevel);
  const levels = direction === "descending" ? [...framework.levels].reverse() : framework.levels;
  const title = framework.occupation.title || labels.untitled;
  const accordion =
    type === "single"
      ? ({
          type: "single",
          collapsible: true,
          value: open[0] ?? "",
          onValueChange: (key: string) => setOpen(key ? [key] : []),
        } as const)
      : ({ type: "multiple", value: open, onValueChange: setOpen } as const);

  return (
    <section
      ref={rootRef}
      aria-label={formatLabel(labels.ladder, { title })}
      className={clsx("rungs", "rungs-ladder", className)}
      data-direction={direction}
      {...rest}
    >
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
            />
          ))}
        </ol>
      </Accordion.Root>
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </section>
  );
}

interface RungProps {
  level: Level;
  total: number;
  open: boolean;
  marker: ReturnType<typeof levelMarkers>[number] | undefined;
  headingLevel: HeadingLevel;
  labels: RungsLabels;
}

function Rung({ level, total, open, marker, headingLevel, labels }: RungProps) {
  const Heading = `h${headingLevel}` as const;
  const count = level.statements.length;
  const contentRef = useRef<HTMLDivElement>(null);
  useHiddenUntilFound(contentRef, open);
  // Radix points aria-controls at the panel only while it is open; ours is always mounted,
  // so the trigger always names it (APG accordion pattern).
  const contentId = useId();
  return (
    <Accordion.Item value={level.key} asChild>
      <li className="rungs-rung" data-rank={level.rank} data-rungs-level={level.key} {...markerAttributes(marker)}>
        <Accordion.Header asChild>
          <Heading className="rungs-rung__heading">
            <Accordion.Trigger className="rungs-rung__trigger" aria-controls={contentId}>
              <span className="rungs-rung__label">{level.label}</span>
              <span className="rungs-rung__meta">
                <span className="rungs-rung__position">
                  {formatLabel(labels.position, { position: level.rank + 1, total })}
                </span>
                <span className="rungs-rung__count">{formatCount(labels.statementCount, count, labels.locale)}</span>
              </span>
              <Marker marker={marker} labels={labels} />
            </Accordion.Trigger>
          </Heading>
        </Accordion.Header>
        <Accordion.Content
          ref={contentRef}
          id={contentId}
          forceMount
          className="rungs-rung__content"
          // Radix sets these on every content element; they are unused here, and unset they
          // keep inline styles out of the server HTML (strict CSP).
          style={NO_RADIX_SIZE_VARIABLES}
        >
          {count === 0 ? (
            <p className="rungs-rung__empty">{labels.emptyLevel}</p>
          ) : (
            <ul className="rungs-rung__statements">
              {level.statements.map((statement) => (
                <StatementCard key={statement.id} as="li" statement={statement} />
              ))}
            </ul>
          )}
        </Accordion.Content>
      </li>
    </Accordion.Item>
  );
}

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

function toKeys(value: string | string[] | undefined): string[] {
  if (value === undefined || value === "") return [];
  return typeof value === "string" ? [value] : value;
}

function fromKeys(keys: string[], type: "single" | "multiple"): string[] | string {
  return type === "single" ? (keys[0] ?? "") : keys;
}
