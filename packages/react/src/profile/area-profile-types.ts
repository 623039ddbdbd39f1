import type { FrameworkInput } from "@rungs/core";
import type { ComponentPropsWithoutRef } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { FrameworkErrorProps } from "../shared/error-panel";
// A type only: the profile stays a server component, the hook lives in a client module.
import type { AssessmentState } from "../shared/use-assessment";
import type { AreaProfileLabels } from "./area-profile-labels";

/** What the profile needs of `useAssessment`'s state; the whole state fits. */
export type AreaProfileState = Pick<AssessmentState, "framework" | "assessment" | "errors">;

/** What both modes take. */
export interface AreaProfileBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children">,
    FrameworkErrorProps {
  /** Level of the profile's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  labels?: Partial<AreaProfileLabels> | undefined;
}

/** Controlled by `useAssessment`: the profile shows its state as it is. */
export interface AreaProfileStateProps extends AreaProfileBaseProps {
  /** The state of `useAssessment`: its framework and its assessment. */
  assessment: AreaProfileState;
  framework?: undefined;
  checked?: undefined;
  threshold?: undefined;
  track?: undefined;
  targetLevel?: undefined;
}

/** From a framework and the checked ids, as `AssessmentSummary` takes them: assessed here. */
export interface AreaProfileFrameworkProps extends AreaProfileBaseProps {
  assessment?: undefined;
  /** A parsed framework or raw input; without it, empty input's error panel. */
  framework?: FrameworkInput | undefined;
  /** Ids of the checked statements. */
  checked?: readonly string[] | undefined;
  /** Share of a level's statements that meets it; see `assessFramework`. Default 1. */
  threshold?: number | undefined;
  /** Key of the track (format 1.1); default the first track. */
  track?: string | undefined;
  /** Key of the target level; default the next level up. */
  targetLevel?: string | undefined;
}

/**
 * `AreaProfile`'s two modes, as `AssessmentSummary`'s: `assessment` (`useAssessment`'s
 * state) alone, or `framework` with `checked`, `threshold`, `track` and `targetLevel`.
 */
export type AreaProfileProps = AreaProfileStateProps | AreaProfileFrameworkProps;
