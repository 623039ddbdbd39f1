"use client";

import type { Framework } from "@rungs/core";
import { AssessmentSummary, LevelLadder, useAssessment } from "@rungs/react";

export interface SelfAssessmentProps {
  /** Parsed on the server; arrives here as a plain object. */
  framework: Framework;
  /** The statements a shared link checks, restored on the server (`checkedFromLink`). */
  defaultChecked: readonly string[];
}

/**
 * The self-assessment, a client component: `useAssessment` holds the checked statements
 * (starting from a shared link's), the ladder shows them as checkboxes, and the summary
 * says which level they reach; its "Copy link" makes a link that reopens this screen.
 */
export function SelfAssessment({ framework, defaultChecked }: SelfAssessmentProps) {
  const assessment = useAssessment(framework, { defaultChecked });
  const reached = assessment.assessment.level?.label;
  return (
    <>
      <h2>Your levels</h2>
      <p>{reached === undefined ? "No level reached yet." : `You reach ${reached}.`}</p>
      <LevelLadder framework={framework} assessment={assessment} headingLevel={3} />
      <AssessmentSummary assessment={assessment} headingLevel={2} />
    </>
  );
}
