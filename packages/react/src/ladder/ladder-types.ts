import type { Framework, FrameworkInput } from "@rungs/core";
import type { ComponentPropsWithoutRef } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { FrameworkErrorProps } from "../shared/error-panel";
import type { RungsLabels } from "../shared/labels";
import type { AssessmentState } from "../shared/use-assessment";
import type { LadderLevelStep, StepMarks } from "./ladder-steps";

// The ladder's props on their own, so its server part (level-ladder) and its client part
// (ladder-client) share them without importing each other.

export interface LevelLadderBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "defaultValue" | "onChange">,
    FrameworkErrorProps {
  /**
   * A parsed framework, or raw input: an object or JSON text. May be left out when
   * `assessment` is given: the ladder then shows the framework `useAssessment` resolved.
   */
  framework?: FrameworkInput | undefined;
  /** `"ascending"` (default): lowest level first. `"descending"`: highest on top. */
  direction?: "ascending" | "descending" | undefined;
  /**
   * Key of the reader's level: marked "You are here". In a self-assessment (`assessment`)
   * without it, the level the checked statements reach is marked instead.
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
   * Makes the ladder a self-assessment: the state `useAssessment(framework)` returns. Every
   * statement gets a checkbox, and each rung shows how many of its statements are checked.
   * Controlled or not, the threshold and the target of the gap are `useAssessment`'s options.
   */
  assessment?: AssessmentState | undefined;
  /**
   * Prefix of the ids people link to: each rung's id is `${idPrefix}${level.id}`, each
   * statement's `${idPrefix}${statement.id}` (readable, stable, from core). Default `""`,
   * so `#developing` opens the Developing rung; give two ladders on one page two prefixes.
   */
  idPrefix?: string | undefined;
  /**
   * Shows what is new at each level: pass core's `levelSteps(framework)`. Each statement
   * then starts with "New at this level" or "Continues “<subject of the one below>”", and
   * each rung says how many of each ("4 new, 6 continue"). Off (`undefined`) by default.
   *
   * Data rather than a switch, so a ladder without it never brings core's theme alignment
   * into the browser: in a server component, work it out on the server and pass it down.
   */
  levelSteps?: readonly LadderLevelStep[] | undefined;
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
 * What the ladder's server part hands its client part: the props with the framework
 * resolved, the `levelSteps` data turned into marks (so the browser gets the marks, not the
 * code that makes them), and no `renderError` (a function).
 */
export type LadderClientProps = LevelLadderProps extends infer Props
  ? Props extends LevelLadderProps
    ? Omit<Props, "framework" | "renderError" | "levelSteps"> & {
        framework: Framework;
        steps?: StepMarks | undefined;
      }
    : never
  : never;
