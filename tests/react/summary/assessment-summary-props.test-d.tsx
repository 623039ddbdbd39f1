// Type-level only, checked by `pnpm typecheck` (tsc -b, which includes tests/); Vitest runs no
// `.test-d` file. Each `@ts-expect-error` fails the check if the line it covers compiles.
import {
  AssessmentSummary,
  type AssessmentSummaryProps,
  type AssessmentSummaryState,
  useAssessment,
} from "@rungs/react";
import { seed } from "../fixtures";

const ids: readonly string[] = ["emerging-1"];

export function StateMode() {
  const state = useAssessment(seed, { targetLevel: "proficient", threshold: 0.8 });
  return (
    <>
      <AssessmentSummary assessment={state} headingLevel={3} shareUrl="/ladder" name="Ada" date="1 May" />
      {/* An explicit `undefined` for the other mode's props is no mixing. */}
      <AssessmentSummary assessment={state} framework={undefined} checked={undefined} />
      {/* @ts-expect-error `framework` belongs to the other mode. */}
      <AssessmentSummary assessment={state} framework={seed} />
      {/* @ts-expect-error `checked` goes to the hook. */}
      <AssessmentSummary assessment={state} checked={ids} />
      {/* @ts-expect-error `threshold` goes to the hook. */}
      <AssessmentSummary assessment={state} threshold={0.8} />
      {/* @ts-expect-error `targetLevel` goes to the hook: the summary shows the state as it is. */}
      <AssessmentSummary assessment={state} targetLevel="proficient" />
    </>
  );
}

export function FrameworkMode() {
  return (
    <>
      <AssessmentSummary
        framework={seed}
        checked={ids}
        threshold={0.8}
        targetLevel="proficient"
        headingLevel={3}
        onReset={() => {}}
      />
      <AssessmentSummary framework='{"levels": []}' />
      <AssessmentSummary framework={seed} assessment={undefined} />
    </>
  );
}

// The same through a props object, as a wrapper passes them on.
declare const state: AssessmentSummaryState;
export const pure: AssessmentSummaryProps[] = [{ assessment: state }, { framework: seed, checked: ids }, {}];
// @ts-expect-error both modes at once
export const mixed: AssessmentSummaryProps = { assessment: state, framework: seed, checked: ids };
