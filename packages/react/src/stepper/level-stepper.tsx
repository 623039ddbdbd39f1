import { type Framework, type FrameworkInput, type Level, type LevelMarker, levelMarkers, trackOf } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from "react";
import type { FrameworkErrorProps } from "../shared/error-panel";
import { formatCount, formatLabel, formatNumber } from "../shared/format-label";
import { type RungsLabels, resolveLabels } from "../shared/labels";
import { Marker, markerAttributes, markerKind } from "../shared/level-markers";
import { useFramework } from "../shared/use-framework";

export interface LevelStepperProps extends Omit<ComponentPropsWithoutRef<"div">, "children">, FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** Key of the reader's level: its step says "You are here" and is the summary's level. */
  currentLevel?: string | undefined;
  /** Key of the level the reader aims for: its step says "Target". */
  targetLevel?: string | undefined;
  /**
   * Makes each step a link to this URL: a page, `""` for this one. Steps link to the
   * ladder's rungs there, `${linkTo}#${idPrefix}${level.id}`.
   */
  linkTo?: string | undefined;
  /** Makes each step a link to the URL it returns; wins over `linkTo`. */
  href?: ((level: Level) => string) | undefined;
  /** The `idPrefix` of the ladder the steps link to. Default `""`, as the ladder's. */
  idPrefix?: string | undefined;
  /**
   * `"default"`: every step's label and marker. `"compact"`: the summary line, with the
   * steps as marks beside it (their words kept for screen readers), for a job-listing row
   * or a profile header.
   */
  size?: "default" | "compact" | undefined;
  /** (1.1) Key of the track whose levels are the steps; default the first track. A key that names no track shows the error panel. */
  track?: string | undefined;
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * Every level of a framework in one line, as steps, with "You are here" and "Target" said
 * in words, and a summary ("Developing · level 2 of 4"). The current step has
 * `aria-current="step"`. With `linkTo` or `href`, each step links to its rung of a
 * `LevelLadder`. (1.1) The levels are one track's (`track`; default the first). A server component (no state, no effects): its HTML is all there is. The
 * ref is the root `<div>`.
 */
export const LevelStepper = /* @__PURE__ */ forwardRef<HTMLDivElement, LevelStepperProps>(
  function LevelStepper(props, ref) {
    const { framework: input, labels: labelOverrides, renderError, ...rest } = props;
    const resolved = useFramework(input, labelOverrides, renderError, undefined, props.track);
    if (!resolved.ok) return resolved.fallback;
    return (
      <Stepper {...rest} forwardedRef={ref} framework={resolved.framework} labels={resolveLabels(labelOverrides)} />
    );
  },
);

type StepperProps = Omit<LevelStepperProps, "framework" | "labels" | "renderError"> & {
  framework: Framework;
  labels: RungsLabels;
  forwardedRef: ForwardedRef<HTMLDivElement>;
};

function Stepper({
  framework,
  labels,
  forwardedRef,
  currentLevel,
  targetLevel,
  linkTo,
  href,
  idPrefix = "",
  size = "default",
  track,
  className,
  ...rest
}: StepperProps) {
  const { levels } = trackOf(framework, track);
  const markers = levelMarkers(framework, currentLevel, targetLevel, { track });
  const title = framework.occupation.title || labels.untitled;
  const currentRank = markers.findIndex((marker) => marker.current);
  const linkOf = href ?? (linkTo === undefined ? undefined : (level: Level) => `${linkTo}#${idPrefix}${level.id}`);
  return (
    <div ref={forwardedRef} className={clsx("rungs", "rungs-stepper", className)} data-size={size} {...rest}>
      <p className="rungs-stepper__summary">{summaryText(levels, markers, labels)}</p>
      <ol className="rungs-stepper__steps" aria-label={formatLabel(labels.stepper, { title })}>
        {levels.map((level) => (
          <Step
            key={level.key}
            level={level}
            marker={markers[level.rank]}
            reached={level.rank < currentRank}
            labels={labels}
            href={linkOf?.(level)}
          />
        ))}
      </ol>
    </div>
  );
}

interface StepProps {
  level: Level;
  marker: LevelMarker | undefined;
  /** Below the current level: passed on the way (styled as done; the summary says where the reader is). */
  reached: boolean;
  labels: RungsLabels;
  href: string | undefined;
}

/**
 * One level: its label, then its marker in words. `aria-current` goes on the link where
 * there is one, the element a screen reader lands on; else on the item.
 */
function Step({ level, marker, reached, labels, href }: StepProps) {
  const current = marker?.current ? ("step" as const) : undefined;
  const hasMarker = markerKind(marker) !== undefined;
  const body = (
    <>
      <span className="rungs-stepper__label">
        {level.label}
        {/* Read, not shown: keeps the label and the marker apart ("Developing, You are here").
            Inside the label, which layout makes a block, so no space creeps in before it. */}
        {hasMarker && <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()}</span>}
      </span>
      {hasMarker && " "}
      <Marker marker={marker} labels={labels} />
    </>
  );
  return (
    <li
      className="rungs-stepper__step"
      data-level={level.key}
      aria-current={href === undefined ? current : undefined}
      data-reached={reached ? "" : undefined}
      {...markerAttributes(marker)}
    >
      {href === undefined ? (
        <span className="rungs-stepper__body">{body}</span>
      ) : (
        <a className="rungs-stepper__body" href={href} aria-current={current}>
          {body}
        </a>
      )}
    </li>
  );
}

/**
 * "Developing · level 2 of 4", then "Target: Proficient" when the target is another level;
 * without a known current level, "4 levels" and the target.
 */
function summaryText(levels: readonly Level[], markers: readonly LevelMarker[], labels: RungsLabels): string {
  const total = levels.length;
  const current = levels.find((level) => markers[level.rank]?.current);
  const target = levels.find((level) => markers[level.rank]?.target && !markers[level.rank]?.current);
  const parts = [
    current
      ? formatLabel(labels.stepperSummary, {
          level: current.label,
          position: formatNumber(current.rank + 1, labels.locale),
          total: formatNumber(total, labels.locale),
        })
      : formatCount(labels.levelCount, total, labels.locale),
  ];
  if (target) parts.push(formatLabel(labels.stepperTarget, { target: labels.target, level: target.label }));
  return parts.join(labels.stepperSeparator);
}
