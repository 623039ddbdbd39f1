import { type Assessment, assessAreas, assessFramework, type Framework } from "@rungs/core";
import { clsx } from "clsx";
import { createElement, type ForwardedRef, forwardRef, type ReactNode, useId, useMemo } from "react";
import { FrameworkErrorPanel } from "../shared/error-panel";
import { formatLabel } from "../shared/format-label";
import { useFramework } from "../shared/use-framework";
import { AreaProfileChart } from "./area-profile-chart";
import { type AreaProfileLabels, resolveAreaProfileLabels } from "./area-profile-labels";
import { AreaProfileTable } from "./area-profile-table";
import type {
  AreaProfileBaseProps,
  AreaProfileFrameworkProps,
  AreaProfileProps,
  AreaProfileState,
} from "./area-profile-types";

/**
 * A picture of where a person stands, area by area (format 1.1 `areas`): the share of each
 * area's statements they meet at the level reached, against the target level. A radar for
 * 3 to 10 areas, bars otherwise, drawn as SVG on the server, with the same numbers in a
 * real table (the chart's accessible alternative). A server component: no JavaScript.
 *
 * A framework without areas renders nothing (`null`): one "area" would say no more than
 * the summary's progress by level already does. So does an assessment with neither a
 * level reached nor a target. Invalid input renders the error panel, as everywhere.
 */
export const AreaProfile = /* @__PURE__ */ forwardRef<HTMLElement, AreaProfileProps>(function AreaProfile(union, ref) {
  const props: LooseProps = union;
  return props.assessment ? (
    <FromState {...props} state={props.assessment} rootRef={ref} />
  ) : (
    <FromFramework {...props} rootRef={ref} />
  );
});

type LooseProps = AreaProfileBaseProps & { assessment?: AreaProfileState | undefined } & Pick<
    AreaProfileFrameworkProps,
    "framework" | "checked" | "threshold" | "track" | "targetLevel"
  >;

type InnerProps = LooseProps & { rootRef: ForwardedRef<HTMLElement> };

function FromState({ state, ...props }: InnerProps & { state: AreaProfileState }) {
  if (state.errors.length > 0) {
    return props.renderError
      ? props.renderError(state.errors)
      : createElement(FrameworkErrorPanel, { errors: state.errors });
  }
  return <Profile {...props} framework={state.framework} result={state.assessment} />;
}

function FromFramework(props: InnerProps) {
  const resolved = useFramework(props.framework ?? "", undefined, props.renderError, undefined, props.track);
  return resolved.ok ? <Assessed {...props} framework={resolved.framework} /> : resolved.fallback;
}

const NONE: readonly string[] = [];

function Assessed({
  framework,
  checked = NONE,
  threshold,
  track,
  targetLevel,
  ...props
}: InnerProps & { framework: Framework }) {
  const result = useMemo(
    () => assessFramework(framework, checked, { threshold, track, targetLevel }),
    [framework, checked, threshold, track, targetLevel],
  );
  return <Profile {...props} framework={framework} result={result} />;
}

function Profile({
  framework,
  result,
  headingLevel = 2,
  labels: labelOverrides,
  rootRef,
  className,
  // Consumed above; kept off the DOM.
  assessment: _assessment,
  checked: _checked,
  threshold: _threshold,
  track: _track,
  targetLevel: _targetLevel,
  renderError: _renderError,
  ...rest
}: Omit<InnerProps, "framework"> & { framework: Framework; result: Assessment }) {
  const id = useId();
  const profile = useMemo(() => assessAreas(framework, result), [framework, result]);
  const labels = resolveAreaProfileLabels(labelOverrides);
  if (profile.areas.length === 0 || (!profile.current && !profile.target)) return null;
  const names = profile.areas.map((area) => area?.label ?? labels.otherArea);
  return (
    <section
      ref={rootRef}
      className={clsx("rungs", "rungs-profile", className)}
      aria-labelledby={`${id}title`}
      {...rest}
    >
      <Heading level={headingLevel} id={`${id}title`}>
        {labels.title}
      </Heading>
      <Legend current={profile.current?.level.label} target={profile.target?.level.label} labels={labels} />
      <AreaProfileChart profile={profile} names={names} />
      <AreaProfileTable profile={profile} names={names} labels={labels} />
    </section>
  );
}

/**
 * Which shape is which level, for the eye: a swatch of each series' line and marker. Hidden
 * from assistive technology, which reads the same names in the table's column headers.
 */
function Legend({
  current,
  target,
  labels,
}: {
  current: string | undefined;
  target: string | undefined;
  labels: AreaProfileLabels;
}) {
  return (
    <ul className="rungs-profile__legend" aria-hidden="true">
      <li className="rungs-profile__legend-item" data-series="current">
        {current !== undefined && <Swatch series="current" />}
        {current === undefined ? labels.noLevelYet : formatLabel(labels.legendCurrent, { level: current })}
      </li>
      {target !== undefined && (
        <li className="rungs-profile__legend-item" data-series="target">
          <Swatch series="target" />
          {formatLabel(labels.legendTarget, { level: target })}
        </li>
      )}
    </ul>
  );
}

function Swatch({ series }: { series: "current" | "target" }) {
  return (
    <svg
      className="rungs-profile__swatch rungs-profile__series"
      data-series={series}
      viewBox="0 0 32 12"
      focusable="false"
      aria-hidden="true"
    >
      <line className="rungs-profile__area" x1={1} y1={6} x2={31} y2={6} />
      {series === "current" ? (
        <circle className="rungs-profile__marker" cx={16} cy={6} r={4.5} />
      ) : (
        <rect className="rungs-profile__marker" x={12} y={2} width={8} height={8} />
      )}
    </svg>
  );
}

/** A heading of the level asked for, capped at `h6`. */
function Heading({ level, id, children }: { level: number; id: string; children: ReactNode }) {
  return createElement(`h${Math.min(6, level)}`, { id, className: "rungs-profile__title" }, children);
}
