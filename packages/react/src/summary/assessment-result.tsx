import { forwardRef } from "react";
import type { AssessmentResultProps } from "./assessment-summary-types";
import { SummaryBody } from "./summary-body";

/**
 * `AssessmentSummary` without its buttons: the level reached, every level's progress and
 * the gap to the target level, and nothing to click. A server component in every case,
 * whose module imports no client module, so a page that shows a saved result — on a
 * career page, in a printed plan — loads none of Rungs' JavaScript for it. The same two
 * modes as the summary: `assessment` alone, or `framework` with `checked`, `threshold`
 * and `targetLevel`.
 */
export const AssessmentResult = /* @__PURE__ */ forwardRef<HTMLElement, AssessmentResultProps>(
  function AssessmentResult(props, ref) {
    return <SummaryBody {...props} ref={ref} />;
  },
);
