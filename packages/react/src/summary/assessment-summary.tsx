import { forwardRef } from "react";
import { AssessmentSummaryActions } from "./assessment-summary-actions";
import type { AssessmentSummaryProps } from "./assessment-summary-types";
import { SummaryBody } from "./summary-body";

/**
 * Where a self-assessment puts a person: the level reached (or "No level yet"), every
 * level's progress in words with a bar beside it, and the gap to the target level grouped
 * by theme, each statement still to check as a `StatementCard`, lowest level first. A share
 * button copies a link with the assessment code; "Start over" clears it. Printed, it is a
 * one-page development plan. Shows what core's `assessFramework` derived and nothing else.
 *
 * Two modes, a union TypeScript keeps apart: `assessment` (`useAssessment`'s state) alone,
 * or `framework` with `checked`, `threshold` and `targetLevel`. A JavaScript caller that
 * gives both still gets the rule of old: `assessment` wins and the others are ignored.
 *
 * Renders on the server; only the buttons are a client component. Without buttons (a
 * saved result on a page that ships no JavaScript), use `AssessmentResult`.
 */
export const AssessmentSummary = /* @__PURE__ */ forwardRef<HTMLElement, AssessmentSummaryProps>(
  function AssessmentSummary(props, ref) {
    const { shareUrl, onShare } = props;
    return (
      <SummaryBody
        {...props}
        ref={ref}
        actions={({ code, canShare, onReset, labels }) => (
          <AssessmentSummaryActions
            code={code}
            canShare={canShare}
            shareUrl={shareUrl}
            onShare={onShare}
            onReset={onReset}
            labels={labels}
          />
        )}
      />
    );
  },
);
