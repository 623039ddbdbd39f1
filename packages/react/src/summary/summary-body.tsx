import {
  type AreaGap,
  type Assessment,
  assessFramework,
  encodeAssessment,
  type Framework,
  type GapTheme,
  gapByArea,
  type Level,
  type LevelProgress,
  repeatsRowLabel,
} from "@rungs/core";
import { clsx } from "clsx";
import { createElement, type ForwardedRef, forwardRef, type ReactNode, useId, useMemo } from "react";
import { StatementCard } from "../card/statement-card";
import type { HeadingLevel } from "../card/statement-card-types";
import { AreaProfile } from "../profile/area-profile";
import { defaultAreaProfileLabels } from "../profile/area-profile-labels";
import { FrameworkErrorPanel } from "../shared/error-panel";
import { formatCount, formatLabel } from "../shared/format-label";
import { type RungsLabels, resolveLabels } from "../shared/labels";
import { useFramework } from "../shared/use-framework";
import type {
  AssessmentSummaryBaseProps,
  AssessmentSummaryFrameworkProps,
  AssessmentSummaryProps,
  AssessmentSummaryState,
} from "./assessment-summary-types";

// What `AssessmentSummary` and `AssessmentResult` both show, in a module of its own that
// imports no client module: `AssessmentResult`, which has no buttons, brings none of their
// JavaScript to a page (a bundler loads every client module a page's imports reach).

/**
 * The summary's buttons, as the summary that has them renders them: shown when there is
 * something to share or a "Start over" to offer.
 */
export type SummaryActions = (props: {
  /** The checked statements as a link code. */
  code: string;
  /** False while nothing is checked: there is nothing to share. */
  canShare: boolean;
  onReset: (() => void) | undefined;
  labels: RungsLabels;
}) => ReactNode;

/**
 * A self-assessment's summary, with the buttons `actions` renders (none without it). See
 * `AssessmentSummary` for what it shows.
 */
export const SummaryBody = /* @__PURE__ */ forwardRef<
  HTMLElement,
  AssessmentSummaryProps & { actions?: SummaryActions | undefined }
>(function SummaryBody({ actions, ...union }, ref) {
  // Inside, one shape with every prop: the union's modes are the caller's contract, and a
  // JavaScript caller may still give both (then `assessment` wins, as it always has).
  const props: LooseProps = union;
  return props.assessment ? (
    <FromState {...props} state={props.assessment} rootRef={ref} actions={actions} />
  ) : (
    <FromFramework {...props} rootRef={ref} actions={actions} />
  );
});

/** Every prop of both modes, as the code below reads them. */
type LooseProps = AssessmentSummaryBaseProps & {
  assessment?: AssessmentSummaryState | undefined;
} & Pick<AssessmentSummaryFrameworkProps, "framework" | "checked" | "threshold" | "targetLevel" | "track">;

type InnerProps = LooseProps & { rootRef: ForwardedRef<HTMLElement>; actions: SummaryActions | undefined };

/** Controlled by `useAssessment`: its state, as it is. */
function FromState({ state, onReset, ...props }: InnerProps & { state: AssessmentSummaryState }) {
  if (state.errors.length > 0) {
    return props.renderError
      ? props.renderError(state.errors)
      : createElement(FrameworkErrorPanel, { errors: state.errors, labels: props.labels });
  }
  const reset = () => {
    state.clear();
    onReset?.();
  };
  return <Summary {...props} result={state.assessment} known={state.framework} code={state.code} onReset={reset} />;
}

/** From a framework and the checked ids: assessed here, as the hook would. */
function FromFramework(props: InnerProps) {
  const { framework: input, labels, renderError } = props;
  // Neither `assessment` nor `framework`: shown as empty input is, with the error panel.
  const resolved = useFramework(input ?? "", labels, renderError, undefined, props.track);
  return resolved.ok ? <Assessed {...props} framework={resolved.framework} /> : resolved.fallback;
}

const NONE: readonly string[] = [];
const NO_ERRORS: readonly never[] = [];

