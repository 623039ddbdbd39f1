import { assertFramework } from "@rungs/core";
import { AssessmentSummary, LevelCompare, LevelLadder, LevelStepper, ProgressionMatrix } from "@rungs/react";
import type { ReactElement } from "react";
import seedText from "../../seeds/17-3024.00.json?raw";

const seed = assertFramework(seedText);
const idsOf = (key: string) => seed.levels.find((level) => level.key === key)?.statements.map(({ id }) => id) ?? [];

/** A reader past Emerging, most of the way through Developing, with one Proficient statement. */
const checked = [...idsOf("emerging"), ...idsOf("developing").slice(0, 7), idsOf("proficient")[0] ?? ""];

/**
 * The key views, as a host page would render them from the seed framework (four levels,
 * ten statements each). Each is a name (its baselines' folder) and an element; the test
 * draws each under every combination of colour scheme, direction and width.
 */
export const views: Record<string, () => ReactElement> = {
  /** One rung open; the reader is on Developing and aims at Advanced. */
  "level-ladder": () => (
    <LevelLadder
      framework={seedText}
      currentLevel="developing"
      targetLevel="advanced"
      defaultValue={["developing"]}
      headingLevel={2}
    />
  ),
  "progression-matrix": () => (
    <ProgressionMatrix framework={seedText} currentLevel="developing" targetLevel="advanced" idPrefix="matrix-" />
  ),
  "level-stepper": () => <LevelStepper framework={seedText} currentLevel="developing" targetLevel="advanced" />,
  /** A saved result, as a server would render it: level, progress per level, the gap to Proficient. */
  "assessment-summary": () => (
    <AssessmentSummary
      framework={seedText}
      checked={checked}
      targetLevel="proficient"
      name="Alex Morgan"
      date="27 November 2026"
      shareUrl="https://jobs.example/occupations/17-3024.00"
    />
  ),
  "level-compare": () => <LevelCompare framework={seedText} from="emerging" to="developing" idPrefix="compare-" />,
};
