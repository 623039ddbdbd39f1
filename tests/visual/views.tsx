import { assertFramework } from "@rungs/core";
import {
  AssessmentSummary,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  TrackSwitcher,
} from "@rungs/react";
import type { ReactElement } from "react";
import seedText from "../../seeds/17-3024.00.json?raw";
import jorgefText from "../../seeds/jorgef-engineering-ladders/jorgef-engineering-ladders.json?raw";

const seed = assertFramework(seedText);
const idsOf = (key: string) => seed.levels.find((level) => level.key === key)?.statements.map(({ id }) => id) ?? [];

/** A reader past Emerging, most of the way through Developing, with one Proficient statement. */
const checked = [...idsOf("emerging"), ...idsOf("developing").slice(0, 7), idsOf("proficient")[0] ?? ""];

/**
 * A real format 1.1 ladder with areas and tracks (Jorge Fioranelli's engineering ladders,
 * converted by the Markdown importer): its first track, Developer, seven levels of five
 * statements in five areas, each statement with a proficiency. The reader is on D3 and
 * aims at D5; D4 is open: its area headings, proficiency labels and (a level with
 * equivalents in the other tracks) the equivalent levels.
 */
const jorgef = assertFramework(jorgefText);
const [jorgefCurrent, jorgefOpen, jorgefTarget] = jorgef.levels.slice(2, 5).map((level) => level.key);

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
  /** (1.1) The real ladder with areas and tracks: the track switcher, area headings, proficiency, equivalent levels. */
  "real-ladder-jorgef-ladder": () => (
    <div className="visual-stack">
      <TrackSwitcher framework={jorgef} />
      <LevelLadder
        framework={jorgef}
        currentLevel={jorgefCurrent}
        targetLevel={jorgefTarget}
        defaultValue={jorgefOpen ? [jorgefOpen] : []}
        headingLevel={2}
      />
    </div>
  ),
  /** (1.1) Its matrix: seven levels, a row group per area, the theme column sticky. */
  "real-ladder-jorgef-matrix": () => (
    <ProgressionMatrix framework={jorgef} currentLevel={jorgefCurrent} targetLevel={jorgefTarget} idPrefix="matrix-" />
  ),
};
