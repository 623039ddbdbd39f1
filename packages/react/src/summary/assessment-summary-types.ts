import type { FrameworkInput } from "@rungs/core";
import type { ComponentPropsWithoutRef } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { AreaProfileLabels } from "../profile/area-profile-labels";
import type { FrameworkErrorProps } from "../shared/error-panel";
import type { RungsLabels } from "../shared/labels";
// A type only: the summary stays server-safe, the hook lives in a client module.
import type { AssessmentState } from "../shared/use-assessment";

// The summary's types on their own, so the component imports its props without importing
// the hook's module, and a module that needs the props need not import the component.

/**
 * What the summary needs of `useAssessment`'s state; the whole state fits. With the
 * state's `framework` (format 1.1, optional so a state of old still fits) the gap is
 * grouped by area and `areaProfile` can draw the chart.
 */
export type AssessmentSummaryState = Pick<AssessmentState, "assessment" | "code" | "clear" | "errors"> &
  Partial<Pick<AssessmentState, "framework">>;

/** What both modes take: the heading, the labels, the buttons, the plan's name and date. */
export interface AssessmentSummaryBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "onReset">,
    FrameworkErrorProps {
  /** Level of the summary's heading (default 2); its sections use the levels below it. */
  headingLevel?: HeadingLevel | undefined;
  labels?: Partial<RungsLabels> | undefined;
  /**
   * Base of the shared link (absolute, or relative to the page); default the page's own
   * address. The code goes in the query parameter `assessment` (see `assessmentLink`).
   */
  shareUrl?: string | undefined;
  /** Called with the link and the code instead of copying the link to the clipboard. */
  onShare?: ((url: string, code: string) => void) | undefined;
  /** Called by "Start over", after `assessment.clear()` when the state is given. */
  onReset?: (() => void) | undefined;
  /** The person's name, from the host, shown on the (printed) development plan. */
  name?: string | undefined;
  /** The date, from the host and written as it should read: the summary reads no clock. */
  date?: string | undefined;
  /**
   * (1.1) Shows `AreaProfile` — the share of each area met at the level reached and at the
   * target, as a chart and a table — after the progress by level. Nothing for a framework
   * without areas. Default false.
   */
  areaProfile?: boolean | undefined;
  /** Replaces the strings of the area profile (its `locale` defaults to `labels.locale`). */
  areaProfileLabels?: Partial<AreaProfileLabels> | undefined;
}

/** Controlled by `useAssessment`: the summary shows its state as it is. */
export interface AssessmentSummaryStateProps extends AssessmentSummaryBaseProps {
  /**
   * The state of `useAssessment` (controlled): the summary shows its `assessment` and link
   * `code`, and "Start over" calls its `clear`.
   */
  assessment: AssessmentSummaryState;
  /** Not with `assessment`: the hook's state already holds its framework. */
  framework?: undefined;
  /** Not with `assessment`: give `checked` or `defaultChecked` to `useAssessment`. */
  checked?: undefined;
  /** Not with `assessment`: give `threshold` to `useAssessment`. */
  threshold?: undefined;
  /** Not with `assessment`: give `targetLevel` to `useAssessment`. */
  targetLevel?: undefined;
  /** Not with `assessment`: the hook's state is of one track already. */
  track?: undefined;
}

/** Without the hook, e.g. a server component showing a saved result: assessed here. */
export interface AssessmentSummaryFrameworkProps extends AssessmentSummaryBaseProps {
  /** Not with `framework`: the hook's state belongs to the other mode. */
  assessment?: undefined;
  /**
   * A parsed framework or raw input, assessed with `checked`, `threshold` and `targetLevel`.
   * Without it the summary shows empty input's error panel.
   */
  framework?: FrameworkInput | undefined;
  /** Ids of the checked statements. */
  checked?: readonly string[] | undefined;
  /** Share of a level's statements that meets it; see `assessFramework`. Default 1. */
  threshold?: number | undefined;
  /** Key of the level the gap leads to; default the next level up. */
  targetLevel?: string | undefined;
  /** (1.1) Key of the track to assess; default the first track. */
  track?: string | undefined;
}

/**
 * The summary's two modes, which TypeScript keeps apart: `assessment` (the state of
 * `useAssessment`) alone, or `framework` with `checked`, `threshold` and `targetLevel`.
 * A JavaScript caller that still gives both gets today's rule: `assessment` wins and the
 * others are ignored.
 */
export type AssessmentSummaryProps = AssessmentSummaryStateProps | AssessmentSummaryFrameworkProps;

/** The summary's buttons' props: `AssessmentResult` has none. */
type ButtonProps = "shareUrl" | "onShare" | "onReset";

/**
 * `AssessmentResult`'s props: the summary's, in the same two modes, without the buttons'
 * (`shareUrl`, `onShare`, `onReset`).
 */
export type AssessmentResultProps =
  | Omit<AssessmentSummaryStateProps, ButtonProps>
  | Omit<AssessmentSummaryFrameworkProps, ButtonProps>;