function Assessed({
  framework,
  checked = NONE,
  threshold,
  targetLevel,
  track,
  ...props
}: InnerProps & { framework: Framework }) {
  const result = useMemo(
    () => assessFramework(framework, checked, { threshold, targetLevel, track }),
    [framework, checked, threshold, targetLevel, track],
  );
  const code = useMemo(
    () => encodeAssessment(framework, result.checked, { track }),
    [framework, result.checked, track],
  );
  return <Summary {...props} result={result} known={framework} code={code} />;
}

interface SummaryProps extends InnerProps {
  result: Assessment;
  /** The framework assessed, when known: its areas group the gap and draw the profile. */
  known: Framework | undefined;
  code: string;
}

function Summary({
  result,
  known,
  code,
  headingLevel = 2,
  labels: labelOverrides,
  onReset,
  name,
  date,
  rootRef,
  actions,
  className,
  // Consumed above or by the actions; kept off the DOM.
  shareUrl: _shareUrl,
  onShare: _onShare,
  assessment: _assessment,
  framework: _framework,
  checked: _checked,
  threshold: _threshold,
  targetLevel: _targetLevel,
  track: _track,
  renderError: _renderError,
  areaProfile = false,
  areaProfileLabels,
  ...rest
}: SummaryProps) {
  const labels = resolveLabels(labelOverrides);
  const id = useId();
  const { level, levels, target } = result;
  const empty = result.checked.size === 0;
  const top = levels.at(-1)?.level;
  return (
    <section
      ref={rootRef}
      className={clsx("rungs", "rungs-summary", className)}
      aria-labelledby={`${id}title`}
      data-state={empty ? "empty" : "assessed"}
      {...rest}
    >
      <Heading level={headingLevel} id={`${id}title`} className="rungs-summary__title">
        {labels.summaryTitle}
      </Heading>
      {(name || date) && (
        <p className="rungs-summary__plan">
          {name && <span>{formatLabel(labels.planFor, { name })}</span>}
          {name && date && " "}
          {date && <span>{formatLabel(labels.planDate, { date })}</span>}
        </p>
      )}
      <p className="rungs-summary__level" data-reached={level ? "" : undefined}>
        <span className="rungs-summary__level-label">{labels.levelReached}</span>{" "}
        <strong className="rungs-summary__level-value">{level ? level.label : labels.noLevelYet}</strong>
      </p>
      {empty && <p className="rungs-summary__hint">{labels.summaryEmpty}</p>}
      <Heading level={headingLevel + 1} className="rungs-summary__heading">
        {labels.progressTitle}
      </Heading>
      <ol className="rungs-summary__levels">
        {levels.map((progress) => (
          <LevelRow
            key={progress.level.key}
            progress={progress}
            current={progress.level === level}
            target={progress.level === target}
            labels={labels}
          />
        ))}
      </ol>
      {areaProfile && known && (
        <AreaProfile
          assessment={{ framework: known, assessment: result, errors: NO_ERRORS }}
          headingLevel={Math.min(6, headingLevel + 1) as HeadingLevel}
          labels={{ locale: labels.locale, ...areaProfileLabels }}
        />
      )}
      {empty ? null : target ? (
        <Gap
          gap={result.gap}
          byArea={known ? gapByArea(known, result.gap) : []}
          otherArea={{ ...defaultAreaProfileLabels, ...areaProfileLabels }.otherArea}
          target={target}
          levels={levels}
          headingLevel={headingLevel}
          labels={labels}
        />
      ) : (
        level && level === top && <p className="rungs-summary__top">{labels.topLevelReached}</p>
      )}
      {/* Only when there is a button: a server-rendered empty summary then ships no JavaScript. */}
      {(!empty || onReset) && actions?.({ code, canShare: !empty, onReset, labels })}
    </section>
  );
}

/**
 * One level's progress: "7 of 10 met" in words, then a bar for the eye. The bar is a
 * `<progress>` hidden from assistive technology, which would read the same count twice.
 */
