import { forwardRef, useMemo } from "react";
import { resolvedFrom } from "../shared/resolved-input";
import { useFramework } from "../shared/use-framework";
import { LadderClient } from "./ladder-client";
import { stepMarks } from "./ladder-steps";
import type { LevelLadderProps } from "./ladder-types";

export type { LevelLadderMultipleProps, LevelLadderProps, LevelLadderSingleProps } from "./ladder-types";

/**
 * The occupation's levels as rungs of a ladder, each expanding to its statements (WAI-ARIA
 * accordion). Closed rungs keep their statements in the HTML, hidden until found, so
 * search engines, find-in-page and server-rendered pages have every statement. The ref is
 * the root `<section>`.
 *
 * This part is server-safe and the ladder's one entry: it resolves the input where it
 * renders (parsing raw input, once per input) and hands the checked framework to the
 * ladder's client part, an internal module no host can import. In a React Server Component
 * the parser and the checker therefore stay on the server; the browser gets the ladder and
 * the framework as data it uses as it is. In a self-assessment the framework
 * `useAssessment` resolved is used: from `assessment` alone, or when `framework` is the
 * input the hook was given.
 */
export const LevelLadder = /* @__PURE__ */ forwardRef<HTMLElement, LevelLadderProps>(function LevelLadder(props, ref) {
  const { framework: input, labels, renderError, levelSteps, ...rest } = props;
  const { assessment } = props;
  const known =
    assessment && (input === undefined || resolvedFrom(assessment.framework, input)) ? assessment : undefined;
  const resolved = useFramework(input, labels, renderError, known);
  const framework = resolved.ok ? resolved.framework : undefined;
  const steps = useMemo(
    () => (framework === undefined || levelSteps === undefined ? undefined : stepMarks(framework, levelSteps)),
    [framework, levelSteps],
  );
  if (!resolved.ok) return resolved.fallback;
  // `renderError` stays here: a function cannot cross to a client component.
  return <LadderClient ref={ref} {...rest} labels={labels} framework={resolved.framework} steps={steps} />;
});
