import { assertFramework, type Framework, parseFramework } from "@rungs/core";
import {
  AssessmentSummary,
  FrameworkAttribution,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
} from "@rungs/react";
import type { ReactElement } from "react";
import { seedFiles, seedText } from "../seeds";

/** What a server renders: each framework-taking component, given the raw JSON text. */
export function componentsFor(text: string): Array<[string, ReactElement]> {
  return [
    ["LevelLadder", <LevelLadder key="ladder" framework={text} currentLevel="x" />],
    ["ProgressionMatrix", <ProgressionMatrix key="matrix" framework={text} />],
    ["FrameworkAttribution", <FrameworkAttribution key="attribution" framework={text} />],
    ["LevelCompare", <LevelCompare key="compare" framework={text} {...comparedLevels(text)} />],
    [
      "LevelStepper",
      <LevelStepper
        key="stepper"
        framework={text}
        currentLevel={comparedLevels(text).from}
        targetLevel={comparedLevels(text).to}
        linkTo="/ladder"
      />,
    ],
    ["AssessmentSummary", <AssessmentSummary key="summary" framework={text} checked={firstLevelIds(text)} />],
    // Issue 21: the summary with the area profile (no chart for a framework without areas;
    // AreaProfile alone renders nothing then, so tests/ssr/area-profile.test.tsx covers it).
    [
      "AssessmentSummary with the area profile",
      <AssessmentSummary key="summary-areas" framework={text} checked={firstLevelIds(text)} areaProfile />,
    ],
  ];
}

/** The ids of a framework's lowest level: a reader who has checked those has reached it. */
function firstLevelIds(text: string): string[] {
  const result = parseFramework(text);
  return result.ok ? (result.framework.levels[0]?.statements.map((statement) => statement.id) ?? []) : [];
}

/** The first and the last level of a framework: the widest comparison it has. */
export function comparedLevels(text: string): { from: string; to: string } {
  const result = parseFramework(text);
  const levels = result.ok ? result.framework.levels : [];
  return { from: levels[0]?.key ?? "first", to: levels[levels.length - 1]?.key ?? "last" };
}

export const seeds: Array<[string, string, Framework]> = seedFiles.map((file) => {
  const text = seedText(file);
  return [file, text, assertFramework(text)];
});

/** Text as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