function LevelRow({
  progress,
  current,
  target,
  labels,
}: {
  progress: LevelProgress;
  current: boolean;
  target: boolean;
  labels: RungsLabels;
}) {
  // Read, not shown: the row's parts are separate boxes, and would run together for a screen
  // reader ("Emerging10 of 10 metYou are here") without it.
  const separator = <span className="rungs-visually-hidden">{labels.nameSeparator}</span>;
  return (
    <li
      className="rungs-summary__progress"
      data-met={progress.met && progress.total > 0 ? "" : undefined}
      data-current={current ? "" : undefined}
      data-target={target ? "" : undefined}
    >
      <span className="rungs-summary__progress-name">{progress.level.label}</span>
      {separator}
      {progress.total > 0 ? (
        <>
          <span className="rungs-summary__progress-text">
            {formatCount(labels.levelProgress, progress.checked, labels.locale, { total: progress.total })}
          </span>
          <progress
            className="rungs-summary__progress-bar"
            max={progress.total}
            value={progress.checked}
            aria-hidden="true"
          />
        </>
      ) : (
        <span className="rungs-summary__progress-text">{labels.emptyLevel}</span>
      )}
      {(current || target) && separator}
      {(current || target) && (
        <span className="rungs-summary__markers">
          {current && (
            <span className="rungs-marker" data-kind="current">
              {labels.current}
            </span>
          )}
          {target && (
            <span className="rungs-marker" data-kind="target">
              {labels.target}
            </span>
          )}
        </span>
      )}
    </li>
  );
}

/**
 * What is left to reach the target: a heading with the count, then a group per theme; for a
 * framework with areas (1.1), a group per area in the framework's order (the statements of
 * no area last), each with its theme groups inside.
 */
function Gap({
  gap,
  byArea,
  otherArea,
  target,
  levels,
  headingLevel,
  labels,
}: {
  gap: readonly GapTheme[];
  byArea: readonly AreaGap[];
  otherArea: string;
  target: Level;
  levels: readonly LevelProgress[];
  headingLevel: HeadingLevel;
  labels: RungsLabels;
}) {
  const count = gap.reduce((sum, theme) => sum + theme.statements.length, 0);
  return (
    <div className="rungs-summary__gap">
      <Heading level={headingLevel + 1} className="rungs-summary__heading">
        {formatCount(labels.gapTitle, count, labels.locale, { level: target.label })}
      </Heading>
      {count === 0 ? (
        <p className="rungs-summary__gap-empty">{formatLabel(labels.gapEmpty, { level: target.label })}</p>
      ) : byArea.length > 0 ? (
        byArea.map((group) => (
          <div key={group.area?.key ?? ""} className="rungs-summary__area">
            <Heading level={headingLevel + 2} className="rungs-summary__area-title">
              {group.area?.label ?? otherArea}{" "}
              <span className="rungs-summary__theme-count">
                ({formatCount(labels.statementCount, group.count, labels.locale)})
              </span>
            </Heading>
            <ThemeGroups themes={group.themes} levels={levels} headingLevel={headingLevel + 3} labels={labels} />
          </div>
        ))
      ) : (
        <ThemeGroups themes={gap} levels={levels} headingLevel={headingLevel + 2} labels={labels} />
      )}
    </div>
  );
}

/** The gap's statements by theme: a heading with the count, then the statements as cards. */
function ThemeGroups({
  themes,
  levels,
  headingLevel,
  labels,
}: {
  themes: readonly GapTheme[];
  levels: readonly LevelProgress[];
  headingLevel: number;
  labels: RungsLabels;
}) {
  const levelOf = (key: string) => levels.find((progress) => progress.level.key === key)?.level;
  return themes.map((theme) => (
    <div key={theme.id} className="rungs-summary__theme">
      <Heading level={headingLevel} className="rungs-summary__theme-title">
        {theme.everyLevel ? labels.everyLevelTitle : theme.label}{" "}
        <span className="rungs-summary__theme-count">
          ({formatCount(labels.statementCount, theme.statements.length, labels.locale)})
        </span>
      </Heading>
      <ul className="rungs-summary__statements">
        {theme.statements.map((statement) => (
          <StatementCard
            key={statement.id}
            as="li"
            statement={statement}
            level={levelOf(statement.levelKey)}
            hideSubject={repeatsRowLabel(statement, theme)}
          />
        ))}
      </ul>
    </div>
  ));
}

/** A heading of the level asked for, capped at `h6`. */
function Heading({
  level,
  children,
  ...rest
}: {
  level: number;
  id?: string | undefined;
  className: string;
  children: ReactNode;
}) {
  return createElement(`h${Math.min(6, level)}`, rest, children);
}
