"use client";

import type { Framework } from "@rungs/core";
import { LevelLadder, useAssessment } from "@rungs/react";

export interface SelfAssessmentProps {
  /** Parsed on the server; arrives here as a plain object. */
  framework: Framework;
}

/**
 * The self-assessment, a client component: `useAssessment` holds the checked statements,
 * the ladder shows them as checkboxes, and the summary says which level they reach.
 */
export function SelfAssessment({ framework }: SelfAssessmentProps) {
  const assessment = useAssessment(framework);
  const reached = assessment.assessment.level?.label;
  return (
    <>
      <h2>Your levels</h2>
      <p>{reached === undefined ? "No level reached yet." : `You reach ${reached}.`}</p>
      <LevelLadder framework={framework} assessment={assessment} headingLevel={3} />
    </>
  );
}
